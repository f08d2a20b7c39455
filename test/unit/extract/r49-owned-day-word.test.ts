import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (c49), counts from the wrong anchor: a day word owning the object of a past verb ("set today's date") is no
// time the story moves to. Sentences written for these tests (none from an eval set or a probe).

describe('r49-owned-day-word: "voted in May 1990 and set today\'s date two years later" counts from May 1990', () => {
  const PUB = '1995-06-10';

  it('r49-owned-day-word: the count of years goes on from the month told before, not from publication', () => {
    const texts = ["The council voted for the plan in May 1990 and set today's date two years later. Work starts on Monday."];
    const e = shortestAt(PUB, texts, 'set today');
    expect(e.date).toMatchObject({ start: '1992-05', rule: 'ago/later' });
  });

  it('r49-owned-day-word: "chose today\'s date a year later" after June 1984 is June 1985', () => {
    const texts = ["The board backed the scheme in June 1984 and chose today's date a year later."];
    expect(shortestAt(PUB, texts, 'chose today').date).toMatchObject({ start: '1985-06' });
  });

  it('r49-owned-day-word: a day word opening its sentence still moves the story ("Yesterday\'s vote … Two days earlier")', () => {
    const texts = ["Yesterday's vote ended the row. Two days earlier the mayor had resigned."];
    expect(shortestAt(PUB, texts, 'the mayor had resigned').date).toMatchObject({ start: '1995-06-07' });
  });
});
