import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 37 (f37): the start of a stretch running on to the time told of ("has kept ostriches since the spring of 1979",
// "has carried traffic since 1932") is background to the day the story is at: "the next morning" or "that afternoon"
// told after it is a day counted from the story's day, not a day of the stretch's start year. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('a since-stretch leaves the day in focus', () => {
  it('"since the spring of 1979", then "the next morning"', () => {
    const texts = ['Eleven ostriches broke out of a farm near Veld on Thursday night. The farm has kept ostriches since the spring of 1979. Motorists saw two on the ring road the next morning.'];
    expect(shortestAt('1983-01-03', texts, 'Motorists saw').date.start).toBe('1982-12-31');
  });

  it('"since 1932", then "the next morning"', () => {
    const texts = ['The Harl bridge was closed on Monday after a lorry struck it. It has carried traffic since 1932. Engineers inspected it the next morning.'];
    expect(shortestAt('1983-01-05', texts, 'Engineers inspected').date.start).toBe('1983-01-04');
  });

  it('"since 1901", then "that afternoon"', () => {
    const texts = ['A gale flattened the pier at Brede on Wednesday. The pier has drawn visitors since 1901. Divers searched the wreck that afternoon.'];
    expect(shortestAt('1983-01-03', texts, 'Divers searched').date.start).toBe('1982-12-29');
  });
});

describe('where the year still moves the story', () => {
  it('a year told without "since" after the day', () => {
    const texts = ['A gale flattened the pier at Brede on Wednesday. The pier opened in 1901. The following year it was extended.'];
    expect(shortestAt('1983-01-03', texts, 'it was extended').date.start).toBe('1902');
  });

  it('"the following year" after a since-stretch counts from the year before it, as before', () => {
    const texts = ['The mill opened in 1950, and it has made paper since 1952. The following year it added a second machine.'];
    expect(shortestAt('1983-01-03', texts, 'second machine').date.start).toBe('1951');
  });
});
