// 8003608833357361 is the IHI of the HL7 AU Base example patient (Patient-example0); 8003608166690503 is
// an IHI that recurs across public Australian FHIR and HL7 v2 samples. 8003618833357361 is the matching
// HPI-I of the same samples: a clinician's number, not a patient's.
import { auIhi } from '../../../src/detector/validators/auIhi';

describe('auIhi', () => {
  it.each([
    ['8003608833357361', 'HL7 AU Base example patient'],
    ['8003 6088 3335 7361', 'grouped in fours'],
    ['8003608166690503', 'recurring public sample IHI'],
  ])('accepts %s (%s)', (candidate) => {
    expect(auIhi(candidate)).toBe(true);
  });

  it.each([
    ['8003608833357362', 'check digit changed'],
    ['8003608166690504', 'check digit changed'],
    ['8003618833357361', 'HPI-I prefix 800361 (a provider)'],
    ['8003628833357361', 'HPI-O prefix 800362 (an organisation)'],
    ['800360883335736', 'fifteen digits'],
    ['80036088333573610', 'seventeen digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(auIhi(candidate)).toBe(false);
  });
});
