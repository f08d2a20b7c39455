import { describe, expect, it } from 'vitest';
import { setTextYear, tagState } from '../../../shared/extract/tagger';
import { monthOfYearTold } from '../../../shared/extract/text-years';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 58 (w58): without a publication date, two readings of the latest year the text writes.
// - A chronology that writes every entry's year ("June 2015: The firm appeals.") writes the year of writing's own
//   too: its month beside the year says nothing of a later year of writing. One that leaves some entries' years
//   out ("9 May: ...") leaves out the year of writing's, and its dated entries are told from a later year.
// - A year closing a deadline after a past verb of looking ahead ("faced a shortfall ... by March 2027") lay ahead of
//   that telling: it is no year told as past.
// Every date resting on the guess stays flagged. Sentences written for this test.

describe('r58-nopub-chronology: a chronology writing every year', () => {
  const listed = [
    'The Quorrin harbour board meets on Thursday to settle the berth dispute. Here is how it grew.',
    'March 2012: The Ashlow ferry company applies for a second berth.',
    'November 2014: The board turns the application down.',
    'June 2015: The company appeals to the minister.',
  ];

  it('r58-nopub-chronology: an entry month beside its year does not push the year of writing on', () => {
    expect(monthOfYearTold(2015, listed)).toBeNull();
    const ev = shortestNoPub(listed, 'board meets');
    expect(ev.date.start.slice(0, 4)).toBe('2015');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r58-nopub-chronology: a chronology with yearless entries still reads its dated ones as told from later', () => {
    const texts = [...listed, '4 February: The minister asks for a fresh survey of the quay.'];
    expect(monthOfYearTold(2015, texts)).toBe(6);
  });

  it('r58-nopub-chronology: a month and year inside a sentence still count', () => {
    const texts = ['The Ashlow ferry company appealed to the minister in June 2015.', 'The Quorrin harbour board meets on Thursday.'];
    expect(monthOfYearTold(2015, texts)).toBe(6);
  });

  it('r58-nopub-chronology: with the publication date nothing moves', () => {
    const ev = shortestAt('2015-09-08', listed, 'board meets');
    expect(ev.date.start).toBe('2015-09-10');
  });
});

describe('r58-nopub-looked-ahead: a deadline a past telling looked ahead to', () => {
  const guess = (texts: string[]): number | undefined => {
    const state = tagState(texts.join('\n\n'), { dct: null });
    setTextYear(state, texts, '', 2040);
    return state.textYear;
  };

  it('r58-nopub-looked-ahead: the deadline year is not taken for a past one', () => {
    const texts = [
      'The Tembury lending library opened in 2024.',
      'The county faced a shortfall of 4.2 million pounds by March 2027, its treasurer told members.',
      'The Garnock council shut its lending library on Monday.',
    ];
    expect(guess(texts)).toBe(2024);
  });

  it('r58-nopub-looked-ahead: an expected first profit by a year is ahead too', () => {
    expect(guess(['The Tembury bakery opened in 2019.', 'Its owners expected a first profit by 2023, the bank said.', 'The bakery shut on Friday.'])).toBe(2019);
  });

  it('r58-nopub-looked-ahead: what had been done by a year is still past', () => {
    expect(guess(['The Tembury bakery opened in 2019.', 'Its debts had fallen by 2023, the bank said.', 'The bakery shut on Friday.'])).toBe(2023);
  });
});
