import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 54 (a54b): "Last spring, before anyone had noticed the leak, …": a "before" clause of "any"/"anyone" tells
// what had not yet happened at the date, a gloss on it, not a happening placed after it. Every sentence here was
// written for this test.

describe('a before-clause of "any" glosses the date before it', () => {
  it('"before anyone" makes no event after the date', () => {
    const texts = ['Last spring, before anyone had noticed the leak, the caretaker repainted the boiler room.'];
    const all = events('2021-08-10', ...texts);
    expect(all.some((e) => e.date.mod === 'after' && /noticed/i.test(e.title))).toBe(false);
    expect(shortestAt('2021-08-10', texts, 'repainted the boiler room').date.start).toBe('2021-03');
  });

  it('"before any" makes no event after the date', () => {
    const texts = ['Three weeks ago, before any nets were hung, the anglers counted sixty swans on the lake.'];
    const all = events('2021-08-10', ...texts);
    expect(all.some((e) => e.date.mod === 'after' && /nets were hung/i.test(e.title))).toBe(false);
  });

  it('a before-clause without "any" is still its own event after the date', () => {
    const texts = ['Three weeks ago, before the nets were hung, the anglers counted sixty swans on the lake.'];
    const all = events('2021-08-10', ...texts);
    expect(all.some((e) => e.date.mod === 'after' && /nets were hung/i.test(e.title))).toBe(true);
  });
});
