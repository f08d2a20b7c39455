// The one calendar module: time values as documents store them, and the day arithmetic the extractor
// counts with. Both sides use the same month lengths, so a date the extractor writes always parses here.
//
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the proleptic Gregorian calendar, by arithmetic: it runs once per date the extractor
 * finds, and Date.UTC would read the years 0–99 as 1900–1999.
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
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

// Calendar arithmetic on plain year/month/day triples, for the extractor. UTC Date is used only as a day
// counter so that time zones and daylight saving can never shift a date by one.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toDayNumber(p: Ymd): number {
  return Math.floor(Date.UTC(p.y, p.m - 1, p.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(p: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(p) + days);
}

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + delta;
  return { y: Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1 };
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 and TIMEX3 number weekdays. */
export function isoWeekday(p: Ymd): number {
  const wd = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The nearest day after (or before) `p`, never `p` itself, that falls on ISO weekday `wd` ("the Sunday after"). */
export function weekdayBeside(p: Ymd, wd: number, side: 'after' | 'before'): Ymd {
  const gap = ((side === 'after' ? wd - isoWeekday(p) : isoWeekday(p) - wd) + 7) % 7 || 7;
  return addDays(p, side === 'after' ? gap : -gap);
}

export function isoWeek(p: Ymd): { y: number; w: number } {
  // The ISO week belongs to the year that holds its Thursday.
  const thursday = addDays(p, 4 - isoWeekday(p));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

export function isValidYmd(p: Ymd): boolean {
  return p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= daysInMonth(p.y, p.m);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toDayNumber(a) - toDayNumber(b);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export const fmtDay = (p: Ymd) => `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`;
export const fmtMonth = (y: number, m: number) => `${pad4(y)}-${pad2(m)}`;
/** A value of a month as fmtMonth writes it ("2021-04"), not a day of it nor its year. */
export const MONTH_VALUE = /^\d{4}-\d{2}$/;
/** A value of one whole day as fmtDay writes it ("2021-04-30"), no time of day. */
export const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
export const fmtYear = (y: number) => pad4(y);
// Week numbers are written without a leading zero ("1998-W7"), as the TempEval-3 corpora write them and
// as their scorer, which compares value strings exactly, expects.
export const fmtWeek = (p: Ymd) => {
  const w = isoWeek(p);
  return `${pad4(w.y)}-W${w.w}`;
};
// Decades and centuries keep their width with X placeholders ("199X", "19XX"), the TempEval-3 spelling.
export const fmtDecade = (decade: number) => `${String(decade).padStart(3, '0')}X`;
export const fmtCentury = (century: number) => `${pad2(century)}XX`;

export function parseYmd(value: string | null | undefined): Ymd | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const p = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(p) ? p : null;
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th given weekday (1 = Monday) of a month; n = -1 for the last. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = isoWeekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = daysInMonth(y, m);
  const last = isoWeekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - weekday + 7) % 7) };
}
