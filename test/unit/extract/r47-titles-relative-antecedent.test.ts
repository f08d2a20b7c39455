import { describe, expect, it } from 'vitest';
import { antecedentOf } from '../../../shared/extract/title';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 47: a relative clause after a verb's object tells of that object,
// not of the clause's subject, and the object's noun phrase never runs back over the verb before it.

const titled = (paragraph: string, year: string) => events('2024-06-14', paragraph).filter((e) => e.date.start === year).map((e) => e.title);

describe('r47-relative-antecedent: the object before ", which" is what the clause tells of', () => {
  it('r47-relative-antecedent: a possessive object after a past verb VERB_LIKE knows ("sold its depot")', () => {
    expect(antecedentOf('The council sold its depot, ')).toBe('its depot');
    const got = titled('The council sold its depot, which opened in 1960.', '1960');
    expect(got).toEqual(["Council's depot opened"]);
  });

  it('r47-relative-antecedent: an irregular past VERB_LIKE leaves out ("shut") is a verb, not part of a subject', () => {
    expect(antecedentOf('The trust shut the museum, ')).toBe('the museum');
    expect(titled('The trust shut the museum, which opened in 1960.', '1960')).toEqual(['Museum opened']);
    expect(antecedentOf('Firm shut its mill at Carrow, ')).toBe('its mill at Carrow');
  });

  it('r47-relative-antecedent: "its" of an object closed by a place after a preposition is the subject\'s', () => {
    expect(titled('Firm shut its mill at Carrow, which opened in 1921.', '1921')).toEqual(["Firm's mill at Carrow opened"]);
    expect(titled('The bakery will close its shop in Elmworth, which opened in 1984.', '1984')).toEqual(["Bakery's shop in Elmworth opened"]);
  });

  it('r47-relative-antecedent: a noun after a determiner stays a noun ("the budget cut", "the old cut")', () => {
    expect(antecedentOf('The budget cut, ')).toBe('The budget cut');
    expect(antecedentOf('The trust drained the old cut, ')).toBe('the old cut');
    expect(titled('The budget cut, which was agreed in 2019, hurt schools.', '2019')).toEqual(['Budget cut was agreed']);
  });
});
