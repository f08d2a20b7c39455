import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 50 (a50): a season named by a clause ("the winter we moved north") with its year set off right after the
// clause ("…, in 1947") is that year's season, written. Every sentence here was written for this test.

const seasonOf = (text: string) => tagTimexes(text, { dct: '2009-05-02' }).find((t) => /^(?:winter|summer)$/.test(t.text));

describe('a season named by a clause, then its year', () => {
  it('takes the year set off after the clause', () => {
    const t = seasonOf('She first skated on the canal the winter we moved north, in 1947, and never forgot it.');
    expect(t?.value).toBe('1947-WI');
    expect(t?.yearUncertain).toBeFalsy();
  });

  it('without a year after it, the year stays a guess', () => {
    expect(seasonOf('She first skated on the canal the winter we moved north, and never forgot it.')?.yearUncertain).toBe(true);
  });
});
