import { describe, expect, it } from 'vitest';
import { happeningOf } from '../../../shared/extract/tense';
import { shortestAt } from './event-lookup';

// Round 33 (b33): stretches and counted anaphora whose end or anchor came out wrong. Every sentence here was written
// for this test (none comes from an eval set or a probe).

const PUB = '2005-06-01';

describe('a conjunct with a subject of its own closing on "ever since" runs from the clause before up to publication', () => {
  it.each([
    ['The miller died in June 1950, and his son has run the mill on his own ever since.', 'run the mill', '1950-06'],
    ['The old bridge collapsed in 1977, and the village has relied on a ferry since then.', 'relied on a ferry', '1977'],
    ["Her mother left in March 1961, and I've kept the farm going ever since.", 'kept the farm', '1961-03'],
    ['The shop burned down on May 2, 1988, and we’ve traded from a van ever since.', 'traded from a van', '1988-05-02'],
  ])('%s', (text, words, start) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date).toMatchObject({ start, end: PUB });
  });

  it('reads a contracted "have" as the present perfect it is', () => {
    expect(happeningOf(", and I've run it on my own ever since.")).toBe('past');
    expect(happeningOf('They’ve lived here since 1990.')).toBe('past');
    expect(happeningOf("We've lived here since 1990.")).toBe('past');
  });
});

describe('a count on from the sentence\'s date skips an earlier date in its after-clause', () => {
  it.each([
    ['The ferry stopped running in 1989 after a public hearing, held in the spring of 1988, was told a tunnel would come. The tunnel opened three years later.', 'tunnel opened', '1992'],
    ['The mill closed in 2004 following a fire in 2003. It reopened two years later.', 'reopened', '2006'],
    ['The plant shut in 1995 after losses that began in 1993. Four years later the site was sold.', 'site was sold', '1999'],
    ['The ferry stopped running in 1989 after a public hearing in 1988 promised a bridge. The bridge opened the following year.', 'bridge opened', '1990'],
  ])('%s', (text, words, start) => {
    expect(shortestAt(PUB, [text], words).date.start).toBe(start);
  });

  it('still counts from the earlier year when it is the sentence\'s own', () => {
    expect(shortestAt(PUB, ['The hearing was held in 1988, and the ferry stopped in 1989. Two years later a bridge opened.'], 'bridge opened').date.start).toBe('1991');
  });
});

describe('a few days on from a date given only to its month stay in that month', () => {
  it.each([
    ['The ship left port in October 1920. Three days later she ran aground off the cape.', 'ran aground', '1920-10'],
    ['A foal was born at the stud in February 1999, and the vet came two days later.', 'vet came', '1999-02'],
    ['The strike began in May 1926. A day later the trains stopped.', 'trains stopped', '1926-05'],
  ])('%s', (text, words, start) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.start).toBe(start);
    expect(ev.date.end).toBeUndefined();
  });

  it('a longer count may reach the next month and keeps the stretch of months', () => {
    expect(shortestAt(PUB, ['The mill was sold in May 2003, and the workers were laid off ten days later.'], 'laid off').date).toMatchObject({ start: '2003-05', end: '2003-06' });
  });
});

describe('a past-perfect state is not ended by a past-perfect conjunct that happened inside it', () => {
  const PUB2 = '2001-10-15';
  it.each([
    ['The painter died on Saturday. Her daughter said she had been frail since a fall in the spring and had stopped painting in June.', 'frail since'],
    ['The potter died on Saturday. His wife said he had been unwell since March and had given up the wheel in July.', 'unwell since'],
  ])('%s', (text, words) => {
    expect(shortestAt(PUB2, [text], words).date).toMatchObject({ end: '2001-10-13' });
  });

  it('a conjunct whose verb ends the state, or a simple past, still ends it', () => {
    expect(shortestAt(PUB2, ['The pool had been closed since a leak in May and had already reopened in August.'], 'closed since').date).toMatchObject({ start: '2001-05', end: '2001-08' });
    expect(shortestAt(PUB2, ['The boy had been missing since Friday and was found on Sunday.'], 'missing since').date).toMatchObject({ start: '2001-10-12', end: '2001-10-14' });
    expect(shortestAt(PUB2, ['His son said he had been in hospital since a fall in March and had returned home on Thursday.'], 'in hospital since').date).toMatchObject({ start: '2001-03', end: '2001-10-11' });
  });
});

