import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 39 (l39): a wait counted up to its telling ("the family had waited fourteen months for answers") runs that
// long back from the telling's day, from the date the text wrote that far back. Every sentence here was written for
// this test.

const waitOf = (published: string, texts: string[], words: string) => {
  const e = events(published, ...texts).find((x) => quoteOf(x, texts).startsWith(words))!;
  return [e.date.start, e.date.end, e.date.rule];
};

describe('a wait up to the telling', () => {
  it('"had waited N months", told with no day: from the written date that far back to publication', () => {
    const texts = ['The ferry ran aground off Holm Point on 2 March 2021. A deckhand drowned.', 'The safety board published its findings on Monday. His sister said the family had waited fifteen months for answers.'];
    expect(waitOf('2022-06-09', texts, 'the family had waited')).toEqual(['2021-03-02', '2022-06-09', 'sequence/waited-up-to-telling']);
  });

  it('"We have waited N years" quoted at a named occasion: up to that occasion, the telling kept', () => {
    const texts = ['The jury convicted the landlord of manslaughter on Tuesday. Outside court, the tenant’s brother said: “We have waited three years for this.”'];
    expect(waitOf('2022-05-12', texts, 'We have waited')).toEqual(['2019', '2022-05-10', 'sequence/waited-up-to-telling']);
    expect(shortestAt('2022-05-12', texts, 'Outside court').date.start).toBe('2022-05-10');
  });

  it('"had been waiting N weeks" told with no date near: the weeks counted back to the day', () => {
    const texts = ['The water main under Orme Street burst in the cold.', 'Residents said they had been waiting three weeks for the water to come back.'];
    expect(waitOf('2020-03-05', texts, 'they had been waiting')).toEqual(['2020-02-14', '2020-03-05', 'sequence/waited-up-to-telling']);
  });

  it('a written date comes before one counted from it', () => {
    const texts = ['Tom Reyes went missing on the moor on 3 January 2018. His rucksack was found four days later.', 'His father said the family had waited twelve months for an inquest.'];
    expect(waitOf('2019-01-06', texts, 'the family had waited')).toEqual(['2018-01-03', '2019-01-06', 'sequence/waited-up-to-telling']);
  });
});

describe('what is no wait up to a telling', () => {
  it('a wait told by nobody has no day to end on', () => {
    const texts = ['The bridge at Fenny closed on 2 March 2021.', 'The villagers had waited fifteen months for a new one.'];
    const e = shortestAt('2022-06-09', texts, 'The villagers had waited');
    expect(e.date.rule).not.toBe('sequence/waited-up-to-telling');
  });
});
