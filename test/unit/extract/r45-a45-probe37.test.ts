import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 45 (a45): readings behind probe 37's misses, each shown on sentences written for this test (none comes from an
// eval set or a probe).

describe('r45-share-ago: "a quarter of a century ago" counts 25 years back, not a century', () => {
  it('a quarter of a century before publication', () => {
    const texts = ['The ferryman, who had bought the boat from a boatyard in Hull a quarter of a century ago, sold it last week.'];
    expect(shortestAt('2010-05-04', texts, 'bought the boat').date.start).toBe('1985');
  });

  it('three quarters of a century before publication', () => {
    const texts = ['The bandstand was put up three quarters of a century ago by the mill owners.'];
    expect(shortestAt('2010-05-04', texts, 'bandstand was put up').date.start).toBe('1935');
  });
});

describe('r45-story-decade: "the thirties" told beside a year of an earlier century is that century\'s', () => {
  it('a decade after 1902 in its paragraph is the 1930s, though published in the 2030s', () => {
    const texts = ['The mill opened in 1902 and ran on steam until 1917. It was sold to a dairy in the thirties.'];
    expect(shortestAt('2034-02-10', texts, 'sold to a dairy').date.start).toBe('193');
  });

  it('nor is a decade long after the year told ("built in 1796 … in the seventies")', () => {
    const texts = ['The weir was built in 1796 and rebuilt by the council in the seventies.'];
    expect(shortestAt('1999-02-10', texts, 'rebuilt by the council').date.start).toBe('197');
  });

  it('with no such year the decade is still the latest one begun', () => {
    const texts = ['The pier was sold to a dairy in the thirties.'];
    expect(shortestAt('2034-02-10', texts, 'sold to a dairy').date.start).toBe('203');
  });
});

describe('r45-later-decade: a decade begun after the year written before it moves a bare month off that year', () => {
  it('"fire in 1971; drawings made in the 1990s and printed in March" is not March 1971', () => {
    const texts = ['The barn was nearly lost when the hay caught fire in 1971; drawings of every beam were made in the 1990s and printed in March.'];
    expect(shortestAt('2019-04-10', texts, 'printed in March').date.start).toBe('2019-03');
  });

  it('an earlier decade between leaves the year to the month', () => {
    const texts = ['In 1971 a shed put up in the 1950s burned down in March.'];
    expect(shortestAt('2019-04-10', texts, 'burned down in March').date.start).toBe('1971-03');
  });
});

describe('r45-topic-possessive: "vote on next year\'s budget in April" is this April, not next year\'s', () => {
  it('after "on" the possessive year says which budget; the month goes by the tense', () => {
    const texts = ['The county will vote on next year\'s roads budget in April.'];
    expect(shortestAt('2024-01-17', texts, 'vote on next year').date.start).toBe('2024-04');
  });

  it('after "for" as well', () => {
    const texts = ['Tickets for next year\'s show go on sale in May.'];
    expect(shortestAt('2024-01-17', texts, 'Tickets for').date.start).toBe('2024-05');
  });

  it('a possessive subject still gives the month its year', () => {
    const texts = ['Next year\'s show will open in May.'];
    expect(shortestAt('2024-01-17', texts, 'show will open').date.start).toBe('2025-05');
  });
});

describe('r45-present-passive-year: "is mentioned in the records in 1392" is a record made that year, not a state since', () => {
  it('a present passive ending in a past year takes that year', () => {
    const texts = ['A stone cross at the ford is mentioned in a charter of the abbey in 1204.'];
    const e = shortestAt('1985-09-22', texts, 'is mentioned in a charter');
    expect([e.date.start, e.date.mod]).toEqual(['1204', undefined]);
  });

  it('a present state on a past year is still after it', () => {
    const texts = ['The harvest figures are an improvement on 1979.'];
    expect(shortestAt('1985-09-22', texts, 'harvest figures').date.mod).toBe('after');
  });
});

