import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (b35): "until" opening a clause of its own ("until the council sold it in 1978") tells a happening of its
// own on its date, whichever way the stretch before it starts; and a comma inside that date ("May 1, 1845") does not
// end the until-clause. Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '1999-07-21';

describe('the until-clause after a stretch from the clause before is its own event', () => {
  it.each([
    ['The quarry was opened in the 1890s, and it supplied the county until the company closed it in 1965.', 'the company closed it', '1965', 'supplied the county', '189'],
    ['The hall was built in 1902 and served the village until the council sold it in 1978.', 'the council sold it', '1978', 'served the village', '1902'],
    ['The line was laid in 1901 and carried coal until its last pit shut in 1968.', 'its last pit shut', '1968', 'carried coal', '1901'],
  ])('%s', (text, own, day, stretch, from) => {
    const ev = shortestAt(PUB, [text], own);
    expect(ev.date).toMatchObject({ start: day });
    expect(ev.date.end).toBeUndefined();
    const main = shortestAt(PUB, [text], stretch);
    expect(main.date).toMatchObject({ start: from, end: day });
  });

  it('a bare "until <year>" stays the stretch, with no event of its own', () => {
    const text = 'The hall was built in 1902 and served the village until 1978.';
    const ev = shortestAt(PUB, [text], 'served the village');
    expect(ev.date).toMatchObject({ start: '1902', end: '1978' });
  });
});

describe('a comma inside the until-clause\'s date does not end the clause', () => {
  it.each([
    ['He oversaw the work from 1840 until the canal opened on May 1, 1845.', 'the canal opened', '1845-05-01', 'oversaw the work', '1840'],
    ['She ran the shop from March 3, 1990, until it burned down on June 9, 2001, in a wiring fire.', 'it burned down', '2001-06-09', 'ran the shop', '1990-03-03'],
    ['The ferry carried cars from 1952 until the new bridge was opened on October 4, 1971.', 'the new bridge was opened', '1971-10-04', 'ferry carried cars', '1952'],
  ])('%s', (text, own, day, stretch, from) => {
    const ev = shortestAt(PUB, [text], own);
    expect(ev.date).toMatchObject({ start: day });
    expect(ev.date.end).toBeUndefined();
    const main = shortestAt(PUB, [text], stretch);
    expect(main.date).toMatchObject({ start: from, end: day });
  });
});
