import { describe, expect, it } from 'vitest';
import { UNTIL_OPEN, untilSpans } from '../../../shared/extract/until-spans';
import { clauseWork } from './clause-work';
import { shortestAt } from './event-lookup';

// until-spans.ts: "until <date>" and "until <clause>" make the clause's date a stretch that ends there.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('untilSpans', () => {
  it('told in the future, runs from publication up to the date', () => {
    const t = clauseWork('She will chair the panel until March 30, 2022.', PUBLISHED, 'March 30, 2022');
    untilSpans(t.w);
    expect(t.w.date).toMatchObject({ start: '2021-04-20', end: '2022-03-30' });
    expect(t.w.date.rule).toMatch(/\/until-from-publication$/);
  });
  it('an until-clause with its own date ends the stretch, is an event of its own, and is cut from the clause', () => {
    const t = clauseWork('The ferry ran from 1921 until the bridge opened in 1958.', PUBLISHED, '1921');
    untilSpans(t.w);
    expect(t.w.date).toMatchObject({ start: '1921', end: '1958' });
    expect(t.emitted.map((d) => [d.title, d.date.start])).toEqual([['Bridge opened', '1958']]);
    expect(t.clause()).toBe('The ferry ran from 1921');
  });
  it('a negated "until" after a dated clause tells when it happened, no stretch from that clause', () => {
    const t = clauseWork('The mine was found in 1911, but the seam was not reached until 1924.', PUBLISHED, '1924');
    untilSpans(t.w);
    expect(t.w.date.start).toBe('1924');
    expect(t.w.date.end).toBeUndefined();
    const kept = clauseWork('The mine was found in 1911, but the seam was worked until 1924.', PUBLISHED, '1924');
    untilSpans(kept.w);
    expect(kept.w.date).toMatchObject({ start: '1911', end: '1924' });
  });
  it('told in the past, is left for the paragraph to start at the happening before it', () => {
    const t = clauseWork('The singing went on until midnight on Saturday.', PUBLISHED, 'midnight on Saturday');
    untilSpans(t.w);
    expect(t.w.date.end).toBeUndefined();
    expect(t.w.date.rule?.endsWith(UNTIL_OPEN)).toBe(true);
  });
});

describe('spanToUntil (through the paragraph pass)', () => {
  it('"from its first day until 1994" starts at the happening the sentence before dated', () => {
    const d = shortestAt(PUBLISHED, ['The bakery opened in 1970. She ran it from its first day until 1994.'], 'She ran it').date;
    expect(d).toMatchObject({ start: '1970', end: '1994' });
    expect(d.rule).toMatch(/until-from-previous$/);
  });
  it('"By Friday it had …" runs from the happening told before it up to that day', () => {
    const d = shortestAt('2021-04-24', ['Fire broke out in the hills on Tuesday. By Friday it had destroyed 40 homes.'], 'By Friday').date;
    expect(d).toMatchObject({ start: '2021-04-20', end: '2021-04-23' });
    expect(d.mod).toBeUndefined();
  });
});
