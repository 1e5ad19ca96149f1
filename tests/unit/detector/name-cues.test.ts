// Names that follow a cue (names/detect.ts): each is a NAME candidate of the paragraph, before any
// patient context is weighed.
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const names = (text: string) => analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.category === 'NAME').map((c) => `${c.ruleId}:${text.slice(c.start, c.end)}`);

describe('name cues', () => {
  it.each([
    ['To the Ravensworth family, thank you for the cookies', 'name.family:Ravensworth'],
    ['la familia Villarreal llegó a las tres', 'name.family:Villarreal'],
    ['the Ferncastle boys were back in the ER again', 'name.family:Ferncastle'],
    ['the Quenby baby finally latched', 'name.family:Quenby'],
    ['Guarantor: Lisbet Quarrington', 'name.label:Lisbet Quarrington'],
    ['Welcome home, Deputy Marcus Ellery', 'name.title-role:Marcus Ellery'],
    ['a filha Graciete ficou a noite toda', 'name.relative:Graciete'],
    ['pastor whitacre is back on the unit', 'name.title-lower:whitacre'],
    ['le pedí a señora quintanilla que descanse', 'name.title-lower:quintanilla'],
    ['M. Varennes sort demain matin, taxi réservé', 'name.title-intl:Varennes'],
    // Spanish and French write a title in lower case inside a sentence, the name capitalised.
    ['ayer dieron de alta a doña Remedios Albarrán', 'name.title-intl:Remedios Albarrán'],
    ['la señora Etxeberria pidió otra manta', 'name.title-intl:Etxeberria'],
    ['madame Vautrin attend son scanner', 'name.title-intl:Vautrin'],
    ['a dona Conceição voltou a ficar confusa', 'name.title-intl:Conceição'],
    ['o senhor Abreu do leito 3 recebeu alta', 'name.title-intl:Abreu'],
    // Vietnamese kinship titles for adults
    ['Chị Đoàn Thị Mai ơi, phòng khám gọi chị mãi không được', 'name.title-intl:Đoàn Thị Mai'],
    ['chú Phạm Quang nằm giường 6 đã xuất viện', 'name.title-intl:Phạm Quang'],
    ['Is this reply ok? "Hi Ottoline Marchbanks, we checked the schedule…"', 'name.greeting:Ottoline Marchbanks'],
    ['please write a referral letter for Ignatius Farrow to cardiology', 'name.records:Ignatius Farrow'],
    // "patient" before a name in other languages, as in English
    ['hoy se fue de alta la paciente Maribel Quintero', 'name.patient:Maribel Quintero'],
    ['meine Patientin Hildegard hat heute Geburtstag', 'name.patient:Hildegard'],
    ['yung pasyente Nestor sa kama 4 ay nakauwi na', 'name.patient:Nestor'],
    // "Patient:" and "Name:" on the forms and records of more languages
    ['Paziente: Ornella Ricciardi, 86 anni, caduta in casa', 'name.label:Ornella Ricciardi'],
    ['Pacjentka: Bożena Lis, sala 4', 'name.label:Bożena Lis'],
    ['Patiënt: Wim de Groot, kamer 12', 'name.label:Wim de Groot'],
    ['Bệnh nhân: Trần Văn Hậu, giường 7', 'name.label:Trần Văn Hậu'],
    ['Пациент: Игорь Соколов, палата 5', 'name.label:Игорь Соколов'],
    ['ФИО: Соколов Игорь Петрович', 'name.label:Соколов Игорь Петрович'],
  ])('finds the name in %j', (text, expected) => expect(names(text)).toContain(expected));

  it('marks a name that care is told of, before or after it, for the span model to weigh', () => {
    const care = (text: string) => analyzeParagraph(text, builtInRules()).candidates
      .filter((c) => c.category === 'NAME' && (c.features?.careBefore || c.features?.careAfter)).map((c) => text.slice(c.start, c.end));
    expect(care('we admitted Rosalind Feeney around midnight')).toContain('Rosalind Feeney');
    expect(care('Bartholomew Nkemelu, who was intubated on Friday, is awake')).toContain('Bartholomew Nkemelu');
    expect(care('big thanks to Rosalind Feeney for the cake in the break room')).toEqual([]);
    expect(care('Rosalind Feeney was seen in our clinic today and may return to work')).toContain('Rosalind Feeney');
    expect(care('Rosalind Feeney was seen at the game wearing the team jersey')).toEqual([]);
  });

  it('marks a name or a detail that stands beside a word of health, for the span model to weigh', () => {
    const near = (text: string) => analyzeParagraph(text, builtInRules()).candidates
      .filter((c) => c.features?.healthNear || c.features?.healthNearDetail).map((c) => `${c.category}:${text.slice(c.start, c.end)}`);
    expect(near('Can you draft a letter for Oriel Banfield about her knee replacement?')).toContain('NAME:Oriel Banfield');
    expect(near('Oriel Banfield brought bagels for the whole team, you or me could never')).toEqual([]);
  });

  it('never reads a label glued to its number as a name', () => {
    expect(names('Patient MRN-48213 needs a bed')).toEqual([]);
    expect(names('pt DOB-3/2/61 on file')).toEqual([]);
    // A docket or case number's letters glued to its digits are no surname on a board.
    expect(names('Case 2-19-04417-RTB, Doc 3, Filed 02/11/19').filter((n) => n.startsWith('name.board'))).toEqual([]);
    expect(names('Bed 4 - Okafor, Chidi')).toContain('name.board:Okafor, Chidi');
  });

  it('never reads the letters that begin a code after a label as a name', () => {
    expect(names('Member ID: QZT550917203 for the prior auth')).toEqual([]);
    expect(names('member ID: HWR 361 088 412, Cigna')).toEqual([]);
    expect(names('Course ID: TX-RAD-2023 in the portal')).toEqual([]);
    expect(names('ID: Lien-Chi Vo, 41F, asthma')).toContain('name.label:Lien-Chi Vo');
  });

  it('ends a full name at a street type: "Ferris Ave" is a street', () => {
    expect(names('we got takeout from the place on Lionel Ave last night').filter((n) => n.includes('Lionel Ave'))).toEqual([]);
    expect(names('the crash on Marvin Road near the quarry').filter((n) => n.includes('Marvin Road'))).toEqual([]);
    // Lane, Court, Way and Place are surnames too: they are left to the lexicon.
    expect(names('Harold Lane, 71, in 4B today').some((n) => n.includes('Harold'))).toBe(true);
  });

  it('takes a lower-case title of another language only where it is no English word', () => {
    // "don" is an English verb: only "Don" is a title.
    expect(names('staff don PPE before every entry').filter((n) => n.startsWith('name.title-intl'))).toEqual([]);
    expect(names('Don Evaristo went home today')).toContain('name.title-intl:Evaristo');
  });

  it('reads a lower-case title as one only before a name the knowledge lists', () => {
    for (const text of ['the coach said to stretch first', 'officer training starts monday', 'pastor appreciation sunday']) {
      expect(names(text).filter((n) => n.startsWith('name.title-lower'))).toEqual([]);
    }
  });

  it('reads a reader addressed by a given name that is also a word only first on a line', () => {
    const addressed = (text: string) => names(text).filter((n) => n.startsWith('name.addressed'));
    expect(addressed('Tom, your scan from the spring came back clear.')).toEqual(['name.addressed:Tom']);
    expect(addressed('Thanks again.\nGrace, we are sorry the wait ran long.')).toEqual(['name.addressed:Grace']);
    // An everyday word is no name even there; elsewhere on the line a word-like name needs a surer cue.
    expect(addressed('Will, your scan from the spring came back clear.')).toEqual([]);
    expect(addressed('Sorry again about that, Tom, we will do better.')).toEqual([]);
    expect(addressed('Marguerite, your scan from the spring came back clear.')).toEqual(['name.addressed:Marguerite']);
  });

  it('reads a reader addressed before what the staff did: "Name, our …", "Name, Dr. …"', () => {
    const addressed = (text: string) => names(text).filter((n) => n.startsWith('name.addressed'));
    expect(addressed('Lucinda, our front desk should have called back sooner.')).toEqual(['name.addressed:Lucinda']);
    expect(addressed('Anselmo, Dr. Whitcombe went over the images again this morning.')).toEqual(['name.addressed:Anselmo']);
    // Inside a sentence the word before the comma is more often a place or a date.
    expect(addressed('In Tacoma, Dr. Whitcombe runs the clinic.')).toEqual([]);
    expect(addressed('Hello all\nAnselmo, Dr. Whitcombe went over the images again.')).toEqual(['name.addressed:Anselmo']);
  });

  it('does not read two lower-case letters after a cue as a name unless the knowledge lists them', () => {
    // Tagalog: "the patient's child arrived"; "ng" is the particle "of".
    expect(names('ang anak ng pasyente ay dumating kahapon')).toEqual([]);
    expect(names('her son jorge came in')).toContain('name.relative:jorge');
  });

  it('does not read a family word without a surname as a name', () => {
    expect(names('the whole family came to the unit picnic').filter((n) => n.startsWith('name.family'))).toEqual([]);
  });

  it('does not read a title, a word for grandma or a room, capitalised in German or after a title, as a name', () => {
    expect(names('Heute war die Station voll, Herr Doktor hat geflucht, und die Oma in Bett 3 wollte Kaffee.')).toEqual([]);
    const found = names('Frau Becker aus Zimmer 4 hat nach ihrer Tochter gefragt.');
    expect(found).toContain('name.title-intl:Becker');
    expect(found.filter((n) => /Frau|Zimmer/.test(n))).toEqual([]);
  });
});
