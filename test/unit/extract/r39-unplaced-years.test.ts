import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 39 (a39): years a sentence does not give are never shown as certain when the reading behind them is a guess.
// "on a Saturday in March" names no particular Saturday; a memory ("she remembered meeting him in May") reaches back
// any number of years; "that summer" told as done cannot be a summer still to come. Every sentence here was written
// for this test (none comes from an eval set or a probe).

describe('an indefinite weekday names no day', () => {
  it('"on a Sunday in May": the month, not the last Sunday before publication', () => {
    const e = shortestAt('2009-08-20', ['The farmer said he first met the buyer on a Sunday in May.'], 'met the buyer');
    expect(e.date.start).toBe('2009-05');
  });

  it('"one Tuesday in February" and "on a wet Friday in June"', () => {
    const a = shortestAt('2009-08-20', ['The two men shook hands one Tuesday in February.'], 'shook hands');
    expect(a.date.start).toBe('2009-02');
    const b = shortestAt('2009-08-20', ['The old pier collapsed on a wet Friday in June.'], 'pier collapsed');
    expect(b.date.start).toBe('2009-06');
  });

  it('a noun between: "on a call Thursday morning" is still that Thursday', () => {
    const e = shortestAt('2009-08-21', ['The treasurer told investors on a call Thursday morning that the fund had shrunk.'], 'told investors');
    expect(e.date.start).toBe('2009-08-20');
  });

  it('"on a Friday" alone: no day of its own, only before publication', () => {
    const e = shortestAt('2009-08-20', ['The boat was sold on a Friday.'], 'boat was sold');
    expect([e.date.start, e.date.mod]).toEqual(['2009-08-20', 'before']);
  });
});

describe('a month inside a memory is a guess at its year', () => {
  it('"recalled meeting her in May": the last May, flagged', () => {
    const e = shortestAt('2009-03-10', ['The captain recalled meeting her at the quay in May.'], 'meeting her');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2008-05', true]);
  });

  it('"remembers watching the fire one night in July", told in the present', () => {
    const e = shortestAt('2009-03-10', ['The caretaker remembers watching the fire from the roof one night in July.'], 'watching the fire');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2008-07', true]);
  });

  it('"can still remember the day the bridge opened in October"', () => {
    const e = shortestAt('2009-03-10', ['My grandmother can still remember the day the bridge opened in October.'], 'bridge opened');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('no memory: "the shop closed in May" keeps its plain year', () => {
    const e = shortestAt('2009-08-20', ['The corner shop closed in May.'], 'shop closed');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2009-05', undefined]);
  });
});

describe('"that <season>" told as done has begun by publication', () => {
  it('a March paper: "that summer" is no summer still ahead, and a guess', () => {
    const texts = ['The parcel reached the museum on Tuesday.', 'The sender wrote that she had kept the medal by mistake when she left the town that summer.'];
    const e = shortestAt('2011-03-10', texts, 'left the town');
    expect([e.date.start, e.date.end, e.date.yearUncertain]).toEqual(['2010-06', '2010-08', true]);
  });

  it('"that winter" in April: the winter just gone, flagged', () => {
    const texts = ['The trust sold the farm last week.', 'Its tenants had cut the hedges that winter.'];
    const e = shortestAt('2011-04-20', texts, 'cut the hedges');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2010-12', true]);
  });

  it('"that autumn" after an autumn already begun stays the year in focus', () => {
    const texts = ['The library reopened on Monday.', 'Its roof had leaked that autumn.'];
    const e = shortestAt('2011-11-20', texts, 'roof had leaked');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2011-09', undefined]);
  });
});

describe('a count landing on the day in focus: its clause is the happening counted from', () => {
  it('"…, four days after the quake struck", the rescue told on that day already', () => {
    const texts = ['An earthquake struck the valley on March 7.', 'A girl trapped under a school was rescued on Friday.', 'She was lifted out by firefighters, four days after the quake struck.'];
    const all = events('2011-03-14', ...texts);
    const clause = all.find((e) => quoteOf(e, texts) === 'four days after the quake struck');
    const main = all.find((e) => quoteOf(e, texts).startsWith('She was lifted out'));
    expect([clause?.date.start, main?.date.start]).toEqual(['2011-03-07', '2011-03-11']);
  });

  it('"…, eight days after he went missing"', () => {
    const texts = ['A hiker went missing on the moor on June 1.', 'Searchers found him on Sunday.', 'He was sheltering in a ruined barn, eight days after he went missing.'];
    const all = events('2019-06-12', ...texts);
    const clause = all.find((e) => quoteOf(e, texts) === 'eight days after he went missing');
    expect(clause?.date.start).toBe('2019-06-01');
  });

  it('"…, a week after the ferry sank"', () => {
    const texts = ['A ferry sank off the cape on June 3.', 'Divers reached the wreck on Monday.', "They recovered the ship's bell, a week after the ferry sank."];
    const all = events('2019-06-12', ...texts);
    expect(all.find((e) => quoteOf(e, texts) === 'a week after the ferry sank')?.date.start).toBe('2019-06-03');
  });

  it('a count landing on a day not yet told keeps the whole sentence on the counted day', () => {
    const texts = ['He married in 1927.', 'He bought the farm two years after he married.'];
    const e = shortestAt('1990-06-12', texts, 'bought the farm');
    expect(e.date.start).toBe('1929');
    expect(quoteOf(e, texts)).toContain('two years after he married');
  });
});
