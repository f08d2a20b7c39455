import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (x56): in news, a present simple or a present progressive told of a day is an arrangement still ahead of
// publication: "takes place / takes over" and "holds a <happening>" are no states ("it takes two hours" is), a
// progressive with at most a particle and a place before its day is a plan, and a subject may carry a place by its
// name. Every sentence here was written for this test. Publication: Wednesday 10 April 2024.
const PUB = '2024-04-10';
const at = (text: string, words: string) => shortestAt(PUB, [text], words).date.start;

describe('a present simple of an arrangement is ahead', () => {
  it('"takes place", "takes charge"', () => {
    expect(at('The Gildersby plant sale takes place on Saturday.', 'takes place')).toBe('2024-04-13');
    expect(at('She takes charge of the Brindle choir on Monday.', 'takes charge')).toBe('2024-04-15');
  });

  it('"holds" a happening', () => {
    expect(at('The Yarrowmere rowing club holds its annual dinner on Friday.', 'holds its')).toBe('2024-04-12');
  });

  it('a subject with a place by its name', () => {
    expect(at('The book fair in Tuxley moves to the town hall on Saturday.', 'moves to')).toBe('2024-04-13');
  });
});

describe('a present progressive of a plan is ahead', () => {
  it('a passive progressive', () => {
    expect(at('The old farce is being revived on Friday at the Strathcoyle Playhouse.', 'revived on Friday')).toBe('2024-04-12');
  });

  it('with a particle or a place before the day', () => {
    expect(at('The dock strike is going ahead on Thursday.', 'going ahead')).toBe('2024-04-11');
    expect(at('Pupils at Brindle Primary are returning to their classrooms on Monday.', 'returning')).toBe('2024-04-15');
    expect(at('The road over Gildersby Hill is closing on Monday for repairs.', 'closing on Monday')).toBe('2024-04-15');
  });

  it('not an appeal about a day gone by', () => {
    expect(at('Officers are appealing for witnesses to the collision on Saturday.', 'collision on Saturday')).toBe('2024-04-06');
  });
});

describe('a present arrangement on a month-day or holiday looks ahead too', () => {
  it('a day already gone this year is not taken unflagged as that past day', () => {
    for (const text of ['The Brindle gala takes place on 2 March.', 'The old farce is being revived on 2 March at the Strathcoyle Playhouse.']) {
      const ev = shortestAt(PUB, [text], '2 March');
      expect(ev.date.yearUncertain).toBe(true);
    }
  });

  it('a day still ahead is kept', () => {
    expect(at('The Brindle gala takes place on 2 May.', '2 May')).toBe('2024-05-02');
  });
});

describe('"is back" on a day is ahead', () => {
  it('after an aside of its last showing', () => {
    const text = 'The Brindle revue, which ran for a month in 2019, is back at the Tuxley Empire on Friday.';
    expect(at(text, 'is back')).toBe('2024-04-12');
    expect(at('The kite festival, which drew 3,000 visitors last year, is back on Saturday.', 'is back')).toBe('2024-04-13');
  });
});
