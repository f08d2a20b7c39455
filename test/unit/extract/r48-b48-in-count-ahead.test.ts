import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf } from './event-lookup';

// Round 48 (b48): events not found (issue 8). A count ahead from the day of writing ("in two weeks", "in three
// weeks' time") dates a clause told of what is to come. Every sentence here was written for this test.

describe('r48-in-count-ahead: "in <count> <unit>" ahead of the day of writing', () => {
  it('"in three weeks\' time" is the day three weeks after publication', () => {
    const t = ['The champion will meet the winner of the spring heats in a play-off in three weeks\' time.'];
    const e = events('2015-05-04', ...t).find((x) => quoteOf(x, t).includes('play-off'));
    expect(e?.date).toMatchObject({ start: '2015-05-25', rule: 'in-count-ahead' });
  });

  it('"will sail ... in two weeks" in a clause told ahead is the day two weeks on', () => {
    const t = ['The schooner will sail for the northern isles in two weeks.'];
    const e = events('2015-05-04', ...t).find((x) => quoteOf(x, t).includes('schooner will sail'));
    expect(e?.date).toMatchObject({ start: '2015-05-18' });
  });

  it('", due to open in three years" is the year three years on', () => {
    const t = ['The board said it had begun a new dam near the mill, due to open in three years.'];
    const e = events('2015-05-04', ...t).find((x) => quoteOf(x, t).includes('due to open'));
    expect(e?.date).toMatchObject({ start: '2018', rule: 'in-count-ahead' });
  });

  it('a record\'s length, a past "in a fortnight" and a hope told in the past stay lengths', () => {
    const t = ['The bakery made its first loss in six years.', 'The calendars were all gone in a fortnight.', 'The roofers had meant to be done in three weeks.'];
    expect(events('2015-05-04', ...t).some((x) => x.date.rule === 'in-count-ahead')).toBe(false);
  });

  it('without the publication date, the count is not placed on a guessed day', () => {
    const t = ['The schooner will sail for the northern isles in two weeks.'];
    const e = nopub(...t).find((x) => quoteOf(x, t).includes('schooner will sail'));
    expect(e?.date.start ?? '').not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
