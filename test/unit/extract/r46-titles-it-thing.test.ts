import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 46: "it" opening a clause that hangs on a clause whose subject
// is a person or many ("Dr Pellow managed the ferry kiosk until it shut") cannot stand for that subject; it stands
// for the thing the clause before ends on.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r46-it-thing: "until it" after a person\'s clause is the thing that clause ends on', () => {
  it('r46-it-thing: a person\'s clause ending on its object, a phrase of time after it', () => {
    const got = titles('Dr Pellow managed the ferry kiosk from 1972 until it shut for good in 2003.');
    expect(got).toContain('Ferry kiosk shut for good');
    expect(got).not.toContain('It shut for good');
  });

  it('r46-it-thing: a name with an age, and a passive after "until it"', () => {
    const got = titles('Brother Anselm, 70, taught at the abbey school from 1975 until it was merged with a state school in May.');
    expect(got).toContain('Abbey school was merged with a state school');
  });

  it('r46-it-thing: many as the subject ("Farmers in Corran"), "since it"', () => {
    expect(titles('Farmers in Corran have fought the wind farm since it was approved by the county in 2019.')).toContain('Wind farm was approved by the county');
    expect(titles('Mr Quill has sung in the choir since it was formed by the vicar in 1988.')).toContain('Choir was formed by the vicar');
  });

  it('r46-it-thing: a plural object or a word of time before the subordinator leaves "it" as it was', () => {
    expect(titles('Mr Orrin has rented the Hollin fields since it was agreed in 1990.').some((t) => /^Hollin fields/.test(t))).toBe(false);
    expect(titles('Mrs Ansty kept the stall from the end of the year until it was pulled down in 1988.').some((t) => /^(?:Year|End of the year) /.test(t))).toBe(false);
    expect(titles('Mr Orrin ran the kiosk on the pier from the summer until it was closed in 1979.').some((t) => /^Summer /.test(t))).toBe(false);
  });
});
