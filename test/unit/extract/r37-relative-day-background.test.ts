import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 37 (f37): an earlier day told in a relative aside ("whose insurers renewed the policy on April 20", "which
// bought it on April 20 from the council", "who took over on April 20") is background to the day the story is at:
// "the next morning" and "that afternoon" told next still count from the story's day. Every sentence here was written
// for this test (none comes from an eval set or a probe).

const FIRE = 'Fire swept through the Dunmore paper mill on Tuesday, May 4.';

describe('an earlier day in a relative aside leaves the day in focus', () => {
  it('"whose …" set off by commas, then "the next morning"', () => {
    const texts = [`${FIRE} The owners, whose insurers renewed the policy on April 20, said the damage ran to millions. Firefighters returned the next morning to damp down the ruins.`];
    expect(shortestAt('2021-05-10', texts, 'Firefighters returned').date.start).toBe('2021-05-05');
  });

  it('"which …" running to the end of its sentence, then "the next morning"', () => {
    const texts = [`${FIRE} The mill is run by Harl Ltd., which bought it on April 20 from the council. Firefighters returned the next morning to damp down the ruins.`];
    expect(shortestAt('2021-05-10', texts, 'Firefighters returned').date.start).toBe('2021-05-05');
  });

  it('"who …" set off by commas, then "that afternoon"', () => {
    const texts = [`${FIRE} Its manager, who took over on April 20, was at home. That afternoon the roof fell in.`];
    expect(shortestAt('2021-05-10', texts, 'roof fell in').date.start).toBe('2021-05-04');
  });

  it('the aside keeps its own day', () => {
    const texts = [`${FIRE} Its manager, who took over on April 20, was at home. That afternoon the roof fell in.`];
    expect(shortestAt('2021-05-10', texts, 'took over').date.start).toBe('2021-04-20');
  });
});

describe('where the day told moves the story', () => {
  it('an earlier day in a main clause', () => {
    const texts = [`${FIRE} On April 20 the owners renewed the insurance. The next morning a clerk filed the papers.`];
    expect(shortestAt('2021-05-10', texts, 'filed the papers').date.start).toBe('2021-04-21');
  });

  it('the first day of a stretch in an aside still bounds its end', () => {
    const texts = ['The bridge gave way on Monday night. Crowds had come for the town fair, which ran from Sept. 3 until Monday.'];
    const e = shortestAt('2021-09-15', texts, 'which ran from');
    expect(e.date.start).toBe('2021-09-03');
    expect(e.date.end).toBe('2021-09-13');
  });

  it('a later day in a relative aside', () => {
    const texts = ['The Dunmore paper mill shut on Tuesday, May 4. The owners, who reopened it on Friday, May 7, hired forty staff. The next morning the first lorries arrived.'];
    expect(shortestAt('2021-05-12', texts, 'first lorries').date.start).toBe('2021-05-08');
  });
});
