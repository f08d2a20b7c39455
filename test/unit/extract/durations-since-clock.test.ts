import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 22 (n22): counts from a happening, counted stretches, "since" shapes and clock times. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('clock times with no day of their own', () => {
  it('two clock times in one past sentence both belong to the day in focus', () => {
    const pub = '2024-06-12'; // a Wednesday
    const texts = [
      'Anna Brekke, a nurse from Selby, rowed across Hallan Bay on Sunday.',
      'She pushed off from the north pier at 5.20 a.m. and reached the lighthouse shortly after 2 p.m., where a crowd was waiting.',
    ];
    const e = shortestAt(pub, texts, 'pushed off');
    expect(e.date.start).toBe('2024-06-09');
    expect(e.date.end).toBeUndefined();
    expect(e.title).not.toMatch(/a\.m\.|p\.m\./);
  });

  it('a clock time in a paragraph that names its own day takes that day, not the one before', () => {
    const pub = '2024-06-12';
    const texts = [
      'The ferry Solbris ran aground off Kalvoy on Saturday.',
      'On Monday divers checked the hull. At 3 p.m. a tug pulled the ship free.',
    ];
    const e = shortestAt(pub, texts, 'tug pulled');
    expect(e.date.start).toBe('2024-06-10');
  });

  it('a clock time beside a date of its own is not moved to the day in focus', () => {
    const pub = '2024-06-12';
    const texts = ['The ferry Solbris ran aground off Kalvoy on Saturday.', 'At 4 p.m. on Tuesday the owners said the ship would be towed to Berge.'];
    const e = shortestAt(pub, texts, 'owners said');
    expect(e.date.start).toBe('2024-06-11');
  });
});

describe('a counted stretch of years or months with no date of its own', () => {
  const pub = '2024-06-10';

  it('"within eighteen months" after a year: from that year to the latest year the count reaches', () => {
    const texts = ['In 1961 the ferry captain Ola Brenn was hurt when a winch cable snapped on the quay. He was back at the helm within eighteen months.'];
    const e = shortestAt(pub, texts, 'back at the helm');
    expect([e.date.start, e.date.end]).toEqual(['1961', '1963']);
  });

  it('"spent the next eight years" in a sentence of its own: the whole stretch from the date before it', () => {
    const texts = ['He was arrested in 1970. He spent the next eight years in prison.'];
    const e = shortestAt(pub, texts, 'eight years in prison');
    expect([e.date.start, e.date.end]).toEqual(['1970', '1978']);
    expect(e.title).toMatch(/prison/);
  });

  it('"spent the next eight years" joined to its dated clause by "and" stays the stretch from that year', () => {
    const texts = ['In 1970 he was arrested at the border, and spent the next eight years in prison.'];
    const e = shortestAt(pub, texts, 'eight years in prison');
    expect([e.date.start, e.date.end]).toEqual(['1970', '1978']);
  });

  it('years counted from a day keep the day\'s month', () => {
    const texts = ['On the night of March 9, 1981, a pipe burst and flooded the archive. I spent the next two years writing the index out again.'];
    const e = shortestAt(pub, texts, 'writing the index');
    expect(e.date.start).toBe('1981-03-09');
    expect(e.date.end?.slice(0, 7)).toBe('1983-03');
  });

  it('"For the next two years" opening a past sentence: from the month before it', () => {
    const texts = ['The new owners bought the yard in May 1990. For the next two years they built nothing.'];
    const e = shortestAt(pub, texts, 'built nothing');
    expect([e.date.start, e.date.end]).toEqual(['1990-05', '1992-05']);
    expect(e.title).not.toMatch(/next two years/);
  });

  it('"over the following decade" told in the past is ten years from the year in focus, not the decade after publication', () => {
    const texts = ['The mill opened in 1921. Over the following decade it doubled its workforce.'];
    const e = shortestAt(pub, texts, 'doubled its workforce');
    expect([e.date.start, e.date.end]).toEqual(['1921', '1931']);
  });

  it('a plan "over the next decade" told in the future stays counted from publication', () => {
    const texts = ['The council will replace every bridge in the town over the next decade.'];
    const e = shortestAt(pub, texts, 'replace every bridge');
    expect(e.date.start >= '2024').toBe(true);
  });

  it('with no date before it in its paragraph, the stretch is not given a date', () => {
    const texts = ['The mill opened in 1921.', 'Over the following decade it doubled its workforce.'];
    const e = shortestAt(pub, texts, 'doubled its workforce');
    expect(e.date.start).not.toBe('1921');
    expect(e.date.start.startsWith('203')).toBe(false);
  });
});

