import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 47: "it" or "its" after a subordinator inside a "which" clause
// set off after a thing stands for that thing, a name too ("which" stands for no person).

const titled = (paragraph: string, year: string) => events('2024-06-14', paragraph).filter((e) => e.date.start === year).map((e) => e.title);

describe('r47-which-pronoun: a pronoun inside a "which" clause stands for what "which" does', () => {
  it('r47-which-pronoun: "it" after a name and ", which"', () => {
    expect(titled('Orran Shipping, which has sailed to the isles since it took over the route in 2011, reported a record summer.', '2011')).toContain('Orran Shipping took over the route');
  });

  it('r47-which-pronoun: "its" after a thing and ", which"', () => {
    expect(titled('The old granary, which had stored barley for the brewery since its roof was mended in 1998, was sold in May.', '1998')).toContain("Old granary's roof was mended");
    expect(titled('Tarrow Mill, which has ground corn for the valley since its wheel was fitted in 1850, closed in May.', '1850')).toContain("Tarrow Mill's wheel was fitted");
  });

  it('r47-which-pronoun: a person before ", who" is left to the other readings', () => {
    const got = titled('Mara Tolley, who has kept the lighthouse since it was automated in 1989, retired in May.', '1989');
    expect(got.some((t) => /^Mara Tolley was automated/.test(t))).toBe(false);
  });
});
