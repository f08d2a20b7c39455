import { describe, expect, it } from 'vitest';
import { spanYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 51 (w51): without a publication date, a stretch up to the day of writing told as "N years on <something>"
// ("58 years on stage", "after 21 years on the council") is a length like "after 58 years", so beside its first year
// ("since 1961") it names the year of writing. "Forty years on" alone, or "on from", is a later time, not a stretch.
// Sentences written for this test.

describe('r51-nopub-years-on-stage: "N years on <a noun>" is a stretch', () => {
  const body = 'The Harbour Players, who have staged a show on the quay every August since 1961, gave their last performance on Sunday night.';

  it('r51-nopub-years-on-stage: a headline\'s "58 years on stage" with "since 1961" gives 2019', () => {
    expect(spanYear([body], 'Quayside theatre troupe bows out after 58 years on stage')).toBe(2019);
    expect(spanYear(['Councillor Mabry Quint, who has sat for the Weir ward since 1998, stood down on Tuesday after 21 years on the council.'])).toBe(2019);
    const texts = ['The Harbour Players, who have staged a show on the quay every August since 1961, gave their last performance on Sunday night after 58 years on stage.', 'The troupe was founded by four dock clerks, and its first play was a farce.'];
    const e = at(texts, 'gave their last performance');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2019');
  });

  it('r51-nopub-years-on-stage: "years on" as a later time is still no stretch', () => {
    expect(spanYear([body], 'Forty years on, the quay still has its players')).toBeNull();
    expect(spanYear([body], 'Forty years on from the first show, the quay still has its players')).toBeNull();
  });
});
