import { describe, expect, it } from 'vitest';
import { tellingEvents } from '../../../shared/extract/telling-events';
import { clauseWork } from './clause-work';

// telling-events.ts: reported speech in a dated clause, the telling and what it tells as events of their own.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';
const made = (t: ReturnType<typeof clauseWork>) => t.emitted.map((d) => ({ quote: t.quote(d), title: d.title, start: d.date.start, mod: d.date.mod }));

describe('tellingEvents', () => {
  it('"said on Tuesday that …": the saying on its own day, what was said on the clause\'s date', () => {
    const t = clauseWork('The ministry said on Tuesday that exports fell in March.', PUBLISHED, 'March');
    expect(tellingEvents(t.w)).toBe(true);
    expect(made(t)).toEqual([
      { quote: 'The ministry said on Tuesday that exports fell in March.', title: 'Ministry said exports fell', start: '2021-04-20', mod: undefined },
      { quote: 'that exports fell in March.', title: 'Exports fell', start: '2021-03', mod: undefined },
    ]);
  });
  it('"said Sunday it had …": what was told as done is on or before the telling\'s day, and names its teller', () => {
    const t = clauseWork('The coast guard said Sunday it had rescued 40 people.', PUBLISHED, 'Sunday');
    expect(tellingEvents(t.w)).toBe(true);
    const done = made(t).find((d) => d.quote.startsWith('it had'));
    expect(done).toMatchObject({ title: 'Coast guard rescued 40 people', start: '2021-04-18', mod: 'before' });
  });
  it('a telling after what it tells ("…, the coast guard said Friday") is an event of its own on its day', () => {
    const t = clauseWork('The ferry sank, the coast guard said Friday.', PUBLISHED, 'Friday');
    expect(tellingEvents(t.w)).toBe(true);
    expect(made(t).map((d) => [d.quote, d.start, d.mod])).toEqual([
      ['The ferry sank', '2021-04-16', 'before'],
      ['the coast guard said Friday', '2021-04-16', undefined],
    ]);
  });
  it('a clause with no telling is left to be dated as it is', () => {
    const t = clauseWork('The bridge reopened on Friday.', PUBLISHED, 'Friday');
    expect(tellingEvents(t.w)).toBe(false);
    expect(t.emitted).toEqual([]);
  });
});
