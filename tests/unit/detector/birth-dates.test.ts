import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const birthLabelled = (line: string) =>
  analyzeParagraph(line, builtInRules()).candidates.filter((c) => c.category === 'DATE' && c.features?.birthLabel === 1).map((c) => line.slice(c.start, c.end));

describe('a date written as a birth date', () => {
  it('is marked where a label (DOB, date of birth, fecha de nacimiento) stands right before it', () => {
    expect(birthLabelled('Resident: Orla Fitzmaurice, DOB 03/17/1939, wing B')).toEqual(['03/17/1939']);
    expect(birthLabelled('fecha de nacimiento: 12/05/1968, alergias ninguna')).toEqual(['12/05/1968']);
  });

  it('is marked after the label as other languages write it on a form or a record', () => {
    for (const [line, date] of [
      ['Paziente: Ornella Ricciardi, data di nascita 14/02/1938, ricoverata per scompenso', '14/02/1938'],
      ['Pacjent: Tadeusz Wróbel, ur. 03.07.1944, przyjęty z zapaleniem płuc', '03.07.1944'],
      ['Patiënt: Wim de Groot, geboortedatum 21-09-1950, opgenomen met een CVA', '21-09-1950'],
      ['Bệnh nhân Trần Văn Hậu, ngày sinh 12/08/1947, nhập viện vì viêm phổi', '12/08/1947'],
      ['Пациент Игорь Соколов, дата рождения 05.11.1952, поступил с инсультом', '05.11.1952'],
      ['Hasta: Ayşe Korkmaz, doğum tarihi 09.04.1961, KOAH alevlenmesi', '09.04.1961'],
    ]) expect(birthLabelled(line), line).toEqual([date]);
  });

  it('is not marked after a word that merely ends like a label, nor after a date of admission', () => {
    expect(birthLabelled('the tour. 03.07.1944 was the date on the photo')).toEqual([]);
    expect(birthLabelled('data di ricovero 14/02/2024, dimessa il 20/02/2024')).toEqual([]);
  });

  it('is not marked on a line that says the patient is not real (sim chart, practice question, placeholder)', () => {
    for (const line of [
      'Sim lab chart for Thursday: manikin "Mr. Dorsey", DOB 06/30/1951, admitted with chest pain',
      'Practice question 7: a 64-year-old, DOB 02/14/1960, presents with ascites. What is the next step?',
      'use a placeholder record in the training build, DOB 01/15/1975, so nobody searches a real chart',
    ]) expect(birthLabelled(line), line).toEqual([]);
  });
});
