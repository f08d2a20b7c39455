import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title never ends on a fragment. The weekday of a round ("every second Tuesday") goes from the
// title with the date; the "every second" that leads into it goes with it, as "every" alone already did, or the title
// ends on words that read as a time of their own.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r54-round-lead: "every second / other / third" before a weekday goes with it', () => {
  it('r54-round-lead: "every second Tuesday"', () => {
    const texts = ["The grocer's lorry calls at the hamlets every second Tuesday."];
    expect(titleAt(texts, 'every second Tuesday')).toMatch(/^(?:The )?grocer's lorry calls at the hamlets$/i);
  });

  it('r54-round-lead: "every third Sunday" with a phrase after it', () => {
    const texts = ['The choir rehearses every third Sunday in the chapel.'];
    expect(titleAt(texts, 'every third Sunday')).toMatch(/^(?:The )?choir rehearses in the chapel$/i);
  });
});
