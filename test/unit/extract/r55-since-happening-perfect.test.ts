import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (s55): "since a <happening> in <month last year>" under a present perfect opens a stretch running to
// publication, background as "since the <happening> in ..." already was; a bare season told in the past in the next
// paragraph is publication's year, not the one after that month. Under a past perfect the happening stays a step of
// the story. Every sentence here was written for this test.

describe('a happening brought in by "since a" under a present perfect is background', () => {
  it('a season in the next paragraph is not counted on from the happening', () => {
    const texts = [
      'The ferry ramp at Tanswick Cove was laid in the winter of 1971 and has leaked since a frost in March last year.',
      'A scheme to rebuild it was shelved in the summer, and the harbour board will look at it again in January.',
    ];
    const ev = shortestAt('2019-10-21', texts, 'was shelved');
    expect(ev.date.start).toBe('2019-06');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('a definite article read so before keeps its reading', () => {
    const texts = [
      'The ferry ramp at Tanswick Cove was laid in the winter of 1971 and has leaked since the frost in March last year.',
      'A scheme to rebuild it was shelved in the summer, and the harbour board will look at it again in January.',
    ];
    const ev = shortestAt('2019-10-21', texts, 'was shelved');
    expect(ev.date.start).toBe('2019-06');
  });

  it('under a past perfect the happening is a step the story goes on from', () => {
    const texts = [
      'The old slipway at Tanswick Cove, laid in the winter of 1971, had been closed since a landslip in March last year.',
      'A scheme to rebuild it was shelved in the summer.',
    ];
    const ev = shortestAt('2019-10-21', texts, 'was shelved');
    expect(ev.date.start).not.toBe('2019-06');
  });
});
