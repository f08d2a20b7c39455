import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Round 52 (b52): a verb whose past is spelled as its present, right after "who" or "which" with a singular noun
// before it, is past. Every sentence here was written for this test.

const at = (published: string, texts: string[], words: string) => events(published, ...texts).filter((e) => e.title.toLowerCase().includes(words));

describe('"The mayor, who cut short a holiday, is expected to …": the aside is a past happening of its own', () => {
  it('after a singular noun, "who cut" and "which hit" are told events before publication', () => {
    const texts = ['A gale struck the harbour on Friday.', 'The mayor, who cut short a holiday in the hills, is expected to visit the quay on Sunday.'];
    const [cut] = at('2009-04-04', texts, 'cut short a holiday');
    expect(cut?.date.start).toBe('2009-04-04');
    expect(cut?.date.rule).toBe('narrative-order/before-publication');
    const [hit] = at('2009-04-04', ['The gale, which hit the pier hardest, is expected to ease by Sunday.'], 'hit the pier');
    expect(hit?.date.rule).toBe('narrative-order/before-publication');
  });

  it('not after a plural noun, where the same word may be a habit in the present, nor "which cost" (a figure)', () => {
    expect(at('2009-04-04', ['The quarrymen, who cut stone by hand, are expected to strike on Sunday.'], 'cut stone')).toEqual([]);
    expect(at('2009-04-04', ['The new pier, which cost four million pounds to build, opens to walkers on Sunday.'], 'four million')).toEqual([]);
  });
});
