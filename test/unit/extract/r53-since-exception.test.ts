import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 53 (c53): a "since then" stretch followed by ", except in <year>, when …" leaves that year out; the exception
// is told with its own date, so the stretch's evidence ends before it and the when-clause keeps its year. Every
// sentence here was written for this test.

const text = 'The guild held its first regatta on the mere in 1893. It has rowed one every spring since then, except in 1916, when the boathouse was used as a billet.';
const all = events('2021-07-09', text);
const at = (words: string) => all.filter((e) => quoteOf(e, [text]).includes(words));

describe('"since then" before ", except in <year>, when …"', () => {
  it('ends the stretch before the exception', () => {
    const found = at('every spring since then');
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '1893', end: '2021-07-09' });
    expect(quoteOf(found[0], [text])).not.toContain('except');
  });

  it('leaves no event counted from the stretch over the exception', () => {
    expect(all.filter((e) => quoteOf(e, [text]).includes('billet'))).toHaveLength(1);
    expect(at('billet')[0].date.start).toBe('1916');
  });
});
