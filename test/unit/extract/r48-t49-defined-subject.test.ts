import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 48: "those" or "anyone" names no one until the relative clause
// after it says who, so a title cut to length keeps that clause rather than open on "Those" alone.

const titled = (paragraph: string, start: string) => events('2024-06-14', paragraph).filter((e) => e.date.start === start).map((e) => e.title);

describe('r48-t49-defined-subject: "Those who …" keeps the clause that says who', () => {
  it('r48-t49-defined-subject: a long clause after "Those who" is cut after its verb, not before the relative', () => {
    expect(titled('Those who sail from the harbour have been waiting at the quay since March 2021.', '2021-03')).toEqual(['Those who sail from the harbour have been waiting']);
    expect(titled('Those who worship at the old chapel have been meeting in a village hall since March.', '2024-03')).toEqual(['Those who worship at the old chapel have been meeting']);
  });

  it('r48-t49-defined-subject: a relative clause too long for a title is left out as before', () => {
    const got = titled('Anyone who parks a car on the village green by the pond will be fined from May 2025.', '2025-05');
    expect(got.some((t) => /^Anyone\b/.test(t))).toBe(true);
  });
});
