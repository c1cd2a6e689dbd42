/** A birth date known to year, month or day precision (the CSV allows YYYY, YYYY-MM, YYYY-MM-DD). */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type DateAgreement =
  | 'exact'
  | 'day-month-swapped'
  | 'one-digit-off'
  | 'same-year-partial' // one side gives only the year (or year-month) and it agrees
  | 'year-off-by-one' // same day and month, year ±1 (age rounded when the date was estimated)
  | 'disagree'
  | 'missing';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns an error message for anything else or an impossible day. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const m = DATE_PATTERN.exec(text.trim());
  if (!m) return { error: `"${text}" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY` };
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has month ${month}; months run 01–12` };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { error: `"${text}" is not a day of the calendar` };
  return { year, month, day };
}

function digits(d: PartialDate): string {
  return `${d.year}${String(d.month).padStart(2, '0')}${String(d.day).padStart(2, '0')}`;
}

export function compareDates(a: PartialDate | undefined, b: PartialDate | undefined): DateAgreement {
  if (!a || !b) return 'missing';
  const fullA = a.month !== undefined && a.day !== undefined;
  const fullB = b.month !== undefined && b.day !== undefined;
  if (fullA && fullB) {
    if (a.year === b.year && a.month === b.month && a.day === b.day) return 'exact';
    if (a.year === b.year && a.month === b.day && a.day === b.month) return 'day-month-swapped';
    const da = digits(a);
    const db = digits(b);
    let differing = 0;
    for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) differing++;
    if (differing === 1) return 'one-digit-off';
    if (Math.abs(a.year - b.year) === 1 && a.month === b.month && a.day === b.day) return 'year-off-by-one';
    return 'disagree';
  }
  if (a.year !== b.year) return 'disagree';
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return 'disagree';
  return 'same-year-partial';
}
