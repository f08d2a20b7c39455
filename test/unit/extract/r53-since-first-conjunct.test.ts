import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 53 (c53): "A did X and has not Y since", with no date in the sentence: "since" counts from the happening the
// first conjunct tells, so that simple past is the stretch's start (the time of the happening told before), its own
// event, and the stretch runs from there to publication. Every sentence here was written for this test.

const texts = ['The parish tried to buy back the Hallow chalice in 1980 but was outbid. The chalice went to a dealer in Lisbon and has not been displayed since.'];
const all = events('2006-05-04', ...texts);
const at = (words: string) => all.filter((e) => quoteOf(e, texts).includes(words));

describe('a simple past joined by "and" to a present perfect closing on "since"', () => {
  it('is its own event, at the time the stretch starts', () => {
    const found = at('went to a dealer');
    expect(found).toHaveLength(1);
    expect(quoteOf(found[0], texts)).not.toContain('displayed');
    expect(found[0].date.start).toBe('1980');
    expect(found[0].date.end ?? null).toBeNull();
  });

  it('leaves the stretch to the second conjunct, with its own title', () => {
    const found = at('not been displayed since');
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '1980', end: '2006-05-04' });
    expect(found[0].title).toMatch(/displayed/);
  });
});
