import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (g35): one convention for the words that bound a date ("by", "no later than", "until", "till", "up to",
// "through", "before"): the bound is the date written, up to and including it, at its own precision. A bound alone is
// stored as that date with mod "before" (read up to the value's last day by the scorer, the merges and "before
// publication"); a stretch ends on it. Every sentence here was written for this test (none comes from an eval set or a
// probe).

const PUB = '2005-06-10'; // a Friday: the Thursday before is 2005-06-09, the one after 2005-06-16

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

// Round 55 (c55): a past "by <day>" with no step told before it in its paragraph is dated on that day
// (onBoundDay, step-before.ts); months and years keep their "before".
describe('"by" a past day with nothing before it to count from: on that day', () => {
  it.each([
    ['By Thursday the volunteers had cleared the last of the mud from the square.', 'volunteers', '2005-06-09'],
    ['The contractors had finished the roof by Thursday.', 'contractors', '2005-06-09'],
    ['Most of the stolen paintings had been recovered by Thursday, the gallery said.', 'paintings', '2005-06-09'],
  ])('%s', (text, words, day) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: day });
    expect(d.mod).toBeUndefined();
    expect(d.end).toBeUndefined();
    expect(d.rule).toMatch(/by-past\/on-bound-day$/);
  });
});

describe('"by" a past month or year: done then or earlier, the bound itself included', () => {
  it.each([
    ['The flood water had drained away by March.', 'flood water', '2005-03'],
    ['By March the last of the tenants had moved out.', 'tenants', '2005-03'],
    ['By the end of March the club had signed three new players.', 'club', '2005-03'],
    ['By 2003 the company had closed its last mine.', 'last mine', '2003'],
    ['The firm had repaid every loan by 2003.', 'repaid', '2003'],
    ['The old ferry had been sold for scrap by 1998, long before the bridge opened.', 'ferry', '1998'],
  ])('%s', (text, words, bound) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: bound, mod: 'before' });
    expect(d.end).toBeUndefined();
    expect(d.rule).toMatch(/by-past/);
  });
});

describe('"no later than" a past date is "by" it', () => {
  it.each([
    ['The council had sold all 40 plots no later than March 3.', 'plots', '2005-03-03'],
    ['Most of the boats had left the harbour no later than Thursday, the coastguard said.', 'boats', '2005-06-09'],
    ['The builders had handed over the keys no later than 2003.', 'keys', '2003'],
  ])('%s', (text, words, bound) => {
    expect(dateOf(text, words)).toMatchObject({ start: bound, mod: 'before' });
  });
});

describe('what a fronted "by <month or year>" does not make a bound', () => {
  it.each([
    // A state that holds then (b34's reading for days, now for months and years too), and "had" as a main verb.
    ['By March the hall was full of evacuees.', 'hall', '2005-03'],
    ['By March the club had the best record in the league.', 'best record', '2005-03'],
    ['By 2003 the town was home to four thousand people.', 'town', '2003'],
  ])('%s', (text, words, day) => {
    const d = dateOf(text, words);
    expect(d.start).toBe(day);
    expect(d.mod).toBeUndefined();
  });
});

describe('a "by" still ahead stays a deadline on its date (the bound included)', () => {
  it.each([
    ['The ferry will be repaired by Thursday.', 'ferry', { start: '2005-06-16' }],
    ['Applications must reach the town hall no later than Thursday.', 'Applications', { start: '2005-06-16' }],
    ['The company will have repaid the loan by 2009.', 'loan', { start: PUB, end: '2009' }],
    ['The new wing is to be finished by the end of 2007.', 'new wing', { start: '2007-12-31' }],
  ])('%s', (text, words, date) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject(date);
    expect(d.mod).toBeUndefined();
  });
});

describe('"until", "till" and "up to" end a stretch on the date written', () => {
  it.each([
    ['From 1990 until 2003 she ran the village shop.', 'village shop', '1990', '2003'],
    ['From 1990 up to 2003 he kept the lighthouse.', 'lighthouse', '1990', '2003'],
    ['The pool was shut from Monday up to Thursday for repairs.', 'pool', '2005-06-06', '2005-06-09'],
    ['The pier was closed from May 2 till May 30.', 'pier', '2005-05-02', '2005-05-30'],
  ])('%s', (text, words, start, end) => {
    expect(dateOf(text, words)).toMatchObject({ start, end });
  });
  it.each([
    ['The road will stay shut till Thursday.', 'road', '2005-06-16'],
    ['The market will stay in the car park up to Thursday.', 'market', '2005-06-16'],
    ['The museum will stay closed up to the end of July.', 'museum', '2005-07'],
    ['The old footbridge will remain closed until Thursday.', 'footbridge', '2005-06-16'],
  ])('still ahead, from publication: %s', (text, words, end) => {
    expect(dateOf(text, words)).toMatchObject({ start: PUB, end });
  });
  it('"up to" before a number that is no date stays a quantity', () => {
    const d = dateOf('The river rose up to 3 metres on Monday.', 'river');
    expect(d).toMatchObject({ start: '2005-06-06' });
    expect(d.end).toBeUndefined();
  });
});

describe('"through" ends a stretch on the date written', () => {
  it.each([
    ['The line was closed from Monday through Thursday.', 'line', '2005-06-06', '2005-06-09'],
    ['Trading was suspended from March 3 through March 5.', 'Trading', '2005-03-03', '2005-03-05'],
    ['The tax break ran from 1998 through 2003.', 'tax break', '1998', '2003'],
  ])('%s', (text, words, start, end) => {
    expect(dateOf(text, words)).toMatchObject({ start, end });
  });
});

describe('"before" a date: the bound written, as a bound or as a deadline ahead', () => {
  it.each([
    ['The villagers had repaired the wall before Thursday.', 'wall', '2005-06-09'],
    ['Before March the club had signed two goalkeepers.', 'goalkeepers', '2005-03'],
    ['The family had left the farm before 2003.', 'farm', '2003'],
  ])('past: %s', (text, words, bound) => {
    expect(dateOf(text, words)).toMatchObject({ start: bound, mod: 'before' });
  });
  it.each([
    ['Owners must register their boats before Thursday.', 'boats', '2005-06-16'],
    ['Tenants should apply for the grant before June 30.', 'grant', '2005-06-30'],
  ])('ahead: %s', (text, words, day) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: day });
    expect(d.mod).toBeUndefined();
  });
});
