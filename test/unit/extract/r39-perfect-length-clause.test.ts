import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (l39): a clause in the present perfect that counts a length up to now ("who has farmed there for forty
// years") is that stretch up to publication, even when the rest of its sentence has a date of its own. Every sentence
// here was written for this test.

const span = (published: string, texts: string[], words: string) => {
  const e = shortestAt(published, texts, words);
  return [e.date.start, e.date.end, e.date.rule];
};

describe('a present-perfect length in a clause of a dated sentence runs up to publication', () => {
  it('a who-clause beside a telling with a date of its own', () => {
    const texts = ['Ms Orla Vey, who has taught at the village school for twelve years, said on Monday that she would retire in July.'];
    expect(span('2024-03-14', texts, 'who has taught')).toEqual(['2012-03-14', '2024-03-14', 'duration/up-to-publication']);
  });

  it('a who-clause beside a "since" of the main clause', () => {
    const texts = ['The harbourmaster, who has worked on the quay for thirty years, said the cranes had stood idle since the middle of May.'];
    expect(span('2019-06-20', texts, 'who has worked')).toEqual(['1989-06-20', '2019-06-20', 'duration/up-to-publication']);
  });

  it('a which-clause with "the past N months" inside a dated conjunct', () => {
    const texts = ['The council sold the depot on Friday, and the old library, which has stood empty for the past six months, will follow.'];
    expect(span('2023-11-08', texts, 'which has stood empty')).toEqual(['2023-05-08', '2023-11-08', 'duration/up-to-publication']);
  });
});

describe('what is not a length up to now', () => {
  it('a past perfect counts back from another point', () => {
    const texts = ['The skipper, who had fished the bay for twenty years, was rescued on Sunday.'];
    const e = shortestAt('2020-02-12', texts, 'who had fished');
    expect(e.date.rule).not.toBe('duration/up-to-publication');
  });
});
