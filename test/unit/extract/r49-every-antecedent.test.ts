import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (b49): a noun phrase opened by "every" or "each" is the antecedent of a relative clause after it, as one
// opened by "the" is (sentences written for this test).

describe('r49-every-antecedent: "Every <noun> who …" names its antecedent', () => {
  it('a subject after "every" opening a quotation is the antecedent of the dated relative clause', () => {
    const texts = ['Ms Pye, the school\'s head, said on Friday: "Every pupil who sat the exam last year passed it. We are proud."'];
    const e = shortestAt('2021-04-10', texts, 'sat the exam');
    expect(e.date.start).toBe('2020');
    expect(e.title).toMatch(/^Every pupil/);
  });
});
