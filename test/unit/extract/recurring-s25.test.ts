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
