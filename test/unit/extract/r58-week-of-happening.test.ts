import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 58 (s58): "in the week the flood was at its worst", with no date of its own, is the Monday-to-Sunday week of
// the flood the text dated, not only some time before publication. Every sentence here was written for this test.

describe('the week a dated happening fell in', () => {
  it('is the week holding the happening\'s day', () => {
    const texts = [
      'A flood on 17 October 2012 wrecked the kitchen of the Ilvesby tea rooms, which reopen on Saturday.',
      '"We ordered new ovens in the week the flood was in all the papers," said the owner.',
    ];
    const ev = shortestAt('2021-09-15', texts, 'ordered new ovens');
    expect(ev.date.start).toBe('2012-10-15');
    expect(ev.date.end).toBe('2012-10-21');
  });

  it('stays before publication when the happening was never dated to a day', () => {
    const texts = [
      'A flood in October 2012 wrecked the kitchen of the Ilvesby tea rooms, which reopen on Saturday.',
      '"We ordered new ovens in the week the flood was in all the papers," said the owner.',
    ];
    const ev = shortestAt('2021-09-15', texts, 'ordered new ovens');
    expect(ev.date.end ?? null).toBeNull();
  });
});
