import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 28: families of wrong dates that probes 6, 7, 8 and 10 showed. Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('a stop or a state told "for" days after a day lasts from that day', () => {
  it('a date opening its clause, set off by a comma, with a verb the same in both tenses', () => {
    const texts = ['The first storm reached the hills on Oct. 2. Three days later, snowdrifts cut the mountain pass for nine days.'];
    const ev = shortestAt('2020-11-20', texts, 'snowdrifts cut');
    expect([ev.date.start, ev.date.end]).toEqual(['2020-10-05', '2020-10-13']);
  });

  it('a when-clause going without something for days, from the day it hangs on', () => {
    const texts = ['The cable has failed twice since 2015, most recently on 4 March, when the island was without electricity for three days.'];
    const ev = shortestAt('2020-04-10', texts, 'island was without electricity');
    expect([ev.date.start, ev.date.end]).toEqual(['2020-03-04', '2020-03-06']);
  });

  it('not a clause still to come', () => {
    const texts = ['On Monday, March 9, crews will cut the water supply for two days.'];
    expect(shortestAt('2020-03-02', texts, 'crews will cut').date.end).toBeUndefined();
  });
});

describe('"that <month>" after a verb in the past is the month of the year in focus', () => {
  it('a participle before "that"', () => {
    const texts = ['The mill flooded on March 3, 2011.', 'Repairs finished that October cost twice the estimate.'];
    expect(shortestAt('2014-05-02', texts, 'Repairs finished').date).toMatchObject({ start: '2011-10', rule: 'month/anaphoric-that' });
  });
  it('an irregular past before "that"', () => {
    const texts = ['The club was promoted in May 2003 and won that December its first cup.'];
    expect(shortestAt('2009-05-02', texts, 'won that December').date).toMatchObject({ start: '2003-12' });
  });
  it('not after a verb of saying or deciding, where "that" opens what was said', () => {
    const texts = ['The mill flooded on March 3, 2011.', 'The engineers warned that October storms could flood it again.'];
    expect(shortestAt('2014-05-02', texts, 'engineers warned').date.rule).not.toBe('month/anaphoric-that');
  });
});

describe('a habit in a conjunct of its own before a dated one leaves that one an event', () => {
  it('a comma and "and" set the habit off', () => {
    const texts = ['The pier is painted every spring, and the last coat went on in May 2020.'];
    expect(shortestAt('2021-03-02', texts, 'last coat went on').date).toMatchObject({ start: '2020-05' });
  });
  it('not a habit that goes on into a second date of its own', () => {
    const texts = ['The market is held every Saturday, and on May 3.'];
    expect(events('2021-03-02', ...texts).some((e) => e.date.start === '2021-05-03')).toBe(false);
  });
});

describe('a date opening its clause, then an ordering aside set off by commas: the clause goes on after the aside', () => {
  it('the happening after the aside is on the date, the aside before it', () => {
    const texts = ['In 1981, after a storm tore the roof off, the parish rebuilt the chapel in stone.'];
    const ev = events('1995-06-01', ...texts).find((e) => /rebuilt the chapel/i.test(e.title));
    expect(ev?.date).toMatchObject({ start: '1981' });
    expect(ev?.date.mod).toBeUndefined();
    expect(ev?.evidence.map((x) => texts[0].slice(x.start, x.end))).toContain('the parish rebuilt the chapel in stone');
    expect(shortestAt('1995-06-01', texts, 'storm tore').date).toMatchObject({ start: '1981', mod: 'before' });
  });
  it('not a clause that already has its words before the aside', () => {
    const texts = ['The chapel was rebuilt in 1981, after a storm tore the roof off, the parish said.'];
    expect(shortestAt('1995-06-01', texts, 'chapel was rebuilt').title).toMatch(/chapel was rebuilt/i);
  });
});

describe('"spent <N years>" as the clause\'s own verb runs from the clause\'s date', () => {
  it('years from a year', () => {
    const texts = ['In 1964 the painter spent three years restoring the altarpiece.'];
    expect(shortestAt('1990-01-10', texts, 'painter spent').date).toMatchObject({ start: '1964', end: '1967' });
  });
  it('not a pluperfect, which counts back', () => {
    const texts = ['In 1964 the painter had spent three years abroad.'];
    expect(shortestAt('1990-01-10', texts, 'painter had spent').date.end).toBeUndefined();
  });
});

describe('a relative clause that runs "until" a date, after a date still to come in the sentence, starts at that date', () => {
  it('a show opening on a later day', () => {
    const texts = ['The library will reopen on Monday, May 4, with a display of old maps that will run until Sept. 1.'];
    expect(shortestAt('2020-04-20', texts, 'will run until').date).toMatchObject({ start: '2020-05-04', end: '2020-09-01' });
  });
  it('not a clause of another subject, which runs from publication', () => {
    const texts = ['The council meets on Thursday, and the board has agreed to take late letters until May 10.'];
    expect(shortestAt('2020-04-20', texts, 'take late letters').date).toMatchObject({ start: '2020-04-20', end: '2020-05-10' });
  });
});
