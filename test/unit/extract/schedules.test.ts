import { describe, expect, it } from 'vitest';
import { scheduleCutOf } from '../../../shared/extract/schedules';
import { anchoredAt } from './clause-work';

// schedules.ts: a habit or a schedule is no event; one set off after a dated event leaves that event whole.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('scheduleCutOf', () => {
  it('a clause that tells a habit is no event', () => {
    const { u, a } = anchoredAt('The club meets every Tuesday in May.', PUBLISHED, 'May');
    expect(scheduleCutOf(u, a)).toBeNull();
  });
  it('a habit set off after the dated event: the event\'s words stop before it', () => {
    const text = 'The union called a strike for May 3 and promised marches every Saturday.';
    const { u, a } = anchoredAt(text, PUBLISHED, 'May 3');
    expect(text.slice(0, scheduleCutOf(u, a)!)).toBe('The union called a strike for May 3');
  });
  it('a clause with no habit is left whole (-1)', () => {
    const { u, a } = anchoredAt('The union called a strike for May 3.', PUBLISHED, 'May 3');
    expect(scheduleCutOf(u, a)).toBe(-1);
  });
});
