import { describe, expect, it } from 'vitest';
import { writtenYears } from '../../../shared/extract/text-years';

// Round 48 (w48): without a publication date, a year a delay moved something to ("the reopening has slipped again, to
// the autumn of 2027") is a plan's, still ahead when the story is written, even when the delay itself is told in the
// past: it is not the latest year told as past, from which the year of writing is guessed. Sentences written for this
// test.

describe('a delay\'s new date is a plan\'s year', () => {
  it('reads the year a delay moved to as ahead', () => {
    expect(writtenYears(['The gallery was built in 2019.', 'Its trustees now expect the reopening, which has slipped yet again, to the autumn of 2027.'])).toEqual({ latest: 2019, ahead: 2027 });
    expect(writtenYears(['The dredging began in 2018.', 'The harbour board said the work was postponed until March 2026 after a storm.'])).toEqual({ latest: 2018, ahead: 2026 });
    expect(writtenYears(['The tram line was approved in 2020.', 'Its first run was put back to 2025, officials said.'])).toEqual({ latest: 2020, ahead: 2025 });
  });

  it('a year told as past in the same sentence as a delay stays past', () => {
    expect(writtenYears(['The ferry was delayed by a strike in 2021 and sailed at last in May.'])).toEqual({ latest: 2021, ahead: null });
  });
});
