import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 43 (b43): events not found for want of a reading of the clause around their date (issue 8). Every sentence
// here was written for this test (none comes from an eval set or a probe).

describe('r43-habit-from-date: "From <date>, X will <habit>" is a change made on that date, as "X will <habit> from <date>" is', () => {
  it('"From Tuesday, June 6, the ferry will sail every two hours": an event on June 6', () => {
    const t = ['From Tuesday, June 6, the ferry will sail every two hours between the islands.'];
    const all = events('2017-05-20', ...t);
    const sail = all.find((e) => quoteOf(e, t).includes('ferry will sail'));
    expect(sail?.date.start).toBe('2017-06-06');
  });

  it('the same habit in the plain present is a timetable, no event', () => {
    const t = ['From Tuesday, June 6, the ferry sails every two hours between the islands.'];
    expect(events('2017-05-20', ...t).find((e) => quoteOf(e, t).includes('ferry sails'))).toBeUndefined();
  });
});

describe('r43-hours-own-clause: opening hours in a clause of their own after ", and" leave the dated clause an event', () => {
  it('"…until the end of October, and the kiosk will stay open on weekdays from 9 a.m. to 5 p.m."', () => {
    const t = ['The two clubs will share the pitch until the end of October, and the kiosk will stay open on weekdays from 9 a.m. to 5 p.m.'];
    const all = events('2019-04-02', ...t);
    const share = all.find((e) => quoteOf(e, t).includes('share the pitch'));
    expect(share?.date.end).toBe('2019-10');
  });

  it('hours told after ", and on …" with no subject of their own still make the clause a schedule', () => {
    const t = ['The kiosk will stay open until the end of October, and on weekdays from 9 a.m. to 5 p.m.'];
    expect(events('2019-04-02', ...t).find((e) => quoteOf(e, t).includes('kiosk'))).toBeUndefined();
  });
});

describe('r43-set-off-participle: a participle phrase set off after a present clause is its year\'s own happening', () => {
  it('"The chapel is older than any house in the lane, put up in 1846 by a wool merchant": put up in 1846', () => {
    const t = ['The chapel is older than any house in the lane, put up in 1846 by a wool merchant, and it still has no heating.'];
    const all = events('2019-05-10', ...t);
    const put = all.find((e) => quoteOf(e, t).startsWith('put up in 1846'));
    expect(put?.date.start).toBe('1846');
    expect(put?.date.mod).toBeUndefined();
    expect(quoteOf(put!, t)).toBe('put up in 1846 by a wool merchant');
  });

  it('a year after a plain preposition phrase, with no participle, names no such happening', () => {
    const t = ['The chapel is older than any house in the lane, and larger than the one in 1846.'];
    const all = events('2019-05-10', ...t);
    expect(all.find((e) => quoteOf(e, t).startsWith('larger than'))).toBeUndefined();
  });
});

describe('r43-contact-perfect: "a boy she had taught, who …": a noun and a clause without "that" in the perfect is the antecedent', () => {
  it('after an opening aside, the dated relative clause is still an event, titled by its noun', () => {
    const t = ['Last spring, too weak to walk far, he wrote to Cal Dunn, a Dorset boy he had taught, who had climbed the north face on June 3.'];
    const all = events('2016-09-01', ...t);
    const climbed = all.find((e) => quoteOf(e, t).includes('climbed the north face'));
    expect(climbed?.date.start).toBe('2016-06-03');
    expect(climbed?.title).toMatch(/^Dorset boy /);
  });
});
