import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 33 (a33): families from probe 25. Every sentence here was written for this test (none comes from an eval set
// or a probe).

describe('"the first Monday of December that year": the nth weekday of a month of the year in focus', () => {
  it('"of <month> that year" after a season of an old year', () => {
    const texts = ['The idea was first raised in the spring of 2019. A petition went to the town hall on the second Tuesday of October that year.'];
    const e = shortestAt('2022-02-10', texts, 'petition');
    expect(e.date.start).toBe('2019-10-08');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('"in <month> of the same year" after a bare year', () => {
    const texts = ['The chapel burned down in 1931. It reopened on the last Friday in June of the same year.'];
    expect(shortestAt('2022-02-10', texts, 'reopened').date.start).toBe('1931-06-26');
  });

  it('"of <month> the following year" counts on one year, with or without a publication date', () => {
    const texts = ['The choir was formed in 1964 and sang its first concert on the first Sunday of May the following year.'];
    expect(shortestAt('2022-02-10', texts, 'first concert').date.start).toBe('1965-05-02');
    const none = events('', ...texts).filter((e) => quoteOf(e, texts).includes('first concert'));
    expect(none[0]?.date.start).toBe('1965-05-02');
  });
});

describe('a verb whose past is its bare form ("read", "hit", "cost") after a singular subject is past, also after a fronted date', () => {
  it('"On the morning of March 2 the gauge at Holm Farm read …" is last March, not next', () => {
    const e = shortestAt('2018-12-20', ['On the morning of March 2 the gauge at Holm Farm read minus nine.'], 'gauge');
    expect(e.date.start).toBe('2018-03-02');
  });

  it('"In October the rain gauge on the chapel roof read …"', () => {
    expect(shortestAt('2018-12-20', ['In October the rain gauge on the chapel roof read 152mm.'], 'rain gauge').date.start).toBe('2018-10');
  });

  it('"On November 4 a falling branch hit the bus shelter"', () => {
    expect(shortestAt('2018-12-20', ['On November 4 a falling branch hit the bus shelter.'], 'branch').date.start).toBe('2018-11-04');
  });

  it('a plural subject or a helping verb keeps the present or future reading', () => {
    expect(shortestAt('2018-12-20', ['In March the council will read the report.'], 'council').date.start).toBe('2019-03');
  });
});

describe('a review of the year: a past month or day told of the year just gone stays in it', () => {
  const review = [
    'The year began with a flood on January 4 that closed the ford. Frost followed through February, and the canal froze.',
  ];

  it('"The year began with … on January 4" in a late-December paper is this January, flagged', () => {
    const e = shortestAt('2017-12-29', review, 'flood');
    expect(e.date.start).toBe('2017-01-04');
  });

  it('a month told after it, with the story at that day, stays in that year', () => {
    const e = shortestAt('2017-12-29', review, 'Frost followed');
    expect(e.date.start.startsWith('2017-02')).toBe(true);
  });

  it('"The year got off to a wet start on January 2" and "The year opened with …" likewise', () => {
    expect(shortestAt('2017-12-29', ['The year got off to a wet start on January 2, when the river rose.'], 'wet start').date.start).toBe('2017-01-02');
    expect(shortestAt('2017-12-29', ['The year opened with snow on January 5.'], 'snow').date.start).toBe('2017-01-05');
  });

  it('a plan told in the past near the turn of the year still reads ahead', () => {
    expect(shortestAt('2017-12-29', ['The council agreed to shut the baths on January 5.'], 'shut the baths').date.start).toBe('2018-01-05');
  });
});

describe('a participle closing the sentence after its object ("…, short of the record, set in 1990") tells of that noun', () => {
  it('the main clause keeps its day and the phrase has its own year, with its noun in the evidence', () => {
    const texts = ['The warmest night was June 30, well short of the town record, set in July 1976.'];
    const record = shortestAt('2018-12-20', texts, 'set in July 1976');
    expect(record.date.start).toBe('1976-07');
    expect(quoteOf(record, texts).startsWith('the town record')).toBe(true);
    expect(shortestAt('2018-12-20', texts, 'warmest night').date.start).toBe('2018-06-30');
  });

  it('"beating the record, set in 1971" and "replacing the old hall, built in 1890"', () => {
    expect(shortestAt('2018-12-20', ['The club won the cup on May 3, beating the record, set in 1971.'], 'set in 1971').date.start).toBe('1971');
    expect(shortestAt('2018-12-20', ['The mayor opened the new wing in March, replacing the old hall, built in 1890.'], 'built in 1890').date.start).toBe('1890');
  });

  it('without a publication date the phrase\'s year does not date the main clause', () => {
    const texts = ['The warmest night was June 30, well short of the town record, set in July 1976.'];
    const wrong = events('', ...texts).filter((e) => quoteOf(e, texts).includes('warmest night') && e.date.start === '1976-07' && !e.date.yearUncertain);
    expect(wrong).toHaveLength(0);
  });
});

describe('contracted present perfects run a since-stretch up to publication', () => {
  it('"I\'ve", "she\'s", "we\'ve"', () => {
    for (const [text, words, start] of [
      ['"I\'ve kept sheep on this hill since 1983," he said.', 'kept sheep', '1983'],
      ["She's taught at the village school since 1996.", 'taught', '1996'],
      ['"We\'ve sold eggs at the gate since 2004," she said.', 'sold eggs', '2004'],
    ] as const) {
      const e = shortestAt('2013-05-02', [text], words);
      expect(e.date.start, text).toBe(start);
      expect(e.date.end, text).toBe('2013-05-02');
    }
  });

  it('a possessive before a participle is no perfect', () => {
    const e = shortestAt('2013-05-02', ["The town's rebuilt station opened in 2005."], 'station');
    expect(e.date.start).toBe('2005');
    expect(e.date.end).toBeUndefined();
  });
});

describe('two months in a row joined by "and" are one stretch', () => {
  it('"in June and July", "through late March and early April", "in October and November"', () => {
    expect(shortestAt('2014-09-20', ['Hail fell on nine of the days in June and July.'], 'Hail').date).toMatchObject({ start: '2014-06', end: '2014-07' });
    const e = shortestAt('2014-09-20', ['Gales blew through late March and early April, and the ferry stayed in port.'], 'Gales');
    expect(e.date.start.startsWith('2014-03')).toBe(true);
    expect(e.date.end?.startsWith('2014-04')).toBe(true);
    expect(shortestAt('2015-01-20', ['The bridge was shut in October and November while it was painted.'], 'bridge').date).toMatchObject({ start: '2014-10', end: '2014-11' });
  });

  it('two months apart are two times', () => {
    const texts = ['The band toured in March and May.'];
    const dated = events('2014-09-20', ...texts).map((e) => e.date.start);
    expect(dated).toContain('2014-03');
    expect(dated).toContain('2014-05');
  });
});

describe('a day or month inside the year a clause opens with dates its event', () => {
  it('"This year …", "Last year …", "In 2009, …"', () => {
    expect(shortestAt('2012-09-14', ['This year the first hay was not cut until June 20.'], 'hay').date.start).toBe('2012-06-20');
    expect(shortestAt('2012-09-14', ['Last year the ferry did not sail until April 3.'], 'ferry').date.start).toBe('2011-04-03');
    expect(shortestAt('2012-09-14', ['In 2009, the harbour wall was finished in October.'], 'harbour wall').date.start).toBe('2009-10');
  });
});

describe('a "that" clause with its own subject inside the subject ("a ban that the board imposed on April 2 was lifted on July 12")', () => {
  it('the relative clause and the main verb are two events, each on its own date', () => {
    for (const [text, rel, main, relDate, mainDate] of [
      ['A curfew that the council imposed on March 3 was lifted on May 9.', 'imposed', 'lifted', '2012-03-03', '2012-05-09'],
      ['The deal that the two firms signed in March collapsed in July.', 'signed', 'collapsed', '2012-03', '2012-07'],
      ['A levy that Corran Water brought in on January 8 was scrapped on June 2, after protests.', 'brought in', 'scrapped', '2012-01-08', '2012-06-02'],
    ] as const) {
      const evs = events('2012-09-14', text);
      const r = evs.find((e) => quoteOf(e, [text]).includes(rel) && !quoteOf(e, [text]).includes(main));
      const m = evs.find((e) => quoteOf(e, [text]).includes(main));
      expect(r?.date.start, text).toBe(relDate);
      expect(m?.date.start, text).toBe(mainDate);
    }
  });

  it('"that" opening what was told is no relative clause', () => {
    const text = 'Officials said that the council imposed a ban on March 3 and lifted it on May 9.';
    const starts = events('2012-09-14', text).map((e) => e.date.start);
    expect(starts).toContain('2012-03-03');
    expect(starts).toContain('2012-05-09');
  });
});

describe('a discourse phrase after a comma ("by contrast", "in fact") cuts no clause', () => {
  it('the date before it keeps dating the clause', () => {
    expect(shortestAt('2018-12-28', ['Two days ago, by contrast, gales closed the harbour.'], 'gales').date.start).toBe('2018-12-26');
    expect(shortestAt('2018-12-28', ['On Saturday, by comparison, only forty people came.'], 'forty people').date.start).toBe('2018-12-22');
    expect(shortestAt('2018-12-28', ['Last week, in fact, the ferry ran twice.'], 'ferry').date.start).toBe('2018-12-17');
  });
});

describe('a holiday made a noun\'s adjective ("the Christmas market") names the noun, not the time', () => {
  it('the other date of the clause dates it', () => {
    expect(shortestAt('2018-12-28', ['A week ago, hail swept through the Christmas market.'], 'hail').date.start).toBe('2018-12-21');
    expect(shortestAt('2019-04-30', ['Two days ago the Easter fair on the green was called off.'], 'Easter fair').date.start).toBe('2019-04-28');
    expect(shortestAt('2019-01-10', ['On Monday the New Year sale drew queues round the block.'], 'sale').date.start).toBe('2019-01-07');
  });
});

describe('a day inside the week a clause opens with dates its event', () => {
  it('"This week, Christmas Day was …", "And this week, on Tuesday, …"', () => {
    expect(shortestAt('2018-12-28', ['And this week, as everyone knows, Christmas Day was the warmest on record.'], 'warmest').date.start).toBe('2018-12-25');
    expect(shortestAt('2018-12-28', ['This week Boxing Day brought a hunt to the square.'], 'hunt').date.start).toBe('2018-12-26');
    expect(shortestAt('2018-12-28', ['This week, on Monday, the baker shut early.'], 'baker').date.start).toBe('2018-12-24');
  });
});

describe('a season opening its sentence as the subject of a past verb ("Autumn brought gales") is the last one', () => {
  it('"Autumn brought …", "Spring was …", "Summer arrived …"', () => {
    expect(shortestAt('2018-12-28', ['Autumn brought gales and floods.'], 'gales').date).toMatchObject({ start: '2018-09', end: '2018-11' });
    expect(shortestAt('2018-12-28', ['The year was hard. Spring was wet and cold.'], 'wet and cold').date).toMatchObject({ start: '2018-03', end: '2018-05' });
    expect(shortestAt('2018-12-28', ['Summer arrived late in the dales.'], 'arrived late').date).toMatchObject({ start: '2018-06', end: '2018-08' });
  });

  it('a season naming a thing ("Spring tides flooded the quay") is no time', () => {
    const e = shortestAt('2018-12-28', ['Spring tides flooded the quay.'], 'quay');
    expect(e.date.start.startsWith('2018-03')).toBe(false);
  });
});

describe('"the Tuesday after the Easter weekend": counted from the weekend\'s end (Easter Monday)', () => {
  it('after and before the weekend, and Easter alone as before', () => {
    // Easter Sunday 2021 was April 4.
    expect(shortestAt('2021-06-05', ['The barriers went up on the Tuesday after the Easter weekend.'], 'barriers').date.start).toBe('2021-04-06');
    expect(shortestAt('2021-06-05', ['The market reopened on the Monday after the Easter weekend.'], 'market').date.start).toBe('2021-04-12');
    expect(shortestAt('2021-06-05', ['The baths shut on the Thursday before the Easter weekend.'], 'baths').date.start).toBe('2021-04-01');
    expect(shortestAt('2021-06-05', ['The barriers went up on the Tuesday after Easter.'], 'barriers').date.start).toBe('2021-04-06');
  });
});

describe('"within 14 minutes", "within the hour", "within minutes": a dateless past clause stays on the day told last', () => {
  it('three wordings', () => {
    const lead = 'A chimney fire broke out at 2 a.m. on Sunday.';
    for (const [next, words] of [
      ['Two crews were at the house within 11 minutes.', 'Two crews'],
      ['Firefighters were on the scene within minutes.', 'Firefighters'],
      ['Within the hour the blaze was out.', 'blaze'],
    ] as const) {
      expect(shortestAt('2016-03-15', [`${lead} ${next}`], words).date.start, next).toBe('2016-03-13');
    }
  });

  it('a habit ("sells out within hours every year") is not put on that day', () => {
    const texts = ['A chimney fire broke out at 2 a.m. on Sunday. The show sells out within hours every year.'];
    const onSunday = events('2016-03-15', ...texts).filter((e) => quoteOf(e, texts).includes('sells out') && e.date.start === '2016-03-13');
    expect(onSunday).toHaveLength(0);
  });
});

describe('"for 34 years, until he retired at Christmas": the years run up to a date after "at" as after "in" or "on"', () => {
  it('three wordings', () => {
    const a = shortestAt('2017-05-11', ['Ada Penrose was head cook for 30 years, until she retired at Christmas.'], 'head cook for 30 years');
    expect(a.date.start.slice(0, 4)).toBe('1986');
    expect(a.date.end?.slice(0, 7)).toBe('2016-12');
    const b = shortestAt('2017-05-11', ['He was organist for 40 years until he stepped down at Easter.'], 'organist for 40 years');
    expect(b.date.start.slice(0, 4)).toBe('1977'); // Easter 2017 (April 16) is before publication
    const c = shortestAt('2017-05-11', ['She kept the inn for nine years before she sold it at the end of 2010.'], 'inn for nine years');
    expect(c.date).toMatchObject({ start: '2001', end: '2010' });
  });
});
