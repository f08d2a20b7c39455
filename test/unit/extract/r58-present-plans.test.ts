import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8: a present progressive told of a coming weekday or month-day is a plan, also when its object is a bare noun
// or it is a passive whose participle is irregular or carries "re-". Sentences written for this test.

const PUB = '2025-03-12'; // a Wednesday

describe('r58-present-plans: present progressives of a day ahead', () => {
  it('r58-present-plans: a bare noun object keeps the plan ahead', () => {
    expect(shortestAt(PUB, ["The ropemaker's cottage on Vasker Lane is changing hands on Friday."], 'changing hands').date.start).toBe('2025-03-14');
    expect(shortestAt(PUB, ['The Hobbleston chain ferry is carrying cyclists again on Monday.'], 'carrying cyclists').date.start).toBe('2025-03-17');
  });

  it('r58-present-plans: a passive progressive with an irregular or "re-" participle is a plan', () => {
    expect(shortestAt(PUB, ['Nine retired pilot boats are being resold on Saturday at a quayside auction.'], 'being resold').date.start).toBe('2025-03-15');
    expect(shortestAt(PUB, ['The clock tower bells are being rehung on Thursday.'], 'rehung').date.start).toBe('2025-03-13');
    expect(shortestAt(PUB, ['The faded tide tables at the slipway are being redrawn on 20 March.'], 'redrawn').date.start).toBe('2025-03-20');
  });

  it('r58-present-plans: an object that tells of a past day leaves that day past', () => {
    expect(shortestAt(PUB, ['Wardens are hunting vandals seen on Monday near the bandstand.'], 'hunting vandals').date.start).toBe('2025-03-10');
    expect(shortestAt(PUB, ['Divers are appealing for footage of a capsize on Saturday.'], 'appealing').date.start).toBe('2025-03-08');
  });
});
