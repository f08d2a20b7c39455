import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/extract/draft';
import { orderedEvents } from '../../../shared/extract/ordered-events';
import { segment, type Unit } from '../../../shared/extract/segment';
import { parseYmd } from '../../../shared/time-value';

// Stage 4b of the extractor (narrative.ts): sentences with no date of their own that the text places by
// narrative order get an honest bound (after the last dated event, before the next, before publication),
// never a guessed day.

const PUBLISHED = '2021-06-01';

/** The undated events of a paragraph, the sentences numbered in `dated` being dated as stage 3 would date them. */
function undated(text: string, dated: Record<number, string>) {
  const [s] = segment([{ id: 'p', role: 'body', text }], PUBLISHED);
  const unitEvent = new Map<Unit, Draft>();
  let order = 0;
  for (const [i, day] of Object.entries(dated)) {
    const u = s.units[+i];
    unitEvent.set(u, { paragraphId: 'p', start: u.start, end: u.end, title: `Dated ${i}`, date: { start: day, basis: 'stated', rule: 'test' }, order: order++ });
  }
  const out = orderedEvents(s.units, { published: parseYmd(PUBLISHED), dateline: null, unitEvent, nextOrder: () => order++ });
  return out.map((d) => ({ text: text.slice(d.start, d.end), title: d.title, start: d.date.start, end: d.date.end, mod: d.date.mod, rule: d.date.rule }));
}

describe('orderedEvents', () => {
  it('"After X, Y": Y follows the last dated event and, told in the past, is before publication; X comes before Y', () => {
    const events = undated('The talks opened on May 3, 2021. After the talks failed, the envoy left.', { 0: '2021-05-03' });
    expect(events).toEqual([
      { text: 'the envoy left.', title: 'Envoy left', start: '2021-05-03', end: PUBLISHED, rule: 'narrative-order/after-previous-dated' },
      expect.objectContaining({ text: 'After the talks failed', title: 'Talks failed', mod: 'before', rule: 'ordering-clause/after' }),
    ]);
  });

  it('an ordering sentence before any dated one comes before the next dated event', () => {
    const [main] = undated('After the storm passed, crews cleared the road. The road reopened on May 20, 2021.', { 1: '2021-05-20' });
    expect(main).toMatchObject({ title: 'Crews cleared the road', start: '2021-05-20', mod: 'before', rule: 'narrative-order/before-next-dated' });
  });

  it('"later", "then": after the dated event before it', () => {
    expect(undated('The talks opened on May 3, 2021. Later the envoy returned to Doha.', { 0: '2021-05-03' })).toEqual([
      { text: 'Later the envoy returned to Doha.', title: 'Envoy returned to Doha', start: '2021-05-03', mod: 'after', rule: 'sequence/after-previous-dated' },
    ]);
  });

  it('a past happening with nothing to place it against is before publication', () => {
    expect(undated('The old pier collapsed.', {})).toEqual([
      { text: 'The old pier collapsed.', title: 'Old pier collapsed', start: PUBLISHED, mod: 'before', rule: 'narrative-order/before-publication' },
    ]);
  });

  it('something under way is dated to publication, not before it', () => {
    expect(undated('Workers are rebuilding the port.', {})).toMatchObject([{ start: PUBLISHED, mod: undefined, rule: 'present-tense/publication' }]);
  });

  it('the future, quoted speech and standing facts are no events', () => {
    expect(undated('The port will reopen. “We are ready,” he said. The city is home to a port.', {})).toEqual([]);
  });

  it('a dated sentence gets nothing more here', () => {
    expect(undated('The old pier collapsed in 2020.', { 0: '2020' })).toEqual([]);
  });
});
