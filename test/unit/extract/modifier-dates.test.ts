import { describe, expect, it } from 'vitest';
import type { NewslineEvent } from '../../../shared/document';
import { events, quoteOf } from './event-lookup';

// A date given to a noun ("the 1987 flood barrier") or to a relative clause ("the mill which burned on May 2, 2009")
// dates that thing, not the clause's main verb: the thing is an event of its own on the date, and the clause's event,
// whose own year the text does not give, keeps the date only as a guess (yearUncertain). Every sentence here was
// written for this test (none comes from an eval set or a probe).

const PUB = '2021-06-10'; // a Thursday

/** The event (the shortest one) whose evidence holds `words`. */
function at(texts: string[], words: string, published = PUB): NewslineEvent {
  const found = events(published, ...texts).filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found.sort((a, b) => quoteOf(a, texts).length - quoteOf(b, texts).length)[0];
}

describe('a year made a noun\'s adjective after the verb', () => {
  it('dates the noun; the past clause keeps the year as a guess', () => {
    const texts = ['The new harbour wall, paid for by the county, replaced the 1987 flood barrier along the quay.'];
    const main = at(texts, 'replaced').date;
    expect(main.start).toBe('1987');
    expect(main.yearUncertain).toBe(true);
    const thing = at(texts, 'flood barrier');
    expect(thing.date.start).toBe('1987');
    expect(thing.date.yearUncertain).toBeUndefined();
  });

  it('a capitalised noun after the year, in a present clause', () => {
    const texts = ['The mayor is still defending the 2003 Harbour Renewal Plan that doubled the ferry fares.'];
    expect(at(texts, 'defending').date).toMatchObject({ start: '2003', mod: 'after' });
    expect(at(texts, 'doubled the ferry fares').date).toMatchObject({ start: '2003' });
    expect(at(texts, 'doubled the ferry fares').date.yearUncertain).toBeUndefined();
  });

  it('inside the thing ("hurt in the 2015 fire"), the year is the clause\'s own', () => {
    const d = at(['Two firefighters were hurt in the 2015 warehouse fire near the station.'], 'were hurt').date;
    expect(d.start).toBe('2015');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a year of publication\'s year is left alone', () => {
    const d = at(['The board approved the 2021 budget after a long debate.'], 'approved').date;
    expect(d.yearUncertain).toBeUndefined();
  });
});

describe('a date inside a relative clause', () => {
  it('after the main verb: the relative clause is the date\'s event', () => {
    const texts = ['Ms. Okafor now leads an inquiry into the blaze which destroyed the old mill on May 2, 2009.'];
    expect(at(texts, 'leads an inquiry').date.yearUncertain).toBe(true);
    const rel = at(texts, 'destroyed the old mill').date;
    expect(rel.start).toBe('2009-05-02');
    expect(rel.yearUncertain).toBeUndefined();
  });

  it('inside the subject, before the main verb', () => {
    const texts = ['A cyclist who was badly hurt in the 2016 crash on the ring road was among the speakers at the hearing.'];
    expect(at(texts, 'among the speakers').date.yearUncertain).toBe(true);
    const rel = at(texts, 'badly hurt').date;
    expect(rel.start).toBe('2016');
    expect(rel.yearUncertain).toBeUndefined();
  });
});

describe('"where" and a closing teller', () => {
  it('a date in a "where" clause at the end, before "…, the police said": the clause\'s year is a guess', () => {
    const texts = ['Divers searched a lake near the cabin where the missing hiker stayed in 2017, the police said.'];
    expect(at(texts, 'Divers searched').date.yearUncertain).toBe(true);
    const rel = at(texts, 'the missing hiker stayed').date;
    expect(rel.start).toBe('2017');
    expect(rel.yearUncertain).toBeUndefined();
  });
});

describe('a closing teller named with a capitalised noun', () => {
  it('"…, the FAA said." is a telling of its own, before publication, not on the earlier date told', () => {
    const texts = ['The runway lights were last replaced 12 years ago, the FAA said.'];
    expect(at(texts, 'the FAA said').date).toMatchObject({ mod: 'before', start: PUB });
    expect(at(texts, 'were last replaced').date.start).toBe('2009');
  });
});

describe('a dated telling and what it tells, with no "that"', () => {
  it('"Rangers said Monday they found the boat": the telling\'s evidence runs over the happening told in the past', () => {
    const texts = ['Rangers said Monday they found the missing boat near the dam.'];
    const e = at(texts, 'found the missing boat');
    expect(e.date.start).toBe('2021-06-07');
  });

  it('what is told as still to come is no event of its own (round 42: the telling\'s evidence runs over it)', () => {
    const texts = ['The utility warned Monday that prices could rise sharply.'];
    const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('prices could rise'));
    expect(found).toHaveLength(1);
    expect(quoteOf(found[0], texts)).toMatch(/^The utility warned Monday/);
  });
});

describe('another date of the clause made a noun\'s adjective', () => {
  it('"the March flooding of the valley" beside the clause\'s own date: an event of its own', () => {
    const texts = ['Two days ago the council said it had spent its reserve on the 2019 flooding of the valley.'];
    expect(at(texts, 'council said').date.start).toBe('2021-06-08');
    expect(at(texts, 'flooding of the valley').date.start).toBe('2019');
  });
});

describe('the setting and the reason of a clause', () => {
  it('"In Monday\'s debate, X attacked Y": the possessive day opening the clause dates it', () => {
    const d = at(['In Monday\'s debate at the town hall, the challenger criticised the mayor.'], 'criticised the mayor').date;
    expect(d.start).toBe('2021-06-07');
  });

  it('"attacked him for failing to … in 2014": the reason, with its own year, is an event of its own', () => {
    const texts = ['In Monday\'s debate, the challenger attacked the mayor for closing the pool in 2014 without a vote.'];
    expect(at(texts, 'attacked the mayor').date.start).toBe('2021-06-07');
    expect(at(texts, 'closing the pool').date.start).toBe('2014');
  });
});

describe('a date closing what a verb is about', () => {
  it('"was ill when she read about the Dutchman\'s swim in 1988": the swim\'s year, a guess for the clause', () => {
    const texts = ['She was ill in hospital when she read about Van Loon\'s swim in 1988.'];
    const main = at(texts, 'was ill in hospital').date;
    expect(main.start).toBe('1988');
    expect(main.yearUncertain).toBe(true);
    const thing = at(texts, 'swim in 1988');
    expect(thing.date.start).toBe('1988');
    expect(thing.date.yearUncertain).toBeUndefined();
  });

  it('the same without a publication date, the clause told in the past', () => {
    const texts = ['The keeper spoke about the great storm in 1953 at the meeting.', 'The keeper spoke about the great storm in 1953.'];
    expect(at([texts[1]], 'spoke', '').date.yearUncertain).toBe(true);
    // The date not closing the clause may be the telling's: left alone.
    expect(at([texts[0]], 'spoke', '').date.yearUncertain).toBeUndefined();
  });

  it('a date after "about" with no noun phrase of its own is the clause\'s', () => {
    const d = at(['The pair talked about it in 2012 and agreed.'], 'talked about it').date;
    expect(d.start).toBe('2012');
    expect(d.yearUncertain).toBeUndefined();
  });
});
