import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 30 (a30): families from probe 22. Every sentence here was written for this test (none comes from an eval set
// or a probe).

describe('"a quarter of a century" is a length of years, not a business quarter', () => {
  it('"over the next quarter of a century" after a dated year runs 25 years from it', () => {
    const texts = ['The ferry was launched in 1950. She sailed the strait over the next quarter of a century.'];
    expect(shortestAt('2003-10-26', texts, 'sailed the strait').date).toMatchObject({ start: '1950', end: '1975' });
  });

  it('"for half a century" gives no quarter before or after publication', () => {
    const texts = ['The ferry was launched in 1950. She sailed the strait for the next half a century.'];
    const d = shortestAt('2003-10-26', texts, 'sailed the strait').date;
    expect(d?.start.startsWith('2003') || d?.start.startsWith('2004')).toBe(false);
  });
});

describe('what "since" counts from has come, whatever the tense of the main verb', () => {
  it('"Permits issued since Easter will be cancelled", written in July, runs from this Easter', () => {
    const texts = ['Parking permits issued since Easter will be cancelled.'];
    expect(shortestAt('2018-07-19', texts, 'since Easter').date).toMatchObject({ start: '2018-04-01' });
  });

  it('so does "since March"', () => {
    const texts = ['Permits bought since March will be refunded.'];
    expect(shortestAt('2018-07-19', texts, 'since March').date?.start).toBe('2018-03');
  });
});

describe('"the weekend before the fire" is counted from the fire', () => {
  const texts = [
    'A fire broke out at the warehouse on Saturday, May 4, 2019, and destroyed the stock. Police said the owner had moved his lorries out of the yard the weekend before the fire. Staff returned the weekend after the fire.',
  ];

  it('the weekend before a Saturday fire is the one a week back', () => {
    expect(shortestAt('2020-01-10', texts, 'moved his lorries').date).toMatchObject({ start: '2019-04-27', end: '2019-04-28' });
  });

  it('the weekend after it is the next one', () => {
    expect(shortestAt('2020-01-10', texts, 'Staff returned').date).toMatchObject({ start: '2019-05-11', end: '2019-05-12' });
  });

  it('"the day before the fire" names the fire told before, no guess', () => {
    const t = ['A fire broke out at the warehouse on Saturday, May 4, 2019. A neighbour saw him there the day before the fire.'];
    const d = shortestAt('2020-01-10', t, 'neighbour saw').date;
    expect(d).toMatchObject({ start: '2019-05-03' });
    expect(d?.yearUncertain).toBeFalsy();
  });

  it('"the weekend before last" is still counted from publication', () => {
    const t = ['The owner moved his lorries out of the yard the weekend before last.'];
    expect(shortestAt('2020-01-10', t, 'moved his lorries').date?.start).not.toBe('2019-05-04');
  });
});

describe('a noun phrase closing the sentence, with a relative clause of its own, keeps its date', () => {
  const texts = ['During the war he repaired engines at a depot in Leeds, a job he described only once, in a newspaper interview in 1975.'];

  it('the interview is 1975', () => {
    expect(shortestAt('1990-10-26', texts, 'newspaper interview').date?.start).toBe('1975');
  });

  it('the repairs during the war are not', () => {
    expect(shortestAt('1990-10-26', texts, 'repaired engines').date?.start).not.toBe('1975');
  });

  it('a post held until a date is no aside of its own', () => {
    const t = ['He was made harbour master, a post he held until his retirement in 1990.'];
    expect(shortestAt('1995-10-26', t, 'harbour master').date?.start).toBe('1990');
  });

  it('a date before the phrase still dates the main clause', () => {
    const t = ['In 1944 he repaired engines at a depot in Leeds, a job he described only once.'];
    expect(shortestAt('1990-10-26', t, 'repaired engines').date?.start).toBe('1944');
  });
});

describe('"took me back to" a time: the time remembered is its own event', () => {
  const texts = ["Your pictures of last week's flood on the river took me back to the winter of 1963, when the village was cut off."];

  it('the flood of last week keeps last week', () => {
    expect(shortestAt('2024-03-09', texts, 'pictures of').date).toMatchObject({ start: '2024-02-26', end: '2024-03-03' });
  });

  it('the winter remembered is 1963', () => {
    expect(shortestAt('2024-03-09', texts, 'took me back').date?.start.slice(0, 4)).toBe('1963');
  });

  it('so does "reminded me of": the summer remembered is an event of its own', () => {
    const t = ['Her visit last Tuesday reminded me of the summer of 1976.'];
    expect(shortestAt('2024-03-09', t, 'Her visit').date?.start).toBe('2024-03-05');
    expect(events('2024-03-09', ...t).some((e) => e.date?.start.startsWith('1976'))).toBe(true);
  });
});

describe('a lower-case word spelt like a state abbreviation ends a sentence', () => {
  it('"fell ill." closes its sentence, and the next one keeps its own date', () => {
    const texts = ['Her second appeal, in November, was halted when the clerk fell ill. The ruling had been listed for last Friday.'];
    const halted = shortestAt('2004-04-02', texts, 'halted');
    expect(quoteOf(halted, texts)).not.toContain('ruling');
    expect(halted.date?.start).toBe('2003-11');
  });

  it('"Springfield, Ill." still does not end one', () => {
    const texts = ['He moved to Springfield, Ill. Last year he left.'];
    expect(events('2004-04-02', ...texts).some((e) => quoteOf(e, texts) === 'He moved to Springfield, Ill.')).toBe(false);
  });
});

describe('a spell at a place or with an employer ends at the clause\'s date', () => {
  it('"became chairman in 1991 after 12 years at a rival bank" is 1979 to 1991', () => {
    const texts = ['Okafor, who became chairman in 1991 after 12 years at a rival bank, said the talks were going well.'];
    expect(shortestAt('1995-05-10', texts, 'rival bank').date).toMatchObject({ start: '1979', end: '1991' });
  });

  it('so does "after eight years with the firm"', () => {
    const texts = ['Reyes joined the board in 1990 after eight years with the firm.'];
    expect(shortestAt('1995-05-10', texts, 'with the firm').date).toMatchObject({ start: '1982', end: '1990' });
  });
});

describe('"for N years until <year>" is the years up to it', () => {
  it('"managed the depot for four years until 2015" is 2011 to 2015', () => {
    const texts = ['Patel managed the depot for four years until 2015.'];
    expect(shortestAt('2021-12-28', texts, 'managed the depot').date).toMatchObject({ start: '2011', end: '2015' });
  });
});

describe('a rate "a week" before "from <weekday>" is no count from that day', () => {
  it('"one sack of coal a week from Wednesday" starts on Wednesday', () => {
    const texts = ['Each family will get one sack of coal a week from Wednesday.'];
    expect(shortestAt('1976-01-05', texts, 'sack of coal').date?.start).toBe('1976-01-07');
  });

  it('"will sail a week from Friday" is still a week on from Friday', () => {
    const texts = ['The ferry will sail a week from Friday.'];
    expect(shortestAt('1976-01-05', texts, 'ferry').date?.start).toBe('1976-01-16');
  });
});

describe('a funeral "is at" a place and an hour "on Friday" is ahead', () => {
  it('with a time of day between', () => {
    const texts = ["The funeral is at St Mary's church at two o'clock on Friday."];
    expect(shortestAt('1983-10-26', texts, 'funeral').date?.start).toBe('1983-10-28');
  });

  it('with the town set off by commas', () => {
    const texts = ['The service is at Holy Trinity, Kelby, at 11 a.m. on Monday.'];
    expect(shortestAt('1983-10-26', texts, 'service').date?.start).toBe('1983-10-31');
  });
});

describe('"the weekend of <days>" is the days written', () => {
  it('"over the weekend of 14 and 15 July" is those two days', () => {
    const texts = ['The main was repaired over the weekend of 14 and 15 July.'];
    expect(shortestAt('2007-08-06', texts, 'main was repaired').date).toMatchObject({ start: '2007-07-14', end: '2007-07-15' });
  });

  it('"the weekend of July 21-22" too', () => {
    const texts = ['The roof was mended over the weekend of July 21-22.'];
    expect(shortestAt('2007-08-06', texts, 'roof').date).toMatchObject({ start: '2007-07-21', end: '2007-07-22' });
  });
});

describe('"the week before Christmas" is a week of its own', () => {
  it('told in the past in March, it is the week before last Christmas\'s', () => {
    const texts = ['The council found rust during an inspection in the week before Christmas.'];
    expect(shortestAt('2024-03-09', texts, 'found rust').date).toMatchObject({ start: '2023-12-18', end: '2023-12-24' });
  });

  it('"reopens the week after Easter" is the week after Easter\'s week', () => {
    const texts = ['The market reopens the week after Easter.'];
    expect(shortestAt('2024-03-09', texts, 'market reopens').date).toMatchObject({ start: '2024-04-01', end: '2024-04-07' });
  });
});
