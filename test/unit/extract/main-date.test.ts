import { describe, expect, it } from 'vitest';
import { usable } from '../../../shared/extract/anchor';
import { mainDate, rangeEnd } from '../../../shared/extract/main-date';
import { unitsOf } from './clause-work';

// Which of a clause's dates dates its event, and the date that closes a range (main-date.ts), on one-clause sentences
// written for this test (none comes from an eval set or a probe).

/** The text of the main date of a one-clause sentence, and of its range's end. */
function dated(text: string, published = '2021-03-03'): { main: string; end?: string } {
  const [u] = unitsOf(text, published);
  const inClause = u.timexes.filter(usable);
  const main = mainDate(u.paraText, { start: u.start, end: u.end }, inClause);
  const end = rangeEnd(u.paraText, inClause, main);
  return { main: main.text, ...(end ? { end: end.text } : {}) };
}

describe('the date of the clause\'s event', () => {
  it('the only date', () => {
    expect(dated('The bakery reopened in June.')).toEqual({ main: 'June' });
  });
  it('not a period made an adjective ("third-quarter figures")', () => {
    expect(dated('The brewery will publish third-quarter figures in November.').main).toBe('November');
  });
  it('not a bare year naming a thing, when another date dates the clause ("the 2022 budget")', () => {
    expect(dated('The board votes on the 2022 budget next Tuesday.').main).toBe('next Tuesday');
  });
  it('not a date in the possessive ("Monday\'s landslide")', () => {
    expect(dated('Monday\'s landslide was cleared on Thursday.').main).toBe('Thursday');
  });
  it('not the last time, after "for the first time since"', () => {
    expect(dated('The club won the cup for the first time since 1987 on Sunday.').main).toBe('Sunday');
  });
  it('not a bare year in the possessive when the other date is read in that year ("next year\'s fair … on May 9")', () => {
    expect(dated('Next year\'s fair will open on May 9.', '2021-03-03').main).toBe('May 9');
  });
  it('a possessive bare year still dates the clause when the other date is not read in it', () => {
    expect(dated('Last year\'s champion retires in 2030.', '2021-03-03').main).toBe('Last year');
  });
  it('a day inside the season the clause opens with', () => {
    expect(dated('This summer, the lido opened on June 5.', '2021-08-10').main).toBe('June 5');
  });
});

describe('the end of a range', () => {
  it('"from … to …"', () => {
    expect(dated('The exhibition runs from 12 May to 30 June.')).toEqual({ main: '12 May', end: '30 June' });
  });
  it('"between … and …", but not a bare "and" elsewhere', () => {
    expect(dated('The mine was worked between 1990 and 1995.').end).toBe('1995');
    expect(dated('The mine was flooded in 1990 and 1995.').end).toBeUndefined();
  });
  it('a second day of the month written as its number ("March 4 and 5")', () => {
    expect(dated('The fair is held on March 4 and 5 in the square.')).toEqual({ main: 'March 4', end: '5' });
  });
});
