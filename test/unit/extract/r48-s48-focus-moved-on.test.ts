import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (s48): a past day written without its year went on in the year of an old day in focus (a day written with
// its year some paragraphs back) even after a season or month of a later year ("last spring", "in the autumn") had
// moved the story on. It now takes its year as if that old day were not in focus. Every sentence here was written for
// this test.

describe('r48-s48-focus-moved-on: a later season moves the story past an old written day', () => {
  it.each([
    [
      '2014-02-11',
      'The mill stopped work in May 2011, and its last loom was sold on 3 August 2012.',
      'Demolition crews arrived last spring. The sheds came down in the autumn, and the chimney was blown up on 9 December.',
      'chimney was blown up',
      '2013-12-09',
    ],
    [
      '2012-01-20',
      'The pier was closed on 2 June 2009 after a storm loosened its deck.',
      'Repairs started last spring. Divers checked the piles in the autumn, and the deck was relaid on 12 October.',
      'deck was relaid',
      '2011-10-12',
    ],
  ])('%s: %s', (pub, first, second, words, day) => {
    expect(shortestAt(pub, [first, second], words).date.start).toBe(day);
  });

  it('still goes on from the old day while nothing later has been told', () => {
    const texts = ['The pier was closed on 2 June 2009 after a storm loosened its deck.', 'Divers checked the piles, and the deck was relaid on 12 October.'];
    expect(shortestAt('2012-01-20', texts, 'deck was relaid').date.start).toBe('2009-10-12');
  });
});
