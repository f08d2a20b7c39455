import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 29 (g29): leftovers from probe 21. Every sentence here was written for this test (none comes from an eval set
// or a probe).

describe('a relative clause with a present verb and a date of its own is its own event', () => {
  it('"members who renew their cards on March 31" inside a scheduled refund keeps its own day', () => {
    const texts = ['The society will refund the fee on June 1 to members who renew their cards on March 31.'];
    expect(shortestAt('2014-02-10', texts, 'June 1').date).toMatchObject({ start: '2014-06-01' });
    const own = shortestAt('2014-02-10', texts, 'March 31');
    expect(own.date).toMatchObject({ start: '2014-03-31' });
    expect(shortestAt('2014-02-10', texts, 'June 1')).not.toBe(own);
  });

  it('so with "which" and a present verb', () => {
    const texts = ['Ferries will stop at Holm on Friday under a timetable which starts on Sept. 20.'];
    const own = shortestAt('2014-09-02', texts, 'Sept. 20');
    expect(own.date).toMatchObject({ start: '2014-09-20' });
    expect(shortestAt('2014-09-02', texts, 'Friday').date).toMatchObject({ start: '2014-09-05' });
  });
});

describe('the anniversary of a happening told earlier by its verb', () => {
  it('"on the second anniversary of her death" is two years after the day she died', () => {
    const texts = ['Marta Oyelaran died on April 3, 2015, after a fall at her home in Tilby.', 'On the second anniversary of her death, her pupils gave a concert in the school hall.'];
    expect(shortestAt('2019-01-20', texts, 'concert').date).toMatchObject({ start: '2017-04-03' });
  });

  it('so in a sentence whose aside has a date of its own', () => {
    const texts = ['Marta Oyelaran died on April 3, 2015, after a fall at her home in Tilby.', 'On the second anniversary of her death, her pupils gave a concert in the hall, which had reopened that winter.'];
    expect(shortestAt('2019-01-20', texts, 'concert').date).toMatchObject({ start: '2017-04-03' });
  });

  it('an anniversary still to come is not placed by it', () => {
    const texts = ['Marta Oyelaran died on April 3, 2015, after a fall at her home in Tilby.', 'On the tenth anniversary of her death, her pupils gave a concert.'];
    expect(shortestAt('2019-01-20', texts, 'concert').date?.start).not.toBe('2025-04-03');
  });
});
