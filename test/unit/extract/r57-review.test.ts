import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 57 (r57): one reading of a relative clause set off by commas (lexicon's COMMA_RELATIVE), and present
// progressives and presents of an office told of a day still ahead. Every sentence here was written for this test.
const PUB = '2024-02-14'; // a Wednesday; Easter Sunday 2024 is 31 March
const at = (text: string, words: string, pub = PUB) => shortestAt(pub, [text], words).date;

describe('a relative aside runs on over a list of weekdays', () => {
  it('the date inside it is read by the aside\'s own present', () => {
    const text = 'The tea room at Farrowdene mill, which opens on Thursday, Friday and Saturday mornings between Easter and September, was full of walkers.';
    expect(at(text, 'between Easter')).toMatchObject({ start: '2024-03-31', end: '2024-09' });
    // Told as a timetable still ahead, not a guess near publication against a past verb.
    expect(at(text, 'between Easter').yearUncertain).toBeUndefined();
  });
});

describe('a "whose" aside closing before the verb is set off as a "who" one is', () => {
  it('the title a later "since" names keeps its subject', () => {
    const text = 'Jorun Cobbet, whose boats were sailed on every lake in the county and whose sails were sewn by hand, died on Tuesday in Penmorrow. She had been in the care home since May.';
    const since = events('2024-06-14', text).find((e) => e.title.includes('care home'));
    expect(since?.date.note).toContain('“Jorun Cobbet died in Penmorrow”');
  });
});

describe('a present progressive with a short object is a plan', () => {
  const APRIL = '2024-04-10'; // a Wednesday
  it('an object after a determiner', () => {
    expect(at('The Ostrey wildlife park is reopening its gates on Monday after a long winter.', 'reopening its gates', APRIL).start).toBe('2024-04-15');
    expect(at('The ferry company is adding a second boat on Friday.', 'adding a second', APRIL).start).toBe('2024-04-12');
  });

  it('"getting married"', () => {
    expect(at('Jorun Cobbet and her partner are getting married on Saturday at the chapel in Penmorrow.', 'getting married', APRIL).start).toBe('2024-04-13');
  });

  it('an object holding a past form or a phrase of its own keeps the past day', () => {
    expect(at('The ferry company is adding a second boat on Friday.', 'adding a second', APRIL).start).toBe('2024-04-12');
    expect(at('Police are hunting a driver seen on Monday near the quay.', 'hunting', APRIL).start).toBe('2024-04-08');
    expect(at('Crews are clearing the damage of the storm on Saturday.', 'clearing', APRIL).start).toBe('2024-04-06');
  });
});

describe('taking up an office on a month-day is ahead', () => {
  it('"takes up the role"', () => {
    const text = 'Dr Strick, who was appointed in January, takes up the role on 20 April.';
    expect(at(text, 'takes up the role', '2024-04-10')).toMatchObject({ start: '2024-04-20' });
    expect(at(text, 'takes up the role', '2024-04-10').yearUncertain).toBeUndefined();
  });
});
