import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { tenseAt } from '../../../shared/extract/tense';

// Round 51 (a51): an infinitive after a past verb ("offered to quit") points forward from that act, but a noun phrase
// after "after" beyond it, with no verb of its own up to the date, names the happening the act followed; that date is
// told in the past. Every sentence here was written for this test.

const dateOf = (text: string, what: string, dct: string) => tagTimexes(text, { dct }).find((x) => x.text === what)?.value;

describe('a date in a noun phrase after "after", beyond an infinitive of a past verb', () => {
  const text = 'The head chef, a tall man from the coast, offered to quit after a poor review in a weekend paper on 9 November.';

  it('is a past happening, not part of the plan', () => {
    expect(tenseAt(text, text.indexOf('9 November'))).toBe('past');
    expect(dateOf(text, '9 November', '2021-03-02')).toBe('2020-11-09');
  });

  it('not when the infinitive governs the date itself', () => {
    const own = 'The head chef offered to quit on 9 November.';
    expect(tenseAt(own, own.indexOf('9 November'))).toBe('future');
  });

  it('not when the phrase after "after" has a verb of its own', () => {
    const clause = 'The head chef offered to quit after the owners will meet on 9 November.';
    expect(tenseAt(clause, clause.indexOf('9 November'))).toBe('future');
  });

  it('not after a verb in the present', () => {
    const present = 'The head chef plans to quit after a final service on 9 November.';
    expect(tenseAt(present, present.indexOf('9 November'))).toBe('future');
  });
});
