import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35: a year's provenance decides whether it is shown as certain. A yearless day told in the past is placed by
// its tense near publication; when its own paragraph has already written a year two or more years earlier, the story
// may still be in that year, so the placed year is a reading and is flagged, as a bare month there already was
// (round 28). The year itself is not changed. Every sentence here was written for this test.

const PUB = '2014-10-08';
const at = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('a yearless past day after an older year of its own paragraph is flagged', () => {
  it('a month and day, three wordings', () => {
    const a = at(['The lighthouse was automated in 1987. A keeper climbed the stairs for the last time on June 3.'], 'keeper climbed');
    expect(a.start).toBe('2014-06-03');
    expect(a.yearUncertain).toBe(true);
    const b = at(['The orchestra toured Japan in the winter of 1996. Its cellist fell ill on Feb. 11 and flew home.'], 'cellist fell ill');
    expect(b.yearUncertain).toBe(true);
    const c = at(['Back in 2003 the mill still employed 400 people. On September 20 the owners told them it would close.'], 'owners told');
    expect(c.yearUncertain).toBe(true);
  });

  it('a holiday told in the past there is flagged too', () => {
    const d = at(['The village hall burned down in 1998. Volunteers served lunch in a tent on Christmas Day.'], 'Volunteers served');
    expect(d.yearUncertain).toBe(true);
  });
});

describe('where the year is the text\'s own, nothing new is flagged', () => {
  it('a day with its year written, or a day counted from publication', () => {
    const written = at(['The lighthouse was automated in 1987. A keeper climbed the stairs on June 3, 2014.'], 'keeper climbed');
    expect(written.start).toBe('2014-06-03');
    expect(written.yearUncertain).toBeUndefined();
    const deictic = at(['The lighthouse was automated in 1987. A keeper climbed the stairs on Monday.'], 'keeper climbed');
    expect(deictic.yearUncertain).toBeUndefined();
  });

  it('a yearless day with no older year in its paragraph, or after one told paragraphs back', () => {
    expect(at(['A keeper climbed the stairs for the last time on June 3.'], 'keeper climbed').yearUncertain).toBeUndefined();
    const texts = ['The lighthouse was automated in 1987.', 'Visitors have come in growing numbers.', 'A keeper climbed the stairs for the last time on June 3.'];
    expect(at(texts, 'keeper climbed').yearUncertain).toBeUndefined();
  });

  it('an older year in an aside does not flag the day', () => {
    const d = at(['The lighthouse, which was automated in 1987, was painted on June 3.'], 'was painted');
    expect(d.start).toBe('2014-06-03');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a year under two years back does not flag the day', () => {
    expect(at(['The lighthouse was sold in 2013. A keeper climbed the stairs for the last time on June 3.'], 'keeper climbed').yearUncertain).toBeUndefined();
  });
});

describe('a yearless past day while the story is at an old day written with its year, paragraphs back', () => {
  const PUB2 = '2016-09-20';
  const at2 = (texts: string[], words: string) => shortestAt(PUB2, texts, words).date;

  it('is placed by its tense and flagged, three wordings', () => {
    const a = at2(['The barn burned down on June 3, 1990.', 'The farmer had sold the cattle on March 2.'], 'sold the cattle');
    expect(a.start).toBe('2016-03-02');
    expect(a.yearUncertain).toBe(true);
    const b = at2(['The ferry sank off the cape on 14 August 2001, with 60 people aboard.', 'Divers reached the wreck on 2 April.'], 'Divers reached');
    expect(b.yearUncertain).toBe(true);
    const c = at2(['Police raided the warehouse on Nov. 9, 2008.', 'The owner handed himself in on Feb. 11.'], 'handed himself in');
    expect(c.yearUncertain).toBe(true);
  });

  it('not a day with its year, a day counted from publication, or after a recent day in focus', () => {
    expect(at2(['The ferry sank off the cape on 14 August 2001.', 'A new ferry began service on 2 April, 2016.'], 'new ferry').yearUncertain).toBeUndefined();
    expect(at2(['The ferry sank off the cape on 14 August 2001.', 'A new ferry began service last week.'], 'new ferry').yearUncertain).toBeUndefined();
    expect(at2(['The ferry sank off the cape on 14 August 2015.', 'Divers reached the wreck on 2 April.'], 'Divers reached').yearUncertain).toBeUndefined();
  });

  it('not a day a present perfect runs from', () => {
    const d = at2(['The ferry sank off the cape on 14 August 2001.', 'The cape light has been dark since April 2.'], 'light has been dark');
    expect(d.yearUncertain).toBeUndefined();
  });
});
