import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 24 (x24): TIMEX3 values for spellings a TimeML annotator values as one period, on sentences written for these
// tests. Publication is in mid-May, so a quarter or half still running is told apart from one already over.

const DCT = '2013-05-15';
const tag = (text: string, dct: string | null = DCT) => tagTimexes(text, { dct }).map((t) => ({ text: t.text, value: t.value }));

describe('a quarter or half named by its months is that quarter or half', () => {
  it('"the January-March quarter", "the July-to-September period", "the April to June quarter"', () => {
    expect(tag('Timber exports climbed 4 percent in the January-March quarter.')).toEqual([{ text: 'the January-March quarter', value: '2013-Q1' }]);
    expect(tag('The board expects bookings to recover in the July-to-September period.')).toEqual([{ text: 'the July-to-September period', value: '2013-Q3' }]);
    expect(tag('Ferry traffic will be reported for the April to June quarter.')).toEqual([{ text: 'the April to June quarter', value: '2013-Q2' }]);
  });

  it('the year written with it, or "last year", is the quarter\'s year', () => {
    expect(tag('Wool prices slipped in the October-December quarter of 2011.')).toEqual([{ text: 'the October-December quarter of 2011', value: '2011-Q4' }]);
    expect(tag('Wool prices slipped in the October-December period last year.')).toEqual([{ text: 'the October-December period last year', value: '2012-Q4' }]);
    expect(tag('Wool prices slipped in October-December 2010, the ministry said.')[0]).toEqual({ text: 'October-December 2010', value: '2010-Q4' });
  });

  it('told in the past before its last month is over, it is last year\'s; a year in its sentence is its year', () => {
    expect(tag('Lamb sales fell sharply in the April-June quarter.')).toEqual([{ text: 'the April-June quarter', value: '2012-Q2' }]);
    expect(tag('In 2009, lamb sales fell sharply in the April-June quarter.')).toEqual([
      { text: '2009', value: '2009' },
      { text: 'the April-June quarter', value: '2009-Q2' },
    ]);
  });

  it('"January-June" is the first half; a stretch that is neither is its year, with the months as its exact span', () => {
    expect(tag('Hotel bookings rose in January-June, the bureau said.')[0]).toEqual({ text: 'January-June', value: '2012-H1' });
    const [t] = tagTimexes('Hotel bookings rose in the February-April period.', { dct: DCT });
    expect(t).toMatchObject({ text: 'the February-April period', value: '2013', exact: { start: '2013-02', end: '2013-04' } });
  });

  it('"from March to May" with no noun after it stays two months, and "November-January" is no one quarter', () => {
    expect(tag('From March to May, the pier was shut.').map((t) => t.text)).toEqual(['March', 'May']);
    expect(tag('Hotel bookings rose in the November-January period.').some((t) => /November-January/.test(t.text))).toBe(false);
  });
});

describe('"the 1800s" is a century, "the 1990s" a decade', () => {
  it('a round hundred before 1900 with "s" names its century', () => {
    expect(tag('The chapel was built in the 1800s.')).toEqual([{ text: '1800s', value: '18XX' }]);
    expect(tag('Weavers settled the valley in the late 1600s.')).toEqual([{ text: 'late 1600s', value: '16XX' }]);
  });

  it('other decades, and "the 2000s", stay decades', () => {
    expect(tag('The chapel was built in the 1830s.')).toEqual([{ text: '1830s', value: '183X' }]);
    expect(tag('The mine reopened in the early 2000s.')).toEqual([{ text: 'early 2000s', value: '200X' }]);
  });
});

describe('a winter written with both its years is the winter that begins in the first', () => {
  it('"the winter of 2008-09", "winter 2010/2011", "the 2011-12 winter"', () => {
    expect(tag('Sheep losses were heavy in the winter of 2008-09.')).toEqual([{ text: 'the winter of 2008-09', value: '2008-WI' }]);
    expect(tag('Sheep losses were heavy in winter 2010/2011.')).toEqual([{ text: 'winter 2010/2011', value: '2010-WI' }]);
    expect(tag('The 2011-12 winter was the mildest on record.')).toEqual([{ text: 'The 2011-12 winter', value: '2011-WI' }]);
  });

  it('a day after it with no year of its own takes the later year, as after "2008-2009"', () => {
    const june = tag('Ice closed the harbour in the winter of 2008-09. The first ferry sailed on June 3.', null).find((t) => t.text === 'June 3');
    expect(june?.value).toBe('2009-06-03');
  });

  it('two years that are not one winter apart are left to the year rules', () => {
    expect(tag('Through the winter of 2008-2010 the road was shut.').map((t) => t.text)).toEqual(expect.arrayContaining(['2008', '2010']));
  });
});
