import { describe, expect, it } from 'vitest';
import { byDeadline } from '../../../shared/extract/deadlines';
import { clauseWork } from './clause-work';

// deadlines.ts: "by <date>", a deadline ahead, a state expected by then, or something done by then.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('byDeadline', () => {
  it('a goal "by 2023" is some time between publication and then', () => {
    const t = clauseWork('The company aims to cut 500 jobs by 2023.', PUBLISHED, '2023');
    expect(byDeadline(t.w)).toBe(false);
    expect(t.w.date).toMatchObject({ start: '2021-04-20', end: '2023' });
  });
  it('a pledge made before publication is an event of its own, and is told back as such', () => {
    const t = clauseWork('The government has pledged to inspect the dams by 2025.', PUBLISHED, '2025');
    expect(byDeadline(t.w)).toBe(true);
    expect(t.emitted.map((d) => [t.quote(d), d.date.mod])).toEqual([['The government has pledged to inspect the dams', 'before']]);
  });
  it('a state expected "by 2023" holds in that year, with no span from publication', () => {
    const t = clauseWork('The airline would be profitable by 2023.', PUBLISHED, '2023');
    byDeadline(t.w);
    expect(t.w.date.start).toBe('2023');
    expect(t.w.date.end).toBeUndefined();
  });
  it('"By Friday" told in the past is on that day or before it', () => {
    const t = clauseWork('By Friday the river had burst its banks.', PUBLISHED, 'Friday');
    byDeadline(t.w);
    expect(t.w.date).toMatchObject({ start: '2021-04-16', mod: 'before' });
  });
  it('with no publication date, a goal "by 2030" is done at the latest then', () => {
    const t = clauseWork('The city will plant 10,000 trees by 2030.', null, '2030');
    byDeadline(t.w);
    expect(t.w.date).toMatchObject({ start: '2030', mod: 'before' });
    expect(t.w.date.rule).toMatch(/\/by-deadline-unplaced$/);
  });
});
