// Time values are written the way TIMEX3 writes them, so curated and extracted dates share one form:
// "2021-08-15" (day), "2021-04" (month), "2021" (year), "197" (the 1970s, a decade).

export type Precision = 'day' | 'month' | 'year' | 'decade';

export interface TimePoint {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
}

const TIME_VALUE = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{3}))$/;

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a time value, or returns a reason it is not one. */
export function parseTimeValue(value: string): TimePoint | string {
  const m = TIME_VALUE.exec(value);
  if (!m) return `"${value}" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 197`;
  if (m[4] !== undefined) return { precision: 'decade', year: Number(m[4]) * 10 };
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}`;
  if (m[3] === undefined) return { precision: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${value}" is not a day of the calendar`;
  return { precision: 'day', year, month, day };
}

export function toTimePoint(value: string): TimePoint {
  const parsed = parseTimeValue(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

export function timeValueOf(p: TimePoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (p.precision) {
    case 'decade':
      return String(Math.floor(p.year / 10));
    case 'year':
      return String(p.year).padStart(4, '0');
    case 'month':
      return `${String(p.year).padStart(4, '0')}-${pad(p.month!)}`;
    case 'day':
      return `${String(p.year).padStart(4, '0')}-${pad(p.month!)}-${pad(p.day!)}`;
  }
}

/** The half-open span of time a point covers, in UTC milliseconds: [start, end). */
export function spanOf(p: TimePoint): { start: number; end: number } {
  switch (p.precision) {
    case 'decade':
      return { start: Date.UTC(p.year, 0, 1), end: Date.UTC(p.year + 10, 0, 1) };
    case 'year':
      return { start: Date.UTC(p.year, 0, 1), end: Date.UTC(p.year + 1, 0, 1) };
    case 'month':
      return { start: Date.UTC(p.year, p.month! - 1, 1), end: Date.UTC(p.year, p.month!, 1) };
    case 'day':
      return { start: Date.UTC(p.year, p.month! - 1, p.day!), end: Date.UTC(p.year, p.month! - 1, p.day! + 1) };
  }
}

export function formatTimePoint(p: TimePoint, opts: { year?: boolean } = {}): string {
  const withYear = opts.year ?? true;
  switch (p.precision) {
    case 'decade':
      return `${p.year}s`;
    case 'year':
      return String(p.year);
    case 'month':
      return withYear ? `${MONTHS_SHORT[p.month! - 1]} ${p.year}` : MONTHS_SHORT[p.month! - 1];
    case 'day':
      return withYear ? `${p.day} ${MONTHS_SHORT[p.month! - 1]} ${p.year}` : `${p.day} ${MONTHS_SHORT[p.month! - 1]}`;
  }
}
