import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (d31): families left by earlier rounds that recur across the released probes. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('a past-perfect length counted back', () => {
  it('"had run the farm for thirty years when she sold it in 1998" is the thirty years up to 1998', () => {
    const texts = ['She had run the farm for thirty years when she sold it in 1998.'];
    expect(shortestAt('2011-03-02', texts, 'had run the farm').date).toMatchObject({ start: '1968', end: '1998' });
  });

  it('the when-clause keeps its own date', () => {
    const texts = ['He had lived in the village for 12 years when the flood came in March 2001.'];
    expect(shortestAt('2011-03-02', texts, 'the flood came').date).toMatchObject({ start: '2001-03' });
    expect(shortestAt('2011-03-02', texts, 'had lived in the village for 12 years').date).toMatchObject({ start: '1989-03', end: '2001-03' });
  });

  it('not in the simple past ("ran the farm for thirty years when she sold it")', () => {
    const texts = ['She ran the farm for thirty years when she sold it in 1998.'];
    expect(shortestAt('2011-03-02', texts, 'ran the farm').date.end).toBeUndefined();
  });

  it('a hedged count ("for less than four months") closing a dateless past-perfect sentence runs up to the story\'s day', () => {
    const texts = ['The mill shut its gates on Tuesday. Its manager had been in the post for less than four months.'];
    expect(shortestAt('2011-03-02', texts, 'in the post').date).toMatchObject({ start: '2010-11-01', end: '2011-03-01' });
  });
});

describe('seasons as units of a length', () => {
  it('"declared dead in 1981, after four summers of tests" is the four summers before 1981', () => {
    const texts = ['The lake was declared dead in 1981, after four summers of tests found no fish.'];
    expect(shortestAt('2001-03-02', texts, 'four summers of tests').date).toMatchObject({ start: '1977-06', end: '1980-08' });
  });

  it('winters before a month end with the last winter over by then', () => {
    const texts = ['The lake was declared dead in March 1981 after three winters of tests found no fish.'];
    expect(shortestAt('2001-03-02', texts, 'three winters of tests').date).toMatchObject({ start: '1978-12', end: '1981-02' });
  });

  it('"has worked as my deckhand for the last three summers", said in March, is the three summers before it', () => {
    const texts = ['Who takes over? Anna Berg, who has worked as my deckhand for the last three summers.'];
    expect(shortestAt('2008-03-29', texts, 'worked as my deckhand').date).toMatchObject({ start: '2005-06', end: '2007-08' });
  });
});

describe('an "after" phrase that opens with a spell and goes on with a verb', () => {
  it('"declared dead in 1981, after four years of tests found no fish" is the four years up to 1981, one event', () => {
    const texts = ['The lake was declared dead in 1981, after four years of tests found no fish.'];
    const e = shortestAt('2001-03-02', texts, 'four years of tests');
    expect(e.date).toMatchObject({ start: '1977', end: '1981' });
  });
});

describe('a record told against a happening after "since"', () => {
  it('"the biggest since the stadium was rebuilt in 1971" goes with the rebuilding, in 1971', () => {
    const texts = ['A crowd of 9,000, the biggest since the stadium was rebuilt in 1971, watched the final on Sunday.'];
    const e = shortestAt('2002-01-10', texts, 'the biggest since the stadium');
    expect(e.date).toMatchObject({ start: '1971' });
    expect(e.date.mod).toBeUndefined();
  });

  it('"the wettest at the station since records began there in 1862" goes with the records\' start', () => {
    const texts = ['Last year was the wettest at the hill station since records began there in 1862, and the wettest in living memory.'];
    expect(shortestAt('2002-01-10', texts, 'the wettest at the hill station since').date).toMatchObject({ start: '1862' });
  });
});

describe('a part of a month or year that opens a range', () => {
  it('"from late October until April" starts in late October and keeps April whole', () => {
    const texts = ['The club, which had led the table from late October until April, won the title on Sunday.'];
    const d = shortestAt('2022-05-30', texts, 'led the table').date;
    expect(d).toMatchObject({ start: '2021-10-21', end: '2022-04' });
    expect(d.mod).toBeUndefined();
  });

  it('"from mid-1998 until March 2001" starts in the middle of 1998', () => {
    const texts = ['The bridge was closed from mid-1998 until March 2001.'];
    const d = shortestAt('2005-05-30', texts, 'bridge was closed').date;
    expect(d).toMatchObject({ start: '1998-05', end: '2001-03' });
    expect(d.mod).toBeUndefined();
  });
});

describe('a record whose words hold a clause of their own', () => {
  it('"the worst he had seen since he joined the firm 20 years ago": the joining keeps its own words, on its year', () => {
    const texts = ['The engineer said last night the flood was the worst he had seen since he joined the firm 20 years ago.'];
    const e = shortestAt('1984-01-04', texts, 'since he joined the firm');
    expect(e.date).toMatchObject({ start: '1964' });
    expect(e.date.end).toBeUndefined();
  });
});

