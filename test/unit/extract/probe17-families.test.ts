import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 25: the families of wrong years and misses probe 17 showed. Every sentence here was written for this test (none
// comes from an eval set or a probe).

describe('a holiday followed by "last year", "this year" or "next year" takes its year from publication', () => {
  it('"on Easter Monday last year" is the Easter Monday of the year before publication, not the latest one', () => {
    // Easter Monday fell on 2017-04-17 and 2018-04-02.
    const ev = shortestAt('2018-06-07', ['A walker said she had seen the fire start at dawn on Easter Monday last year.'], 'fire start');
    expect(ev.date.start).toBe('2017-04-17');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('carries the day to "that evening" after it', () => {
    const texts = ['A walker said she had seen the fire start at dawn on Easter Monday last year. By the time a ranger came that evening, the hut had gone.'];
    expect(shortestAt('2018-06-07', texts, 'ranger came').date.start).toBe('2017-04-17');
  });

  it('reads "this year" and "next year" the same way, and a weekday beside the holiday', () => {
    const tags = tagTimexes('The fair moves to Christmas Eve next year. We closed on the Tuesday after Easter Monday last year.', { dct: '2018-06-07' });
    expect(tags.map((t) => [t.text, t.value])).toEqual([
      ['Christmas Eve next year', '2019-12-24'],
      ['the Tuesday after Easter Monday last year', '2017-04-18'],
    ]);
  });
});

describe('a year in a relative clause hung on a noun in apposition does not give its year to the clause after it', () => {
  const text = 'The repairs will be done by Lark & Sons, the firm that tiled the corn exchange in 2010, with money from a fund which approved the grant on Nov. 28.';

  it('places the day by its tense and publication, not in the aside\'s year', () => {
    const ev = shortestAt('2013-12-16', [text], 'approved the grant');
    expect(ev.date.start).toBe('2013-11-28');
  });

  it('without publication, flags the aside\'s year as a guess', () => {
    const ev = shortestAt('', [text], 'approved the grant');
    expect(ev.date.start).toBe('2010-11-28');
    expect(ev.date.yearUncertain).toBe(true);
  });
});

describe('a year followed by a finite verb ends a clause hung on the subject', () => {
  const text = 'The mayor said the lease the club signed in the summer of 2001 had expired at the end of May, and that the new one, agreed in February, was far dearer.';

  it('does not lend that year to a month told in another clause of the sentence', () => {
    const ev = shortestAt('2007-10-25', [text], 'agreed in February');
    expect(ev.date.start).toBe('2007-02');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('still lends the year to a month after a year that dates its own verb', () => {
    const ev = shortestAt('2007-10-25', ['The club signed a lease in the summer of 2001 and moved in during August.'], 'moved in');
    expect(ev.date.start).toBe('2001-08');
    expect(ev.date.yearUncertain).toBeFalsy();
  });
});

describe('"the previous N years" counts back from the date in focus', () => {
  const texts = ['The ship sank on May 3, 1931. Three crews had tried to reach the wreck in the previous twenty years; nobody found it until 1961.'];

  it('dates the clause before a semicolon by its own stretch, not by the year after the semicolon', () => {
    const ev = shortestAt('2010-05-05', texts, 'Three crews');
    expect(ev.date.start).toBe('1911-05-03');
    expect(ev.date.end).toBe('1931-05-03');
  });

  it('does so without a publication date too', () => {
    expect(shortestAt('', texts, 'Three crews').date.end).toBe('1931-05-03');
  });

  it('counts decades from a year in focus, and is a length when no date was told', () => {
    const tags = tagTimexes('The mill shut in 1990. It had lost money in the preceding two decades.', { dct: '2010-05-05' });
    expect(tags[1].exact).toEqual({ start: '1970', end: '1990' });
    const alone = tagTimexes('Prices had risen by half in the previous three years.', { dct: '2010-05-05' });
    expect(alone.map((t) => [t.type, t.value])).toEqual([['DURATION', 'P3Y']]);
  });
});

describe('"in the new year", in lower case, is early in the year after publication', () => {
  it('is next year from an autumn publication, and certain', () => {
    const ev = shortestAt('2007-10-25', ['The chief executive said the firm would open a depot at Marl End in the new year.'], 'open a depot');
    expect(ev.date.start).toBe('2008');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('is a guess from a spring publication', () => {
    expect(shortestAt('2007-03-25', ['The firm will open a depot in the new year.'], 'open a depot').date.yearUncertain).toBe(true);
  });

  it('leaves a capitalised New Year to the holiday rule', () => {
    const tags = tagTimexes('The pool will shut over New Year.', { dct: '2007-10-25' });
    expect(tags.map((t) => [t.value, t.rule.split('/')[0]])).toEqual([['2008-01-01', 'holiday']]);
  });
});

describe('"the winter of 1955" is graded to its year, which is all the words give', () => {
  it('dates the clause to the year, not to December 1955 - February 1956', () => {
    const ev = shortestAt('2011-05-01', ['A water tank burst in the winter of 1955.'], 'tank burst');
    expect(ev.date.start).toBe('1955');
    expect(ev.date.end).toBeUndefined();
  });

  it('leaves a winter written with both its years, and "last winter", as a stretch of months', () => {
    expect(shortestAt('2011-05-01', ['The road froze in the winter of 1962-63.'], 'road froze').date.start).toBe('1962-12');
    expect(shortestAt('2011-05-01', ['The road froze last winter.'], 'road froze').date.end).toBe('2011-02');
  });
});

describe('a holiday after "for" is what the happening is for; another date beside it dates it', () => {
  it('"will break up for Christmas two days early, on Dec. 15" is Dec. 15', () => {
    expect(shortestAt('1976-11-19', ['The village school will break up for Christmas two days early, on Dec. 15, so that staff can travel.'], 'break up').date.start).toBe('1976-12-15');
  });

  it('"broke up for the Christmas holidays on Dec. 21" is Dec. 21', () => {
    expect(shortestAt('1984-01-04', ['Its schools, which broke up for the Christmas holidays on Dec. 21, would reopen on Monday, Jan. 9.'], 'broke up').date.start).toBe('1983-12-21');
  });

  it('keeps the holiday when it is the only date, or when the other date is another conjunct\'s', () => {
    expect(shortestAt('1976-11-19', ['The village school will close for Christmas.'], 'close').date.start).toBe('1976-12-25');
    expect(shortestAt('1977-01-10', ['The shop closed for Christmas, and reopened on Jan. 3.'], 'shop closed').date.start).toBe('1976-12-25');
  });
});

describe('a company\'s year to a date is the twelve months that end with it', () => {
  it('"in its financial year ending in March 2017" runs from April 2016', () => {
    const ev = shortestAt('2018-06-07', ['The firm made a profit of 2 million pounds in its financial year ending in March 2017, the court heard.'], 'made a profit');
    expect(ev.date.start).toBe('2016-04');
    expect(ev.date.end).toBe('2017-03');
  });

  it('"in the last full year, to March 31" runs from April 1 of the year before', () => {
    const ev = shortestAt('2007-10-25', ['In the last full year, to March 31, the mill made 3 million pounds.'], 'mill made');
    expect(ev.date.start).toBe('2006-04');
    expect(ev.date.end).toBe('2007-03-31');
  });
});

describe('"the first Saturday of the month" is one day of a month, counted by its weekday', () => {
  it('reads "the month" as publication\'s', () => {
    // 1964-02-01 is a Saturday.
    expect(shortestAt('1964-02-24', ['The visitors beat them 4-0 in the league on the first Saturday of the month.'], 'beat them').date.start).toBe('1964-02-01');
  });

  it('reads a month with its year, and "the last" weekday of it', () => {
    const tags = tagTimexes('The fair is held on the last Friday in March 2019.', { dct: '2018-01-01' });
    expect(tags.map((t) => t.value)).toEqual(['2019-03-29']);
  });

  it('without publication keeps the clause, its year a guess', () => {
    const ev = shortestAt('', ['In 1948 the club won the cup. The visitors beat them on the first Saturday of the month.'], 'beat them');
    expect(ev.date.yearUncertain).toBe(true);
  });
});

describe('"to" after a past verb of carrying and its object names where the thing went', () => {
  it('"dropped hay to cut-off farms on Tuesday" is the Tuesday before publication', () => {
    // 1984-01-04 is a Wednesday.
    expect(shortestAt('1984-01-04', ['Army helicopters dropped hay to cut-off farms on Tuesday.'], 'dropped hay').date.start).toBe('1984-01-03');
  });

  it('leaves an infinitive after a verb of wanting pointing forward', () => {
    expect(shortestAt('1984-01-04', ['The council wants crews to visit the farms on Tuesday.'], 'visit the farms').date.start).toBe('1984-01-10');
  });
});

describe('a full name opening the sentence, then a verb in -s and a weekday, tells of what is to come', () => {
  it('"Ada Lune hands over the keys of the old Kell ferry on Sunday" is the coming Sunday', () => {
    // 1988-07-20 is a Wednesday.
    expect(shortestAt('1988-07-20', ['Ada Lune hands over the keys of the old Kell ferry on Sunday.'], 'hands over').date.start).toBe('1988-07-24');
  });

  it('does not read a plural noun after one capitalised word as such a verb', () => {
    expect(shortestAt('1988-07-20', ['Rescue crews pulled nine people from the river on Sunday.'], 'pulled nine').date.start).toBe('1988-07-17');
  });
});

describe('"no one … until 1961" happened in 1961', () => {
  it('is not a stretch from the happening told before it', () => {
    const texts = ['The ship sank on May 3, 1931. Three crews had tried to reach the wreck in the previous twenty years; no one else managed it until 1961.'];
    const ev = shortestAt('2010-05-05', texts, 'managed it');
    expect(ev.date.start).toBe('1961');
    expect(ev.date.end).toBeUndefined();
  });
});

describe('"for the next N years", told in the past, runs on from the date in focus', () => {
  it('dates the conjunct after a season by the twenty years from it', () => {
    const ev = shortestAt('1999-04-14', ['The miller shut it in the autumn of 1938, and for the next twenty years the building was a boat store.'], 'boat store');
    expect(ev.date.start).toBe('1938');
    expect(ev.date.end).toBe('1958');
  });

  it('"took the next four years", told in the past, is the same stretch (round 26: q26 left it to the tagger)', () => {
    const ev = shortestAt('2003-09-02', ['The chapel roof fell in 1962, and the repairs took the next four years.'], 'repairs took');
    expect([ev.date.start, ev.date.end]).toEqual(['1962', '1966']);
  });

  it('leaves a plan over the next years a length', () => {
    const tags = tagTimexes('The firm was founded in 1990. It plans to hire 500 people in the next two years.', { dct: '1999-04-14' });
    expect(tags.map((t) => [t.type, t.value])).toEqual([['DATE', '1990'], ['DURATION', 'P2Y']]);
  });
});
