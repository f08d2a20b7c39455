import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 51 (b51): a quoted sentence told once in the past with a part of the day and no day of its own ("searched
// until it was dark") is a happening on the day the story is telling of, as an unquoted one is; "until it was dark"
// names nightfall. Every sentence here was written for this test.

const lead = 'A spaniel went missing on the cliffs above Porthwenna on Sunday morning.';

describe('a quoted past with a part of the day', () => {
  it('is on the day in focus', () => {
    const texts = [lead, '"We gave up the walk and searched the gorse until dusk," said her owner, Mabli Trethewey.'];
    const e = shortestAt('2019-04-10', texts, 'searched the gorse');
    expect(e.date).toMatchObject({ start: '2019-04-07', rule: 'narrative-focus/part-of-day' });
    // Titled by the quotation's own words, without its attribution.
    expect(e.title).toBe('We gave up the walk and searched the gorse');
  });

  it('reads "until it was dark" as nightfall, quoted or not', () => {
    const quoted = [lead, '"We gave up the walk and searched the gorse until it was dark," her owner said.'];
    expect(shortestAt('2019-04-10', quoted, 'searched the gorse').date.start).toBe('2019-04-07');
    const told = [lead, 'Her owner searched the gorse until it got dark.'];
    expect(shortestAt('2019-04-10', told, 'searched the gorse').date).toMatchObject({ start: '2019-04-07', rule: 'narrative-focus/part-of-day' });
  });

  it('not a habit, nor a rule for any night', () => {
    const habit = [lead, '"We always walked the gorse until dusk," said her owner.'];
    expect(events('2019-04-10', ...habit).filter((e) => quoteOf(e, habit).includes('walked the gorse'))).toHaveLength(0);
    const rule = [lead, 'The cliff car park is closed after dark.'];
    expect(events('2019-04-10', ...rule).find((e) => quoteOf(e, rule).includes('closed after dark'))?.date?.rule).not.toBe('narrative-focus/part-of-day');
  });
});