describe('"the next quarter of a century", "the following half-century": a count of years in other words', () => {
  it.each([
    ['Her first atlas was printed in 1948. She drew thirty more over the next quarter of a century, at the table in her kitchen, where she had lived since 1952.', 'drew thirty more', '1948', '1973'],
    ['His first bridge opened in 1960. He built nine more over the next half-century.', 'built nine more', '1960', '2010'],
    ['The first mill opened in 1901. Over the following half a century the family built six more.', 'built six more', '1901', '1951'],
  ])('%s', (text, words, start, end) => {
    expect(shortestAt(PUB, [text], words).date).toMatchObject({ start, end });
  });
});

describe('"In the years since, …": the stretch named whole runs from the happening before up to publication', () => {
  const PUB3 = '2008-02-28';
  it.each([
    ['The mine closed in 1985. In the years since, the town has lost half its shops.', 'lost half its shops', '1985'],
    ['The pit shut in 1992. In the two decades since then, the village has halved.', 'village has halved', '1992'],
    ['The dam burst in May 2006. Over the months since, engineers have rebuilt the spillway.', 'rebuilt the spillway', '2006-05'],
  ])('%s', (text, words, start) => {
    expect(shortestAt(PUB3, [text], words).date).toMatchObject({ start, end: PUB3 });
  });
});

describe('"within weeks", "within days": a bare plural counts a few of the unit on from the month or day before', () => {
  it.each([
    ['The factory opened in March 1974. Within weeks the first strike began.', 'first strike', '1974-03', '1974-06'],
    ['The bridge opened on May 4, 1931. Cracks appeared within days.', 'Cracks appeared', '1931-05-04', '1931-05-18'],
    ['The wolves were released in February 1996. Within months, two had been shot.', 'two had been shot', '1996-02', '1997-02'],
  ])('%s', (text, words, start, end) => {
    expect(shortestAt('2008-02-28', [text], words).date).toMatchObject({ start, end });
  });

  it('gives no stretch from a year alone, nor for "within years"', () => {
    expect(shortestAt('2008-02-28', ['The wolves were released in 1996. Within months, two had been shot.'], 'two had been shot').date.rule).not.toMatch(/within-from-date/);
    expect(shortestAt('2008-02-28', ['The mine opened in March 1901. Within years the town had doubled.'], 'town had doubled').date.rule).not.toMatch(/within-from-date/);
  });
});

describe('"by the end of the decade" told in the past counts from the year the story is at', () => {
  it.each([
    ['The first shop opened in 1962. By the end of the decade there were forty.', 'there were forty', '196'],
    ['The mill was sold in 1931. By the end of the year, half the looms had stopped.', 'looms had stopped', '1931'],
    ['The first ferry sailed in 1974. Towards the end of the decade the crossings doubled.', 'crossings doubled', '197'],
  ])('%s', (text, words, start) => {
    expect(shortestAt('2008-02-28', [text], words).date.start).toBe(start);
  });

  it('a plan for the end of the decade, or "this decade", still counts from publication', () => {
    expect(shortestAt('2008-02-28', ['The first shop opened in 1962. The chain will have eighty shops by the end of the decade.'], 'eighty shops').date.start).toBe('200');
    expect(shortestAt('2008-02-28', ['The first shop opened in 1962. By the end of this decade there were forty shops.'], 'forty shops').date.start).toBe('200');
  });
});
