import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 30 (d30): families of wrong dates that probes 7 and 19 showed, and probes 16, 17 and 20 share. Every
// sentence here was written for this test (none comes from an eval set or a probe).

describe('a frequency word opening its sentence before a noun names a kind of thing, not a habit', () => {
  it('"Monthly inspections … started in 1998" is dated 1998', () => {
    const d = shortestAt('2021-05-20', ['Monthly inspections of the pier started in 1998.'], 'inspections').date;
    expect([d.start, d.mod]).toEqual(['1998', undefined]);
  });
  it('not a frequency adverb set off by a comma', () => {
    const d = shortestAt('2021-05-20', ['Daily, the ferry sailed at noon in 1998.'], 'ferry').date;
    expect(d.start).not.toBe('1998');
  });
});

describe('"to" before a noun of action is no infinitive pointing ahead', () => {
  it('"was put out to consultation on March 3" told in the past is before publication', () => {
    const d = shortestAt('2021-05-20', ['The draft was put out to consultation on March 3.'], 'consultation').date;
    expect([d.start, d.yearUncertain]).toEqual(['2021-03-03', undefined]);
  });
  it('a real infinitive still points ahead', () => {
    const d = shortestAt('2021-05-20', ['The union voted to strike on March 3.'], 'strike').date;
    expect(d.start).toBe('2022-03-03');
  });
});

describe('"the financial year that began on April 1" is the twelve months from that day', () => {
  it('began', () => {
    const d = shortestAt('2021-05-20', ['The council has cut its spending for the financial year that began on April 1.'], 'financial year').date;
    expect([d.start, d.end]).toEqual(['2021-04-01', '2022-03-31']);
  });
  it('ended', () => {
    const d = shortestAt('2021-05-20', ['The trust closed its accounts for the fiscal year that ended on March 31.'], 'fiscal year').date;
    expect([d.start, d.end]).toEqual(['2020-04-01', '2021-03-31']);
  });
  it('not a calendar year', () => {
    const d = shortestAt('2021-05-20', ['The pier was closed for the year that began on April 1.'], 'pier').date;
    expect(d.end).toBeUndefined();
  });
});

describe('a relative clause opened by "that" and an irregular past, with a date of its own, is its own event', () => {
  const texts = ['The ferry was laid up in December, when the firm began planning repairs for the season that began on May 14, and went back into service on June 2.'];
  it('the relative clause is dated by its own day and titled with its noun', () => {
    const evs = events('2021-07-20', ...texts);
    const rel = evs.find((e) => /^Season began/.test(e.title));
    expect(rel?.date.start).toBe('2021-05-14');
    expect(quoteOf(rel!, texts)).toMatch(/^the season that began on May 14/);
  });
  it('the clause before keeps its month, and the conjunct after "and" does not take the noun as its subject', () => {
    const evs = events('2021-07-20', ...texts);
    expect(evs.some((e) => /^Ferry was laid up/.test(e.title) && e.date.start === '2020-12')).toBe(true);
    const back = evs.find((e) => e.date.start === '2021-06-02');
    expect(back?.title).not.toMatch(/^Season/);
  });
  it('its evidence holds the noun, so a happening named with the noun is matched to it', () => {
    const texts2 = ['By the end of March the club had lost its lead after a slump that began on March 2.'];
    const evs = events('2021-05-20', ...texts2);
    const rel = evs.find((e) => e.date.start === '2021-03-02');
    expect(rel && quoteOf(rel, texts2)).toMatch(/^a slump that began on March 2/);
    // Done by the end of March, told in the past perfect: March or earlier (round 35's bound convention), not late March.
    expect(evs.some((e) => /^Club lost its lead/.test(e.title) && e.date.start === '2021-03' && e.date.mod === 'before')).toBe(true);
  });
  it('not "that" after a telling verb', () => {
    const evs = events('2021-05-20', 'The mayor said in April that went too far on May 2.');
    expect(evs.every((e) => !/^Mayor began|April went/.test(e.title))).toBe(true);
  });
});

describe('where a stretch "since" a date ends: not over a conjunct with a subject of its own', () => {
  it('a simple past before ", and <subject> has been … since <day>" is the day in focus, not the stretch', () => {
    const texts = ['The dam burst on Tuesday.', 'Water covered the lower town for most of the day, and the main road has been shut since Monday.'];
    const evs = events('2022-03-11', ...texts);
    const water = shortestAt('2022-03-11', texts, 'Water covered').date;
    expect([water.start, water.end]).toEqual(['2022-03-08', undefined]);
    expect(evs.some((e) => /road has been shut/i.test(e.title) && e.date.start === '2022-03-07' && e.date.end === '2022-03-11')).toBe(true);
  });
  it('with no recent day in focus it is only before publication', () => {
    const texts = ['The survey took most of 2019.', 'The board then had to look for a new builder, and the second firm has been at work since February.'];
    const d = shortestAt('2022-03-11', texts, 'new builder').date;
    expect([d.mod, d.end]).toEqual(['before', undefined]);
  });
  it('the day another "since" counts from is no day in focus', () => {
    const texts = ['The geyser erupted on Wednesday.', 'It was the biggest blast since the vent opened on March 1. Steam hid the valley for most of the day, and the trail has been closed since Tuesday.'];
    const d = shortestAt('2022-03-11', texts, 'Steam hid').date;
    expect(d.start).toBe('2022-03-09');
  });
  it('a simple past with its own subject after a present-perfect stretch and a when-clause is its own clause', () => {
    const texts = ['Staff have fed the seal by hand since early April, when it stopped hunting, and they kept visitors away for a week.'];
    const evs = events('2022-05-20', ...texts);
    const when = evs.find((e) => /stopped hunting/.test(quoteOf(e, texts)));
    expect(quoteOf(when!, texts)).not.toMatch(/kept visitors/);
    const kept = shortestAt('2022-05-20', texts, 'kept visitors').date;
    expect(kept.end).toBeUndefined();
  });
  it('not a first conjunct with a date of its own', () => {
    const texts = ['The owners sold the boat over the winter, and the new crew have been painting her since March.'];
    const d = shortestAt('2022-05-20', texts, 'sold the boat').date;
    expect(d.rule).not.toMatch(/beside-since|before-publication/);
  });
});

describe('a participle phrase whose day falls inside the period the subject names pins that thing down', () => {
  it('"This year\'s regatta, held on Saturday, …" is on the Saturday', () => {
    const texts = ["This year's regatta, held on Saturday, drew the smallest fleet in a decade."];
    const d = shortestAt('2022-07-13', texts, 'regatta').date;
    expect([d.start, d.end]).toEqual(['2022-07-09', undefined]);
  });
  it('not a phrase whose date is outside the subject\'s own', () => {
    const texts = ['The old bridge, built in 1932, was closed on Friday.'];
    const d = shortestAt('2022-07-13', texts, 'closed').date;
    expect(d.start).toBe('2022-07-08');
  });
});

describe('without a publication date, an irregular past "that" clause keeps the old single clause', () => {
  it('the main clause keeps its event, its year flagged', () => {
    const d = shortestAt('', ['The keeper retired on Friday after a storm that broke in 2015.'], 'keeper retired').date;
    expect(d.yearUncertain).toBe(true);
  });
});
