import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 59 (then59): "that evening" in a sentence whose main clause is a past-perfect flashback points back at the
// day the flashback just named, not at the day the story is at; and a clause dated by a day beside a "since" stretch
// starting on that same day is a clause of its own. Sentences written for this test.

const PUBLISHED = '2021-04-12';
const texts = [
  'The Halvik bakery reopened on Thursday.',
  'It had been shut since Easter Monday, when a pipe burst in the cellar, and a plumber who came that evening found the boiler cracked.',
];

describe('r59-flashback-that-part: the part of a day named in a flashback sentence', () => {
  it('r59-flashback-that-part: "that evening" after a flashback main clause is the flashback day', () => {
    const plumber = shortestAt(PUBLISHED, texts, 'a plumber who came');
    expect(plumber.date).toMatchObject({ start: '2021-04-05' });
    expect(plumber.date?.end).toBeUndefined();
  });

  it('r59-flashback-that-part: the since clause and the same-day clause stay two events', () => {
    for (const shut of [shortestAt(PUBLISHED, texts, 'had been shut'), shortestNoPub(texts, 'had been shut')]) {
      expect(shut.title).not.toMatch(/plumber|boiler/i);
    }
    expect(shortestNoPub(texts, 'a plumber who came').title).toMatch(/plumber/i);
  });

  it('r59-flashback-that-part: not when the flashback is only an aside after the main clause', () => {
    const aside = ['The boiler at the Darrowmere depot failed on Friday, April 9. The manager rang the fitters, as the owner had asked on April 2, and they came that afternoon.'];
    expect(shortestAt(PUBLISHED, aside, 'they came that afternoon').date).toMatchObject({ start: '2021-04-09' });
  });
});
