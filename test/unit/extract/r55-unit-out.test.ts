import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (c55, read by a55's periodOutRule): "before the year is out", "by the time the week is over" are deadlines from
// publication to the end of the present year, month or week; a past "before the year was out" is left to the year the
// story is in. Every
// sentence here was written for this test.

describe('"before the month / year is out"', () => {
  it('a month still running ends the deadline', () => {
    const texts = ['The repair crew will replace the signal cables at Thornfold before the month is out.'];
    const ev = shortestAt('2020-09-08', texts, 'replace the signal cables');
    expect([ev.date.start, ev.date.end]).toEqual(['2020-09-08', '2020-09-30']);
    expect(ev.date.rule).toMatch(/^period-out/);
  });

  it('the year is the year of publication', () => {
    const texts = ['A report on the flooding is to be sent to ministers before the year is out, the agency said.'];
    const ev = shortestAt('2020-09-08', texts, 'sent to ministers');
    expect([ev.date.start, ev.date.end]).toEqual(['2020-09-08', '2020-12-31']);
    expect(ev.date.rule).toMatch(/^period-out/);
  });

  it('"by the time the week is over" reads the same way', () => {
    const texts = ['Organisers expect the last of the stalls to be cleared from the square by the time the week is over.'];
    const ev = shortestAt('2020-09-08', texts, 'cleared from the square');
    expect(ev.date.rule).toMatch(/^period-out/);
    expect([ev.date.start, ev.date.end]).toEqual(['2020-09-08', '2020-09-13']);
  });

  it('a past "before the year was out" is not the present year', () => {
    const texts = ['The bakery reopened in March 1987, and before the year was out it had doubled its staff.'];
    const ev = shortestAt('2020-09-08', texts, 'doubled its staff');
    expect(ev.date.rule ?? '').not.toMatch(/period-out/);
  });
});
