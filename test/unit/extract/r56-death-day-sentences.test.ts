import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 56 (r56): the death's own day is read in the sentence of the first "died" and the one after it, as the
// sentence splitter cuts them, so an abbreviation such as "St." in the first ends neither. Sentences written for this
// test.

const obituary = (place: string) => [
  `Corvenna Quillery, who mended nets on the Hollibrook quay for fifty years, has died aged 84 at ${place}. She died on 9 February after a short illness.`,
  'She was born on 30 May 1937 above her father\'s rope walk.',
  'In November she was still teaching children to splice rope.',
];

describe('r56-death-day-sentences: the death\'s day after a sentence holding an abbreviation', () => {
  it('r56-death-day-sentences: "at St. Ebbory\'s hospice" does not hide the death\'s day in the next sentence', () => {
    const e = at(obituary("St. Ebbory's hospice"), 'died on 9 February');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start).toBe('2022-02-09');
  });

  it('r56-death-day-sentences: with no abbreviation the same day is read (as before)', () => {
    const e = at(obituary('the Kelvethan hospice'), 'died on 9 February');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start).toBe('2022-02-09');
  });
});
