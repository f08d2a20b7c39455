import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. A telling whose teller has its post set off after the name ("Wilna
// Prewett, the club's chair, told the inquiry …") was titled by the teller and whom it told alone; what was told is fitted
// after them, as it is when no post stands between the name and the verb.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r58-title-teller-post: a teller with a post set off after the name says what it told', () => {
  it('r58-title-teller-post: the told clause is fitted after whom it told', () => {
    const text = 'Brisca Omerod, the water board\'s chief chemist, told the inquiry on Tuesday the main pipe had split along a welded seam near the pumping station at the top of the valley.';
    const e = at(text, 'told the inquiry');
    expect(e.title).toBe('Brisca Omerod told the inquiry main pipe split');
    expect(e.date.start).toBe('2024-06-11');
  });
});
