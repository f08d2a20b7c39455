import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Issue 8: "until" opening a clause of its own with its own date ("until she moved in 2011") ends the stretch of
// the clause it closes, and is a happening of its own on that date. Every sentence here was written for this test
// (none from an eval set or a probe).

const at = shortestAt;

describe('an until-clause with its own date ends a stretch', () => {
  it('the stretch starts at the date of the clause before, joined by "and"', () => {
    const texts = ['The strike was called off in 2004, and she went back to teaching until she moved to Bergen in 2011.'];
    expect(at('2020-03-02', texts, 'back to teaching').date).toMatchObject({ start: '2004', end: '2011' });
    expect(at('2020-03-02', texts, 'moved to Bergen').date.start).toBe('2011');
    expect(at('2020-03-02', texts, 'moved to Bergen').date.end).toBeUndefined();
  });
  it('or at "from <date>" in its own clause', () => {
    const texts = ['The mine was worked from 1921 until the company went bankrupt in 1958.'];
    expect(at('2020-03-02', texts, 'was worked').date).toMatchObject({ start: '1921', end: '1958' });
    const bankrupt = events('2020-03-02', ...texts).filter((e) => quoteOf(e, texts).includes('went bankrupt') && !quoteOf(e, texts).includes('worked'));
    expect(bankrupt.map((e) => e.date.start)).toEqual(['1958']);
  });
  it('"not … until" is a happening at the date, no stretch', () => {
    const d = at('2020-03-02', ['She did not return until she retired in 1990.'], 'did not return').date;
    expect(d.start).toBe('1990');
    expect(d.end).toBeUndefined();
  });
  it('with no start the text gives, the clause keeps the until-clause\'s date alone', () => {
    const d = at('2020-03-02', ['He lived in Oslo until the war ended in 1945.'], 'lived in Oslo').date;
    expect(d.start).toBe('1945');
    expect(d.end).toBeUndefined();
  });
  it('a clause dated on its own before "until" keeps its date, and the until-clause is a happening at its own', () => {
    const texts = ['The vote had been planned for early March until flaws were found in the ballot papers last winter.'];
    expect(at('2021-06-10', texts, 'vote had been planned').date.start).toBe('2021-03');
    const flaws = at('2021-06-10', texts, 'flaws were found').date;
    expect(flaws).toMatchObject({ start: '2020-12', end: '2021-02' });
  });
});
