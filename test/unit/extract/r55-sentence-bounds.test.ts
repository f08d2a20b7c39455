import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 55 (r55): two readers of "the sentence before" and "this sentence" (perfectSinceClause in tag-state.ts,
// closedOnDayBefore in undated-sentences.ts) now take the shared sentence bounds, so an abbreviation's full stop
// ("St.", "Dr.") no longer cuts the sentence short. Every sentence here was written for this test.

describe('an abbreviation is no sentence end for the readers of a sentence', () => {
  it('a present perfect before "since" is read across "St."', () => {
    const texts = [
      'Nine goats were led onto the hillside at dawn on Tuesday, April 9.',
      'The sanctuary has taken in goats from St. Brelade since it was founded in 1998.',
      'A warden said the first goat climbed the stone wall the following night.',
    ];
    expect(shortestAt('2019-05-22', texts, 'climbed the stone wall').date.start).toBe('2019-04-10');
  });

  it('a closure right after a sentence holding "Dr." after its day takes that day', () => {
    const texts = ['The town library will close for repairs on Monday, March 9, according to Dr. Oskel. Its reading room and archive will be shut as well.'];
    const ev = shortestAt('2020-03-02', texts, 'archive will be shut');
    expect(ev.date.start).toBe('2020-03-09');
  });

  it('still not two sentences on', () => {
    const far = ['The town library will close for repairs on Monday, March 9, according to Dr. Oskel. Readers are asked to plan ahead. Its reading room and archive will be shut as well.'];
    expect(events('2020-03-02', ...far).some((e) => quoteOf(e, far).includes('archive will be shut'))).toBe(false);
  });
});
