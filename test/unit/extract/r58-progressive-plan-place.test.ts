import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (worst58): a present progressive plan with an object may name where it is held, in up to two short place
// phrases, before its day ("is selling jam at the autumn market on the town pier on Sunday"): still a plan, ahead
// (PLAN_PLACE in PROGRESSIVE_OBJECT_PLAN, tense.ts). Every sentence here was written for this test.

const at = (pub: string, text: string, words: string) => events(pub, text).find((e) => quoteOf(e, [text]).includes(words));

describe('a progressive plan with a place after its object', () => {
  it('reads the weekday ahead after two place phrases', () => {
    // 11 September 2019 was a Wednesday.
    const text = 'The choir is also selling jam at the autumn market on the town pier on Sunday.';
    expect(at('2019-09-11', text, 'selling jam')?.date.start).toBe('2019-09-15');
  });

  it('reads the weekday ahead after one place phrase with a determiner object', () => {
    const text = 'The Quarrow brewery is pouring its first ale at the old depot on Friday.';
    expect(at('2019-09-11', text, 'pouring its first ale')?.date.start).toBe('2019-09-13');
  });

  it('leaves an object that holds a past form on the past day', () => {
    const text = 'Detectives are tracing a van seen at the crossroads on Monday.';
    expect(at('2019-09-11', text, 'tracing a van')?.date.start).toBe('2019-09-09');
  });
});
