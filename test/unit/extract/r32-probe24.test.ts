import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 32 (a32): families from probe 24. Every sentence here was written for this test (none comes from an eval set
// or a probe).

describe('"said outside the hall after the meeting that …": the occasion the saying followed does not hide what was told', () => {
  const cases = [
    'The club secretary said outside the town hall after the meeting that the club would plant trees next autumn.',
    'Her agent told reporters at the airport after the final that she would retire next spring.',
    'The bishop said in the vestry following the service that the roof would be mended next summer.',
  ];

  it('the telling is not put in the season still to come', () => {
    for (const text of cases) {
      const tellings = events('2015-03-10', text).filter((e) => quoteOf(e, [text]).startsWith('The') || quoteOf(e, [text]).startsWith('Her'));
      expect(tellings.length, text).toBeGreaterThan(0);
      expect(tellings[0].date.start.startsWith('2015-0') && tellings[0].date.mod === 'before', text).toBe(true);
    }
  });

  it('what was told keeps its own date', () => {
    // "next autumn" told in March is the autumn after this year's (round 57's reading of "next <season>").
    expect(shortestAt('2015-03-10', [cases[0]], 'plant trees').date.start).toBe('2016-09');
    expect(shortestAt('2015-03-10', [cases[1]], 'retire').date.start).toBe('2016-03');
  });

  it('a verb between the telling and a later "that" still keeps the two together', () => {
    const text = 'The keeper said gulls had nested on the pier since it was built in 1890 and that nobody minded them.';
    const e = shortestAt('2015-03-10', [text], 'gulls had nested');
    expect(e.date.start).toBe('1890');
  });
});

describe('a date in a participle phrase after the subject says which things; the verb’s own date dates the clause', () => {
  it('"the drivers sacked last year would be taken back from June 3" is June 3', () => {
    const texts = ['Staff said the drivers sacked last year would be taken back from June 3.'];
    expect(shortestAt('2015-03-10', texts, 'taken back').date.start).toBe('2015-06-03');
  });

  it('"the houses built in 1974 are to be pulled down in August" is this August', () => {
    const texts = ['The houses built in 1974 are to be pulled down in August.'];
    const d = shortestAt('2015-03-10', texts, 'pulled down').date;
    expect(d.start).toBe('2015-08');
  });

  it('"the report published in 2012 was withdrawn on March 3" is not put in 2012 with a certain year', () => {
    const texts = ['The report published in 2012 was withdrawn on March 3.'];
    const d = shortestAt('2015-03-10', texts, 'withdrawn').date;
    expect(d.start.length).toBe(10);
  });

  it('a comparison after the verb ("level with the year before") does not take the date', () => {
    const texts = ['The accounts published in May had shown sales level with the year before.'];
    expect(shortestAt('2015-09-10', texts, 'accounts published').date.start).toMatch(/^2015-05/);
  });

  it('a date after the verb in a clause of its own ("since talks collapsed in February") leaves the phrase’s date', () => {
    const texts = ['The union said the deal signed on Monday was the best since talks collapsed in February.'];
    expect(shortestAt('2021-06-01', texts, 'deal signed').date.start).toBe('2021-05-31');
  });

  it('a participle that is the main verb keeps its date', () => {
    const texts = ['The team sacked its coach in 2012 and hired him again in 2014.'];
    expect(shortestAt('2015-03-10', texts, 'sacked its coach').date.start).toBe('2012');
  });
});

describe('a participle joined by "and" to a passive shares its auxiliary ("is to be launched … and handed over …")', () => {
  it('the season of a scheduled passive is still ahead when a later year follows', () => {
    const texts = ['The lifeboat is to be launched in the autumn and handed over in spring 2005.'];
    expect(shortestAt('2003-02-19', texts, 'launched').date.start).toBe('2003-09');
  });

  it('"will be fitted out in the summer and delivered in 2005"', () => {
    const texts = ['The dredger will be fitted out in the summer and delivered in 2005.'];
    expect(shortestAt('2003-02-19', texts, 'fitted out').date.start).toBe('2003-06');
  });

  it('a past passive stays past', () => {
    const texts = ['The hall was gutted in May and rebuilt over the summer.'];
    expect(shortestAt('2003-02-19', texts, 'gutted').date.start).toBe('2002-05');
  });
});

describe('a when-clause after a date reads past the comma inside a number', () => {
  it('"since the summer of 1989, when 11,000 homes flooded" dates the flooding', () => {
    const texts = ['Nothing like it has happened in the town since the summer of 1989, when 11,000 homes flooded over nine days.'];
    expect(shortestAt('2015-03-10', texts, 'homes flooded').date.start).toMatch(/^1989/);
  });

  it('"in 1921, when 2,400 men struck" too', () => {
    const texts = ['The pit last closed in 1921, when 2,400 men struck for a month.'];
    expect(shortestAt('2015-03-10', texts, 'men struck').date.start).toBe('1921');
  });

  it('"in May 2004, when 1,200 runners took part"', () => {
    const texts = ['The race was last held in May 2004, when 1,200 runners took part.'];
    expect(shortestAt('2015-03-10', texts, 'runners took part').date.start).toBe('2004-05');
  });
});

describe('an old year told as an origin ("goes back to 1871", "as early as 1688")', () => {
  it('"goes back to 1871, when …" dates the origin and its when-clause', () => {
    const texts = ['Brewing in the town goes back to 1871, when two brothers opened a malt house.'];
    expect(shortestAt('2015-03-10', texts, 'goes back').date.start).toBe('1871');
    expect(shortestAt('2015-03-10', texts, 'two brothers opened').date.start).toBe('1871');
  });

  it('"dates back to 1799"', () => {
    const texts = ['The mill dates back to 1799.'];
    expect(shortestAt('2015-03-10', texts, 'mill dates back').date.start).toBe('1799');
  });

  it('"as early as 1688"', () => {
    const texts = ['Records of the fair go back as early as 1688.'];
    expect(shortestAt('2015-03-10', texts, 'Records of the fair').date.start).toBe('1688');
  });

  it('an old number after "to" is still no year', () => {
    const texts = ['The crowd grew to 1500 by noon on Saturday.'];
    expect(events('2015-03-10', ...texts).some((e) => e.date.start === '1500')).toBe(false);
  });
});

describe('a range of two old years ("between 1846 and 1849", "from 1820 to 1835")', () => {
  it('"between 1846 and 1849" is the range, not a season told later in the sentence', () => {
    const texts = ['The canal was dug between 1846 and 1849, and three of the men who built it died in a flood in the winter of 1847-48.'];
    expect(shortestAt('2010-12-02', texts, 'canal was dug').date).toMatchObject({ start: '1846', end: '1849' });
  });

  it('"from 1820 to 1835"', () => {
    const texts = ['The chapel was used as a school from 1820 to 1835.'];
    expect(shortestAt('2010-12-02', texts, 'chapel').date).toMatchObject({ start: '1820', end: '1835' });
  });

  it('"between 1790 and 1795"', () => {
    const texts = ['The bridge was built between 1790 and 1795 by French prisoners.'];
    expect(shortestAt('2010-12-02', texts, 'bridge was built').date).toMatchObject({ start: '1790', end: '1795' });
  });
});

describe('a hedged count of years after a dated clause ("nearly three years after …") still counts back', () => {
  it('"nearly three years after an earlier plan was refused" is three years before the clause', () => {
    const texts = ['The bypass was approved on Tuesday night, nearly three years after an earlier plan was refused.'];
    const e = shortestAt('2013-06-27', texts, 'earlier plan');
    expect(e.date.start).toBe('2010');
    expect(shortestAt('2013-06-27', texts, 'bypass was approved').title).not.toMatch(/nearly/i);
  });

  it('"almost seven years after a fire closed it", ahead of publication', () => {
    const texts = ['The baths will reopen tonight, almost seven years after a fire closed them.'];
    expect(shortestAt('2023-09-30', texts, 'fire closed').date.start).toBe('2016');
  });

  it('"some forty years after the pit shut"', () => {
    const texts = ['The last miner’s cottage was sold in May 2001, some forty years after the pit shut.'];
    expect(shortestAt('2023-09-30', texts, 'pit shut').date.start).toBe('1961');
  });

  it('a hedged count of months is not counted', () => {
    const texts = ['The museum reopened on Monday, almost two months after a flood closed it.'];
    expect(events('2013-06-27', ...texts).some((e) => (e.date.rule ?? '').startsWith('count-from-clause'))).toBe(false);
  });
});

describe('"the <weekday>" in a past-perfect sentence is the last one before the story’s day', () => {
  const lead = 'The climber went missing on Saturday, Jan. 17.';

  it('"on the Monday" after the Saturday, in the simple past, is still two days on', () => {
    const texts = [lead, 'Her brother heard about the search on the Monday and rang the police.'];
    expect(shortestAt('2009-11-03', texts, 'heard about the search').date.start).toBe('2009-01-19');
  });

  it('"on the Friday" in a past-perfect sentence is the day before', () => {
    const texts = [lead, 'She had booked the hut on the Friday.'];
    expect(shortestAt('2009-11-03', texts, 'booked the hut').date.start).toBe('2009-01-16');
  });

  it('"on the Thursday and Friday" after a past perfect is the two days before, one stretch', () => {
    const texts = [lead, 'The river had risen before she set out, after storms on the Thursday and Friday.'];
    expect(shortestAt('2009-11-03', texts, 'storms').date).toMatchObject({ start: '2009-01-15', end: '2009-01-16' });
  });

  it('"had checked … on the Wednesday" with the story on a Saturday is three days back, not four on', () => {
    const texts = ['The mill burned down on Saturday, March 7.', 'A fitter had checked the boiler on the Wednesday.'];
    expect(shortestAt('2015-06-03', texts, 'checked the boiler').date.start).toBe('2015-03-04');
  });
});

describe('", and a daughter, Kirsty, died in 1946": a name set off after a second conjunct’s subject', () => {
  it('the second conjunct keeps its own subject and date', () => {
    const texts = ['Her husband died in 1979, and a daughter, Kirsty, died in 1946.'];
    const e = shortestAt('1999-03-15', texts, 'Kirsty');
    expect(e.date.start).toBe('1946');
    expect(quoteOf(e, texts)).not.toContain('1979');
  });

  it('"its owner, Jon Marr, emigrated in 1981"', () => {
    const texts = ['The mill closed in 1979, and its owner, Jon Marr, emigrated in 1981.'];
    expect(shortestAt('1999-03-15', texts, 'Jon Marr').date.start).toBe('1981');
  });

  it('"its driver, a farmer, was charged in 2002"', () => {
    const texts = ['Police found the car in 2001, and its driver, a farmer, was charged in 2002.'];
    expect(shortestAt('2009-03-15', texts, 'farmer').date.start).toBe('2002');
  });

  it('a participle phrase after an object in the first conjunct is still an aside of its own', () => {
    const texts = ['A gale tore the roof off the chapel in 1990, and the vicar moved to the hall, built in 1820.'];
    const e = shortestAt('2009-03-15', texts, 'vicar moved');
    expect(e.date.start).not.toBe('1820');
  });
});

describe('"until the end of September" in a clause still to come runs from publication to that month', () => {
  it('"will stay in force until the end of September"', () => {
    const texts = ['The hosepipe ban will stay in force until the end of September.'];
    expect(shortestAt('1996-08-14', texts, 'hosepipe ban').date).toMatchObject({ start: '1996-08-14', end: '1996-09' });
  });

  it('"until November", a bare month, too', () => {
    const texts = ['The footpath will stay closed until November.'];
    expect(shortestAt('1996-08-14', texts, 'footpath').date).toMatchObject({ start: '1996-08-14', end: '1996-11' });
  });

  it('with a teller after it', () => {
    const texts = ['Roadworks on the bridge will go on until the end of November, the council said.'];
    expect(shortestAt('1996-08-14', texts, 'Roadworks').date).toMatchObject({ start: '1996-08-14', end: '1996-11' });
  });

  it('told in the past it is no stretch from publication', () => {
    const texts = ['The ban stayed in force until the end of September.'];
    expect(shortestAt('1996-08-14', texts, 'ban stayed').date.start).not.toBe('1996-08-14');
  });
});

describe('a closing teller "told a news conference this afternoon" is an event of its own on its day', () => {
  it('the plan told keeps its own day and the telling is on publication day', () => {
    const texts = ['Residents will be allowed back on Friday, the mayor told a news conference this afternoon.'];
    expect(shortestAt('1996-08-14', texts, 'allowed back').date.start).toBe('1996-08-16');
    expect(shortestAt('1996-08-14', texts, 'news conference').date.start).toBe('1996-08-14');
  });

  it('"told a press briefing on Monday"', () => {
    const texts = ['The pool will reopen in May, the council leader told a press briefing on Monday.'];
    expect(shortestAt('1996-08-14', texts, 'press briefing').date.start).toBe('1996-08-12');
  });

  it('a teller whose name set off is written with accents', () => {
    const texts = ['Residents will not be allowed back before Friday, the prefect, Hélène Vautrin, told reporters this afternoon.'];
    expect(shortestAt('1996-08-14', texts, 'Vautrin').date.start).toBe('1996-08-14');
  });
});

describe('"… on Saturday and sheltered there ever since": a past verb sharing the subject runs on to publication', () => {
  it('after a past perfect', () => {
    const texts = ['He had crawled into the barn on Saturday night and sheltered there ever since, eating the last of his bread.'];
    expect(shortestAt('1992-10-13', texts, 'crawled').date.start).toBe('1992-10-10');
    expect(shortestAt('1992-10-13', texts, 'sheltered').date).toMatchObject({ start: '1992-10-10', end: '1992-10-13' });
  });

  it('after a simple past, "stayed … ever since"', () => {
    const texts = ['The dog ran off on Friday and stayed in the woods ever since.'];
    expect(shortestAt('1992-10-13', texts, 'stayed').date).toMatchObject({ start: '1992-10-09', end: '1992-10-13' });
  });

  it('"stood empty since then"', () => {
    const texts = ['The mill closed in 1990 and stood empty since then.'];
    expect(shortestAt('1992-10-13', texts, 'stood empty').date).toMatchObject({ start: '1990', end: '1992-10-13' });
  });

  it('a second past verb with no "since" keeps the clause’s day', () => {
    const texts = ['The dog ran off on Friday and hid in the woods.'];
    expect(events('1992-10-13', ...texts).every((e) => !e.date.end)).toBe(true);
  });
});

describe('"the following year" counts from the sentence’s own date, not from a set-off after-clause’s earlier one', () => {
  it('"began in March 2019, after a grant was awarded in the summer of 2018, but stopped the following year"', () => {
    const texts = ['Work on the baths began in March 2019, after a grant was awarded in the summer of 2018, but it stopped for five months the following year when the builder went bust.'];
    expect(shortestAt('2023-09-30', texts, 'stopped').date.start).toBe('2020');
  });

  it('in the next sentence too', () => {
    const texts = ['The mill reopened in 1952, after repairs begun in 1949.', 'It closed again the following year.'];
    expect(shortestAt('2023-09-30', texts, 'closed again').date.start).toBe('1953');
  });

  it('a later year in the after-clause is still counted from', () => {
    const texts = ['The fund was set up in 1990, after a gift made in 1995 was promised. It grew the following year.'];
    expect(shortestAt('2023-09-30', texts, 'grew').date.start).toBe('1996');
  });
});

describe('"were built in 1974 and are now too slow": the present conjunct does not put the building after 1974', () => {
  it('the year is the building’s', () => {
    const texts = ['The old ferries were built abroad in 1974 and are now too slow for the timetable.'];
    expect(shortestAt('2003-02-19', texts, 'built abroad').date).toMatchObject({ start: '1974' });
    expect(shortestAt('2003-02-19', texts, 'built abroad').date.mod).toBeUndefined();
  });

  it('in a relative clause, "and is still in service"', () => {
    const texts = ['The ferry, which was launched in 1968 and is still in service, will be sold.'];
    expect(shortestAt('2003-02-19', texts, 'launched').date.mod).toBeUndefined();
  });

  it('"and will" still parts the clauses as before', () => {
    const texts = ['The pier was rebuilt in 1990 and will be repainted in May.'];
    expect(shortestAt('2003-02-19', texts, 'repainted').date.start).toBe('2003-05');
  });
});
