import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 45 (r45), counts and lengths: "since" stretches. Sentences written for these tests (none from an eval set or a
// probe).

describe('r45-since-participle: a participle right after its noun ("permits sold since March") tells what was done up to now', () => {
  const PUB = '2011-06-20';

  it('r45-since-participle: "Parking permits sold since March will be honoured" runs from March up to publication', () => {
    const texts = ['Parking permits sold since March will be honoured until the new car park opens.'];
    const e = shortestAt(PUB, texts, 'permits sold since');
    expect(e.date).toMatchObject({ start: '2011-03', end: '2011-06-20' });
    expect(e.date.mod).toBeUndefined();
  });

  it('r45-since-participle: "the wettest months recorded since 1910" is a record, no stretch up to publication', () => {
    const texts = ['These were the wettest months recorded since 1910, the forecasters said.'];
    expect(shortestAt(PUB, texts, 'wettest months').date.end).not.toBe('2011-06-20');
  });
});

describe('r45-tally-of: a count of things "of" something since a date runs up to the telling', () => {
  const PUB = '2011-06-20';

  it('r45-tally-of: "said it knew of nine cases of food poisoning since April" runs from April up to publication', () => {
    const texts = ['The health board said it knew of nine cases of food poisoning since April, all of them mild.'];
    const e = shortestAt(PUB, texts, 'nine cases of food poisoning');
    expect(e.date).toMatchObject({ start: '2011-04', end: '2011-06-20' });
    expect(e.date.mod).toBeUndefined();
  });
});

describe('r45-years-from-month: whole years counted on from a month land in that month, years on', () => {
  const PUB = '2011-06-20';

  it('r45-years-from-month: "first sang at the festival in June 1994. Three years later it won the trophy" is June 1997', () => {
    const texts = ['The village choir first sang at the Arnley festival in June 1994. Three years later it won the county trophy.'];
    expect(shortestAt(PUB, texts, 'won the county trophy').date).toMatchObject({ start: '1997-06' });
  });

  it('r45-years-from-month: "was made captain in October 2001 and dropped two years later" is October 2003', () => {
    const texts = ['Hollis was made captain of the rowing club in October 2001 and dropped two years later, after a poor season.'];
    expect(shortestAt(PUB, texts, 'dropped').date).toMatchObject({ start: '2003-10' });
  });

  it('r45-years-from-month: a month whose year was told before it gives no month ("in 1994. That June …. Three years later")', () => {
    const texts = ['The village choir was formed in 1994. That June it first sang at the Arnley festival. Three years later it won the county trophy.'];
    expect(shortestAt(PUB, texts, 'won the county trophy').date.start).toBe('1997');
  });

  it('r45-years-from-month: a year written right after the count gives the year alone ("Three years later, in 1997, …")', () => {
    const text = 'The village choir first sang at the Arnley festival in June 1994. Three years later, in 1997, it won the county trophy.';
    expect(tagTimexes(text, { dct: PUB }).find((t) => t.text === 'Three years later')?.value).toBe('1997');
  });

  it('r45-years-from-month: a year given alone still gives a year ("in 1994. Three years later") ', () => {
    const texts = ['The village choir first sang at the Arnley festival in 1994. Three years later it won the county trophy.'];
    expect(shortestAt(PUB, texts, 'won the county trophy').date.start).toBe('1997');
  });
});

describe('r45-most-quantifier: "most" before a plural with no determiner is how many, not a record', () => {
  const PUB = '2011-06-20';

  it('r45-most-quantifier: "Most tenants have rented their flats since 1998" runs from 1998 up to publication', () => {
    const texts = ['Most tenants have rented their flats from the housing trust since 1998.'];
    const e = shortestAt(PUB, texts, 'Most tenants have rented');
    expect(e.date).toMatchObject({ start: '1998', end: '2011-06-20' });
    expect(e.date.mod).toBeUndefined();
  });

  it('r45-most-quantifier: "the most tenants the trust has housed since 1998" is still a record', () => {
    const texts = ['It was the most tenants the trust has housed in one year since 1998.'];
    expect(shortestAt(PUB, texts, 'most tenants').date.end).not.toBe('2011-06-20');
  });
});
