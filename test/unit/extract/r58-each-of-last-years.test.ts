import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (worst58): "in each of the last N years" counts one happening a year, so it names whole calendar years,
// the N before publication's own, in any past tense (eachOfLastYears in spanUpToPublication, undated-sentences.ts);
// not a stretch counted back to the day. Every sentence here was written for this test.

const at = (pub: string, text: string, words: string) => events(pub, text).find((e) => quoteOf(e, [text]).includes(words));

describe('each of the last N years', () => {
  it('gives the whole years before publication’s in a simple past', () => {
    const text = 'Ardith Quarrow won the rowing cup in each of the last five years.';
    const ev = at('2021-06-10', text, 'rowing cup');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2016', '2020']);
  });

  it('gives them in an aside before a telling', () => {
    const text = 'Ardith Quarrow, whose crew took the cup in each of the past six years, told the club she would sail again.';
    const ev = at('2021-06-10', text, 'whose crew');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2015', '2020']);
  });

  it('leaves a stretch of the last N years counted back to the day', () => {
    const text = 'Ardith Quarrow has kept the flower stall for the last three years.';
    expect(at('2021-06-10', text, 'flower stall')?.date.start).toBe('2018-06-10');
  });
});

describe('each of the last N years in a subordinate clause', () => {
  it('leaves the sentence’s own happening on its own day', () => {
    // The watching is on the day; only the reason given for it spans the years before.
    const text = 'Stewards watched the gate at the Harvel dog show because a trader has sold fakes there in each of the last four years.';
    const ev = at('2021-06-14', text, 'watched the gate');
    expect(ev?.date.start).not.toBe('2017');
    expect(ev?.date.end).not.toBe('2020');
  });
});
