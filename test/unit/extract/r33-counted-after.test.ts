import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 33 (i33): counts from a happening the text told earlier and names again by a noun. Every sentence here was
// written for this test (none comes from an eval set or a probe).

const PUB = '2021-06-01';

describe('"N units after / before the <noun>" counted from the happening told earlier', () => {
  it('"A month after the takeover" counts a month on from the day the firm was taken over', () => {
    const texts = ['Halvard Foods took over the dairy on March 3, 2015.', 'A month after the takeover, the new owners closed two shops.'];
    expect(shortestAt(PUB, texts, 'closed two shops').date.start).toBe('2015-04');
  });

  it('"a month after the merger" from a merger dated only to its month is the next month', () => {
    const texts = ['The two unions merged in September 2011.', 'A month after the merger, members voted to strike.'];
    expect(shortestAt(PUB, texts, 'voted to strike').date).toMatchObject({ start: '2011-10', rule: 'sequence/counted-from-happening' });
  });

  it('"a week before his retirement" reads the noun by its verb ("retired")', () => {
    const texts = ['The headmaster retired on 20 July 2018.', 'A week before his retirement, he planted an oak by the gate.'];
    expect(shortestAt(PUB, texts, 'planted an oak').date.start).toBe('2018-07-13');
  });

  it('"a year after the explosion" counts a year on from the blast day', () => {
    const texts = ['A boiler exploded at the laundry on 4 May 1999.', 'The laundry reopened a year after the explosion.'];
    expect(shortestAt(PUB, texts, 'reopened').date.start).toBe('2000');
  });

  it('ten days from a happening known only to its month is not made a certain day', () => {
    const texts = ['The quarry flooded in October 1995.', 'Ten days after the flooding, divers found the pump.'];
    const d = shortestAt(PUB, texts, 'divers found').date;
    expect(d.start).not.toMatch(/^1995-10-\d\d$/);
    expect(d.start).not.toMatch(/^1995-11-\d\d$/);
  });
});

describe('a length counted from a start the same sentence dates, with no publication date', () => {
  it('"The chapel, started in 1840, took nine years to complete" runs 1840 to 1849', () => {
    const texts = ['The chapel, started in 1840, took nine years to complete.'];
    expect(shortestAt('', texts, 'took nine years').date).toMatchObject({ start: '1840', end: '1849', rule: 'sequence/length-from-aside-start' });
  });

  it('"The survey, begun in May 1962, took eight months to finish" runs to January 1963', () => {
    const texts = ['The survey of the estuary, begun in May 1962, took eight months to finish.'];
    expect(shortestAt('', texts, 'took eight months').date).toMatchObject({ start: '1962-05', end: '1963-01' });
  });

  it('a clause whose sentence dates no start or end is left without a date', () => {
    const texts = ['The organ, bought in 1911, took three years to pay off.'];
    const found = events('', ...texts).filter((e) => e.date.rule === 'sequence/length-from-aside-start');
    expect(found).toHaveLength(0);
  });
});

