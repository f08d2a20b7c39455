import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title never holds the date and is never a fragment. A weekday set off after its date
// ("on 3 May 2019, a Sunday, while …") is the date's and goes with it (title.ts, removeRanges' trailEnd); left,
// the title read "went missing a Sunday", or "a while" once the weekday was cut too.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r51b-weekday-apposed-titles: a weekday set off after its date goes with it', () => {
  it('r51b-weekday-apposed-titles: ", a Sunday," after a dated verb leaves the title', () => {
    const texts = ['Osric, a grey lurcher, went missing on 3 May 2019, a Sunday, while the family were loading the van for a fishing trip.'];
    const title = titleAt(texts, 'went missing');
    expect(title).toMatch(/went missing$/);
    expect(title).not.toMatch(/Sunday|\ba\s*$/);
  });

  it('r51b-weekday-apposed-titles: the weekday closing the sentence goes too', () => {
    const texts = ['The old chain ferry at Holby sank on 4 March 1921, a Friday.'];
    expect(titleAt(texts, 'ferry')).toMatch(/ferry at Holby sank$/i);
  });
});
