import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (u38): "were called to the yard on Thursday after smoke was seen" leaves the story at Thursday: the
// happening "after" places is told first but is not the sentence's own, so what follows with no day of its own (a
// clock time, "late in the evening") is on Thursday. A "shortly after midnight" told next is the midnight that opened
// that day, when the day's happening was told as following another. Every sentence here was written for this test.

describe('a dated clause with an "after <clause>" still sets the day in focus', () => {
  const at = (pub: string, texts: string[], words: string) => shortestAt(pub, texts, words).date;

  it('a clock time in the next sentence', () => {
    const texts = ['Crews were sent to the Moorgate timber yard on Thursday after a neighbour smelled burning. The last engine left at about 11 p.m.'];
    expect(at('2024-03-09', texts, 'last engine left').start).toBe('2024-03-07');
  });

  it('a part of the day in the next paragraph', () => {
    const texts = ['The Tarnby ferry was withdrawn on Monday after a steering fault was found.', 'Passengers were moved to buses late in the evening.'];
    expect(at('2024-05-15', texts, 'moved to buses').start).toBe('2024-05-13');
  });

  it('"within minutes" after a clause ordered by "after"', () => {
    const texts = ['Two climbers were airlifted from Scarrow Edge on Saturday after one of them slipped on wet rock. A second helicopter arrived within minutes.'];
    expect(at('2024-06-10', texts, 'second helicopter').start).toBe('2024-06-08');
  });

  it('"shortly after midnight" opens the day of a happening told as following another', () => {
    const texts = ['The Hollin Road pumping station was switched off on Monday after sewage backed up into its control room.', 'The backing up started shortly after midnight.'];
    expect(at('2024-03-13', texts, 'backing up started').start).toBe('2024-03-11');
  });

  it('after a day told on its own, "after midnight" is still the next day', () => {
    const texts = ['The barge left Keld quay on the evening of Friday, March 8.', 'It ran aground shortly after midnight.'];
    expect(at('2024-03-13', texts, 'ran aground').start).toBe('2024-03-09');
  });

  it('the "after" clause keeps its own placing before the day', () => {
    const texts = ['Crews were sent to the Moorgate timber yard on Thursday after a neighbour smelled burning.'];
    const d = at('2024-03-09', texts, 'a neighbour smelled');
    expect([d.start, d.mod]).toEqual(['2024-03-07', 'before']);
  });
});
