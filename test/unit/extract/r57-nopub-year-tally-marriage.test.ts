import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 57 (w57): without a publication date, two more clues to the year of writing.
// - A figure counted over the latest year the text writes ("sold 287,500 tickets in 2011", "a deficit of 2.6
//   million for 2014") is that year's total, known only once the year is out: the writing is at least a year later.
// - A marriage's length told as reached now ("will celebrate sixty-five years of marriage on Sunday", "have been
//   married for 52 years") counts from the one wedding year the text gives.
// Every date resting on the guess stays flagged. Sentences written for this test.

describe('r57-nopub-year-tally: a year told as the span of a counted figure is over', () => {
  const ferry = [
    'The Dunlace bus line sold 287,500 tickets in 2011, more than in any year before.',
    'A deckhand fell from the stern on Tuesday and was pulled out by a trawler crew.',
  ];

  it('r57-nopub-year-tally: the story is told in the year after the tally, flagged', () => {
    const ev = shortestNoPub(ferry, 'fell from the stern');
    expect(ev.date.start.slice(0, 4)).toBe('2012');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-year-tally: a total "for" a year counts too', () => {
    const texts = ['The Marrowcombe trust reported a deficit of 2.6 million for 2014, its worst year.', 'Its chairman resigned on Thursday.'];
    const ev = shortestNoPub(texts, 'chairman resigned');
    expect(ev.date.start.slice(0, 4)).toBe('2015');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-year-tally: a length in years before the year is no tally', () => {
    const texts = ['Mrs Tibbet taught at the village school for 31 years until she retired in 2011.', 'She opened a tea room on Saturday.'];
    const ev = shortestNoPub(texts, 'opened a tea room');
    expect(ev.date.start.slice(0, 4)).toBe('2011');
  });

  it('r57-nopub-year-tally: with the publication date nothing moves', () => {
    const ev = shortestAt('2019-03-14', ferry, 'fell from the stern');
    expect(ev.date.start).toBe('2019-03-12');
  });
});

describe('r57-nopub-marriage-length: a marriage reached now counts from the wedding', () => {
  it('r57-nopub-marriage-length: "will celebrate sixty-five years of marriage" after an August 1958 wedding is 2023', () => {
    const texts = [
      'Cadwell and Merrit Pelliter will celebrate sixty-five years of marriage on Sunday with a tea at the bowls club.',
      'They met at a harvest supper in 1955 and were married at the parish church in Lowbridge in August 1958.',
      'Mr Pelliter drove his last bus in 1994.',
      'Their grandson flew home from abroad on Wednesday.',
    ];
    const ev = shortestNoPub(texts, 'flew home from abroad');
    expect(ev.date.start.slice(0, 4)).toBe('2023');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-marriage-length: "have been married for 52 years" counts the same way', () => {
    const texts = ['The Traskers, who wed in 1969 at a chapel by the quay, have been married for 52 years.', 'They renewed their vows on Saturday before 80 guests.'];
    const ev = shortestNoPub(texts, 'renewed their vows');
    expect(ev.date.start.slice(0, 4)).toBe('2021');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-marriage-length: a marriage told as ended counts nothing', () => {
    const texts = ['Gorran Tibbet, who married in 1950, had been married for 40 years when his wife died.', 'His allotment was dug over on Monday.'];
    const ev = shortestNoPub(texts, 'allotment was dug');
    expect(ev.date.start.slice(0, 4)).toBe('1950');
  });
});
