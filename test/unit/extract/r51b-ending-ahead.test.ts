import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 51, second wave (n51): "will run for the last time on Saturday, ending a route that began in 1931": an end
// still ahead is a plan, so the route keeps the year it began, not a span up to a day to come. Every sentence here was
// written for this test.

describe('an ending aside after a clause still ahead', () => {
  it('keeps only the start of what it will end', () => {
    const texts = ['The last tram will run through the town on Saturday evening, ending a route that began in 1931.'];
    const route = shortestAt('2014-04-10', texts, 'route that began').date;
    expect(route.start).toBe('1931');
    expect(route.end).toBeUndefined();
  });

  it('still spans an ending told as done', () => {
    const texts = ['The last tram ran through the town on Saturday evening, ending a route that began in 1931.'];
    expect(shortestAt('2014-04-10', texts, 'route').date).toMatchObject({ start: '1931', end: '2014-04-05' });
  });
});
