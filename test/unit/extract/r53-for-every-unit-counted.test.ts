import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract';
import { shortestAt } from './event-lookup';

// Round 53 (b53): "for every day lost" counts the days a happening took up, no habit of the clause, so the sentence
// keeps its own date. Every sentence here was written for this test.

describe('"for every <unit> <participle>" is no frequency', () => {
  it('a refund for each week missed keeps the day it runs from', () => {
    const texts = ['The swimming baths have been shut since a boiler failed.', 'Members will be refunded for each week missed from 14 March.'];
    const ev = shortestAt('2021-03-20', texts, 'Members will be refunded');
    expect(ev.date.start).toBe('2021-03-14');
  });

  it('"every day lost" after "for" is not tagged as a set; a habit still is', () => {
    expect(tagTimexes('Season tickets will be credited for every day lost from Oct. 9.', { dct: null }).filter((t) => t.type === 'SET')).toEqual([]);
    expect(tagTimexes('The ferry sails every day from Feb. 27.', { dct: null }).filter((t) => t.type === 'SET')).toHaveLength(1);
    expect(tagTimexes('The band rehearses for every day of the festival.', { dct: null }).filter((t) => t.type === 'SET')).toHaveLength(1);
  });
});
