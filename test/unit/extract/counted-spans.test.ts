import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { tagTimexes } from '../../../shared/extract/tagger';

// Issue 8: counts and spans told against the clause's own date ("a year after …", "for three weeks", "since July"),
// and deadlines at the end of a period. Every sentence here was written for this test (none comes from an eval set
// or a probe).

function events(published: string, ...texts: string[]): { e: NewslineEvent; quote: string }[] {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return extractEvents(paragraphs, { published }).map((e) => {
    const a = e.evidence[0];
    return { e, quote: texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end) };
  });
}

/** The event whose evidence holds `words`, the shortest such. */
function eventAt(published: string, texts: string[], words: string): { e: NewslineEvent; quote: string } {
  const found = events(published, ...texts).filter((x) => x.quote.includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found.sort((a, b) => a.quote.length - b.quote.length)[0];
}

describe('a count set off at the end of the clause counts from the clause\'s date', () => {
  it('"agreed on Monday to sell the plant, a year after …": the happening after "after" is a year back', () => {
    const text = 'The two brewers agreed on Monday to sell the bottling plant, two months after regulators blocked their first offer.';
    const blocked = eventAt('2019-10-09', [text], 'regulators blocked');
    expect(blocked.e.date).toMatchObject({ start: '2019-08', rule: 'count-from-clause/after' });
    expect(blocked.quote).not.toContain('agreed');
    expect(eventAt('2019-10-09', [text], 'agreed on Monday').e.date.start).toBe('2019-10-07');
  });
  it('another date between the clause\'s and the count: the count runs from the nearer one', () => {
    const text = 'The firm opened a plant in Ohio in 2010 and one in Texas in 2012, four years after the merger.';
    expect(eventAt('2018-04-16', [text], 'the merger').e.date).toMatchObject({ start: '2008', rule: 'count-from-clause/after' });
  });
  it('a season with its year gives the year a count of years runs from', () => {
    const text = 'The old pier collapsed in the summer of 2011, three years after the council had cut its upkeep.';
    expect(eventAt('2015-06-01', [text], 'cut its upkeep').e.date).toMatchObject({ start: '2008', rule: 'count-from-clause/after' });
  });
  it('a count of months is not taken from a season: it has no single month', () => {
    const text = 'The old pier collapsed in the summer of 2011, three months after the council had cut its upkeep.';
    const cut = events('2015-06-01', text).find((x) => x.quote.includes('cut its upkeep'));
    expect(cut?.e.date.rule ?? '').not.toMatch(/^count-from-clause/);
  });
});

describe('a count before a subordinate happening with its own day', () => {
  it('"sank ten minutes after the collision on Sunday": the sinking is on Sunday too', () => {
    const text = 'The trawler sank ten minutes after the collision on Sunday, the harbour master said.';
    const sank = eventAt('2020-02-11', [text], 'The trawler sank');
    expect(sank.e.date).toMatchObject({ start: '2020-02-09' });
    expect(sank.e.date.mod).toBeUndefined();
  });
  it('"reopened three days after the flood on Oct. 4": the reopening is three days on', () => {
    const text = 'The clinic reopened three days after the flood on Oct. 4.';
    expect(eventAt('2016-10-20', [text], 'clinic reopened').e.date).toMatchObject({ start: '2016-10-07' });
    expect(eventAt('2016-10-20', [text], 'the flood').e.date.start).toBe('2016-10-04');
  });
  it('a count of many hours is not taken for the same day: the clause stays after the happening', () => {
    const text = 'The trawler sank twenty hours after the collision on Sunday.';
    expect(eventAt('2020-02-11', [text], 'The trawler sank').e.date.mod).toBe('after');
  });
});

describe('what was done for a length of time before the clause\'s happening', () => {
  it('"signed the lease on Tuesday, after searching for a site for six weeks": the search is the six weeks up to Tuesday', () => {
    const text = 'The charity signed the lease on Tuesday, after searching the town for a suitable site for six weeks.';
    const search = eventAt('2017-05-12', [text], 'searching the town');
    expect(search.e.date).toMatchObject({ start: '2017-03-29', end: '2017-05-09', rule: 'sequence/doing-before-date' });
    expect(eventAt('2017-05-12', [text], 'signed the lease').quote).not.toContain('searching');
  });
  it('the length must close the phrase: "for six weeks of talks in the city" is not read', () => {
    const text = 'The charity signed the lease on Tuesday, after waiting for six weeks of talks in the city hall.';
    expect(events('2017-05-12', text).some((x) => x.e.date.rule === 'sequence/doing-before-date')).toBe(false);
  });
});

describe('"since" spans with a participle or an irregular present perfect', () => {
  it('"rose on Friday, having fallen since March": the fall runs from March up to Friday', () => {
    const text = 'The pound rose sharply on Friday, having fallen steadily since March.';
    expect(eventAt('2018-09-10', [text], 'having fallen').e.date).toMatchObject({ start: '2018-03', end: '2018-09-07' });
  });
  it('"which has stood idle since 2009": a present perfect with an irregular participle runs up to publication', () => {
    const text = 'The town wants to rebuild the old cannery, which has stood idle since 2009.';
    expect(eventAt('2014-02-03', [text], 'stood idle').e.date).toMatchObject({ start: '2009', end: '2014-02-03' });
  });
});

describe('"by the end of" a period is a deadline day', () => {
  it('"should be repaired by the end of June": June 30', () => {
    const text = 'The council said the footbridge should be repaired by the end of June.';
    expect(eventAt('2015-03-02', [text], 'repaired').e.date).toMatchObject({ start: '2015-06-30', rule: expect.stringMatching(/by-deadline-day$/) });
  });
  it('"will decide by the end of next year": that year\'s last day', () => {
    const text = 'The regulator will decide on the merger by the end of next year.';
    expect(eventAt('2015-03-02', [text], 'decide on the merger').e.date.start).toBe('2016-12-31');
  });
  it('done by then, told in the past, it is still up to then, not that day', () => {
    const text = 'The repairs had been finished by the end of February.';
    expect(eventAt('2015-03-20', [text], 'repairs').e.date.start).not.toBe('2015-02-28');
  });
});

describe('seasons counted back with "ago"', () => {
  it('"two summers ago" in a spring story is the summer two years back', () => {
    const t = tagTimexes('The pond dried out two summers ago.', { dct: '2021-04-20' }).find((x) => /summers/.test(x.text));
    expect(t).toMatchObject({ type: 'DATE', value: '2019-SU' });
  });
  it('"three winters ago" in an autumn story: last winter began the year before', () => {
    const t = tagTimexes('The pipes froze three winters ago.', { dct: '2021-10-20' }).find((x) => /winters/.test(x.text));
    expect(t).toMatchObject({ type: 'DATE', value: '2018-WI' });
  });
});

describe('a dateline lead told as a ruling or a statement', () => {
  it('"ruled on Monday that the firm broke the law": the ruling is on Monday, not only before it', () => {
    const text = 'LERWICK, March 3 (Coastwire) - A tribunal ruled on Monday that the ferry firm broke safety law and fined it 40,000 pounds.';
    const ruled = eventAt('2014-03-03', [text], 'tribunal ruled');
    expect(ruled.e.date.start).toBe('2014-03-03');
    expect(ruled.e.date.mod).toBeUndefined();
  });
  it('a past perfect in what was told still puts it on or before the telling', () => {
    const text = 'LERWICK, March 3 (Coastwire) - The ferry firm said on Monday that it had sold two of its older boats.';
    expect(eventAt('2014-03-03', [text], 'sold two').e.date.mod).toBe('before');
  });
});

describe('a clause of its own after a conjunction or "until", with its own date', () => {
  it('"had been planned for mid-May until floods were reported last winter": the floods are last winter\'s', () => {
    const text = 'The festival had been planned for mid-May until floods were reported along the river last winter.';
    const floods = eventAt('2019-03-20', [text], 'floods were reported');
    expect(floods.e.date).toMatchObject({ start: '2018-12', end: '2019-02' });
    expect(eventAt('2019-03-20', [text], 'planned for').quote).not.toContain('floods');
  });
  it('"…, and the mill, closed in 1988, was sold this spring": the sale is this spring, not the first conjunct\'s years', () => {
    const text = 'The canal was dredged between 1970 and 1975, and the old mill, closed to workers in 1988, was sold this spring.';
    const sold = eventAt('2021-09-01', [text], 'was sold');
    expect(sold.e.date).toMatchObject({ start: '2021-03', end: '2021-05' });
    expect(sold.quote).not.toContain('dredged');
    expect(eventAt('2021-09-01', [text], 'dredged').e.date).toMatchObject({ start: '1970', end: '1975' });
  });
  it('"had heard of it only on Tuesday and would meet them next month": Tuesday is the past one', () => {
    const text = 'The growers said they had heard of the levy only on Tuesday and would meet ministers next month.';
    expect(eventAt('2018-05-11', [text], 'heard of the levy').e.date.start).toBe('2018-05-08');
  });
});

describe('a month-day in a later conjunct does not run the story backwards within the year before it', () => {
  it('"Work started in June 2011, and the roof was finished on Feb. 3": not February 2011, and the year is a guess', () => {
    const text = 'Work on the school started in June 2011, and the roof was finished on Feb. 3.';
    const roof = eventAt('2014-05-20', [text], 'roof was finished');
    expect(roof.e.date.start).toBe('2014-02-03');
    expect(roof.e.date.yearUncertain).toBe(true);
  });
  it('a later month in the same year still takes the written year', () => {
    const text = 'Work on the school started in June 2011, and the roof was finished on Oct. 3.';
    expect(eventAt('2014-05-20', [text], 'roof was finished').e.date.start).toBe('2011-10-03');
  });
});
