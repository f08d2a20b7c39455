import { describe, expect, it } from 'vitest';
import { doneByTheTelling, onOrBeforeTelling, tellingDate, toldHappening, toldIn, trailingTelling } from '../../../shared/extract/tellings';
import { parseYmd } from '../../../shared/time-value';
import { clauseWork } from './clause-work';

// tellings.ts: reading reported speech: the telling, what it tells, and when what is told as done happened.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('tellings', () => {
  it('what a telling reports as done is a past happening, not a state or a plan', () => {
    expect(doneByTheTelling('it had rescued 40 people')).toBe(true);
    expect(doneByTheTelling('the streets were calm')).toBe(false);
    expect(doneByTheTelling('it would reopen the port')).toBe(false);
  });
  it('"said Sunday it had …": the telling, its teller, and what it told, on or before that day', () => {
    const t = clauseWork('The coast guard said Sunday it had rescued 40 people.', PUBLISHED, 'Sunday');
    expect(toldHappening(t.w.u.paraText, t.w.c, t.w.main, t.w.a.inClause)).toMatchObject({ teller: 'The coast guard', verb: 'said', reported: 'it had rescued 40 people' });
    expect(onOrBeforeTelling(t.w.date, t.w.main)).toMatchObject({ start: '2021-04-18', mod: 'before' });
    const calm = clauseWork('The coast guard said Sunday the streets were calm.', PUBLISHED, 'Sunday');
    expect(toldHappening(calm.w.u.paraText, calm.w.c, calm.w.main, calm.w.a.inClause)).toBeNull();
  });
  it('"The ferry sank, the coast guard said Friday": what was told ends at the comma before its teller', () => {
    const text = 'The ferry sank, the coast guard said Friday.';
    const t = clauseWork(text, PUBLISHED, 'Friday');
    const r = trailingTelling(text, t.w.c, t.w.main, t.w.a.inClause);
    expect(r && [text.slice(0, r.happeningEnd), text.slice(r.tellerStart, r.verbEnd)]).toEqual(['The ferry sank', 'the coast guard said']);
  });
  it('an undated telling is as of publication ("says") or before it ("said")', () => {
    expect(tellingDate('says', parseYmd(PUBLISHED))).toMatchObject({ start: PUBLISHED, rule: 'reported-speech/present-telling' });
    expect(tellingDate('said', parseYmd(PUBLISHED))).toMatchObject({ start: PUBLISHED, mod: 'before' });
    expect(tellingDate('said', null)).toBeNull();
  });
  it('toldIn: a date inside what a telling reports', () => {
    expect(toldIn('after the bank reported that ')).toBe(true);
    expect(toldIn('after the storm in ')).toBe(false);
  });
});
