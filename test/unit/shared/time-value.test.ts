import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  addMonths,
  easter,
  fmtDay,
  fmtWeek,
  isoWeekday,
  weekdayBeside,
  nthWeekday,
  parseTimeValue,
  parseYmd,
  spanOf,
  toDayNumber,
  toTimePoint,
} from '../../../shared/time-value';

// The day arithmetic the extractor counts with lives in the same module as the stored time values, so a date
// written by one always reads back in the other.
describe('calendar arithmetic', () => {
  it('counts the days of a month in every century, the first included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    // Date.UTC reads the year 0 as 1900, which is not a leap year; the year 0 (1 BC) is.
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(fmtDay(addDays({ y: 2024, m: 2, d: 28 }, 1))).toBe('2024-02-29');
    expect(fmtDay(addDays({ y: 2023, m: 2, d: 28 }, 1))).toBe('2023-03-01');
    expect(fmtDay(addDays({ y: 2003, m: 12, d: 26 }, 7))).toBe('2004-01-02');
    expect(fmtDay(addDays({ y: 2009, m: 1, d: 2 }, -7))).toBe('2008-12-26');
    expect(addMonths(2005, 12, 1)).toEqual({ y: 2006, m: 1 });
    expect(addMonths(2006, 1, -13)).toEqual({ y: 2004, m: 12 });
  });

  it('numbers weekdays and weeks as ISO 8601 does', () => {
    expect(isoWeekday({ y: 2024, m: 5, d: 15 })).toBe(3); // a Wednesday
    expect(isoWeekday({ y: 2024, m: 5, d: 19 })).toBe(7); // a Sunday
    expect(fmtWeek({ y: 2021, m: 1, d: 3 })).toBe('2020-W53'); // belongs to the year of its Thursday
    expect(fmtWeek({ y: 1998, m: 2, d: 12 })).toBe('1998-W7');
  });

  it('finds movable holidays', () => {
    expect(fmtDay(easter(2024))).toBe('2024-03-31');
    expect(fmtDay(easter(2000))).toBe('2000-04-23');
    expect(fmtDay(nthWeekday(2006, 11, 4, 4))).toBe('2006-11-23'); // Thanksgiving: fourth Thursday
    expect(fmtDay(nthWeekday(2024, 5, 1, -1))).toBe('2024-05-27'); // Memorial Day: last Monday
  });

  it('agrees with the stored time values on every day it writes', () => {
    for (let n = toDayNumber({ y: 2023, m: 12, d: 1 }); n < toDayNumber({ y: 2025, m: 3, d: 1 }); n++) {
      const day = fmtDay(addDays({ y: 1970, m: 1, d: 1 }, n));
      expect(parseTimeValue(day)).toMatchObject({ precision: 'day' });
      expect(parseYmd(day)).not.toBeNull();
      const p = toTimePoint(day);
      expect(spanOf(p).end - spanOf(p).start).toBe(86_400_000);
    }
    expect(parseYmd('2023-02-29')).toBeNull();
    expect(typeof parseTimeValue('2023-02-29')).toBe('string');
  });
});

describe('weekdayBeside', () => {
  it('is the nearest such weekday strictly after or before the day, never the day itself', () => {
    const wed = { y: 2024, m: 5, d: 15 };
    expect(weekdayBeside(wed, 7, 'after')).toEqual({ y: 2024, m: 5, d: 19 });
    expect(weekdayBeside(wed, 7, 'before')).toEqual({ y: 2024, m: 5, d: 12 });
    expect(weekdayBeside(wed, 3, 'after')).toEqual({ y: 2024, m: 5, d: 22 });
    expect(weekdayBeside(wed, 3, 'before')).toEqual({ y: 2024, m: 5, d: 8 });
    expect(weekdayBeside({ y: 2024, m: 12, d: 30 }, 3, 'after')).toEqual({ y: 2025, m: 1, d: 1 });
  });
});
