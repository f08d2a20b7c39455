import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 48 (b48): events not found (issue 8). A habit told as kept up "until" a date ("but went on
// refereeing every other Sunday until last month") was dropped as a timetable, so the stretch it tells was never an
// event. Every sentence here was written for this test.

describe('r48-until-habit: a past habit kept up until a date is a stretch, not a schedule', () => {
  it('"stopped ... in 1975 but went on refereeing every other Sunday until last month" runs from 1975', () => {
    const t = ['He stopped playing in 1975 but went on refereeing village matches every other Sunday until last month.'];
    const e = events('2001-06-12', ...t).find((x) => quoteOf(x, t).includes('went on refereeing'));
    expect(e?.date).toMatchObject({ start: '1975', end: '2001-05' });
  });

  it('"sold the bakery in 1988 but kept baking the church loaves every Friday until 1996" runs from 1988 to 1996', () => {
    const t = ['She sold the bakery in 1988 but kept baking the church loaves every Friday until 1996.'];
    const e = events('2001-06-12', ...t).find((x) => quoteOf(x, t).includes('church loaves'));
    expect(e?.date).toMatchObject({ start: '1988', end: '1996' });
  });

  it('a habit not told as kept up stays one: "was put up in 1950 and was used every winter until 1990"', () => {
    const t = ['The hut was put up in 1950 and was used every winter until 1990.'];
    expect(events('2001-06-12', ...t).some((e) => /every winter/.test(quoteOf(e, t)))).toBe(false);
  });

  it('a timetable in the present stays no event: "The lido opens every day until September."', () => {
    const t = ['The lido opens every day until September.'];
    expect(events('2001-06-12', ...t)).toHaveLength(0);
  });
});
