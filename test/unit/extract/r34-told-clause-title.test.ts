import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 34 (lead): a clause told after an aside ("…, which …, would be closed in July") shares what was told's subject,
// not the telling's words, so it and its telling do not carry one title. Sentences written for this test.

const PUB = '2005-06-01';

function titleAt(texts: string[], words: string): string {
  const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found[0].title;
}

describe('a told clause after an aside is titled by what was told', () => {
  it.each([
    ['Engineers said on Monday that the old viaduct, which carries the railway, would be closed in July.', 'closed in July', 'Old viaduct would be closed'],
    ['Officials told reporters on Tuesday that the harbour tunnel, which opened in 1987, will shut in September.', 'shut in September', 'Harbour tunnel will shut'],
    ['The council said on Friday that the pool, which opened in 1960, would reopen in August.', 'reopen in August', 'Pool would reopen'],
  ])('%s', (text, words, title) => {
    expect(titleAt([text], words)).toBe(title);
  });

  it('the telling keeps its own title', () => {
    const text = 'Engineers said on Monday that the old viaduct, which carries the railway, would be closed in July.';
    expect(titleAt([text], 'Engineers said on Monday')).toBe('Engineers said the old viaduct would be closed');
  });

  it('a subject with no telling in it is kept whole', () => {
    expect(titleAt(['The bank, which was founded in 1890, was sold in 2001.'], 'sold in 2001')).toBe('Bank was sold');
  });
});
