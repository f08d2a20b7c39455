import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 37 (l37): a length with one end written and the other told elsewhere, in the same sentence or the article.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a present-perfect length up to publication starts at the one start the article tells in its year', () => {
  it('"For 30 years … has run" with "opened it in June 1991" later: from June 1991', () => {
    const texts = ['For 30 years, Ada Lunt has run the ferry café on the quay at Brimsey.', 'She opened it in June 1991 with a loan from her uncle.'];
    const e = shortestAt('2021-05-10', texts, 'has run the ferry café');
    expect([e.date.start, e.date.end]).toEqual(['1991-06', '2021-05-10']);
  });

  it('"has staged … for 25 years" with the first show "put on in December 1996"', () => {
    const texts = ['The Harbour Players have staged a pantomime every winter for 25 years.', 'Their first, Aladdin, was put on in the scout hut in December 1996.'];
    const e = shortestAt('2021-05-10', texts, 'have staged a pantomime');
    expect([e.date.start, e.date.end]).toEqual(['1996-12', '2021-05-10']);
  });

  it('"in 1978" and "in May 1978" tell of one start: the finer is taken', () => {
    const texts = ['Jonas Brell has kept bees on the common for 43 years.', 'He came to the village in 1978.', 'In May 1978 he bought his first hive from a farmer at Hollow End.'];
    const e = shortestAt('2021-09-01', texts, 'has kept bees');
    expect([e.date.start, e.date.end]).toEqual(['1978-05', '2021-09-01']);
  });

  it('two different dates in that year: the count from publication stays', () => {
    const texts = ['The Harbour Players have staged a pantomime every winter for 25 years.', 'Their first was put on in December 1996, and the scout hut burned down in March 1996.'];
    const e = shortestAt('2021-05-10', texts, 'have staged a pantomime');
    expect([e.date.start, e.date.end]).toEqual(['1996-05-10', '2021-05-10']);
  });

  it('an end in that year is no start: "closed in 1996" leaves the count', () => {
    const texts = ['Mr Hobb has sold fish from a van for 25 years.', 'His shop on Water Lane closed in August 1996.'];
    const e = shortestAt('2021-05-10', texts, 'has sold fish');
    expect(e.date.start).toBe('1996-05-10');
  });
});

describe('a length of years ended by a participle of leaving set off after it', () => {
  it('"taught at the school for 22 years, retiring in 1995": 1973 to 1995', () => {
    const texts = ['Mrs Orrin taught at the village school for 22 years, retiring in 1995.'];
    const e = shortestAt('2020-06-01', texts, 'taught at the village school');
    expect([e.date.start, e.date.end]).toEqual(['1973', '1995']);
    expect(events('2020-06-01', ...texts).some((x) => x.date.start === '1995' && !x.date.end)).toBe(true);
  });

  it('"ran the inn for 18 years, handing it to his son in 2003"', () => {
    const texts = ['Dale Fenn ran the Plough inn for 18 years, handing it to his son in 2003.'];
    const e = shortestAt('2020-06-01', texts, 'ran the Plough inn');
    expect([e.date.start, e.date.end]).toEqual(['1985', '2003']);
  });

  it('"drove a lorry for nine years, selling it in 2002 and moving to the coast"', () => {
    const texts = ['He drove a lorry for nine years, selling it in 2002 and moving to the coast.'];
    const e = shortestAt('2020-06-01', texts, 'drove a lorry');
    expect([e.date.start, e.date.end]).toEqual(['1993', '2002']);
  });

  it('a participle of starting gives the start, not the end: "for 18 years, starting in 1985"', () => {
    const texts = ['Dale Fenn ran the Plough inn for 18 years, starting in 1985.'];
    const all = events('2020-06-01', ...texts);
    expect(all.some((x) => x.date.start === '1985' && x.date.end && x.date.end > '2000')).toBe(true);
    expect(all.some((x) => x.date.end === '1985')).toBe(false);
  });
});