describe('a past-perfect length in a relative clause of the subject', () => {
  it('"divers who had been stranded for six days on a reef were picked up on Monday" ran six days up to Monday', () => {
    const texts = ['Four divers who had been stranded for six days on a reef off Cape Orn were picked up by a trawler on Monday, the coastguard said.'];
    expect(shortestAt('1988-01-08', texts, 'stranded for six days').date).toMatchObject({ start: '1987-12-29', end: '1988-01-04' });
  });

  it('the main clause keeps its day', () => {
    const texts = ['Four divers who had been stranded for six days on a reef off Cape Orn were picked up by a trawler on Monday, the coastguard said.'];
    expect(shortestAt('1988-01-08', texts, 'picked up by a trawler').date).toMatchObject({ start: '1988-01-04' });
  });
});

describe('a habit before a dated conjunct joined by a bare "and"', () => {
  const texts = ['Berg retired in March 1975. She came to the office every morning for another five years and checked the proofs of the last volume herself in the autumn of 1980.'];

  it('the dated conjunct ("and checked the proofs … in the autumn of 1980") keeps its date', () => {
    expect(shortestAt('1994-06-13', texts, 'checked the proofs').date).toMatchObject({ start: '1980-09', end: '1980-11' });
  });

  it('the habit kept up for a length is still an event, undated', () => {
    expect(shortestAt('1994-06-13', texts, 'came to the office').date).toMatchObject({ mod: 'before', start: '1994-06-13' });
  });

  it('a habit with no past verb after "and" is left whole ("sails every Tuesday and Friday in summer")', () => {
    const ferry = ['The ferry sails every Tuesday and Friday in summer.'];
    expect(() => shortestAt('1994-06-13', ferry, 'Friday in summer')).toThrow();
  });
});

describe('a record told in the past against a "since"', () => {
  const texts = ['The bridge over the Orr collapsed on Thursday. The collapse, shortly after dawn, was the worst since the river flooded on Dec. 28.'];

  it('the clause is news of the story\'s day, not some time after the yardstick', () => {
    const d = shortestAt('1997-01-03', texts, 'The collapse, shortly after dawn').date;
    expect(d).toMatchObject({ start: '1997-01-02' });
    expect(d.mod).toBeUndefined();
  });

  it('the yardstick keeps its own day', () => {
    expect(shortestAt('1997-01-03', texts, 'the river flooded').date).toMatchObject({ start: '1996-12-28' });
  });

  it('with no story day after the yardstick, it stays after it', () => {
    const alone = ['The flood was the worst since the dam was built in 1961.'];
    expect(shortestAt('1997-01-03', alone, 'The flood was the worst').date).toMatchObject({ start: '1961', mod: 'after' });
  });
});

describe('a month after a year told in another predicate set off by ", and"', () => {
  const texts = ['The firm shut its mill at Orr in the second half of calendar 2020, cutting about 90 jobs, and moved the work to its main plant in Tain, which has run two shifts since January.'];

  it('"which has run two shifts since January" runs from the last January, a guess, not the earlier predicate\'s year', () => {
    const d = shortestAt('2021-08-12', texts, 'two shifts').date;
    expect(d).toMatchObject({ start: '2021-01', end: '2021-08-12', yearUncertain: true });
  });

  it('"the second half of calendar 2020" is that half', () => {
    expect(shortestAt('2021-08-12', texts, 'shut its mill').date).toMatchObject({ start: '2020-07', end: '2020-12', basis: 'stated' });
  });
});

describe('a season before a happening told earlier in publication\'s year', () => {
  it('"the summer before his arrest", the arrest in February of a November paper\'s year, is the summer before', () => {
    const texts = ['He resigned in January 2011, and he was arrested the following month. Most of the money went on a boat he bought the summer before his arrest.'];
    expect(shortestAt('2011-11-25', texts, 'bought the summer').date).toMatchObject({ start: '2010-06', end: '2010-08', yearUncertain: true });
  });
});

describe('a relative clause holding a present-perfect "since"', () => {
  it('"the old building … that has stood empty since its last tenants left in 2004" is the stretch up to publication, an event of its own', () => {
    const texts = ['The council will spend 2 million on the Corn Exchange, the old building on Mill Street that has stood empty since its last tenants left in 2004.'];
    const e = shortestAt('2015-11-18', texts, 'that has stood empty');
    expect(e.date).toMatchObject({ start: '2004', end: '2015-11-18' });
    expect(e.title).toMatch(/stood empty/);
  });
});

describe('a relative clause after a name, between two dates', () => {
  it('"… the old building on Mill Street that has stood empty since its tenants left in the summer of 2004" keeps its since-stretch', () => {
    const texts = ['Councillors voted on Tuesday night to spend a further 1.8 million on the Corn Exchange, the old building on Mill Street that has stood empty since its last tenants left in the summer of 2004.'];
    expect(shortestAt('2015-11-18', texts, 'has stood empty since').date).toMatchObject({ start: '2004-06', end: '2015-11-18' });
    expect(shortestAt('2015-11-18', texts, 'Councillors voted').date).toMatchObject({ start: '2015-11-17' });
  });
});
