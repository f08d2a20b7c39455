import { describe, expect, it } from 'vitest';
import { anniversaryYear } from '../../../shared/extract/text-years';
import { shortestAt, shortestNoPub as at } from './event-lookup';

// Round 35 (d35): without a publication date, an anniversary tells how many years lie between a dated happening and
// the day of writing: "Ten years ago this week", "the twentieth anniversary of", "the centenary of", a sentence opening
// on "Forty years ago, …". Counted from the first date with a month written in that sentence or the two after it, that
// is the year the piece was written, used when later than every year the article writes; always flagged. Sentences
// written for this test.

describe('the year of an anniversary piece', () => {
  it('"N years ago this week", the day in the next sentence', () => {
    expect(anniversaryYear(['Ten years ago this week, the Orla bridge fell into the river.', 'It gave way on the night of March 3, 2011, as a bus crossed it.'])).toBe(2021);
  });

  it('"marks the twentieth anniversary of", the month and year after it', () => {
    expect(anniversaryYear(['This month marks the twentieth anniversary of the Kessen mine fire.', 'The fire broke out in May 1998 and burned for a month.'])).toBe(2018);
  });

  it('a sentence opening on "Forty years ago," with its own month and year', () => {
    expect(anniversaryYear(['Forty years ago, on a wet October evening in 1975, the first ferry left the new pier.'])).toBe(2015);
  });

  it('"the centenary of", the day two sentences on', () => {
    expect(anniversaryYear(['The library celebrates the centenary of its opening this year.', 'Readers queued round the square.', 'Its doors opened on 4 September 1922.'])).toBe(2022);
  });

  it('a count in passing, or only a bare year near it, gives nothing', () => {
    expect(anniversaryYear(['He bought the mill three years ago.', 'It was built in May 1901.'])).toBeNull();
    expect(anniversaryYear(['Twenty years ago, the first paper was printed.', 'Its editor was arrested in 1983.'])).toBeNull();
  });

  it('a yearless date told before any year takes the anniversary\'s year, flagged', () => {
    const texts = ['A memorial will be unveiled on March 9 beside the new bridge at Orla.', 'Ten years ago this week, the old bridge fell into the river.', 'It gave way on the night of March 3, 2011, as a bus crossed it.'];
    expect(at(texts, 'memorial will be unveiled').date).toMatchObject({ start: '2021-03-09', yearUncertain: true });
  });

  it('with a publication date nothing changes', () => {
    const texts = ['A memorial will be unveiled on March 9 beside the new bridge at Orla.', 'Ten years ago this week, the old bridge fell into the river.', 'It gave way on the night of March 3, 2011, as a bus crossed it.'];
    expect(shortestAt('2021-03-04', texts, 'memorial will be unveiled').date).toMatchObject({ start: '2021-03-09' });
  });
});
