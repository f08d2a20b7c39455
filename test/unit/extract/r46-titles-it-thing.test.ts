import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 46: "it" opening a clause that hangs on a clause whose subject
// is a person or many ("Mrs Ansty ran the tea room until it closed") cannot stand for that subject; it stands for the
// thing the clause before ends on.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r46-it-thing: "until it" after a person\'s clause is the thing that clause ends on', () => {
  it('r46-it-thing: a person\'s clause ending on its object, a phrase of time after it', () => {
    const got = titles('Mrs Ansty ran the station tea room from 1961 until it closed in 1994.');
    expect(got).toContain('Station tea room closed');
    expect(got).not.toContain('It closed');
  });

  it('r46-it-thing: a name with an age, and a passive after "until it"', () => {
    const got = titles('Ilse Varga, 61, trained in 1983 and ran the Dunmore surgery from 1990 until it was sold in May.');
    expect(got).toContain('Dunmore surgery was sold');
  });

  it('r46-it-thing: many as the subject ("Governors at Pell Lane"), "since it"', () => {
    expect(titles('Governors at Pell Lane had opposed the merger since it was first proposed in the autumn of 2021.')).toContain('Merger was first proposed');
    expect(titles('Mr Orrin had been a regular at the Anchor since it reopened under new owners four years ago.')).toContain('Anchor reopened under new owners');
  });

  it('r46-it-thing: a plural object or a word of time before the subordinator leaves "it" as it was', () => {
    expect(titles('Mr Orrin has rented the Hollin fields since it was agreed in 1990.').some((t) => /^Hollin fields/.test(t))).toBe(false);
    expect(titles('Mrs Ansty kept the stall from the end of the year until it was pulled down in 1988.').some((t) => /^(?:Year|End of the year) /.test(t))).toBe(false);
    expect(titles('Mr Orrin ran the kiosk on the pier from the summer until it was closed in 1979.').some((t) => /^Summer /.test(t))).toBe(false);
  });
});
