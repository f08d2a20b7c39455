import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 35 (c35): "the next morning", "that afternoon", "the following evening" after a year or month told in an aside
// (", who …,", ", which …,", ", where …,", "(…)") count from the day the story is at, not from the aside's date.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a day counted past an aside with its own year', () => {
  it('"who" aside: "the next morning" is the day after the story\'s day, not a day of the aside\'s year', () => {
    const texts = ['Fire broke out at the timber yard on Oct. 3.', 'The owner, who bought the yard in 1994, arrived the next morning.'];
    const next = shortestAt('2019-11-20', texts, 'arrived the next morning');
    expect(next.date.start).toBe('2019-10-04');
    // The aside keeps its own year.
    expect(shortestAt('2019-11-20', texts, 'who bought the yard in 1994').date.start).toBe('1994');
  });

  it('"which" aside: "that afternoon" stays on the derailment\'s day', () => {
    const texts = ['A goods train left the rails near Falwick on Tuesday, March 13, 2018.', "Engineers from the line's owner, which was sold off in 1996, reached the site that afternoon."];
    expect(shortestAt('2018-12-01', texts, 'reached the site that afternoon').date.start).toBe('2018-03-13');
  });

  it('bracketed aside: "the next morning" after "(rebuilt in 1988)" is the day after the flood', () => {
    const texts = ['Floods cut off the village on Sunday, Oct. 14, 2018.', 'Its school (rebuilt in 1988) opened as a shelter the next morning.'];
    expect(shortestAt('2018-12-01', texts, 'opened as a shelter the next morning').date.start).toBe('2018-10-15');
    expect(shortestAt('2018-12-01', texts, 'rebuilt in 1988').date.start).toBe('1988');
  });

  it('"where" aside: "the next day" counts from the storm\'s day', () => {
    const texts = ['The harbour wall gave way on Monday, Jan. 8, 2018.', 'Volunteers from Penmarren, where a lifeboat station opened in 1954, cleared the quay the next day.'];
    expect(shortestAt('2018-12-01', texts, 'the next day').date.start).toBe('2018-01-09');
  });

  it('two asides in a row both leave the day in focus', () => {
    const texts = [
      'Lightning struck the chapel at Brisley on Thursday, July 5, 2018.',
      'The verger, who had kept its keys since 1979, called the brigade.',
      'The vicar, who came to the parish in 2002, held a service in the ruins the following evening.',
    ];
    expect(shortestAt('2018-12-01', texts, 'the following evening').date.start).toBe('2018-07-06');
  });

  // Must not fire.
  it('a year in the main clause of its own sentence is not an aside: the count is read as before', () => {
    const texts = ['The old pier collapsed on Saturday, Feb. 3, 2018.', 'It was built in 1889.', 'Divers searched the wreck the next day.'];
    expect(shortestAt('2018-12-01', texts, 'Divers searched the wreck').date.start).not.toBe('2018-02-04');
  });

  it('with no day told before, the aside\'s year is the only date there is', () => {
    const texts = ['The rowing club, which was founded in 1921, held its first dance the following evening.'];
    expect(shortestAt('2018-12-01', texts, 'held its first dance').date.start.slice(0, 4)).toBe('1921');
  });

  it('a count of months after an aside may still start at the aside', () => {
    const texts = ['The club won the title on Saturday, May 7, 2022.', 'Its coach, who took over in January 2021, was given a new contract ten months later.'];
    const all = events('2022-06-01', ...texts);
    const later = all.find((e) => quoteOf(e, texts).includes('ten months later'));
    expect(later?.date.start).toBe('2021-11');
  });
});
