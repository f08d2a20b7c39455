import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (s49): a bare past month going on from a month written with an old year in the sentence before (sentences
// written for this test).

describe('r49-month-after-old-month: a yearless month after "in <month> <old year>" in the sentence before', () => {
  const published = '2004-11-20';

  it('a later month of the same year goes on with the old story, flagged, even when the tense would put it weeks ago', () => {
    const texts = ['Hail in the orchard in May 1983 stripped the pear trees bare. Mrs Thorley replanted in September, with grafts from a cousin.'];
    const e = shortestAt(published, texts, 'replanted in September');
    expect(e.date.start).toBe('1983-09');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('not when the month\'s sentence goes on to last week: that story runs up to publication', () => {
    const texts = ['Hail in the orchard in May 1983 stripped the pear trees bare. Mrs Thorley replanted in September, and picked the first crop last week.'];
    expect(shortestAt(published, texts, 'replanted in September').date.start).toBe('2004-09');
  });

  it('not once the story has moved past the old year', () => {
    const texts = ['Hail in the orchard in May 1983 stripped the pear trees and killed the hedge the following spring. Mrs Thorley replanted in September.'];
    expect(shortestAt(published, texts, 'replanted in September').date.start).not.toBe('1983-09');
  });
});
