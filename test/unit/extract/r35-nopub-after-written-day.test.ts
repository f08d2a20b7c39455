import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub as at } from './event-lookup';

// Round 35 (d35): without a publication date, a past month-day told within weeks after the last day the article writes
// with its year goes on from that day's year, even paragraphs later and past older background years ("closed in 1979",
// "the autumn of 1991"), instead of the latest year the article writes. Always flagged. Sentences written for this test.

describe('a yearless past day after a day written with its year', () => {
  it('a few days on, after background years, across paragraphs', () => {
    const texts = ['The Harl mine flooded on March 4, 1987, trapping eleven men.', 'The shaft had been sunk in 1921 and deepened in the spring of 1980.', 'The last of the men was brought up on March 9.', 'The pit was sold in 2003 and is now a museum.'];
    expect(at(texts, 'brought up').date).toMatchObject({ start: '1987-03-09', yearUncertain: true, rule: 'month-day/after-written-day' });
  });

  it('weeks on, across New Year', () => {
    const texts = ['The ferry Saltholm sank in a gale on 28 December 1994.', 'Its wreck was found by divers on 19 January.', 'A memorial was unveiled in 2010.'];
    expect(at(texts, 'wreck was found').date).toMatchObject({ start: '1995-01-19', yearUncertain: true });
  });

  it('the day first, its year written with the month in another form', () => {
    const texts = ['Voters went to the polls on Sept. 6, 2009, in the first free election.', 'The results were announced on Sept. 14, after a recount in two districts.', 'A second election followed in 2014.'];
    expect(at(texts, 'results were announced').date).toMatchObject({ start: '2009-09-14', yearUncertain: true });
  });

  // (Older rules may still give the written year as a guess; this rule does not fire.)
  it('not when a later year was written since, nor months later, nor ahead', () => {
    const later = ['The mill burned on May 2, 1990.', 'It was rebuilt in 1995.', 'Its new owners reopened it on May 20.'];
    expect(at(later, 'reopened').date.rule).not.toMatch(/after-written-day/);
    const far = ['The mill burned on May 2, 1990.', 'The owners sold it on October 20.', 'It was a museum by 2012.'];
    expect(at(far, 'sold it').date.rule).not.toMatch(/after-written-day/);
    const ahead = ['The mill burned on May 2, 1990.', 'A new mill will open on May 20.', 'The site was cleared in 2012.'];
    expect(at(ahead, 'will open').date.rule).not.toMatch(/after-written-day/);
  });

  it('with a publication date nothing changes', () => {
    const texts = ['The Harl mine flooded on March 4, 1987, trapping eleven men.', 'The shaft had been sunk in 1921 and deepened in the spring of 1980.', 'The last of the men was brought up on March 9.', 'The pit was sold in 2003 and is now a museum.'];
    const withPub = shortestAt('2017-03-04', texts, 'brought up').date;
    expect(withPub.rule).not.toMatch(/after-written-day/);
  });
});
