import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/extract/draft';
import { addedTime, withinOf } from '../../../shared/extract/happenings';
import { unitsOf } from './clause-work';
import { shortestAt } from './event-lookup';

// happenings.ts: sentences with no date of their own, counted from a happening or a change the text dated before.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('happenings', () => {
  it('"an additional 30 days" is the time a change of deadline told before it adds', () => {
    const [u] = unitsOf('The change gives applicants an additional 30 days.', PUBLISHED);
    const d = addedTime(u, { from: { start: '2022-01-09', basis: 'stated' }, to: { start: '2022-02-08', basis: 'stated' } });
    expect(d?.date).toMatchObject({ start: '2022-01-09', end: '2022-02-08', rule: 'change/added-time' });
    // A count that disagrees with the gap between the two days is not that change.
    expect(addedTime(u, { from: { start: '2022-01-09', basis: 'stated' }, to: { start: '2022-05-08', basis: 'stated' } })).toBeNull();
  });
  it('"Within five years, …" told in the past counts from the last date the paragraph gave before it', () => {
    const text = 'In 1952 she was sent to the valley as its only doctor. Within five years, deaths from typhoid had fallen by half.';
    const [first, second] = unitsOf(text, PUBLISHED);
    const sent: Draft = { paragraphId: 'p1', start: first.start, end: first.end, title: 'She was sent to the valley', date: { start: '1952', basis: 'stated' }, order: 0 };
    expect(withinOf(second, [sent])?.date).toMatchObject({ start: '1952', end: '1957', rule: 'sequence/within-from-date' });
    expect(withinOf(second, [])).toBeNull();
  });
  it('"In the days after the collapse, …" is counted from the collapse the text dated (afterHappening)', () => {
    const texts = ['The bridge over the river collapsed on March 3, 2021. In the days after the collapse, rescue teams searched the water.'];
    expect(shortestAt(PUBLISHED, texts, 'rescue teams').date).toMatchObject({ start: '2021-03-03', end: '2021-03-17', rule: 'sequence/counted-from-happening' });
  });
});

describe('a count from a happening a phrase names (countedFromHappening)', () => {
  const texts = [
    'Her first novel, a thriller about a lighthouse keeper, came out in 1961.',
    'She left the newspaper three years after the lighthouse novel appeared, and since then she has written 40 books.',
  ];
  it('"three years after the lighthouse novel appeared" is counted from the novel\'s year', () => {
    expect(shortestAt(PUBLISHED, texts, 'She left the newspaper').date).toMatchObject({ start: '1964', rule: 'sequence/counted-from-happening' });
  });
  it('"and since then she has written" runs from the counted year up to publication', () => {
    expect(shortestAt(PUBLISHED, texts, 'written 40 books').date).toMatchObject({ start: '1964', end: PUBLISHED, rule: 'narrative-focus/since-then' });
  });
  it('"in the six weeks after the landslide" is the stretch from it', () => {
    const slide = ['A landslide buried the valley road on March 2, 2020.', 'Meanwhile a new track has been cut, built in the six weeks after the landslide.'];
    expect(shortestAt(PUBLISHED, slide, 'new track').date).toMatchObject({ start: '2020-03-02', end: '2020-04-13' });
  });
  it('an agent noun is no form of the happening ("the hijacking" is not "the hijackers spoke")', () => {
    const hijack = ['Gunmen seized the ferry on May 3, 2020.', 'On May 20 the hijackers spoke to a radio station.', 'Police had closed the port a week before the hijacking.'];
    // Round 33: "On May 20" now goes on in the ferry story's 2020 (a guess), so a week before the story's day in focus is
    // 2020-05-13 too; that reading is the flagged guess for a happening the text does not name again, not a match of
    // "hijackers".
    const d = shortestAt(PUBLISHED, hijack, 'closed the port').date;
    expect(d.start !== '2020-05-13' || (d.yearUncertain === true && /does not name it again/.test(d.note ?? ''))).toBe(true);
  });
  it('a phrase naming nothing the text dated leaves the sentence to the narrative order', () => {
    const d = shortestAt(PUBLISHED, [texts[0], 'She left the newspaper three years after the strike began.'], 'She left the newspaper').date;
    expect(d.rule).not.toBe('sequence/counted-from-happening');
  });
});
