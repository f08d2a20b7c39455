import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 57 (b57): events that were dropped outright, found again. Every sentence here was written for this test.

describe('a holiday with no past tense and no publication date', () => {
  const rebuilt = 'The Corrabeg lifeboat station was rebuilt in 2016.';

  it('told in the present as a plan, is the one ahead of the guessed year of writing, flagged', () => {
    const texts = [rebuilt, 'The Corrabeg gala is on Easter Monday, with a brass band from the mainland.'];
    const ev = shortestNoPub(texts, 'gala is');
    expect(ev.date.start).toBe('2017-04-17');
    expect(ev.date.rule).toBe('holiday/future/writing-year/no-dct');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('with no tense to read, is the one of the guessed year of writing itself, flagged and noted', () => {
    const texts = [rebuilt, 'Christmas Eve - the Corrabeg bell ringers climb the tower at midnight.'];
    const ev = shortestNoPub(texts, 'bell ringers');
    expect(ev.date.start).toBe('2016-12-24');
    expect(ev.date.rule).toBe('holiday/unknown/writing-year/no-dct');
    expect(ev.date.yearUncertain).toBe(true);
    expect(ev.date.note).toMatch(/guess at the year of writing/);
  });
});

describe('a count of days before "later this month"', () => {
  const texts = ['The Corrabeg lifeboat station was rebuilt in 2016.', 'The Corrabeg kite show will stay on the sands for two weeks later this month.'];

  it('is the length of a run later in the month of publication, not a count on from the story', () => {
    const ev = shortestAt('2018-06-05', texts, 'kite show');
    expect(ev.date.rule).toMatch(/^relative-unit\/this/);
    expect(ev.date.start).toBe('2018-06-05');
    expect(ev.date.end).toBe('2018-06-30');
  });

  it('keeps its event without a publication date, flagged', () => {
    const ev = shortestNoPub(texts, 'kite show');
    expect(ev.date.yearUncertain).toBe(true);
    expect(ev.date.rule).toMatch(/^relative-unit\//);
  });
});

describe('a length still to come, with no publication date', () => {
  const cracked = 'The Corrabeg slipway cracked in the storm of 2017.';

  it('"should take roughly four days" runs from the guessed time of writing, flagged', () => {
    const texts = [cracked, 'Mending the quay should take roughly four days, and then the ferry returns.'];
    const ev = shortestNoPub(texts, 'roughly four days');
    expect(ev.date.rule).toBe('length/ahead-from-writing-guess');
    expect(ev.date.start.slice(0, 4)).toBe('2017');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('"for a week from Friday" keeps its event, dated by a guess at its year, flagged', () => {
    const texts = [cracked, 'The lifeboat will be on display at the museum for a week from Friday.'];
    const ev = shortestNoPub(texts, 'on display');
    expect(ev.date.rule).toMatch(/^ago\/from\+weekday\/.*no-dct$/);
    expect(ev.date.start).toBe('2017');
    expect(ev.date.yearUncertain).toBe(true);
  });
});

describe('"that night", "the next morning" with no publication date', () => {
  it('after a year told alone, are days of that year, as with a publication date', () => {
    const texts = [
      'Her uncle skippered the Corrabeg ferry on its final crossing in 1961.',
      '"He sat up on the jetty that night with a flask of tea," she recalls. "At dawn the next morning our uncle signed on at the boatyard as a welder."',
    ];
    for (const words of ['sat up on the jetty', 'signed on at the boatyard']) {
      const ev = shortestNoPub(texts, words);
      expect(ev.date.start).toBe('1961');
      expect(ev.date.rule).toBe('anaphoric/year-in-focus');
    }
  });

  it('after a weekday of no known week, keep their event with a guessed year, flagged', () => {
    const texts = ['The Corrabeg harbour master retired in 2015.', 'The pier café shuts for good on Friday. Late that night, the owners hand the keys to a builder.'];
    const ev = shortestNoPub(texts, 'hand the keys');
    expect(ev.date.rule).toMatch(/^anaphoric\//);
    expect(ev.date.yearUncertain).toBe(true);
  });
});

describe('"in <month> last year" when "last year" pushed the guessed year of writing', () => {
  it('keeps its event, counted from that guessed year, flagged and noted', () => {
    const texts = ['The Corrabeg rowing club claimed the slipway as its own in 1971. It took the council to court in May 1977 and was refused leave in July last year. The judge called the claim stale.'];
    const ev = shortestNoPub(texts, 'refused leave');
    expect(ev.date.rule).toBe('month/from-writing-year/no-dct');
    expect(ev.date.start).toBe('1978-07');
    expect(ev.date.yearUncertain).toBe(true);
    expect(ev.date.note).toMatch(/guess at the year of writing/);
  });
});

describe('"in the spring of next year" when "last year" pushed the guessed year of writing', () => {
  it('keeps its event, counted from that guessed year, flagged', () => {
    const texts = ['The Corrabeg rowing club lost its boathouse in 1971 and won it back last year.', 'The new boathouse should open its doors in the spring of next year.'];
    const ev = shortestNoPub(texts, 'open its doors');
    expect(ev.date.rule).toBe('season/from-writing-year/no-dct');
    expect(ev.date.start).toBe('1974-03');
    expect(ev.date.yearUncertain).toBe(true);
  });
});
