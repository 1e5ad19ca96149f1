// Image-specific context: a picture whose text is laid out as labelled fields ("Name:", "DOB", "MRN") is a
// chart, a wristband or a label about a patient, which is what makes a barcode, a date or a face on it count.
export type DocumentKind = 'chart' | 'wristband' | 'label' | 'whiteboard';

interface FieldLabel {
  field: string;
  pattern: RegExp;
}

// English and Spanish field labels as they appear on charts, wristbands, lab labels and ward boards.
const FIELD_LABELS: FieldLabel[] = [
  { field: 'name', pattern: /\b(?:patient(?:\s+name)?|pt\.?\s*name|name|nombre|paciente|apellidos?)\s*[:#]/i },
  { field: 'dob', pattern: /\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born|f\.?\s*nac(?:imiento)?\.?|fecha\s+de\s+nacimiento)\b/i },
  { field: 'mrn', pattern: /\b(?:mrn|mr\s*#|med(?:ical)?\s*rec(?:ord)?\s*(?:no|#|number)?|nhc|n[ºo°]\s*historia|historia\s+cl[ií]nica|expediente)\b/i },
  { field: 'account', pattern: /\b(?:acct|account|fin|encounter|csn|visit)\s*(?:no\.?|#|number)?\s*[:#]/i },
  { field: 'room', pattern: /\b(?:room|rm|bed|ward|unit|habitaci[oó]n|cama|planta)\s*[:#]?\s*\d/i },
  { field: 'sex', pattern: /\b(?:sex|gender|sexo)\s*[:#]/i },
  { field: 'age', pattern: /\b(?:age|edad)\s*[:#]/i },
  { field: 'doctor', pattern: /\b(?:attending|physician|provider|dr|doctor|m[eé]dico|consultant)\s*[:#]/i },
  { field: 'admit', pattern: /\b(?:admit(?:ted)?|admission|ingreso|discharge|alta)\s*(?:date)?\s*[:#]/i },
  { field: 'allergy', pattern: /\b(?:allerg(?:y|ies)|alergias?)\s*[:#]/i },
  { field: 'diagnosis', pattern: /\b(?:dx|diagnosis|diagn[oó]stico)\s*[:#]/i },
  { field: 'specimen', pattern: /\b(?:specimen|sample|collected|collection|muestra|tube|accession)\b/i },
  { field: 'rx', pattern: /\b(?:rx|qty|refills?|sig)\s*[:#]/i },
];

const WHITEBOARD_WORDS = /\b(?:rn|nurse|charge|enfermer[ao]|isolation|fall\s+risk|npo|discharge|alta)\b/gi;

export interface LayoutContext {
  /** Distinct labelled fields found. */
  fields: string[];
  /** Several labelled fields: this is a document about a person. */
  patientDocument: boolean;
  kind?: DocumentKind;
}

export function readLayout(text: string, imageAspect: number, hasBarcode: boolean): LayoutContext {
  const fields = FIELD_LABELS.filter((f) => f.pattern.test(text)).map((f) => f.field);
  const patientDocument = fields.length >= 2;
  if (!patientDocument) return { fields, patientDocument };
  const elongated = imageAspect >= 2.5 || imageAspect <= 0.4;
  let kind: DocumentKind;
  if (hasBarcode && elongated) kind = 'wristband';
  else if (fields.includes('specimen') || fields.includes('rx') || hasBarcode) kind = 'label';
  else if ((text.match(WHITEBOARD_WORDS)?.length ?? 0) >= 2 && fields.includes('room')) kind = 'whiteboard';
  else kind = 'chart';
  return { fields, patientDocument, kind };
}

// Words that show a post or a picture is about someone's care, in English and Spanish.
const PATIENT_WORDS =
  /\b(?:patients?|pts?|my\s+(?:pt|patient)|bed\s*\d+|room\s*\d+|ward|icu|er|ed|admitted|discharged|diagnos\w*|surgery|chart|wristband|paciente|pacientes|ingresad[oa]|cama\s*\d+|habitaci[oó]n\s*\d+|urgencias|uci|diagn[oó]stico|cirug[ií]a)\b/i;

export function mentionsPatient(text: string | undefined): boolean {
  return !!text && PATIENT_WORDS.test(text);
}