describe('"since" shapes: a state that goes on runs from the since-point to publication', () => {
  const pub = '2024-06-12';

  it('"ever since the flood", the flood told before by its verb: from its day to publication', () => {
    const texts = ['The river flooded the lower town on March 2, 2019.', 'The bakery on Quay Street has stayed shut ever since the flood.'];
    const e = shortestAt(pub, texts, 'stayed shut');
    expect([e.date.start, e.date.end]).toEqual(['2019-03-02', '2024-06-12']);
    expect(e.date.yearUncertain).toBeUndefined();
    expect(e.title).not.toMatch(/\bever\b|flood/);
  });

  it('"since the flood" with no flood told: no date taken as certain', () => {
    const texts = ['The town council met on Tuesday to choose a new clerk.', 'The bakery on Quay Street has stayed shut since the flood.'];
    const e = shortestAt(pub, texts, 'stayed shut');
    expect(e.date.start).not.toBe('2024-06-11');
    expect(e.date.end).toBeUndefined();
  });

  it('"ever since last spring" with an irregular participle: a stretch up to publication, not a bound', () => {
    const texts = ['The choir has sung in the new hall ever since last spring.'];
    const e = shortestAt(pub, texts, 'has sung');
    expect(e.date.mod).toBeUndefined();
    expect(e.date.end).toBe('2024-06-12');
  });

  it('"since taking office in May": the present perfect runs from May to publication; taking office is May', () => {
    const texts = ['The mayor has cut 300 jobs since taking office in May.'];
    const all = events(pub, ...texts);
    const cut = all.find((e) => e.title.includes('cut 300 jobs'))!;
    expect([cut.date.mod, cut.date.start, cut.date.end]).toEqual([undefined, '2024-05', '2024-06-12']);
    expect(all.some((e) => /took office|taking office/i.test(e.title) && e.date.start === '2024-05' && !e.date.end)).toBe(true);
  });

  it('"have fallen every year since 2012" told by a report in the present: up to publication', () => {
    const texts = ['The minutes, printed a week after the meeting, show that takings have fallen every year since 2012.'];
    const e = shortestAt(pub, texts, 'takings have fallen');
    expect([e.date.start, e.date.end]).toEqual(['2012', '2024-06-12']);
  });

  it('"for the first time since 1970": the win is not in 1970', () => {
    const texts = ['The Tarn Rovers won the cup on Saturday for the first time since 1970.'];
    const e = shortestAt(pub, texts, 'won the cup');
    expect(e.date.start).toBe('2024-06-08');
  });
});

describe('"N days after the <happening>" in a clause dated only coarsely', () => {
  const pub = '2024-06-12';

  it('a year of its own and a count from a happening dated to the day before: the counted day', () => {
    const texts = ['The burglary at the Orm gallery was reported on March 3, 1994.', 'The gallery hired a night guard in 1994, two weeks after the burglary.'];
    const e = shortestAt(pub, texts, 'night guard');
    expect(e.date.start).toBe('1994-03-17');
  });

  it('a count from a vote told paragraphs back, in a clause whose only date is a told since-stretch', () => {
    const texts = ['The harbour board voted on March 3 to close the ferry line.', 'Ferries have run to Kalvoy for a century.', 'The minutes, printed a week after the vote, show that takings have fallen every year since 2012.'];
    const e = shortestAt(pub, texts, 'minutes, printed');
    expect(e.date.start).toBe('2024-03-10');
    expect(e.date.end).toBeUndefined();
  });

  it('a count that falls outside the clause\'s own year changes nothing', () => {
    const texts = ['The burglary at the Orm gallery was reported on March 3, 1994.', 'The gallery hired a night guard in 1996, two weeks after the burglary.'];
    expect(shortestAt(pub, texts, 'night guard').date.start).toBe('1996');
  });

  it('a happening the text never told leaves the clause\'s own date alone', () => {
    const texts = ['The Orm gallery reopened on March 3, 1994.', 'The gallery hired a night guard in 1994, two weeks after the fire.'];
    expect(shortestAt(pub, texts, 'night guard').date.start).toBe('1994');
  });
});

