import { describe, expect, it } from 'vitest';
import { RECORD_BEFORE_DATE } from '../../../shared/extract/lexicon';
import { shortestAt } from './event-lookup';

// A record told against the last time: the lexicon's one reading of its lead words, and the two routes that make the
// last time an event. Sentences written for this test.

describe('the lead words of a record "since"', () => {
  it('reads "first", "only", "most" and the superlatives, with or without a determiner', () => {
    for (const lead of ['its biggest loss since ', 'for the first time since ', 'the most severe drought since ', 'the first-half rally since ', 'was the only win since ']) {
      expect(RECORD_BEFORE_DATE.test(`The club posted ${lead}`), lead).toBe(true);
    }
  });
  it('reads no record in "only since", "most of … since" or a word that only ends as a superlative does', () => {
    for (const lead of ['has lived here only since ', 'won most of the games since ', 'lost much of its forest since ', 'has kept its interest since ', 'faced a protest since ']) {
      expect(RECORD_BEFORE_DATE.test(`The town ${lead}`), lead).toBe(false);
    }
  });
  it('"has lost much of its forest since 2001" is a stretch up to publication, not a record after 2001', () => {
    const e = shortestAt('2024-03-12', ['The valley has lost much of its forest since 2001.'], 'forest');
    expect(e.date).toMatchObject({ start: '2001', end: '2024-03-12' });
    expect(e.date.mod).toBeUndefined();
  });
});

describe('the last time as an event of its own', () => {
  it('a date right after "since": "the first fare increase since March 2009" is the previous increase', () => {
    const text = 'Bus fares will go up on Jan. 6, the first fare increase since March 2009.';
    const e = shortestAt('2024-03-12', [text], 'the first fare increase since March 2009');
    expect(e.title).toBe('Previous fare increase');
    expect(e.date).toMatchObject({ start: '2009-03', rule: 'month-year/record-since' });
  });
  it('a happening after "since": "the longest trip since our tour in 1998" dates the tour', () => {
    const text = 'The choir sang at the abbey on Sunday, the longest trip since our tour in 1998.';
    const e = shortestAt('2024-03-12', [text], 'since our tour in 1998');
    expect(e.title).toBe('Our tour');
    expect(e.date).toMatchObject({ start: '1998', rule: 'year/record-since' });
    // The record is cut off the clause's own event.
    expect(shortestAt('2024-03-12', [text], 'abbey').title).toBe('Choir sang at the abbey');
  });
});
