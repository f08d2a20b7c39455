import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (s48): a bare past season in a paragraph whose story has moved on past the year it wrote (to a date near
// publication, "last week") took that old year, as a bare month no longer did; it is now the tense's, still flagged.
// Every sentence here was written for this test.

describe('r48-s48-season-after-moved-on: a season after the story moved past its paragraph\'s year', () => {
  it.each([
    ['2022-02-27', 'The baker won a county prize in 2015, and a magazine wrote about her shop last week. In the spring she hired a second assistant.', 'she hired', '2021-03'],
    ['2019-01-15', 'The choir was founded in 2009 and sang at the cathedral last month. In the summer it recorded its first album.', 'recorded its first album', '2018-06'],
  ])('%s %s', (pub, text, words, start) => {
    const d = shortestAt(pub, [text], words).date;
    expect(d.start).toBe(start);
    expect(d.yearUncertain).toBe(true);
  });

  it('keeps the written year while the story is still there', () => {
    const d = shortestAt('2022-02-27', ['The baker won a county prize in 2015. In the spring she hired a second assistant.'], 'she hired').date;
    expect(d.start).toBe('2015-03');
  });
});
