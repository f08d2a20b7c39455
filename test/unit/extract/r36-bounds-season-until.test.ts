import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (j36): "until the autumn of 2011" after a clause with its own date. A season written with its year
// ("season-year") ends the stretch as a season without one already did: the stretch runs from the clause before's date
// to the season (its start, as "until September" ends at September). Every sentence here was written for this test.

const PUB = '2016-05-03';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('"until the <season> of <year>" after a dated clause joined by "and": from that date to the season', () => {
  it.each([
    ['In 2009, a rockfall cracked the walls of twenty houses, and the pit stayed closed until the autumn of 2011.', 'pit stayed closed', '2009', '2011-09'],
    ['The ferry was withdrawn in March 1987 and lay idle in the dock until the spring of 1990.', 'lay idle', '1987-03', '1990-03'],
    ['Floods reached the school on 4 February 2001, and its pupils were taught in the church hall until the summer of 2002.', 'church hall', '2001-02-04', '2002-06'],
  ])('%s', (text, words, start, end) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start, end });
    expect(d.rule).toMatch(/until-from-clause-before/);
  });
});

describe('a clause after the season is not the until-clause\'s own happening', () => {
  it.each([
    ['In 2009, a rockfall cracked the walls of twenty houses, and the pit stayed closed until the autumn of 2011 while surveyors tested the cliffs.', 'pit stayed closed'],
    ['The line was cut in 1994 and the trains ran only to Eskdale until the summer of 1996 as engineers rebuilt the viaduct.', 'trains ran'],
    ['In 1975 the mill burned down, and the village went without work until the winter of 1977 while the owners argued with the insurers.', 'went without work'],
  ])('%s', (text, words) => {
    const d = dateOf(text, words);
    expect(d.end).toBeDefined();
    expect(d.rule).toMatch(/until-from-clause-before/);
  });
});
