import { describe, expect, it } from 'vitest';
import { nopub, quoteOf, shortestNoPub as at } from './event-lookup';

// Round 34 (d34): without a publication date, a past sentence with no date of its own that nothing else in the text
// places used to give no event at all: "before publication" had no day. It is still told as past, so it happened
// before the article was written; it is now placed before the day the text suggests for that (a yearless dateline's
// day in its guessed year, else the end of the latest year the article writes), always flagged, with a note saying the
// day is a guess. With a publication date nothing changes. Every sentence here was written for this test.

describe('an undated past sentence, without a publication date', () => {
  it('after a sentence with a year: before the end of the latest year written, flagged', () => {
    const texts = ['The ferry Orla struck a reef off Cape Dunmore in 2016 and sank within an hour.', "Divers recovered the ship's bell from the wreck."];
    const d = at(texts, 'recovered the ship').date;
    expect(d).toMatchObject({ start: '2016', mod: 'before', yearUncertain: true, rule: 'narrative-order/before-publication' });
    expect(d.note).toMatch(/no publication date.*before the article was written.*latest year the article writes, a guess/);
  });

  it('a different wording, the year written later in the article', () => {
    const texts = ['Parents at Holm Lane school collected 3,000 signatures against the closure.', 'The school was built in 1931 and extended in 1975.'];
    expect(at(texts, 'collected 3,000 signatures').date).toMatchObject({ start: '1975', mod: 'before', yearUncertain: true });
  });

  it('a telling with no day of its own ("The union said …")', () => {
    const texts = ['The bakery chain Brode cut 40 jobs in March 2012.', 'The union said the cuts had come without warning.'];
    // Round 38: "in March 2012" is told from a later year, so the writing year is guessed as 2013.
    expect(at(texts, 'union said').date).toMatchObject({ start: '2013', mod: 'before', yearUncertain: true });
  });

  it('under a yearless dateline: before the dateline day, in the guessed year, flagged', () => {
    const texts = ['PORT ELLIS, May 14 (Wire) - The port reopened to shipping after a storm in 2019 damaged the quay.', 'Engineers inspected the cranes and the harbour master lifted the speed limit.'];
    const d = at(texts, 'Engineers inspected').date;
    expect(d).toMatchObject({ start: '2019-05-14', mod: 'before', yearUncertain: true });
    expect(d.note).toMatch(/day of its dateline.*a guess/);
  });

  it('with no year anywhere in the article the year is a guess, flagged (round 55, e55)', () => {
    const texts = ['Residents of Fell Road were told to boil their water.', 'Engineers replaced a cracked main under the road.'];
    const found = nopub(...texts).filter((e) => quoteOf(e, texts).includes('replaced a cracked main'));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date).toMatchObject({ yearUncertain: true });
  });

  it('with a publication date nothing changes: before publication, not flagged', () => {
    const texts = ['The ferry Orla struck a reef off Cape Dunmore in 2016 and sank within an hour.', "Divers recovered the ship's bell from the wreck."];
    const d = at(texts, 'recovered the ship', '2017-02-03').date;
    expect(d).toMatchObject({ start: '2017-02-03', mod: 'before', rule: 'narrative-order/before-publication' });
    expect(d.yearUncertain).toBeUndefined();
  });
});
