import { describe, expect, it } from 'vitest';
import { runToNowYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 59 (nopub59): without a publication date, a run told in the lead as lasting up to now by its length ("For 27
// years, she has kept …") began in a year the body writes: the year of writing is the least written year plus the
// count that is no earlier than the guess so far. Sentences written for this test.

const TEAROOM = [
  'For 27 years, Jenifer Trelisick has kept the ferry tearoom at Gorran open every summer.',
  'She trained as a cook in 1968 and took over the tearoom from an aunt in 1977.',
  'The roof was mended in 1999, after a storm lifted half the slates.',
];

describe('r59-run-to-now: a run up to now counted in the lead', () => {
  it('r59-run-to-now: the least written year plus the count no earlier than the guess', () => {
    expect(runToNowYear(TEAROOM, '', 1999)).toBe(2004);
    // A later floor (the other clues put the writing later) takes a later start.
    expect(runToNowYear([TEAROOM[0], 'She trained as a cook in 1968 and moved to the coast in 1980.', 'A grant came in 2005.'], '', 2005)).toBe(2007);
  });

  it('r59-run-to-now: the headline may count the run', () => {
    expect(runToNowYear(TEAROOM.slice(1), 'The woman who has baked the scones for 27 years', 1999)).toBe(2004);
  });

  it('r59-run-to-now: not a penalty, not a run whose sentence writes a year, not a rough count, not a past run', () => {
    expect(runToNowYear(['Three jockeys have been barred for twelve years by the county board.', 'They first rode together in 1999.'], '', 2003)).toBeNull();
    expect(runToNowYear(['For 27 years, since 1977, Jenifer Trelisick has kept the tearoom.', 'The roof was mended in 1999.'], '', 1999)).toBeNull();
    expect(runToNowYear(['For more than 27 years, Jenifer Trelisick has kept the tearoom.', 'She took it over in 1977.', 'The roof was mended in 1999.'], '', 1999)).toBeNull();
    expect(runToNowYear(['For 27 years, Jenifer Trelisick kept the tearoom.', 'She took it over in 1977.', 'The roof was mended in 1999.'], '', 1999)).toBeNull();
  });
});

describe('r59-run-to-now: the year of writing it gives is still a guess', () => {
  it('r59-run-to-now: a yearless month of the story takes the counted year, flagged', () => {
    const texts = [TEAROOM[0], 'She will close the tearoom for good in October.', ...TEAROOM.slice(1)];
    expect(at(texts, 'close the tearoom').date).toMatchObject({ start: '2004-10', yearUncertain: true });
  });
});
