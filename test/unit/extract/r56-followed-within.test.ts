import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 56 (c56): "<date>, A was followed by B within N years": A is of the date, and B runs from the date to N years
// on, an event of its own (followedWithin, later-predicates.ts; withinAfter, date-stretches.ts). Every sentence here
// was written for this test.

const at = (texts: string[], words: string) => events('2022-06-01', ...texts).filter((e) => quoteOf(e, texts).includes(words));

describe('a happening followed by another within a length', () => {
  const texts = ['The great storm of 1987 was followed by a surge in tree planting within two years, foresters say.'];

  it('keeps the first happening on its own date', () => {
    const first = at(texts, 'great storm').sort((a, b) => quoteOf(a, texts).length - quoteOf(b, texts).length)[0];
    expect(first.date.start).toBe('1987');
    expect(first.date.end ?? null).toBeNull();
  });

  it('gives the follower the stretch from the date', () => {
    const follower = at(texts, 'surge in tree planting').find((e) => !quoteOf(e, texts).includes('great storm'));
    expect(follower).toBeDefined();
    expect([follower!.date.start, follower!.date.end]).toEqual(['1987', '1989']);
  });

  it('still gives a clause its own "within" when nothing follows it', () => {
    const own = ['The boathouse burned down in 1953 and was rebuilt within two years.'];
    const ev = at(own, 'rebuilt within').sort((a, b) => quoteOf(a, own).length - quoteOf(b, own).length)[0];
    expect([ev.date.start, ev.date.end]).toEqual(['1953', '1955']);
  });
});
