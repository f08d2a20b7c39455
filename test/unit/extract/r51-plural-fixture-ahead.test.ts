import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 51 (s51): a plural subject with a fixture's or a journey's verb in the simple present ("They play ... on
// Saturday", "The Harriers travel to ... on Sunday") is a fixture still to come, as "She retires on Friday" already
// was; the verb has no -s to show it, so only verbs whose past differs. Every sentence here was written for this test.

const valuesOf = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => t.value);

// 2023-06-07 is a Wednesday.
describe('a plural fixture in the present before a weekday', () => {
  it('"They meet ... on Saturday and travel ... on Tuesday night" are both ahead', () => {
    const text = 'They meet Dunmore in the cup on Saturday and travel north to Pellow on Tuesday night for a replayed tie.';
    expect(valuesOf(text, '2023-06-07').map((v) => v.slice(0, 10))).toEqual(['2023-06-10', '2023-06-13']);
  });

  it('"The Harriers travel to ... on Sunday" is the Sunday ahead', () => {
    expect(valuesOf('The Harriers travel to Ashby Vale on Sunday for their last away game.', '2023-06-07')).toEqual(['2023-06-11']);
  });

  it('the same fixture told in the past is the Saturday gone', () => {
    expect(valuesOf('They played Dunmore at home on Saturday and lost by a point.', '2023-06-07')).toEqual(['2023-06-03']);
  });

  it('"The Harriers travelled to ... on Sunday" is the Sunday gone', () => {
    expect(valuesOf('The Harriers travelled to Ashby Vale on Sunday for their last away game.', '2023-06-07')).toEqual(['2023-06-04']);
  });
});
