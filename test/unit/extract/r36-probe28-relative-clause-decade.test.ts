import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 36 (a36, probe 28): a decade written only in a relative clause ("…, near where the mill stood until it was
// demolished in the 1980s") dates that clause's thing, as a year there does (modifierDate): the main clause's year is
// then a guess, flagged. Without a publication date the same holds for any date that writes its own year.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a decade in a relative clause after the main verb', () => {
  it('"from where the cottage stood until it was pulled down in the 1970s"', () => {
    const texts = ['The plaque was unveiled by the mayor, a short walk from where the forge stood until it was pulled down in the 1970s.'];
    expect(shortestAt('2015-05-02', texts, 'plaque was unveiled').date.yearUncertain).toBe(true);
  });

  it('"the hall where the band first played in the 1960s"', () => {
    const texts = ['The reunion concert was held at the hall where the band first played in the 1960s.'];
    expect(shortestAt('2015-05-02', texts, 'reunion concert was held').date.yearUncertain).toBe(true);
  });

  it('without a publication date: "the school where she taught in 1988"', () => {
    const texts = ['The award was presented at the school where she taught in 1988.'];
    expect(shortestNoPub(texts, 'award was presented').date.yearUncertain).toBe(true);
  });

  it('a decade that dates its own clause stays certain', () => {
    const texts = ['The cottage was pulled down in the 1970s.'];
    const e = shortestAt('2015-05-02', texts, 'pulled down');
    expect(e.date.start).toBe('197');
    expect(e.date.yearUncertain).toBeFalsy();
  });
});
