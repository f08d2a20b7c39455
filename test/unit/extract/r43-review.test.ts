import { describe, expect, it } from 'vitest';
import { obituaryYear } from '../../../shared/extract/text-years';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 43 (r43): a review of round 42's additions. Each test shows a reading a mend changed or kept, on sentences
// written for this test (none from an eval set or a probe).

describe('r43-holiday-day: the day of a holiday beside a death is seasons.ts holiday()', () => {
  it('r43-holiday-day: "died on Christmas Eve" is before a Christmas Day birthday, so the later year is kept', () => {
    // Christmas Eve is 24 December: the 80th birthday of someone born on 25 December 1930 had not come round again.
    const text = ['Olwen Brask, who ran the harbour tearoom at Tully for forty years, died on Christmas Eve. She was 80.', 'She was born on Dec. 25, 1930, above the chandlery.'];
    expect(obituaryYear(text)).toBe(2011);
  });

  it('r43-holiday-day: "died on Boxing Day" is after it, the birth year plus the age', () => {
    const text = ['Olwen Brask, who ran the harbour tearoom at Tully for forty years, died on Boxing Day. She was 80.', 'She was born on Dec. 25, 1930, above the chandlery.'];
    expect(obituaryYear(text)).toBe(2010);
  });
});

describe('r43-ago-year-carries: a day or month whose year a count of years ago names carries it, as "last year" does', () => {
  const PUB = '2012-06-14';

  it('r43-ago-year-carries: a yearless day after "on 9 May 31 years ago" is in that year, flagged', () => {
    const texts = ['The bakery first lit its ovens on 9 May 31 years ago.', 'A second oven was fired on 2 June, and the queue reached the corner.'];
    const e = shortestAt(PUB, texts, 'second oven');
    expect(e.date.start).toBe('1981-06-02');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('r43-ago-year-carries: so does one after "in May two years ago"', () => {
    const texts = ['The bakery first lit its ovens in May two years ago, and a second oven was fired on 20 August.'];
    const e = shortestAt(PUB, texts, 'second oven');
    expect(e.date.start).toBe('2010-08-20');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('r43-ago-year-carries: a day told as still to come is not taken back to the counted year', () => {
    const texts = ['The bakery first lit its ovens on 9 May 31 years ago.', 'On 20 August it will fire a second oven.'];
    expect(shortestAt(PUB, texts, 'second oven').date.start.startsWith('1981')).toBe(false);
  });
});

describe('r43-since-verb: the "since" clause after a relative clause in the present perfect may have any past verb', () => {
  const PUB = '2012-03-30';

  it('r43-since-verb: an irregular past ("since the ferry began") tells the relative clause with its noun', () => {
    const texts = ['Riders will sail free from Easter Monday, when the fare that has been charged since the ferry began is dropped, the council said on Thursday.'];
    const quotes = events(PUB, ...texts).map((e) => quoteOf(e, texts));
    expect(quotes).toContain('the fare that has been charged since the ferry began');
    expect(shortestAt(PUB, texts, 'is dropped').date.start).toBe('2012-04-09');
  });

  it('r43-since-verb: so does a passive ("since the bridge was built")', () => {
    const texts = ['Walkers will cross free from Easter Monday, when the toll that has been taken since the bridge was built is dropped, the council said on Thursday.'];
    const quotes = events(PUB, ...texts).map((e) => quoteOf(e, texts));
    expect(quotes).toContain('the toll that has been taken since the bridge was built');
  });
});

describe('r43-had-no: "had" before what was had is no past perfect for a night of the day in focus', () => {
  const PUB = '2024-07-04';
  const LEAD = 'A grain lorry overturned on the Harlow bypass on Monday afternoon, spilling its load across both lanes.';

  it('r43-had-no: "had no power through the night" is the night after the day in focus', () => {
    const texts = [LEAD, 'The houses on Mill Lane had no power through the night.'];
    expect(shortestAt(PUB, texts, 'had no power').date).toMatchObject({ start: '2024-07-01', end: '2024-07-02', rule: 'narrative-focus/night-of-day' });
  });

  it('r43-had-no: a past perfect ("had spilled … during the night") still steps back to the night before', () => {
    const texts = [LEAD, 'More grain had spilled from a second trailer during the night.'];
    expect(shortestAt(PUB, texts, 'had spilled').date).toMatchObject({ start: '2024-06-30', end: '2024-07-01', rule: 'narrative-focus/night-of-day' });
  });
});

describe('r43-years-ago-count: a month or season before a count of years ago takes any count a day takes', () => {
  const PUB = '2012-06-14';

  it('r43-years-ago-count: "in June twenty years ago" is June of the year counted back, not this June', () => {
    const texts = ['The bakery first lit its ovens in June twenty years ago, and it has not missed a morning since.'];
    const e = shortestAt(PUB, texts, 'first lit its ovens');
    expect(e.date.start).toBe('1992-06');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('r43-years-ago-count: "on June 3, twenty years ago" keeps its day, as before', () => {
    const texts = ['The bakery burned down on June 3, twenty years ago, and was rebuilt by the village.'];
    expect(shortestAt(PUB, texts, 'burned down').date.start).toBe('1992-06-03');
  });
});
