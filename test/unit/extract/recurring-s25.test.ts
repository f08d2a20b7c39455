import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 25: families of misses that recur over several probes (9-17). Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('a winter named by one year is that year, not the winter that begins in its December', () => {
  it('"in the winter of 1953" gives 1953, whichever winter the writer meant', () => {
    const ev = shortestAt('2004-05-10', ['The lake froze so hard in the winter of 1953 that carts crossed it to the island.'], 'lake froze');
    expect(ev.date.start).toBe('1953');
    expect(ev.date.end).toBeUndefined();
  });

  it('does so without "of" too ("during winter 1981")', () => {
    expect(shortestAt('2004-05-10', ['The pier was rebuilt during winter 1981 by a crew of six.'], 'pier was rebuilt').date.start).toBe('1981');
  });

  it('leaves another season with one year, and a winter written with two years, as the months they name', () => {
    const summer = shortestAt('2004-05-10', ['The ferry sank in the summer of 1961 off the point.'], 'ferry sank').date;
    expect([summer.start, summer.end]).toEqual(['1961-06', '1961-08']);
    const winter = shortestAt('2004-05-10', ['The ferry sank in the winter of 1961-62 off the point.'], 'ferry sank').date;
    expect([winter.start, winter.end]).toEqual(['1961-12', '1962-02']);
  });
});

describe('a happening told in the simple present with its weekday is for the day to come', () => {
  // 1996-05-15 is a Wednesday: the Sunday before is the 12th, the one after the 19th.
  it('after a subject named in capitals ("Marta Lind hands over …")', () => {
    const ev = shortestAt('1996-05-15', ['Marta Lind hands over the keys of the Harbour Street bakery on Sunday, after 40 years at the ovens.'], 'hands over');
    expect(ev.date.start).toBe('1996-05-19');
  });

  it('after a request in the present ("Residents are invited to …", "Drivers are asked to …")', () => {
    expect(shortestAt('1996-05-15', ['Residents are invited to a tasting at the old creamery on Sunday afternoon.'], 'invited').date.start).toBe('1996-05-19');
    expect(shortestAt('1996-05-15', ['Drivers are asked to keep the quay road clear on Sunday.'], 'keep the quay').date.start).toBe('1996-05-19');
  });

  it('leaves a plural noun after one capitalised word, a past verb after a name, and the past tense as they were', () => {
    expect(shortestAt('1996-05-15', ['Rescue crews pulled two anglers from the weir on Sunday.'], 'pulled').date.start).toBe('1996-05-12');
    expect(shortestAt('1996-05-15', ['Harbour Board divers recovered the anchor on Sunday.'], 'recovered').date.start).toBe('1996-05-12');
    expect(shortestAt('1996-05-15', ['Marta Lind handed over the keys of the bakery on Sunday.'], 'handed over').date.start).toBe('1996-05-12');
  });
});

describe('"most of" before "since" counts a share, not a record', () => {
  it('"has been leading most of the drills since March" runs from March up to publication', () => {
    const ev = shortestAt('2005-06-20', ['She has been leading most of the drills since March.'], 'leading');
    expect([ev.date.start, ev.date.end]).toEqual(['2005-03', '2005-06-20']);
  });

  it('still reads "the most rain since 1947" as one happening after the year', () => {
    expect(shortestAt('2005-06-20', ['The valley has had the most rain since 1947.'], 'most rain').date.mod).toBe('after');
  });
});
