import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 59 (then59): "that afternoon" in a sentence whose main clause is a past-perfect flashback points back at the
// day the flashback just named, not at the day the story is at; and a clause dated by a day beside a "since" stretch
// starting on that same day is a clause of its own. Sentences written for this test.

const PUBLISHED = '2021-12-27';

describe('r59-flashback-that-part: the part of a day named in a flashback sentence', () => {
  it('r59-flashback-that-part: "that afternoon" after a flashback main clause is the flashback day', () => {
    const texts = [
      'Saskia Vorrel won her hundredth race at Halvik on Sunday.',
      'The 30-year-old had been stuck on 99 since Christmas Eve, when she won twice at Tolbury, and a fall in her next race that afternoon left her with a sore wrist.',
    ];
    const fall = shortestAt(PUBLISHED, texts, 'a fall in her next race');
    expect(fall.date).toMatchObject({ start: '2021-12-24' });
    expect(fall.date?.end).toBeUndefined();
  });

  it('r59-flashback-that-part: the since clause and the same-day clause stay two events', () => {
    const texts = [
      'Saskia Vorrel won her hundredth race at Halvik on Sunday.',
      'The 30-year-old had been stuck on 99 since Christmas Eve, when she won twice at Tolbury, and a fall in her next race that afternoon left her with a sore wrist.',
    ];
    for (const stuck of [shortestAt(PUBLISHED, texts, 'stuck on 99'), shortestNoPub(texts, 'stuck on 99')]) {
      expect(stuck.date).toMatchObject({ start: expect.stringMatching(/-12-24$/) });
      expect(stuck.title).not.toMatch(/wrist|fall/i);
    }
    expect(shortestNoPub(texts, 'a fall in her next race').title).toMatch(/fall/i);
  });

  it('r59-flashback-that-part: not when the flashback is only an aside after the main clause', () => {
    const texts = ['The boiler at the Darrowmere depot failed on Friday. The manager rang the fitters, as the owner had asked on December 2, and they came that afternoon.'];
    expect(shortestAt(PUBLISHED, texts, 'they came that afternoon').date).toMatchObject({ start: '2021-12-24' });
  });
});