describe('r45-when-aside: a when-clause goes on past an aside between its subject and its verb', () => {
  it('"1971, when its founder, Ada Thorne, baked a loaf" holds the verb and takes 1971', () => {
    const texts = ['It was the bakery\'s first prize since 1971, when its founder, Ada Thorne, baked a loaf that won the cup at the same show.'];
    const e = shortestAt('1998-03-30', texts, 'baked a loaf');
    expect([e.date.start, e.date.mod]).toEqual(['1971', undefined]);
  });

  it('a when-clause with its verb before the comma still stops there', () => {
    const texts = ['The pier closed in 1990, when the owner went bust, and the council bought it.'];
    const e = shortestAt('1998-03-30', texts, 'owner went bust');
    expect(texts[0].slice(e.evidence[0].start, e.evidence[0].end)).not.toContain('council');
  });
});

describe('r45-clock-words: "twenty past four" and "at 4.27" are clock times on the day in focus', () => {
  const texts = ['A fire broke out at the mill late yesterday afternoon.', 'A guard said he saw smoke at twenty past four and ran to the gate. He telephoned the brigade at 4.27.'];

  it('minutes past an hour in words', () => {
    expect(shortestAt('1961-07-12', texts, 'saw smoke').date.start).toBe('1961-07-11');
  });

  it('an hour and minutes with a stop after "at"', () => {
    expect(shortestAt('1961-07-12', texts, 'telephoned the brigade').date.start).toBe('1961-07-11');
  });

  it('a count "from five to ten tonnes" and a price "closed at 4.27p" are no times', () => {
    const own = ['Output rose from five to ten tonnes. Shares closed at 4.27p.'];
    const all = events('1961-07-12', ...own);
    expect(all.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date.start) && !e.date.mod)).toEqual([]);
  });
});

describe('r45-quoted-background-day: an earlier day in a quote closed within its sentence leaves the story at its day', () => {
  it('a clock time after the quote is still of the story\'s day', () => {
    const texts = ['A fire broke out at the mill late yesterday afternoon. "The shop closed on Friday, so the yard was empty," a guard said.', 'The same fire spread to the barn at about five o\'clock.'];
    expect(shortestAt('1961-07-12', texts, 'spread to the barn').date.start).toBe('1961-07-11');
  });

  it('the same day told in the narration moves the story there', () => {
    const texts = ['A fire broke out at the mill late yesterday afternoon. The shop had closed on Friday, a guard said.', 'The yard was swept clean at about five o\'clock.'];
    expect(shortestAt('1961-07-12', texts, 'yard was swept').date.start).toBe('1961-07-07');
  });
});

describe('r45-relative-closing-day: an earlier day in a relative clause closing the sentence is background to its day', () => {
  it('"the same afternoon" after "cleared on March 3 after a hearing that began on February 20" is March 3', () => {
    const texts = ['Ada Lyle, 44, was cleared by the magistrates on March 3 after a hearing that began on February 20. The chairman adjourned costs the same afternoon.'];
    expect(shortestAt('2003-03-27', texts, 'adjourned costs').date.start).toBe('2003-03-03');
  });
});

describe('r45-year-then-day: "in 1917, on May 14" is one date, the day of the year just written', () => {
  it('the day refines the year into one event', () => {
    const texts = ['The river froze over in many winters. The hardest frost came in 1895, on February 11.'];
    const e = shortestAt('2019-04-10', texts, 'hardest frost');
    expect(e.date.start).toBe('1895-02-11');
    expect(texts[0].slice(e.evidence[0].start, e.evidence[0].end)).toContain('February 11');
  });
});

describe('r45-weekday-week: "on Tuesday week" is a week after the coming Tuesday', () => {
  it('from a Friday, "Saturday week" is the Saturday after next', () => {
    const texts = ['The village fete will be held on Saturday week on the green.'];
    expect(shortestAt('1972-10-06', texts, 'fete will be held').date.start).toBe('1972-10-14');
  });

  it('a weekday alone is still the coming one', () => {
    const texts = ['The fete will be held on Saturday.'];
    expect(shortestAt('1972-10-06', texts, 'fete will be held').date.start).toBe('1972-10-07');
  });
});
