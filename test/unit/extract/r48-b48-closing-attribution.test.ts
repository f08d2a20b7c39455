import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 48 (b48): events not found (issue 8). A closing attribution that names an occasion ("…, the trust said after
// the hearing") made an event of the occasion and none of what was reported. Every sentence here was written for this
// test.

describe('r48-closing-attribution: what is reported before ", X said after the <occasion>" is still an event', () => {
  it('an attribution that opens the sentence ("The trust said after the hearing that …") is left as it was', () => {
    const t = ['The river trust said after the hearing that wardens had fined nine anglers.'];
    expect(events('2009-06-18', ...t).filter((e) => /anglers/.test(e.title))).toHaveLength(0);
  });

  it('"Wardens have fined nine anglers, the trust said after the hearing" keeps the fines beside the hearing', () => {
    const t = ['Wardens have fined nine anglers on the lower weir, the river trust said after the hearing.'];
    const all = events('2009-06-18', ...t);
    // Its evidence stops before the attribution, which is the hearing's.
    expect(all.some((e) => /fined nine anglers/.test(e.title) && quoteOf(e, t) === 'Wardens have fined nine anglers on the lower weir')).toBe(true);
    expect(all.some((e) => quoteOf(e, t) === 'said after the hearing')).toBe(true);
  });

  it('after a hearing the text dates, the reported clause is kept as well as the hearing', () => {
    const t = ['The hearing was held in the guildhall on Monday.', 'Wardens have fined nine anglers, the trust said after the hearing.'];
    const all = events('2009-06-18', ...t);
    expect(all.some((e) => quoteOf(e, t) === 'Wardens have fined nine anglers')).toBe(true);
    expect(all.find((e) => quoteOf(e, t) === 'said after the hearing')?.date.start).toBe('2009-06-15');
  });
});
