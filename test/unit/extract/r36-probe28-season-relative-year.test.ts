import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract';
import { shortestAt } from './event-lookup';

// Round 36 (a36, probe 28): "in spring last year", "the autumn of the year before last", "the summer two years ago":
// one season whose year the words count from publication, as "in March last year" is (not the season nearest
// publication beside a year of its own). A bare past month told after such a season of last year may go on from it or
// name publication's year: the tense's year stays, flagged as a guess.
// Every sentence here was written for this test (none comes from an eval set or a probe).

const tag = (text: string, dct: string | null = '2024-12-10') => tagTimexes(text, { dct });

describe('a season with a year counted from publication', () => {
  it('"in spring last year"', () => {
    const t = tag('The brothers bought the boatyard in spring last year.').find((x) => /spring/.test(x.text))!;
    expect(t.text).toBe('spring last year');
    expect(t.value).toBe('2023-SP');
  });

  it('"the autumn of the year before last", and a month of it in the same sentence', () => {
    const ts = tag('The insurer paid out for a flood in the autumn of the year before last, which closed the road for a week in October.');
    expect(ts.find((x) => /autumn/.test(x.text))!.value).toBe('2022-FA');
    expect(ts.find((x) => x.text === 'October')!.value).toBe('2022-10');
  });

  it('"the summer two years ago" and "winter this year"', () => {
    expect(tag('The pier was repainted in the summer two years ago.').find((x) => /summer/.test(x.text))!.value).toBe('2022-SU');
    expect(tag('Snow closed the pass in winter this year.').find((x) => /winter/.test(x.text))!.value).toBe('2024-WI');
  });

  it('"fall" as a verb is no season', () => {
    expect(tag('Prices may fall next year.').some((x) => x.value.endsWith('-FA'))).toBe(false);
  });

  it('without a publication date the season counted from an unwritten year claims no certain year', () => {
    // Round 55 (e55): a text that writes no year still gets a guessed year of writing; whatever is counted from it is
    // left without its year or flagged as a guess.
    const spring = tag('The brothers bought the boatyard in spring last year.', null).find((x) => x.text === 'spring last year');
    expect(spring === undefined || !/^\d{4}/.test(spring.value) || spring.yearUncertain === true).toBe(true);
  });
});

describe('a bare past month after a season of last year', () => {
  it('keeps the tense\'s year, flagged', () => {
    const texts = ['The sisters took over the bakery in spring last year.', 'They rebuilt the ovens and reopened in October.'];
    const e = shortestAt('2024-12-10', texts, 'reopened in October');
    expect(e.date.start).toBe('2024-10');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('also after "in the summer of last year"', () => {
    const texts = ['A new owner bought the hotel in the summer of last year.', 'Its restaurant was refitted and opened in November.'];
    expect(shortestAt('2024-12-10', texts, 'opened in November').date.yearUncertain).toBe(true);
  });

  it('a month before the season began is not touched', () => {
    const texts = ['The club moved grounds in autumn last year.', 'Its old stand was pulled down in March.'];
    const e = shortestAt('2024-12-10', texts, 'pulled down in March');
    expect(e.date.start).toBe('2024-03');
  });
});

describe('a past month the story comes to next after a month of last year, across New Year', () => {
  const cases: [string, string, string][] = [
    ['The café opened in November last year.', 'It nearly closed again in February, when the river flooded.', 'nearly closed again in February'],
    ['The bridge was shut for repairs in October last year.', 'Work stopped in January, when the money ran out.', 'Work stopped in January'],
    ['Talks on the merger began in December last year.', 'The two boards agreed terms in February.', 'agreed terms in February'],
  ];
  for (const [first, second, words] of cases) {
    it(`"${words}" is read in publication's year, not the one after`, () => {
      const e = shortestAt('2024-12-28', [first, second], words);
      expect(e.date.start.startsWith('2024-')).toBe(true);
    });
  }
});
