import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 52 (s52): a count joined by "and" to the past-perfect clause that stepped back to a day, with no comma between
// them, shares that clause's "had" and goes on from the flashback's day, not from the story's. Every sentence here was
// written for this test.

const valueOf = (text: string, dct: string, words: string) => tagTimexes(text, { dct }).find((t) => t.text === words)?.value;

describe('a count joined to a past-perfect day', () => {
  it('counts "the next day" from the flashback day its clause shares "had" with', () => {
    const text = 'The canal reopened to barges on Friday. Boats on it had been stopped on Tuesday afternoon by a burst lock gate and moved again the next day.';
    expect(valueOf(text, '2022-06-18', 'the next day')).toBe('2022-06-15');
  });

  it('places the joined clause as an event on the day after the flashback day', () => {
    const texts = ['The quarry road was opened to lorries on Thursday.', 'Blasting there had been halted on Monday morning over a cracked wall and started once more the following day.'];
    expect(shortestAt('2019-04-27', texts, 'started once more').date.start).toBe('2019-04-23');
  });

  it('leaves a count after a comma at the story day: the clause there may be back at it', () => {
    const text = 'On Sunday the keeper found a gap in the fence. He mended it, as the owners had asked on March 2, and the inspectors came the next day.';
    expect(valueOf(text, '2021-03-12', 'the next day')).toBe('2021-03-08');
  });

  it('counts from the day of a past-perfect relative clause before its main verb', () => {
    const text = 'The ferry ran again on Saturday. A crane that had failed on Wednesday was repaired the next day.';
    expect(valueOf(text, '2020-09-14', 'the next day')).toBe('2020-09-10');
  });

  it('leaves a count in the sentence after the flashback at the story day', () => {
    const text = 'The canal reopened to barges on Friday. Boats on it had been stopped on Tuesday afternoon by a burst lock gate. Engineers inspected the gate the next day.';
    expect(valueOf(text, '2022-06-18', 'the next day')).toBe('2022-06-18');
  });
});
