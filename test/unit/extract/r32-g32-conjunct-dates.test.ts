import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 32 (g32): two past-tense clauses of one sentence, each with its own verb and date, joined by "and", tell two
// happenings, each on its own day; they are not one range. Every sentence here was written for this test (none comes
// from an eval set or a probe).

const PUB = '2024-06-10';

describe('"began on X and ended on Y" in a main clause: two events', () => {
  it('"The exhibition opened on Feb. 12 and closed on April 30"', () => {
    const texts = ['The exhibition at the town museum opened on Feb. 12 and closed on April 30.'];
    expect(shortestAt(PUB, texts, 'opened on Feb. 12').date).toMatchObject({ start: '2024-02-12' });
    expect(shortestAt(PUB, texts, 'opened on Feb. 12').date?.end).toBeUndefined();
    expect(shortestAt(PUB, texts, 'closed on April 30').date).toMatchObject({ start: '2024-04-30' });
    expect(shortestAt(PUB, texts, 'closed on April 30').date?.end).toBeUndefined();
  });

  it('"The mill started production in January and stopped in March"', () => {
    const texts = ['The new paper mill started production in January and stopped in March, after a fire.'];
    expect(shortestAt(PUB, texts, 'started production in January').date).toMatchObject({ start: '2024-01' });
    expect(shortestAt(PUB, texts, 'stopped in March').date).toMatchObject({ start: '2024-03' });
  });

  it('"The walkout began on May 2 and ended 11 days later": the second counted from the first', () => {
    const texts = ['The walkout by the bus drivers began on May 2 and ended 11 days later.'];
    expect(shortestAt(PUB, texts, 'began on May 2').date).toMatchObject({ start: '2024-05-02' });
    expect(shortestAt(PUB, texts, 'began on May 2').date?.end).toBeUndefined();
    expect(shortestAt(PUB, texts, 'ended 11 days later').date).toMatchObject({ start: '2024-05-13' });
  });

  it('"… and ended nine days later, when the crews won a raise each year": a habit in the "when" clause leaves the end an event', () => {
    const texts = ['The dock strike started on Sept. 4 and ended nine days later, when the crews won a raise each year.'];
    expect(shortestAt(PUB, texts, 'started on Sept. 4').date).toMatchObject({ start: '2023-09-04' });
    expect(shortestAt(PUB, texts, 'ended nine days later').date).toMatchObject({ start: '2023-09-13' });
  });
});

describe('ranges that stay ranges', () => {
  it('"between March and May" and "from Oct. 9 to Nov. 20" are one stretch each', () => {
    const a = ['The bridge was shut between March and May for repairs.'];
    expect(shortestAt(PUB, a, 'between March and May').date).toMatchObject({ start: '2024-03', end: '2024-05' });
    const b = ['The bridge was shut from Oct. 9 to Nov. 20 for repairs.'];
    expect(shortestAt(PUB, b, 'from Oct. 9 to Nov. 20').date).toMatchObject({ start: '2023-10-09', end: '2023-11-20' });
  });

  it('a clause that describes its noun keeps the stretch: "trials, which began on Jan. 8 and ended on Feb. 2"', () => {
    const texts = ['The trials, which began on Jan. 8 and ended on Feb. 2, showed the vaccine was safe.'];
    expect(shortestAt(PUB, texts, 'began on Jan. 8').date).toMatchObject({ start: '2024-01-08', end: '2024-02-02' });
  });

  it('"are to start in March and run until October" stays a planned stretch', () => {
    const texts = ['Deliveries of the new trams are to start in March and run until October, the city said.'];
    expect(shortestAt('2024-01-10', texts, 'start in March').date).toMatchObject({ start: '2024-03', end: '2024-10' });
  });
});
