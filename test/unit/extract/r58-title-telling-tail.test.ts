import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what, never a fragment. A telling that closes a clause right after its
// date (", the trustees said") lost the comma with the date, so the title ran the told clause into its teller
// ("Licence was withdrawn the regulator said"). The tail goes whole when its teller names a post set off by commas,
// is a plural placed by a name, or is itself set off before more of the sentence.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r58-title-telling-tail: a telling closing a dated clause is no part of its title', () => {
  it('r58-title-telling-tail: a teller with a name set off after its post', () => {
    const text = 'The licence was withdrawn on Friday, the regulator, Coastwise Ltd, said.';
    expect(at(text, 'withdrawn').title).toBe('Licence was withdrawn');
  });

  it('r58-title-telling-tail: a plural teller placed by a name', () => {
    const text = 'Ferry bookings rose on Tuesday, dealers in Marrisford said.';
    expect(at(text, 'bookings rose').title).toBe('Ferry bookings rose');
  });

  it('r58-title-telling-tail: a telling set off by a second comma before a compared gap or a new clause', () => {
    const gap = 'Otters had come back on May 3, he said, nine days later than in most springs.';
    expect(at(gap, 'Otters').title).toBe('Otters came back');
    const so = 'The sale of the brewery was approved in March, the trustees said, so the staff will keep their jobs.';
    expect(at(so, 'approved in March').title).toBe('Sale of the brewery was approved');
  });

  it('r58-title-telling-tail: a telling set off inside its clause still goes as before', () => {
    const text = 'The new pier, the harbourmaster said, will open in July.';
    expect(at(text, 'will open').title).toBe('New pier will open');
  });
});
