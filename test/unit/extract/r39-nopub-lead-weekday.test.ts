import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 39 (w39): without a publication date, a wire story's yearless dateline ("TARNBY, March 14 (Agency) -") gives
// the day of filing but not its year. The weekday its first sentence names is that day's, or, filed the morning after,
// the day before's, so the dateline's day falls on that weekday or the next: the first year from the latest written in
// which it does is the guess, flagged. Sentences written for this test.

describe('the lead\'s weekday picks the year of a yearless dateline', () => {
  it('the dateline\'s own day ("on Saturday" under March 14): the first year where March 14 is a Saturday or Sunday', () => {
    const texts = [
      'TARNBY, March 14 (Coastline Press) - Firefighters put out a blaze at the old rope mill on Saturday after it had burned for six hours.',
      'The mill closed in 2005 and has stood empty since.',
    ];
    // March 14 is a Monday in 2005, a Saturday first in 2009.
    expect(at(texts, 'put out a blaze').date).toMatchObject({ start: '2009-03-14', yearUncertain: true });
  });

  it('filed the morning after ("on Wednesday" under Oct. 9, a Thursday)', () => {
    const texts = [
      'KELLBY, Oct. 9 (Harbour Wire) - A cargo ship carrying timber ran aground at the mouth of the Kell estuary on Wednesday, and tugs failed to free it.',
      'The channel was last dredged in 2004.',
    ];
    expect(at(texts, 'ran aground').date).toMatchObject({ start: '2008-10-08', yearUncertain: true });
  });

  it('a weekday opening the lead, before a possessive one', () => {
    const texts = [
      'ALSTON, June 2 (Northline) - Police on Tuesday charged a man over Sunday\'s break-in at the town museum, where two silver cups were taken.',
      'The cups were given to the museum in 2005.',
    ];
    expect(at(texts, 'Police on Tuesday charged').date).toMatchObject({ start: '2009-06-02', yearUncertain: true });
  });
});

describe('not when the lead\'s weekday is not the day of filing', () => {
  it('a lead told as ahead, or with its own "today", or a weekday counted "since"', () => {
    const ahead = ['ALSTON, June 2 (Northline) - Dockers will strike on Tuesday unless the port offers more pay.', 'The last strike was in 2005.'];
    expect(at(ahead, 'strike on Tuesday').date.start.slice(0, 4)).toBe('2005');
    const today = ['ALSTON, June 2 (Northline) - Engineers began work today on the bridge that was hit by a barge on Tuesday.', 'The bridge opened in 2005.'];
    expect(at(today, 'Engineers began work').date.start.slice(0, 4)).toBe('2005');
    const since = ['ALSTON, June 2 (Northline) - The coast road has been shut since Tuesday because of a landslip.', 'It was rebuilt in 2005.'];
    expect(at(since, 'coast road has been shut').date.start.slice(0, 4)).toBe('2005');
  });
});
