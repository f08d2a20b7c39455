import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 54 (r54): review of shared/extract with no change to any score-sets dump. Two lists became the shared ones and
// so read a little more: a preposition's noun counted by any number word lexicon.ts knows ("a dozen", "eleven"), and
// an opening told by "reopens" or "goes on show" before a sentence that only says the thing runs until a date. Every
// sentence here was written for this test.

describe('a participle phrase on a counted noun, closed by its own year: any number word lexicon.ts knows', () => {
  it('"a dozen"', () => {
    const texts = ['The guild holds a sale this week to pay for a dozen windows broken by hail in 1999.'];
    const ev = shortestAt('2004-05-14', texts, 'windows broken');
    expect(ev.date.start).toBe('1999');
    expect(quoteOf(ev, texts)).toBe('a dozen windows broken by hail in 1999');
  });

  it('"eleven"', () => {
    const texts = ['The club is repairing its jetty this month for eleven boats holed by ice in 1996.'];
    const ev = shortestAt('2004-05-14', texts, 'boats holed');
    expect(ev.date.start).toBe('1996');
  });

  it('"a couple of", and the clause keeps the date it had', () => {
    const texts = ['The club is rebuilding its boathouse this year for a couple of sheds flattened by the wind in 1987.'];
    const all = events('2004-05-14', ...texts);
    expect(all.find((e) => quoteOf(e, texts) === 'a couple of sheds flattened by the wind in 1987')?.date.start).toBe('1987');
    expect(all.find((e) => quoteOf(e, texts).includes('is rebuilding'))?.date.start).toBe('2004');
  });
});

describe('an opening the sentence before tells, for a run "until" a date: the verbs a show opens by', () => {
  it('"reopens"', () => {
    const texts = ['The toy museum on Brannigate Lane reopens on Saturday. It runs until June 20.'];
    const ev = shortestAt('2022-04-05', texts, 'It runs until');
    expect(ev.date.start).toBe('2022-04-09');
    expect(ev.date.end).toBe('2022-06-20');
  });

  it('"goes on show"', () => {
    const texts = ['Painted fans from three centuries will go on show on Thursday at the county library. The exhibition continues until July 2.'];
    const ev = shortestAt('2022-04-05', texts, 'The exhibition continues');
    expect(ev.date.start).toBe('2022-04-07');
    expect(ev.date.end).toBe('2022-07-02');
  });
});
