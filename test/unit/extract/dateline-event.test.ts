import { describe, expect, it } from 'vitest';
import { datelineEvent } from '../../../shared/extract/dateline-event';
import { segment } from '../../../shared/extract/segment';
import { parseYmd } from '../../../shared/time-value';

// dateline-event.ts: the event a dateline dates, the lead sentence after it.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-03-05';

function leadEvent(text: string) {
  const [s] = segment([{ id: 'p1', role: 'body', text }], PUBLISHED);
  const d = datelineEvent(s, parseYmd(PUBLISHED), () => 0);
  return d && { quote: text.slice(d.start, d.end), title: d.title, date: d.date };
}

describe('datelineEvent', () => {
  it('dates the lead sentence by the dateline', () => {
    const d = leadEvent('BERGEN, March 4 (Nordwire) -- Engineers reopened the old harbour bridge.');
    expect(d).toMatchObject({ quote: 'Engineers reopened the old harbour bridge.', date: { start: '2021-03-04' } });
    expect(d?.date.rule).toMatch(/^dateline\//);
  });
  it('what a dated telling in the lead tells as done is on or before the telling\'s day', () => {
    const d = leadEvent('BERGEN, March 4 (Nordwire) -- The port said Wednesday it had reopened two berths.');
    expect(d?.date).toMatchObject({ start: '2021-03-03', mod: 'before' });
    expect(d?.date.rule).toMatch(/told-before$/);
  });
  it('a lead with a date of its own is not the dateline\'s', () => {
    expect(leadEvent('BERGEN, March 4 (Nordwire) -- Engineers reopened the bridge on Monday.')).toBeNull();
  });
});
