import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (c58): "<clause dated in the past>, ending a curfew that had been in place for N units": the stretch
// ended runs up to the clause's date, from the date another sentence gives for putting it in place within a unit of the
// count, else counted back (endedLength, matched-lengths.ts). Every sentence here was written for this test.

const at = (pub: string, texts: string[], words: string) => events(pub, ...texts).find((e) => quoteOf(e, texts).includes(words));
const LIFTED = 'The town council reopened the harbour to night boats on Monday, ending a curfew that had been in place for 14 months.';

describe('a length ended by the clause before it', () => {
  it('runs from the start another sentence tells up to the ending', () => {
    const texts = [LIFTED, 'The curfew was imposed on April 2, 2020, after a spate of thefts from boats.'];
    const ev = at('2021-06-10', texts, 'in place for 14 months');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2020-04-02', '2021-06-07']);
    expect(ev?.date.rule).toBe('sequence/ended-length-told-start');
  });

  it('counts back when no start is told', () => {
    const ev = at('2021-06-10', [LIFTED], 'in place for 14 months');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2020-04-07', '2021-06-07']);
  });

  it('leaves an ending still to come alone', () => {
    const texts = ['The town council will reopen the harbour on Monday, ending a curfew that had been in place for 14 months.'];
    expect(at('2021-06-10', texts, 'in place for 14 months')?.date.rule).toBe('narrative-order/before-publication');
  });
});
