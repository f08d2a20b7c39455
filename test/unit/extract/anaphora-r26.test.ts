import { describe, expect, it } from 'vitest';
import { TELLING_BEFORE_DATE } from '../../../shared/extract/lexicon';
import { tagTimexes } from '../../../shared/extract/tagger';
import { events, shortestAt } from './event-lookup';

// Round 26 (r26): anaphors that take their date from the date in narrative focus, across sentences. Every sentence
// here was written for this test (none comes from an eval set or a probe).

describe('a count of years after a past-perfect flashback to a year goes on from the story\'s day', () => {
  const pub = '2024-05-15';

  it('"three years later" after "had … in 1971" counts from the story\'s 2009, its year shown as a guess', () => {
    const texts = ['The Harwick ferry made her last crossing on March 3, 2009. My aunt, who had worked on her first season in 1971, came to see her off. A survey published three years later found the pier unsafe.'];
    const survey = shortestAt(pub, texts, 'survey published');
    expect(survey.date.start).toBe('2012');
    expect(survey.date.yearUncertain).toBe(true);
  });

  it('a count whose own clause stays in the past perfect goes on in the flashback', () => {
    const texts = ['The Harwick ferry made her last crossing on March 3, 2009. My aunt had first worked on her in 1971. Three years later she had joined the crew as purser.'];
    expect(shortestAt(pub, texts, 'joined the crew').date.start).toBe('1974');
  });
});

describe('"that season" is the year in focus', () => {
  const pub = '2024-05-15';

  it('after "the 1994 side" it is 1994, not before publication', () => {
    const texts = ['Six players from the 1994 side were at the ground. Their goalkeeper, who saved two penalties in the final of that season, presented the medals.'];
    expect(shortestAt(pub, texts, 'saved two penalties').date.start).toBe('1994');
  });

  it('with no date told before it, it is left undated', () => {
    const texts = ['Their goalkeeper, who saved two penalties in the final of that season, presented the medals.'];
    expect(shortestAt(pub, texts, 'saved two penalties').date.start).not.toBe('2024');
  });
});

describe('days counted after the story went back from a telling\'s day to a coarser date', () => {
  const pub = '2024-05-15'; // a Wednesday: "said on Tuesday" is May 14

  it('"a week later" after "said on Tuesday … in the spring of 2021" is in that spring\'s year, not a week after Tuesday', () => {
    const texts = [
      'A coin found by a schoolboy near Harle is the oldest struck in the county, the county museum said on Tuesday.',
      'Oskar Brenn was digging a pond in his parents\' garden when he turned up the coin in the spring of 2021.',
      'A curator, Mara Lind, came to the garden a week later and searched it with a metal detector.',
    ];
    const came = shortestAt(pub, texts, 'came to the garden');
    expect(came.date.start.slice(0, 4)).toBe('2021');
  });

  it('a day told as a step of the story is still counted from', () => {
    const texts = [
      'A coin was found by a schoolboy near Harle on Tuesday.',
      'The field was last ploughed in the spring of 2021.',
      'A curator came to the field a week later.',
    ];
    expect(shortestAt(pub, texts, 'came to the field').date.start).toBe('2024-05-21');
  });
});

describe('a part of a day after a year told alone takes the day told before it', () => {
  const pub = '2024-05-15';

  it('"that same evening" after "on March 2" and then "in 1961" is March 2\'s evening, its year a guess', () => {
    const texts = [
      'When Ada Brill opened the attic trunk on March 2, she found a diary wrapped in oilcloth.',
      'It was begun in 1961 by a girl named Vera Holm, who kept it for a year.',
      'Brill telephoned the town archive that same evening.',
    ];
    const rang = shortestAt(pub, texts, 'telephoned the town archive');
    expect(rang.date.start).toBe('2024-03-02');
    expect(rang.date.yearUncertain).toBe(true);
  });

  it('"that same evening" after a year with no day told before it stays a day of that year', () => {
    const texts = ['The diary was begun in 1961 by a girl named Vera Holm. She wrote her first entry that same evening.'];
    expect(shortestAt(pub, texts, 'first entry').date.start.slice(0, 4)).toBe('1961');
  });
});

describe('a telling\'s day after the story\'s day is not where the story is', () => {
  const pub = '2024-05-15'; // a Wednesday: Saturday is May 11, Sunday May 12

  it('"two days earlier" after "burned on Saturday, the chief said on Sunday" counts from Saturday', () => {
    const texts = ['Fire gutted the Orme Street bakery late on Saturday, the fire chief said on Sunday. The chief said a new oven had been fitted two days earlier.'];
    expect(shortestAt(pub, texts, 'new oven had been fitted').date.start).toBe('2024-05-09');
  });

  it('a telling told first is still the day counted from', () => {
    const texts = ['The fire chief said on Sunday that the bakery was safe. Two days later it reopened.'];
    expect(shortestAt(pub, texts, 'it reopened').date.start).toBe('2024-05-14');
  });
});

describe('"said at the time" is a telling at the date in focus', () => {
  const pub = '2024-05-15';

  it('after "closed on June 2, 2011" a telling "at the time" is that day', () => {
    const texts = ['The Lindow swimming baths closed on June 2, 2011. The council said at the time that repairs would cost too much.'];
    expect(shortestAt(pub, texts, 'said at the time').date.start).toBe('2011-06-02');
  });

  it('"the manager at the time" names who held a post, and dates nothing', () => {
    const texts = ['The Lindow swimming baths closed on June 2, 2011. The manager at the time, Ruth Orme, now runs a gym.'];
    const rules = events(pub, ...texts).map((e) => e.date.rule ?? '');
    expect(rules.some((r) => r.includes('told-at-the-time'))).toBe(false);
  });
  it('a telling verb before a date is in lower case, or capitalised where nothing runs into it', () => {
    expect(TELLING_BEFORE_DATE.test('the minister told The Herald on ')).toBe(true);
    expect(TELLING_BEFORE_DATE.test('all week. Announced ')).toBe(true);
    expect(TELLING_BEFORE_DATE.test('flew to the United States ')).toBe(false);
    expect(TELLING_BEFORE_DATE.test('the firm, Reports ')).toBe(false);
  });
  it('"toured the States at the time" names a country, not a telling: a telling verb is in lower case', () => {
    const texts = ['The band, which formed in Ohio, toured the States at the time, its manager recalled.'];
    const rules = events(pub, ...texts).map((e) => e.date.rule ?? '');
    expect(rules.some((r) => r.includes('told-at-the-time'))).toBe(false);
  });
});

describe('guards on the flashback and telling rules', () => {
  const pub = '2024-05-15'; // a Wednesday

  it('a count in the flashback\'s own sentence goes on in it ("had joined her in May 1987 and left later that year")', () => {
    const texts = ['The Harwick ferry made her last crossing on March 3, 2009. Her first master had joined her in May 1987 and left later that year.'];
    expect(shortestAt(pub, texts, 'left later that year').date.start).toBe('1987');
  });

  it('"to the United States Thursday" is no telling: a clock time after it is on that Thursday', () => {
    const text = 'The minister spoke on Monday. The delegation will travel to the United States Thursday. "We leave at 4 in the morning," she said.';
    const clock = tagTimexes(text, { dct: pub }).find((t) => t.text === '4 in the morning');
    expect(clock?.value).toBe('2024-05-16T04:00');
  });
});
