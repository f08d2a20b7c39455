import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (c48), counts, lengths and "since". Sentences written for these tests (none from an eval set or a probe).

describe('r48-denied-since: "has not <done> since" counts from the last time the same thing was done', () => {
  const PUB = '2021-08-20';

  it('r48-denied-since: "flooded … on March 3", then a later step, then "It has not flooded since" runs from March 3', () => {
    const texts = ['The river flooded the lower town on March 3, and a new weir was finished the following week. It has not flooded since. Repairs began on Monday.'];
    const e = shortestAt(PUB, texts, 'It has not flooded since');
    expect(e.date).toMatchObject({ start: '2021-03-03', end: PUB, rule: 'narrative-focus/since-then' });
  });

  it('r48-denied-since: "have not reached … since" after a final reached and a later dated step', () => {
    const texts = ['The Larks reached the county final in May 2009, and their coach retired in 2011. They have not reached a final since.'];
    expect(shortestAt(PUB, texts, 'They have not reached a final since').date).toMatchObject({ start: '2009-05', end: PUB });
  });

  it('r48-denied-since: a "since" that denies nothing still counts from the happening told last', () => {
    const texts = ['The river flooded the lower town on March 3, and a new weir was finished the following week. It has held back two storms since.'];
    expect(shortestAt(PUB, texts, 'It has held back two storms since').date).toMatchObject({ start: '2021-03-08', end: PUB });
  });
});

describe('r48-never-since: "has never <done> since" and "haven’t <done> since" close on "since" as "has not" does', () => {
  const PUB = '2021-08-20';

  it('r48-never-since: "It has never reopened since" after a dated fire runs from the fire up to publication', () => {
    const texts = ['The old cinema on Dock Street burned down in 1998. It has never reopened since.'];
    expect(shortestAt(PUB, texts, 'It has never reopened since').date).toMatchObject({ start: '1998', end: PUB, rule: 'narrative-focus/since-then' });
  });

  it('r48-never-since: "They haven\'t lost since" counts from the last loss, past a later dated step', () => {
    const texts = ['The Otters lost at home on May 2, and their captain signed a new deal on May 9. They haven\'t lost since.'];
    expect(shortestAt(PUB, texts, "They haven't lost since").date).toMatchObject({ start: '2021-05-02', end: PUB });
  });
});

describe('r48-compound-since: "since <a compound modifier and a bare noun> was <done> in <date>" is a clause of its own', () => {
  const PUB = '2021-08-20';

  it('r48-compound-since: "has been forbidden since blue-green scum was spotted there in May" runs from May up to publication', () => {
    const texts = ['Boating at Penmill Lake has been forbidden since blue-green scum was spotted there in May. The council met on Monday.'];
    const e = shortestAt(PUB, texts, 'has been forbidden');
    expect(e.date).toMatchObject({ start: '2021-05', end: PUB });
    expect(e.date.mod).toBeUndefined();
  });

  it('r48-compound-since: the sighting itself stays an event in May', () => {
    const texts = ['Boating at Penmill Lake has been forbidden since blue-green scum was spotted there in May. The council met on Monday.'];
    const e = shortestAt(PUB, texts, 'scum was spotted');
    expect(e.date).toMatchObject({ start: '2021-05' });
    expect(e.date.end).toBeUndefined();
  });
});

describe('r48-after-gerund-since: "after <doing> … since <date>" is a state that lasted up to the clause it follows', () => {
  const PUB = '1970-05-20';

  it('r48-after-gerund-since: "said in April that the foundry would shut, after failing to sell a bell since 1967" runs from 1967 to April', () => {
    const texts = ['The owners said in April that the foundry would shut, after failing to sell a single bell since the winter of 1967.'];
    const e = shortestAt(PUB, texts, 'failing to sell');
    expect(e.date).toMatchObject({ end: '1970-04', rule: 'season-year/since-until-later-date' });
    expect(e.date.mod).toBeUndefined();
  });

  it('r48-after-gerund-since: "shut in April after losing money since 1966" runs from 1966 to April', () => {
    const texts = ['The foundry shut in April after losing money since 1966.'];
    expect(shortestAt(PUB, texts, 'losing money').date).toMatchObject({ start: '1966', end: '1970-04' });
  });
});
