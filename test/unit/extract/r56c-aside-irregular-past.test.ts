import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 56 (x56): a set-off aside keeps its own tense when its verb is an irregular past the lexicon lacked ("lent",
// "rebuilt"), and ", last <participle> in <year>," is a participle aside as ", first <participle>" is, so the main
// clause's day after it is its own event, read by the main verb. After a noun phrase in apposition, though, an
// adverb-led verb is the sentence's own. Every sentence here was written for this test. Publication: Wednesday 10
// April 2024.
const PUB = '2024-04-10';

describe('an irregular past inside a relative aside', () => {
  it('dates the aside, not the main clause\'s "will"', () => {
    const texts = ['The Gildersby trust, which lent the lifeboat crew a trailer on Friday, will now look for a second backer.'];
    expect(shortestAt(PUB, texts, 'on Friday').date.start).toBe('2024-04-05');
    const month = shortestAt(PUB, ['The Gildersby trust, which lent the lifeboat crew 9,000 pounds in March, will now look for a second backer.'], 'in March');
    expect(month.date.start).toBe('2024-03');
    expect(month.date.yearUncertain).toBeFalsy();
  });
});

describe('", last <participle> in <year>," is an aside', () => {
  it('the day after it is the main clause\'s, and ahead', () => {
    const texts = ['The Tuxley kite festival, last held in 2018, returns on Saturday.'];
    expect(shortestAt(PUB, texts, 'returns on Saturday').date.start).toBe('2024-04-13');
    expect(shortestAt(PUB, texts, 'last held in 2018').date.start).toBe('2018');
  });
});

describe('an adverb-led verb after a noun in apposition', () => {
  it('is the sentence\'s verb: no undated clause is split off after it', () => {
    for (const adverb of ['last', 'first']) {
      const texts = [`Brindle, a mill town of about 7,000 people, ${adverb} flooded badly in 1968, when the river rose two metres.`];
      const all = events(PUB, ...texts);
      expect(all.every((e) => e.date.start === '1968')).toBe(true);
      expect(all.some((e) => quoteOf(e, texts).startsWith('Brindle, a mill town'))).toBe(true);
    }
  });
});
