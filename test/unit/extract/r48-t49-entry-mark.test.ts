import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 48: a chronology entry's date heads it with a colon or a dash
// ("<date>: The council …", "<date> - The council …"); with the date cut, the mark no longer opens the title.

const titles = (paragraph: string) => events('2024-06-14', paragraph).map((e) => e.title);

describe('r48-t49-entry-mark: no title opens on the mark after an entry\'s date', () => {
  it('r48-t49-entry-mark: a dash after the date', () => {
    expect(titles('Spring 2019 - The parish council refuses the plan.')).toEqual(['Parish council refuses the plan']);
  });

  it('r48-t49-entry-mark: a colon after the date', () => {
    expect(titles("12 March 2016: The county's planning committee backs the scheme.")).toEqual(["The county's planning committee backs the scheme"]);
    expect(titles('March 2016: Work on the new pier begins.')).toEqual(['Work on the new pier begins']);
  });
});

describe('r48-t49-entry-mark: a possessive keeps the noun it owns', () => {
  it('r48-t49-entry-mark: "The parish\'s first … list … is drawn up" is not cut to "Parish\'s is drawn up"', () => {
    const got = titles("1962: The parish's first printed list of listed barns is drawn up.");
    expect(got).toHaveLength(1);
    expect(got[0]).not.toMatch(/['’]s\s+is\b/);
    expect(got[0]).toMatch(/list/);
  });
});
