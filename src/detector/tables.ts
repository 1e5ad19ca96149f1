// Identifiers in a pasted table, labelled by the header of their column ("MRN", "DOB", "Acct") or by the
// cell before them in a "label | value" row. A report or chart export pasted into an AI chat writes each
// label once, above its values, where no recogniser's pattern (a label next to its value) can see it.
// Post-level and cheap: a post with no tab and no "|" is never read here. The spans found warn by policy,
// like any labelled identifier (model/features.ts warnsAlways), so the learned models do not weigh them.
import type { Candidate } from './candidate';
import type { Category } from './types';

const DELIMITERS = ['\t', '|'] as const;

/** A header cell's label and the category of the values under it. A strong label identifies a patient in
 *  any table; a weak one (a phone, an address) only in a table that is about patients, since a staff
 *  on-call list has phone numbers too. Written from the column names of common EHR and billing exports. */
const COLUMN_LABELS: readonly { label: RegExp; category: Category; strong: boolean }[] = [
  { label: /^(?:mrn|med(?:ical)?\.?\s*rec(?:ord)?s?\.?(?:\s*(?:#|no\.?|num(?:ber)?))?|chart\s*(?:#|no\.?|number)|(?:patient|pt)\s*(?:id|#)|nhs\s*(?:#|no\.?|number))$/, category: 'MRN', strong: true },
  { label: /^(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|fecha\s+de\s+nacimiento|data\s+de\s+nascimento|date\s+de\s+naissance|geburtsdatum)$/, category: 'DATE', strong: true },
  { label: /^(?:ssn|ss#|soc(?:ial)?\s*sec(?:urity)?(?:\s*(?:#|no\.?|number))?)$/, category: 'SSN', strong: true },
  { label: /^(?:(?:member|subscriber|insurance|policy|medicaid|medicare|plan)\s*(?:id|#|no\.?|number)|policy|mbi|hicn?)$/, category: 'PLAN_ID', strong: true },
  { label: /^(?:acct\.?|account|(?:acct|account)\s*(?:#|no\.?|number)|har|fin|guarantor\s+acct\.?)$/, category: 'ACCOUNT', strong: true },
  { label: /^(?:claim|encounter|csn|visit|case|accession)\s*(?:#|id|no\.?|number)?$/, category: 'OTHER_ID', strong: true },
  { label: /^(?:(?:home\s+|cell\s+|mobile\s+|contact\s+)?phone(?:\s*(?:#|no\.?|number))?|cell|mobile|tel\.?|telephone|contact\s*#)$/, category: 'PHONE', strong: false },
  { label: /^(?:e-?mail(?:\s+address)?)$/, category: 'EMAIL', strong: false },
  { label: /^(?:(?:home\s+|street\s+)?address)$/, category: 'ADDRESS', strong: false },
  { label: /^(?:zip(?:\s*code)?|post\s*code|postal\s+code)$/, category: 'ZIP', strong: false },
  // A column of the patients' names: under "Patient", "Pt name" in any table; under "Name" in a table about
  // patients (a census or handoff list pasted into an AI chat: "Name | Bed | Dx"), not in a staff roster.
  { label: /^(?:patient(?:'?s)?(?:\s+(?:full\s+)?name)?|pt(?:'?s)?(?:\s+name)?|resident(?:\s+name)?|patient\(e\)|paciente|nombre\s+del\s+paciente|nome\s+do\s+paciente|nom\s+du\s+patient)$/, category: 'NAME', strong: true },
  { label: /^(?:name|full\s+name|last\s+name|first\s+name|surname|nombre|nome|nom)$/, category: 'NAME', strong: false },
];
/** Headers that say a table is about patients: whose it is, or the columns only a patient list has (bed, diagnosis,
 *  code status, allergies, medications, admission). A room, a code or "CC" is as often a staff directory's or an
 *  e-mail list's column, and says nothing. A patient column itself is the strong NAME label above (isAboutPatients). */
const PATIENT_HEADER = /^(?:client|member|guarantor|bed|bed\s*#|dx|diagnosis|diagnoses|diagnóstico|code\s+status|allerg(?:y|ies)|meds|medications?|admit(?:ted)?(?:\s+date)?|admission(?:\s+date)?|chief\s+complaint|hpi)$/;

interface Cell { start: number; end: number; text: string }
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0;

/** The cells of a line, trimmed, with their offsets from `offset`; a "| a | b |" row's outer empty cells dropped. */
function cellsOf(line: string, offset: number, delimiter: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (;;) {
    const to = line.indexOf(delimiter, from);
    const end = to === -1 ? line.length : to;
    let s = from;
    let e = end;
    while (s < e && isSpace(line.charCodeAt(s))) s++;
    while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
    cells.push({ start: offset + s, end: offset + e, text: line.slice(s, e) });
    if (to === -1) break;
    from = to + 1;
  }
  if (delimiter === '|') {
    if (cells.length && !cells[0].text) cells.shift();
    if (cells.length && !cells[cells.length - 1].text) cells.pop();
  }
  return cells;
}

/** Every label at once: most cells are values, and one test rules them out (a keystroke in a pasted table
 *  reads every cell again). */
const ANY_LABEL = new RegExp(`^(?:${COLUMN_LABELS.map((c) => c.label.source.slice(1, -1)).join('|')})$`);
const LONGEST_LABEL = 40;
const labelKey = (cell: string) => cell.toLowerCase().replace(/[:\s]+$/, '');
function labelOf(cell: string) {
  if (cell.length > LONGEST_LABEL || cell.length < 2) return undefined;
  const key = labelKey(cell);
  return ANY_LABEL.test(key) ? COLUMN_LABELS.find((c) => c.label.test(key)) : undefined;
}
const isPatientHeader = (cell: string) => cell.length <= LONGEST_LABEL && PATIENT_HEADER.test(labelKey(cell));
/** A markdown table's rule line (|---|:---:|). */
const isRuleRow = (cells: readonly Cell[]) => cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c.text));

/** Whether a cell holds a value of the category at all: digits for numbers and dates, an @ for e-mail. */
function holdsValue(category: Category, value: string): boolean {
  if (value.length < 2 || value.length > 80) return false;
  if (category === 'EMAIL') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
  // A name: two words or more of letters (a title's or an initial's dot, an apostrophe, a hyphen, the comma of
  // "Last, First"), not a placeholder; one word is as often another header ("Patient | Reason").
  if (category === 'NAME') return /^\p{L}[\p{L}\p{M}.,'’ -]{1,58}$/u.test(value) && /[\s,]/.test(value) && !NAME_PLACEHOLDER.test(value);
  if (!/\d/.test(value)) return false;
  // A placeholder or a count, not an identifier: "0", "N/A 1", "x2".
  return (value.match(/\d/g)?.length ?? 0) >= (category === 'ZIP' ? 4 : category === 'ADDRESS' ? 1 : 5) || (category === 'DATE' && /\d{1,4}\D\d{1,2}\D\d{2,4}|\d{4}/.test(value));
}

const NAME_PLACEHOLDER = /^(?:tbd|tba|none|unknown|pending|anonymous|redacted|withheld|patient(?:\s+[a-z\d])?|pt(?:\s+[a-z\d])?|test(?:\s+patient)?|jane\s+doe|john\s+doe|x+)$/i;

const REASON = 'This sits in a table under an identifier label (patient name, MRN, date of birth, account, phone …), so it is a patient identifier.';

function candidate(cell: Cell, offset: number, category: Category): Candidate {
  const c: Candidate = {
    start: offset + cell.start, end: offset + cell.end, category, ruleId: 'table.column', confidence: 0.9, patientWeight: 0.3, reason: REASON,
    severity: 'patient', identifiesAlone: true, warnsAlways: true, loneIdentifier: true, notice: false,
  };
  if (category === 'DATE') c.features = { birthLabel: 1 };
  return c;
}

type ColumnLabel = (typeof COLUMN_LABELS)[number];
/** A line read as a table row: its cells (offsets in the line), their labels, and whether it is a rule line. */
interface Row { cells: Cell[]; labels: (ColumnLabel | undefined)[]; rule: boolean }
/** Rows by their line's text, one cache per delimiter: a keystroke changes one row of a table, and the
 *  others are not read again (a 5,000-character table: 0.34 ms a scan read whole). Cleared when full. */
const rowCache: Record<string, Map<string, Row>> = { '\t': new Map(), '|': new Map() };
function rowOf(line: string, delimiter: string): Row {
  const cache = rowCache[delimiter];
  let row = cache.get(line);
  if (!row) {
    const cells = cellsOf(line, 0, delimiter);
    row = { cells, labels: cells.map((c) => labelOf(c.text)), rule: isRuleRow(cells) };
    if (cache.size >= 4096) cache.clear();
    cache.set(line, row);
  }
  return row;
}

/** Every identifier the post's tables label, in the post's offsets. */
export function tableColumnCandidates(text: string): Candidate[] {
  if (text.indexOf('\t') === -1 && text.indexOf('|') === -1) return [];
  const lines: { text: string; start: number }[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    start = end + 1;
  }
  const out: Candidate[] = [];
  for (const delimiter of DELIMITERS) {
    for (let i = 0; i < lines.length;) {
      if (!lines[i].text.includes(delimiter)) { i++; continue; }
      const rows: Row[] = [];
      const offsets: number[] = [];
      for (; i < lines.length && lines[i].text.includes(delimiter); i++) {
        const row = rowOf(lines[i].text, delimiter);
        if (row.rule) continue;
        rows.push(row);
        offsets.push(lines[i].start);
      }
      tableCandidates(rows, offsets, out);
    }
  }
  return out;
}

function tableCandidates(rows: readonly Row[], offsets: readonly number[], out: Candidate[]): void {
  let aboutPatients: boolean | undefined; // read only when a weak label asks
  const isAboutPatients = () => (aboutPatients ??= rows.some((row) => row.cells.some((c, k) => row.labels[k]?.strong || isPatientHeader(c.text))));
  const counts = (label: ColumnLabel | undefined): label is ColumnLabel => !!label && (label.strong || isAboutPatients());
  // A header row: the first row, labelling the cells under it.
  if (rows.length >= 2) {
    rows[0].labels.forEach((label, k) => {
      if (!counts(label)) return;
      for (let r = 1; r < rows.length; r++) {
        const cell = rows[r].cells[k];
        if (cell && !rows[r].labels[k] && holdsValue(label.category, cell.text)) out.push(candidate(cell, offsets[r], label.category));
      }
    });
  }
  // "label | value" rows, anywhere in the block (a header of several labels was read above).
  const header = rows.length >= 2 && rows[0].labels.filter(Boolean).length > 1;
  rows.forEach(({ cells, labels }, r) => {
    if (r === 0 && header) return;
    for (let k = 0; k + 1 < cells.length; k++) {
      const label = labels[k];
      // A header cell ("Name | Bed | Dx") is no value of the label before it.
      if (counts(label) && !labels[k + 1] && !isPatientHeader(cells[k + 1].text) && holdsValue(label.category, cells[k + 1].text)) out.push(candidate(cells[k + 1], offsets[r], label.category));
    }
  });
}