describe('"had stood for N years" with no date of its own', () => {
  it('a past-perfect state ends at the story\'s day and starts that many years before it, flagged as a reading', () => {
    const pub = '2024-06-12';
    const texts = ['Lena Tolv won the Harrow marathon on Saturday in 2 hours 31 minutes, a course record.', 'The first race was run on May 5, 1952. The old record had stood for twelve years.'];
    const e = shortestAt(pub, texts, 'old record');
    expect([e.date.start, e.date.end]).toEqual(['2012-06-08', '2024-06-08']);
    expect(e.date.yearUncertain).toBe(true);
  });

  it('a stretch spent in the past perfect with a date of its own is left to that date', () => {
    const pub = '2024-06-12';
    const texts = ['Lena Tolv won the Harrow marathon on Saturday.', 'She had trained in Norway for two years in 2019.'];
    const e = shortestAt(pub, texts, 'trained in Norway');
    expect(e.date.start.startsWith('2019')).toBe(true);
  });
});

describe('the day in focus after a dated telling', () => {
  it('a clock time after "X happened on Friday, police said on Sunday" takes Friday, the happening\'s day', () => {
    const pub = '2024-06-12'; // a Wednesday
    const texts = ['A storm flooded the harbour at Kalvoy on Friday, police said on Sunday.', 'The water rose over the quay at 3 a.m.'];
    expect(shortestAt(pub, texts, 'water rose').date.start).toBe('2024-06-07');
  });

  it('a telling with no happening of another day still sets the focus', () => {
    const pub = '2024-06-12';
    const texts = ['The mayor said on Sunday that the harbour would reopen.', 'The water fell below the quay at 3 p.m.'];
    expect(shortestAt(pub, texts, 'water fell').date.start).toBe('2024-06-09');
  });
});

describe('the day in focus after a clause counted from another happening', () => {
  it('"left at 9 p.m. on Thursday, a day before the storm": a clock time after it is Thursday\'s', () => {
    const pub = '2024-06-12';
    const texts = ['Fishing boats stayed in port at Kalvoy.', 'The last ferry left at 9 p.m. on Thursday, a day before the storm. At 10 p.m. the coastguard closed the strait.'];
    expect(shortestAt(pub, texts, 'coastguard closed').date.start).toBe('2024-06-06');
  });
});

describe('what is under way at publication is no day in focus', () => {
  it('"are searching for people missing after a ferry capsized on Friday": a part of the day after it is Friday\'s', () => {
    const pub = '2024-06-12';
    const texts = ['Fishing boats stayed in port at Kalvoy.', 'Divers are searching for two men missing after a trawler sank off Kalvoy on Saturday.', 'The trawler turned over shortly before dawn.'];
    expect(shortestAt(pub, texts, 'turned over').date.start).toBe('2024-06-08');
  });
});

describe('a happening ordered before a dated one that took a counted stretch', () => {
  it('"began in May 2019, after volunteers had raised 40,000 crowns in eighteen months": the eighteen months up to May', () => {
    const pub = '2024-06-12';
    const texts = ['Work on the bell tower began in May 2019, after volunteers had raised 40,000 crowns in eighteen months.'];
    const e = shortestAt(pub, texts, 'had raised 40,000 crowns');
    expect(quoteOf(e, texts)).toContain('eighteen months');
    expect([e.date.start, e.date.end]).toEqual(['2017-11', '2019-05']);
  });

  it('with no length told, the happening is only placed before the date', () => {
    const pub = '2024-06-12';
    const texts = ['Work on the bell tower began in May 2019, after volunteers raised 40,000 crowns at a fair.'];
    const e = shortestAt(pub, texts, 'raised 40,000 crowns');
    expect(e.date.end).toBeUndefined();
  });
});
