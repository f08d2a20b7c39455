import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { tagTimexes } from '../../../shared/extract/tagger';
import { quoteOf, shortestAt } from './event-lookup';

// Round 23 (m23): years a clause took from a date that is not its own. Every sentence here was written for this file.

/** The events of one paragraph, with or without a publication date. */
function eventsOf(text: string, published: string | null): NewslineEvent[] {
  return extractEvents([{ id: 'p1', text } as Paragraph], { published });
}

/** The events whose evidence holds `words`. */
function holding(text: string, published: string | null, words: string): NewslineEvent[] {
  return eventsOf(text, published).filter((e) => quoteOf(e, [text]).includes(words));
}

describe('a subject\'s relative clause whose date comes before its verb', () => {
  const piet = 'Piet Arnsen, the engineer who in 1962 designed the Halloway bridge, died on Sunday at his home in Brill.';
  it('the main verb is the one after the relative clause, not the relative clause\'s own', () => {
    // 2001-05-09 is a Wednesday: the Sunday before is 2001-05-06.
    const died = shortestAt('2001-05-09', [piet], 'died');
    expect(died.date.start).toBe('2001-05-06');
    expect(died.title).toMatch(/^Piet Arnsen died/);
    const designed = shortestAt('2001-05-09', [piet], 'designed');
    expect(designed.date.start).toBe('1962');
    expect(designed.title).toMatch(/^Piet Arnsen designed/);
  });
  it('a verb joined by "and" to the relative clause\'s own is still the relative clause\'s', () => {
    const ada = 'Ada Lune, the chemist who in 1931 found the salt and wrote it up for the academy, died on Friday in Vell.';
    const died = shortestAt('1990-02-14', [ada], 'died');
    expect(died.date.start).toBe('1990-02-09');
    expect(died.title).toMatch(/^Ada Lune died/);
    expect(shortestAt('1990-02-14', [ada], 'wrote it up').date.start).toBe('1931');
  });
  it('after "who had recently", the participle is the relative clause\'s verb, and its title names the subject', () => {
    const driver = 'The driver, a man who had recently moved from Harle, was stopped at the border on Monday, June 6.';
    const stopped = shortestAt('2011-06-08', [driver], 'stopped');
    expect(stopped.date.start).toBe('2011-06-06');
    const moved = shortestAt('2011-06-08', [driver], 'moved');
    expect(moved.title).toMatch(/^Driver moved/);
  });
});

describe('without a publication date, a weekday keeps its own clause', () => {
  it('the year of a relative clause does not reach the main verb\'s "on Sunday"', () => {
    const text = 'Ada Lune, the chemist who in 1931 found the salt and wrote it up for the academy, died on Friday in Vell.';
    for (const e of holding(text, null, 'died')) expect(e.date.start.startsWith('1931') && !e.date.yearUncertain).toBe(false);
  });
});

describe('a date given to a noun by "due", "scheduled for", "set for"', () => {
  it('"would stand in the election due next year": the year is the election\'s; for the standing, a guess', () => {
    const text = 'The mayor announced that she would stand in the election due next year.';
    const stand = shortestAt('2021-03-17', [text], 'would stand');
    expect(stand.date.start).toBe('2022');
    expect(stand.date.yearUncertain).toBe(true);
    const election = shortestAt('2021-03-17', [text], 'the election due next year');
    expect(election.date.start).toBe('2022');
    expect(election.date.yearUncertain).toBeUndefined();
  });
  it('a thing opening the clause is its subject, and "set" may be the clause\'s own verb', () => {
    const sun = shortestAt('2005-07-20', ['On the island the sun set on May 14 and did not rise again for ten weeks.'], 'sun set');
    expect(sun.date.yearUncertain).toBeUndefined();
    const trial = shortestAt('2025-02-11', ['The trial was first set for last September.'], 'trial');
    expect(trial.date).toMatchObject({ start: '2024-09' });
    expect(trial.date.yearUncertain).toBeUndefined();
  });
  it('"the report is due next month" is a predicate, not a noun with its date', () => {
    const e = shortestAt('2021-01-10', ["The harbour board's report is due next month."], 'report');
    expect(e.date.start).toBe('2021-02');
    expect(e.date.yearUncertain).toBeUndefined();
  });
});

describe('"<date>, the year after <happening>"', () => {
  it('the happening is a year before the date', () => {
    const text = 'The council bought the mill in 1974, the year after a flood closed it.';
    expect(shortestAt('2000-01-01', [text], 'flood closed').date).toMatchObject({ start: '1973', rule: 'count-from-clause/after' });
    expect(shortestAt('2000-01-01', [text], 'bought the mill').date.start).toBe('1974');
  });
  it('"the month before" a happening is the month after the date, and a day gives its month', () => {
    const text = 'They signed the lease on May 3, 1990, the month before the fire.';
    expect(shortestAt('2000-01-01', [text], 'the fire').date.start).toBe('1990-06');
  });
  it('"the day before" is left to the ordering clause: one event, on the next day', () => {
    const text = 'The ferry sank on Friday, the day before the storm reached the coast.';
    const storm = holding(text, '2010-06-14', 'storm reached');
    expect(storm).toHaveLength(1);
    expect(storm[0].date.start).toBe('2010-06-12');
  });
});

describe('"the following Sunday" while the story is at another year or month', () => {
  it('after "in 1938" it is a Sunday near 1938, its year a guess, not the Sunday after publication', () => {
    const text = 'The organist fell ill in 1938 while he was still rehearsing a recital for the following Sunday.';
    const e = shortestAt('2005-06-18', [text], 'rehearsing');
    expect(e.date.start.slice(0, 4)).toBe('1938');
    expect(e.date.yearUncertain).toBe(true);
  });
  it('after a day told, it is still counted from that day', () => {
    const text = 'The storm hit the coast on March 3, 2004, and the church reopened the following Sunday.';
    expect(shortestAt('2005-06-18', [text], 'church reopened').date.start).toBe('2004-03-07');
  });
});

describe('"by that time": the date in focus, as a deadline', () => {
  it('after a day told, it is that day', () => {
    const text = 'The council wants the lease signed by April 30. If no tenant has signed by that time, the hall will be sold.';
    const e = shortestAt('2019-04-02', [text], 'no tenant');
    expect(e.date.start).toBe('2019-04-30');
  });
  it('after a month told, up to that month; with nothing told before it, no date at all', () => {
    const text = 'The club hopes to raise the money in March. Should it fail by that date, the ground goes to auction.';
    expect(shortestAt('2019-01-15', [text], 'fail').date.end).toBe('2019-03');
    expect(tagTimexes('By that time the firm had closed.', { dct: '2019-01-15' })).toHaveLength(0);
  });
});
