// Vietnamese, Haitian Creole, Italian, Polish and romanized Hindi/Urdu (Hinglish): ages as each writes them
// (story/quasi.ts), and the story cue groups' words (story/cues.ts) counted in their group. A year count
// that is a duration is no age. Every sentence is invented for this file.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/detector/candidate';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';
import type { CueGroup } from '../../../src/detector/story/cues';
import { findQuasiIdentifiers } from '../../../src/detector/story/quasi';
import { storySignals } from '../../../src/detector/story/signals';

const ages = (text: string) => {
  const out: Candidate[] = [];
  findQuasiIdentifiers(text, out);
  return out.filter((c) => c.category === 'AGE').map((c) => text.slice(c.start, c.end));
};
const counts = (text: string) => storySignals(text.toLowerCase(), text).counts;
const names = (text: string) => analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.category === 'NAME').map((c) => `${c.ruleId}:${text.slice(c.start, c.end)}`);

describe.each([
  {
    language: 'Vietnamese',
    found: [
      ['Cụ ông 94 tuổi được đưa vào viện lúc nửa đêm', '94 tuổi'],
      ['bé gái 7 tháng tuổi sốt cao suốt hai ngày', '7 tháng tuổi'],
      ['hôm qua bà ấy vừa tròn 101 tuổi', '101 tuổi'],
      ['cu ba 88 tuoi bi te trong nha tam', '88 tuoi'],
    ],
    none: ['anh ấy đã có 25 tuổi nghề ở khoa này', 'làm điều dưỡng được 12 năm rồi'],
  },
  {
    language: 'Haitian Creole',
    found: [
      ['Li gen 93 an epi li toujou ap chante', '93 an'],
      ['yon granmoun 86 an rive ijans yè swa', '86 an'],
      ['Tant Anita, 91 an, te glise nan twalèt la', '91 an'],
      ['pasyan an gen 79 an, li pa ka respire byen', '79 an'],
    ],
    none: ['sa gen 20 an depi mwen travay lopital', 'li gen 15 an depi li malad', 'mwen fè 12 an nan travay sa a'],
  },
  {
    language: 'Italian',
    found: [
      ['una signora di 89 anni è caduta in cucina', '89 anni'],
      ['ha 97 anni e ancora fa le parole crociate', '97 anni'],
      ['domani compie 100 anni, il reparto prepara la torta', '100 anni'],
      ['un 84enne è stato investito sulle strisce', '84enne'],
    ],
    none: ['lavoro in questo ospedale da 20 anni', "l'ho conosciuta 20 anni fa in pronto soccorso", 'ha 30 anni di esperienza in sala'],
  },
  {
    language: 'Polish',
    found: [
      ['pacjentka ma 92 lata i świetnie się trzyma', '92 lata'],
      ['86-letnia kobieta przewróciła się w łazience', '86-letnia'],
      ['Pacjent lat 78, przywieziony przez rodzinę', 'lat 78'],
      ['Pani Halina, 95 lat, wróciła na oddział', '95 lat'],
    ],
    none: ['pracuję na tym oddziale od 20 lat', 'przez 15 lat byłam na nocnych dyżurach', 'to było 30 lat temu'],
  },
  {
    language: 'Hinglish',
    found: [
      ['ek 17 saal ki ladki ko emergency mein laaye', '17 saal'],
      ['woh 83 saal ke uncle phir se aa gaye', '83 saal'],
      ['mareez ki umar 68, sugar bhi hai', '68'],
      ['74 saal ka aadmi gir gaya tha', '74 saal'],
    ],
    none: ['main 20 saal se nursing kar rahi hoon', '5 saal ke baad wapas aaye', 'unka 25 saal ka experience hai'],
  },
])('$language ages', ({ found, none }) => {
  it.each(found)('finds the age in %j', (text, age) => expect(ages(text)).toContain(age));
  it.each(none)('finds no age in %j', (text) => expect(ages(text)).toEqual([]));
});

describe('story cues in Vietnamese, Haitian Creole, Italian, Polish and Hinglish', () => {
  it.each<[string, string, CueGroup[]]>([
    ['vi', 'Bệnh nhân nhập viện tối qua vì đột quỵ', ['refThird', 'careEvent', 'clinical', 'recentTime']],
    ['vi', 'benh nhan xuat vien sang nay', ['refThird', 'careEvent', 'recentTime']],
    ['vi', 'ông cụ bị tai nạn giao thông, ông ấy là thầy giáo cả làng đều biết', ['refThird', 'event', 'role']],
    ['vi', 'mẹ tôi vừa mổ xong, sinh viên y hỏi thăm con chó của mẹ', ['ownFamily', 'clinical', 'teaching', 'animal']],
    ['ht', 'Pasyan an te entène aswè a ak yon nemoni', ['refThird', 'careEvent', 'clinical', 'recentTime']],
    ['ht', 'granmoun nan fè yon aksidan machin, se te majistra a', ['refThird', 'event', 'role']],
    ['ht', 'manman m ansent ankò, si ou wè siy sa yo ou dwe ale lopital', ['ownFamily', 'clinical', 'advice']],
    ['it', 'Il paziente è stato ricoverato stanotte in rianimazione', ['refThird', 'careEvent', 'clinical', 'recentTime']],
    ['it', 'la nonna del sindaco, dopo la sparatoria, è deceduta', ['refThird', 'role', 'event', 'careEvent']],
    ['it', 'mia madre è stata operata e il mio cane, a volte infermieri esausti', ['ownFamily', 'animal', 'reflection']],
    ['pl', 'Pacjentka została przyjęta wczoraj w nocy z zawałem na SOR', ['refThird', 'careEvent', 'clinical', 'recentTime']],
    ['pl', 'ksiądz z naszej parafii miał wypadek, cała wieś się modli', ['role', 'event']],
    ['pl', 'moja mama miała operację i mój pies, a pielęgniarki czasem mają nadgodziny', ['ownFamily', 'animal', 'reflection']],
    ['hi', 'Mera patient kal raat admit hua, dil ka daura pada tha', ['refThird', 'recentTime', 'careEvent', 'clinical']],
    ['hi', 'sarpanch ki beti ka accident ho gaya, news mein bhi aaya', ['role', 'event']],
    ['hi', 'meri maa ka operation hua, agar aapko lakshan dikhen to apne doctor se milein', ['ownFamily', 'advice']],
  ])('%s: %j counts its cue groups', (_, text, groups) => {
    const c = counts(text);
    for (const g of groups) expect(c[g], g).toBeGreaterThan(0);
  });

  it('does not count them in English that happens to look alike', () => {
    const c = counts('I walk with a cane, bake pies and keep the pan hot; the lat pulldown machine is broken in the gym today');
    expect(c.animal).toBe(0);
    expect(c.refThird).toBe(0);
  });
});

describe('titles before a name in Haitian Creole, Hinglish and Polish', () => {
  it.each([
    ['Madan Florvil te tonbe nan eskalye a', 'name.title-intl:Florvil'],
    ['msye Desravines retounen lopital ankò', 'name.title-intl:Desravines'],
    ['Aunty Kusumlata ko kal discharge kiya', 'name.title-intl:Kusumlata'],
    ['wczoraj pan Wierzbicki znowu pytał o obiad', 'name.title-intl:Wierzbicki'],
  ])('reads the name after the title in %j', (text, found) => expect(names(text)).toContain(found));

  it('does not take capitalised English "Pan" for the Polish title', () => {
    expect(names('the Peter Pan Syndrome talk was packed').filter((n) => n.startsWith('name.title-intl'))).toEqual([]);
  });
});
