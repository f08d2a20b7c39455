import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 48: "it" inside a ", which" clause set off after a name stands for
// that name when the name's last word is a plural ("Pell Ferries", "Varrow Motors"): a firm's name is one thing.

const titled = (paragraph: string, year: string) => events('2024-06-14', paragraph).filter((e) => e.date.start === year).map((e) => e.title);

describe('r48-t49-which-firm: a firm named by a plural word stands for "it" after ", which"', () => {
  it('r48-t49-which-firm: "Pell Ferries, which … since it took over …"', () => {
    expect(titled('Pell Ferries, which has sailed to the isles since it took over the route in 2011, reported a record summer.', '2011')).toContain('Pell Ferries took over the route');
  });

  it('r48-t49-which-firm: "Varrow Motors, which … since it opened …"', () => {
    expect(titled('Varrow Motors, which has built vans in the town since it opened its works in 1972, will close in May.', '1972')).toContain('Varrow Motors opened its works');
  });

  it('r48-t49-which-firm: a plural after an article is no name, and "it" is left to the other readings', () => {
    const got = titled('The Stags, which have played at the park since it opened in 1990, won the cup in May.', '1990');
    expect(got.some((t) => /^Stags opened/.test(t))).toBe(false);
  });
});
