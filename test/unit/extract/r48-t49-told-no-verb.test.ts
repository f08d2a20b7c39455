import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 48: a telling too long to title whole was cut inside what it
// told, before that clause's verb ("Wildlife trust said a rare orchid never"); it is titled by what was told.

const titled = (paragraph: string, start: string) => events('2024-06-14', paragraph).filter((e) => e.date.start === start).map((e) => e.title);

describe('r48-t49-told-no-verb: no "X said <subject>" with the told verb cut off', () => {
  it('r48-t49-told-no-verb: a trailing teller after a told clause with a long subject', () => {
    const got = titled("A rare orchid never before recorded has been found on the moor, the county's wildlife trust said on Thursday.", '2024-06-13');
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((t) => /said\b.*\bnever$/.test(t))).toBe(false);
    expect(got.every((t) => /\bfound\b/.test(t))).toBe(true);
  });

  it('r48-t49-told-no-verb: a told verb the tags read as a noun is still a verb, and the telling stays', () => {
    expect(titled('Witnesses said the sparks spread quickly through bales of straw stacked in the barns on Monday.', '2024-06-10')).toEqual(['Witnesses said the sparks spread quickly']);
  });
});
