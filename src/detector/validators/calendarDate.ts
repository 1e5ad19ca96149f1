// Calendar dates written with numbers (Safe Harbor identifier C: every date element but the year). A pattern
// such as \d{1,2}/\d{1,2}/\d{4} also matches doses, ratios and scores, so the validator keeps only strings
// that are a real day: month 1-12, day within that month, 29 February only in Gregorian leap years.
// Forms: yyyy-mm-dd (ISO 8601), m/d/yyyy and m/d/yy as written in the US, and d/m/yyyy as written in the
// UK, Canada and Australia, whose identifiers this guard also knows; "/", "-" or "." but one kind per date.
// Four-digit years are kept to 1900-2099, the span a living patient's dates fall in.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;

function fullYear(text: string): number {
  // Two-digit years read as 20yy; 19yy gives the same answer for every date except 29/2/00.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

export function calendarDate(candidate: string): boolean {
  const text = candidate.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    return plausibleYear(year) && isRealDate(year, Number(iso[3]), Number(iso[4]));
  }
  const numeric = NUMERIC.exec(text);
  if (!numeric) return false;
  const year = fullYear(numeric[4]);
  const [first, second] = [Number(numeric[1]), Number(numeric[3])];
  return plausibleYear(year) && (isRealDate(year, first, second) || isRealDate(year, second, first));
}