describe('a stop told with a length after a dated season runs on from the season', () => {
  it('"In the autumn of 2008 she tore a ligament and was out for eleven months"', () => {
    const texts = ['In the autumn of 2008 the Orla striker tore a knee ligament and was out for eleven months.'];
    const e = shortestAt('2020-06-01', texts, 'was out for eleven months');
    expect([e.date.start, e.date.end]).toEqual(['2008-09', '2009-08']);
  });

  it('"In the spring of 2011 he broke his leg and did not race for seven months"', () => {
    const texts = ['In the spring of 2011 the jockey broke his leg and did not race for seven months.'];
    const e = shortestAt('2020-06-01', texts, 'did not race');
    expect([e.date.start, e.date.end]).toEqual(['2011-03', '2011-10']);
  });

  it('"hit the pier in the winter of 2015 and was off the route for three months": a stretch', () => {
    const texts = ['The ferry hit the pier in the winter of 2015 and was off the route for three months.'];
    const e = shortestAt('2020-06-01', texts, 'off the route');
    expect(e.date.end).toBeDefined();
    expect(e.date.end! > e.date.start).toBe(true);
  });

  it('the fronted date\'s first predicate stays an event of its own, on the season', () => {
    const texts = ['In the autumn of 2008 the Orla striker tore a knee ligament and was out for eleven months.'];
    const tore = events('2020-06-01', ...texts).find((x) => x.date.rule?.endsWith('/first-predicate'));
    expect(tore && quoteOf(tore, texts)).toBe('In the autumn of 2008 the Orla striker tore a knee ligament');
    expect([tore?.date.start, tore?.date.end]).toEqual(['2008-09', '2008-11']);
  });

  it('a fronted day: "On March 3 a lorry hit the bridge and it stayed shut for ten days" is the hit and the stretch', () => {
    const texts = ['On March 3 a lorry hit the Kell Street bridge and it stayed shut for ten days.'];
    const all = events('2020-06-01', ...texts);
    const hit = all.find((x) => x.date.rule?.endsWith('/first-predicate'));
    expect(hit && quoteOf(hit, texts)).toBe('On March 3 a lorry hit the Kell Street bridge');
    expect([hit?.date.start, hit?.date.end]).toEqual(['2020-03-03', undefined]);
    expect(all.some((x) => x.date.start === '2020-03-03' && x.date.end === '2020-03-12')).toBe(true);
  });

  it('a season with no length keeps the season', () => {
    const texts = ['In the autumn of 2008 the Orla striker tore a knee ligament in a cup match.'];
    const e = shortestAt('2020-06-01', texts, 'tore a knee ligament');
    expect([e.date.start, e.date.end]).toEqual(['2008-09', '2008-11']);
    expect(quoteOf(e, texts)).toContain('tore');
  });
});

describe('", ending a <noun> that lasted N units": the stretch up to the clause\'s date', () => {
  it('"…, ending a strike that had lasted six weeks" ends on the vote\'s Monday', () => {
    const texts = ['Dockers at Vell Harbour voted on Monday to go back to work, ending a strike that had lasted six weeks.'];
    const e = shortestAt('2020-06-05', texts, 'ending a strike');
    expect(quoteOf(e, texts)).toBe('ending a strike that had lasted six weeks');
    expect([e.date.start, e.date.end]).toEqual(['2020-04-21', '2020-06-01']);
  });

  it('"…, ending a feud that went on for eleven years"', () => {
    const texts = ['The two families shook hands in court on 4 May, ending a feud that went on for eleven years.'];
    const e = shortestAt('2020-06-05', texts, 'ending a feud');
    expect([e.date.start, e.date.end]).toEqual(['2009-05-04', '2020-05-04']);
  });

  it('"almost two years" is approximate; the clause before keeps its day', () => {
    const texts = ['The Corran choir named Vera Lind its director on Wednesday, ending a search that lasted almost two years.'];
    const e = shortestAt('2020-06-05', texts, 'ending a search');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2018-06-03', '2020-06-03', 'approx']);
    expect(shortestAt('2020-06-05', texts, 'named Vera Lind').date.start).toBe('2020-06-03');
    expect(events('2020-06-05', ...texts)).toHaveLength(2);
  });

  it('a bound ("more than six weeks") gives no start', () => {
    const texts = ['Dockers at Vell Harbour voted on Monday to go back to work, ending a strike that had lasted more than six weeks.'];
    expect(events('2020-06-05', ...texts).some((x) => x.date.end === '2020-06-01')).toBe(false);
  });
});

describe('"for N units before/after <a happening told before>" is the stretch, not the counted day', () => {
  it('"had stood idle for three years before the fire": from the count up to the day before the fire', () => {
    const texts = ['The Tarn mill burned down on 9 May 1930.', 'The mill had stood idle for three years before the fire.'];
    const e = shortestAt('2020-06-01', texts, 'stood idle');
    expect([e.date.start, e.date.end]).toEqual(['1927', '1930-05-08']);
  });

  it('"trained for six weeks before the regatta"', () => {
    const texts = ['The Orme regatta was held on 12 August 2001.', 'Her crew trained for six weeks before the regatta.'];
    const e = shortestAt('2020-06-01', texts, 'trained');
    expect([e.date.start, e.date.end]).toEqual(['2001-07-01', '2001-08-11']);
  });

  it('"stood empty for four years after the fire": from the fire on', () => {
    const texts = ['Fire gutted the Odeon on 2 June 1975.', 'The cinema stood empty for four years after the fire.'];
    const e = shortestAt('2020-06-01', texts, 'stood empty');
    expect([e.date.start, e.date.end]).toEqual(['1975-06-02', '1979']);
  });

  it('with no "for", a count stays a day: "two weeks before the regatta"', () => {
    const texts = ['The Orme regatta was held on 12 August 2001.', 'Her crew bought a new boat two weeks before the regatta.'];
    const e = shortestAt('2020-06-01', texts, 'bought a new boat');
    expect([e.date.start, e.date.end]).toEqual(['2001-07-29', undefined]);
  });
});
