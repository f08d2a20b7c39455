import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/extract/draft';
import type { NarrativeContext } from '../../../shared/extract/narrative';
import { orderedEvents } from '../../../shared/extract/ordered-events';
import { segment, type Unit } from '../../../shared/extract/segment';
import { parseYmd } from '../../../shared/time-value';

// The order orderedEvents runs its steps in, and what each unit leaves for the next (ordered-events.ts). Every
// sentence here was written for this test (none comes from an eval set or a probe).

function read(text: string, dated: Record<number, string>): { rules: (string | undefined)[]; ctx: NarrativeContext } {
  const [s] = segment([{ id: 'p', role: 'body', text }], '2021-06-01');
  const unitEvent = new Map<Unit, Draft>();
  let order = 0;
  for (const [i, day] of Object.entries(dated)) {
    const u = s.units[+i];
    unitEvent.set(u, { paragraphId: 'p', start: u.start, end: u.end, title: `Dated ${i}`, date: { start: day, basis: 'stated', rule: 'test' }, order: order++ });
  }
  const ctx: NarrativeContext = { published: parseYmd('2021-06-01'), dateline: null, unitEvent, nextOrder: () => order++ };
  return { rules: orderedEvents(s.units, ctx).map((d) => d.date.rule), ctx };
}

describe('the steps over a unit', () => {
  it('the first step that places a sentence ends its turn: "Before that …, and later …" is placed once', () => {
    expect(read('The mill closed on 4 May 2020. Before that, the mill had been sold, and later it was renamed.', { 0: '2020-05-04' }).rules).toEqual(['sequence/before-antecedent']);
  });
  it('an aside under way now, and then the sentence itself', () => {
    expect(read('Dr. Ana Ruiz, who is currently working in Chile, wrote the report.', {}).rules).toEqual(['present-tense/publication', 'narrative-order/before-publication']);
  });
  it('a dated day read is the day in focus and the story\'s lead, and what the next sentence goes on from', () => {
    const { rules, ctx } = read('The ferry sank on 9 April 2021. Later the crew was rescued.', { 0: '2021-04-09' });
    expect(rules).toEqual(['sequence/after-previous-dated']);
    expect(ctx.focus?.title).toBe('Dated 0');
    expect(ctx.lead?.title).toBe('Dated 0');
    expect(ctx.lastDated?.title).toBe('Dated 0');
  });
});
