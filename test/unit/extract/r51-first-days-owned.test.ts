import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 51 (c51): the first days of a named happening, written with the happening as the owner ("the strike's first
// ten days") as well as after "of" ("the first ten days of the strike"). Every sentence here was written for this test.

describe('"the <happening>\'s first N days"', () => {
  it('counts the days from the happening the paragraph dated before', () => {
    const texts = ['The harbour blockade began on the morning of 3 March, when trawlers were roped across the entrance.', 'Forty ships were turned away during the blockade\'s first ten days.'];
    expect(shortestAt('2011-05-20', texts, 'Forty ships').date).toMatchObject({ start: '2011-03-03', end: '2011-03-12' });
  });

  it('counts weeks the same way, and reads a number word', () => {
    const texts = ['A grain embargo was imposed on 9 June after talks in the capital broke down.', 'Millers laid off 3,000 workers in the embargo’s first two weeks.'];
    expect(shortestAt('2014-08-02', texts, 'Millers laid').date).toMatchObject({ start: '2014-06-09', end: '2014-06-22' });
  });

  it('leaves a phrase naming no happening the text dated', () => {
    const texts = ['The mayor opened the fair in the square.', 'Traders sold 900 pies during the fair’s first three days.'];
    expect(shortestAt('2014-08-02', texts, 'Traders sold').date.rule ?? '').not.toBe('sequence/counted-from-happening');
  });
});
