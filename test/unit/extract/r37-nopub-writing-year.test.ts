import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { anniversaryYear, latestWrittenYear, spanYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 37 (d37): without a publication date, better evidence for the year of writing, and years counted from it.
// A stretch up to now whose first year and length are both written gives the year of writing ("a 31-year wait …
// since 1993"); an anniversary told as now counts from the year its sentence writes, or names its happening in the
// headline; a year closing a deadline ("by the end of 2006") is a plan's, not the story's. "last year", "five years
// ago" and "last May" are counted from the guessed year of writing, always flagged. Sentences written for this test.

describe('the year of writing from a stretch up to now', () => {
  it('adds a length to the "since" year it runs from, in one sentence', () => {
    expect(spanYear(['The Harriers had not lifted the cup since 1987, a 31-year drought that ended on Saturday.'])).toBe(2018);
    expect(spanYear(['For twenty-two years, since 1990, the ferry has crossed the sound every hour.'])).toBe(2012);
    expect(spanYear(['She has kept the lighthouse since 1952 and, after 20 years at the light, says she will stay.'])).toBe(1972);
  });

  it('reads a headline with the sentence that opens the story under it', () => {
    expect(spanYear(['The Harriers won the county cup for the first time since 1990 on Saturday, beating Oakby 3-1.'], 'Harriers end 25-year wait for the cup')).toBe(2015);
    expect(spanYear(['Ada Venn has run the bakery on Mill Street since 1971.'], 'After 40 years, Ada Venn hangs up her apron')).toBe(2011);
  });

  it('needs one year, after "since", and one length that is no rough, past or age count', () => {
    // A second year in the sentence: the length may be that one's.
    expect(spanYear(['The eagles came back in 1989 after an absence of 80 years and have nested there every spring since 1996.'])).toBeNull();
    // Rough, past and age counts.
    expect(spanYear(['The mill has stood empty since 1990, for more than 30 years.'])).toBeNull();
    expect(spanYear(['The shop, open since 2004, was bought two years ago by a local couple.'])).toBeNull();
    expect(spanYear(['The 28-year-old has played for the club since 2012.'])).toBeNull();
    // No "since" year at all.
    expect(spanYear(['The ferry ran for twenty years before it was sold in 1990.'])).toBeNull();
  });

  it('places a yearless month of the story in that year, flagged', () => {
    const texts = ['The Orrin Belles choir has not won the regional trophy since 1994, a 20-year run of near misses.', 'The trophy was handed over in March at the town hall.'];
    expect(at(texts, 'handed over in March').date).toMatchObject({ start: '2014-03', yearUncertain: true });
  });

  it('reads a headline given as the title paragraph', () => {
    const paragraphs = [
      { id: 'p1', text: 'Kestrels end 19-year wait for the league title', role: 'title' },
      { id: 'p2', text: 'The Kestrels won the league on Sunday for the first time since 1996, beating Harl Town 2-0.' },
      { id: 'p3', text: 'Their season began in August with three defeats in a row.' },
    ] as Paragraph[];
    const e = extractEvents(paragraphs, { published: null }).find((x) => x.evidence.some((a) => a.paragraphId === 'p3'));
    expect(e?.date).toMatchObject({ start: '2015-08', yearUncertain: true });
  });
});

describe('anniversaries told as now', () => {
  it('counts from the one year the sentence writes', () => {
    expect(anniversaryYear(['The schooner went down off the point in 1893, and the town will mark the 125th anniversary of the wreck this November.'])).toBe(2018);
    expect(anniversaryYear(['The first bus ran over the moor in 1925, and today is the 90th anniversary of that journey.'])).toBe(2015);
  });

  it('reads an anniversary without its happening in the headline or lead', () => {
    expect(anniversaryYear(['The Corn Street library reaches its centenary', 'On May 4, 1911, the mayor laid the first stone.'])).toBe(2011);
    expect(anniversaryYear(['On Sunday, fifty years to the day after the pit closed on March 3, 1961, miners gathered at the gates.'])).toBe(2011);
  });

  it('leaves an anniversary without its happening further on, and one not told as now', () => {
    const lead = 'The museum has bought a set of six tapestry designs for its collection, after a two-year appeal to its members and a grant from the heritage fund that was approved late in the year.';
    expect(anniversaryYear([lead, 'The full set goes on show in the summer, when the museum marks its 150th anniversary.', 'The hall was damaged by fire in February 2012.'])).toBeNull();
    expect(anniversaryYear(['The pier opened in 1901 and was rebuilt for the 50th anniversary of its opening.'])).toBeNull();
  });
});

describe('a year closing a deadline is a plan', () => {
  it('is no year of the story when its clause looks ahead', () => {
    expect(latestWrittenYear(['The plant closed in 2001.', '"We could apply for a licence by the end of 2006," the chairman said.'])).toBe(2001);
    expect(latestWrittenYear(['The bridge was shut in 2019.', 'The new span is expected to be complete by the summer of 2023.'])).toBe(2019);
    expect(latestWrittenYear(['The depot was sold in 2014.', 'The first tenants should be moving in by April 2017.'])).toBe(2014);
  });

  it('still counts a year done by then', () => {
    expect(latestWrittenYear(['The mill opened in 1950.', 'By the end of 1990 its workforce had fallen to forty.'])).toBe(1990);
  });
});

describe('years counted from the guessed year of writing', () => {
  const texts = (words: string) => ['The quarry opened in 1998 and was sold to a builder in 2010.', words];

  it('"last year", "this year" and "five years ago", flagged', () => {
    // Round 41 (w41): saying "last year" moves the guessed year of writing to two years after the latest past one (2012).
    expect(at(texts('The new owners cut forty jobs last year.'), 'cut forty jobs').date).toMatchObject({ start: '2011', yearUncertain: true });
    expect(at(texts('Output has doubled this year, the owners said.'), 'Output has doubled').date).toMatchObject({ start: '2010', yearUncertain: true });
    expect(at(texts('A rock fall closed the north face five years ago.'), 'closed the north face').date).toMatchObject({ start: '2005', yearUncertain: true });
  });

  it('"the year before last", flagged', () => {
    expect(at(texts('The haul road was widened the year before last.'), 'haul road was widened').date).toMatchObject({ start: '2008', yearUncertain: true });
  });

  it('"last May", flagged, in the year before', () => {
    expect(at(texts('A lorry overturned on the haul road last May.'), 'lorry overturned').date).toMatchObject({ start: '2009-05', yearUncertain: true });
  });

  it('with a publication date nothing changes', () => {
    expect(at(texts('The new owners cut forty jobs last year.'), 'cut forty jobs', '2012-06-01').date.start).toBe('2011');
    expect(at(texts('A rock fall closed the north face five years ago.'), 'closed the north face', '2012-06-01').date.start).toBe('2007');
  });
});

describe('a day counted from the day of writing is in the year of writing', () => {
  it('not in a "since" year its sentence writes', () => {
    const texts = ['The Harriers won the county cup for the first time since 1990 on Saturday.', 'The club was bought by a local builder in 2015.'];
    expect(at(texts, 'won the county cup').date).toMatchObject({ start: '2015', yearUncertain: true });
  });

  it('not in a year an earlier sentence writes, when a later one is written', () => {
    const texts = ['The pool opened in 1936.', 'It shut on Monday after a pump failed.', 'A survey in 2012 had found cracks in the tank.'];
    expect(at(texts, 'It shut on Monday').date).toMatchObject({ start: '2012', yearUncertain: true });
  });
});
