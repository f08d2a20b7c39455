import { describe, expect, it } from 'vitest';
import { anchorUnit } from '../../../shared/extract/anchor-unit';
import type { Draft } from '../../../shared/extract/draft';
import { undatedClauseEvents } from '../../../shared/extract/undated-clauses';
import { parseYmd } from '../../../shared/time-value';
import { unitsOf } from './clause-work';

// undated-clauses.ts: the main clause around a dated aside, when it has no date of its own.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

function undated(text: string) {
  const [u] = unitsOf(text, PUBLISHED);
  const out: Draft[] = [];
  undatedClauseEvents(u, anchorUnit(u, parseYmd(PUBLISHED)), parseYmd(PUBLISHED), out, (d) => out.push({ ...d, order: out.length }));
  return out.map((d) => ({ quote: text.slice(d.start, d.end), start: d.date.start, end: d.date.end, mod: d.date.mod, rule: d.date.rule }));
}

describe('undatedClauseEvents', () => {
  it('told in the past, the main clause around a dated aside is before publication', () => {
    expect(undated('Aid reached the island, which the storm hit a week ago.')).toEqual([
      { quote: 'Aid reached the island', start: PUBLISHED, end: undefined, mod: 'before', rule: 'narrative-order/before-publication' },
    ]);
  });
  it('told in the present perfect of a thing whose start an aside dates, it runs from that start up to publication', () => {
    const [d] = undated('The fire, which started on July 27, has burned 86,000 acres.');
    expect(d).toMatchObject({ start: '2020-07-27', end: PUBLISHED, rule: 'sequence/since-start-until-publication' });
  });
});
