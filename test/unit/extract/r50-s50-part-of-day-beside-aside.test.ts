import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 50 (s50): a main clause whose only date is in a relative aside, with a clock time or a part of the day of its
// own, is on the day the story is telling of (sentences written for this test).

describe('r50-s50-part-of-day-beside-aside: the aside dates its noun, the clause keeps the day in focus', () => {
  const texts = [
    'The new goalkeeper joined the club on Monday evening.',
    'The 31-year-old, who kept 14 clean sheets for his old side last season, signed a two-year deal at the stadium shortly after 7pm.',
    'The manager, who arrived in March 2017 with the team bottom of the table, was cheered by fans at the final whistle.',
  ];

  it('a clock time beside a dated "who" aside is of the day in focus', () => {
    expect(shortestAt('2019-03-12', texts, 'signed a two-year deal').date.start).toBe('2019-03-11');
  });

  it('a part of the day beside a dated "who" aside is of the day in focus', () => {
    expect(shortestAt('2019-03-12', texts, 'was cheered by fans').date.start).toBe('2019-03-11');
  });

  it('the aside keeps its own date', () => {
    expect(shortestAt('2019-03-12', texts, 'who arrived in March 2017').date.start).toBe('2017-03');
  });

  it('a clause with no clock time or part of the day is left before publication', () => {
    const plain = [texts[0], 'The 31-year-old, who kept 14 clean sheets for his old side last season, thanked the supporters.'];
    expect(shortestAt('2019-03-12', plain, 'thanked the supporters').date.mod).toBe('before');
  });

  it('the day in the paragraph before it comes first', () => {
    const para = ['The ferry left the island on 2 May.', 'It sank on 4 May. The skipper, who bought the boat in 1998, was rescued shortly before dawn.'];
    expect(shortestAt('2019-05-10', para, 'was rescued').date.start).toBe('2019-05-04');
  });
});

describe('r50-s50-part-of-day-beside-aside: a day told in the past perfect is no story day', () => {
  it('the lead\'s day, not a called-off fixture\'s, is the day of the half-time score', () => {
    const texts = [
      'Kelby beat Rossmoor 12-9 on Saturday afternoon.',
      'The ground was checked at nine on Saturday. Their home game on 13 January and a replay a fortnight later had both been postponed.',
      'Kelby went 6-3 up at half-time thanks to two kicks by their skipper, Idris Pell, who was making his 150th appearance, twelve years after his debut in 1984.',
    ];
    expect(shortestAt('1996-02-12', texts, 'Kelby went 6-3 up').date.start).toBe('1996-02-10');
  });
});
