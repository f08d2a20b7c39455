import { describe, expect, it } from 'vitest';
import type { Anchored } from '../../../shared/extract/anchor';
import { sinceNamedHappening, thingsDatedInside, yearNamesThing } from '../../../shared/extract/named-dates';
import { parseYmd } from '../../../shared/time-value';
import { unitsOf } from './clause-work';

// Dates that belong to a thing the clause speaks of rather than to its event (named-dates.ts), on sentences written
// for this test (none comes from an eval set or a probe).

const PUBLISHED = '2021-03-03';

/** The one-clause unit of `text`, and its expression reading `words`. */
function unitAt(text: string, words: string) {
  const [u] = unitsOf(text, PUBLISHED);
  return { u, c: { start: u.start, end: u.end }, t: u.timexes.find((x) => x.text === words)! };
}

describe('a year that names a thing', () => {
  const named = (text: string) => {
    const { u, c, t } = unitAt(text, text.match(/\b\d{4}\b/)![0]);
    const r = yearNamesThing(u.paraText, c, t, parseYmd(PUBLISHED));
    return { ...(r.bound ? { bound: r.bound } : {}), ...(r.named ? { named: u.paraText.slice(r.named.start, r.named.end) } : {}) };
  };
  it('made its adjective, in a clause not told in the past: the thing is the year\'s, the clause after it', () => {
    expect(named('The new treaty replaces the 1972 accord.')).toEqual({ bound: 'after', named: 'the 1972 accord' });
  });
  it('a noun with a participle and the year after it, under a verb in the present', () => {
    expect(named('The new law overturns a ban imposed by the council in 1988.')).toEqual({ bound: 'after', named: 'a ban imposed by the council in 1988' });
  });
  it('told in the past, the clause is the year\'s', () => {
    expect(named('The council signed the 1972 accord.')).toEqual({});
  });
  it('a clause in the present about an earlier year holds since then, naming nothing', () => {
    expect(named('Sales are well above 2015 now.')).toEqual({ bound: 'after' });
  });
});

describe('events of their own inside a clause', () => {
  it('a month made a noun\'s adjective names that thing', () => {
    const { u, c, t } = unitAt('Engineers met on Monday to review the February collapse of the bridge.', 'Monday');
    const things = thingsDatedInside(u, c, u.timexes, t, undefined);
    expect(things.map((a) => [u.paraText.slice(a.clause.start, a.clause.end), a.main.text])).toEqual([['the February collapse of the bridge', 'February']]);
  });
  it('a date after "since the <happening> in" is the happening\'s, cut from the end of the clause', () => {
    const text = 'The lake fell to a low on Sunday, the lowest since a long drought in 1976.';
    const { u, c, t } = unitAt(text, 'Sunday');
    const anchored: Anchored = { unit: u, clause: c, inClause: u.timexes, main: t };
    const since = sinceNamedHappening(u, c, anchored)!;
    expect([u.paraText.slice(since.clause.start, since.clause.end), since.main.text]).toEqual(['a long drought in 1976', '1976']);
    expect(u.paraText.slice(anchored.clause.start, anchored.clause.end)).toBe('The lake fell to a low on Sunday, the lowest');
  });
});
