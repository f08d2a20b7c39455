import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 37 (u37): a second conjunct with its own subject after a dated first is its own event, placed after the
// first's date (or before publication, by its tense), in more shapes of subject and order: a subject holding a number
// written with a thousands comma, a bare noun before a passive ("drinking water was trucked in"), and a "then" or
// "later" of its own, which orders it after the first even when the first is a day. Every sentence here was written
// for this test.

const PUB = '2012-06-20';

describe('a present perfect after a subject with a number in it is not on the first conjunct\'s date', () => {
  it.each([
    ['Bookings opened on June 1, and 2,300 visitors have already reserved tickets.', '2,300 visitors', 'Bookings opened', '2012-06-01'],
    ['The appeal was launched on March 3, and 12,500 pounds has been raised so far.', '12,500 pounds', 'appeal was launched', '2012-03-03'],
    ['The register opened in January, and some 1,400 households have signed up.', '1,400 households', 'register opened', '2012-01'],
  ])('%s', (text, words, first, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d.start).not.toBe(start);
    expect(d).toMatchObject({ rule: 'narrative-order/before-publication' });
    expect(shortestAt(PUB, [text], first).date).toMatchObject({ start });
  });
});

describe('a bare noun before a passive opens a conjunct of its own', () => {
  it.each([
    ['The dam failed last month, and drinking water was trucked in from the coast.', 'water was trucked', '2012-05'],
    ['The quarry closed in 2009, and gravel was shipped in from Wales.', 'gravel was shipped', '2009'],
    ['Pylons fell in the gale in March, and power was restored in stages.', 'power was restored', '2012-03'],
  ])('%s', (text, words, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d).toMatchObject({ start, end: PUB, rule: 'sequence/after-conjunct-before' });
  });
});

describe('"then" or "later" in the second conjunct orders it after a first dated by a day', () => {
  it.each([
    ['The board met on Tuesday, and the chairman then resigned.', 'chairman then resigned', '2012-06-19'],
    ['Police raided the flat on May 14, and officers then seized two laptops.', 'officers then seized', '2012-05-14'],
    ['Heavy rain fell on Monday, and volunteers later filled 2,000 sandbags.', 'volunteers later filled', '2012-06-18'],
  ])('%s', (text, words, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d).toMatchObject({ start, end: PUB, rule: 'sequence/after-conjunct-before' });
  });

  it('leaves a plain "and" after a day on that day', () => {
    const text = 'Police raided the flat on May 14, and officers seized two laptops.';
    const all = events(PUB, text);
    expect(all).toHaveLength(1);
    expect(all[0].date).toMatchObject({ start: '2012-05-14' });
    expect(quoteOf(all[0], [text])).toContain('officers seized');
  });

  it('reads "and that" with a determiner after it as more of what was said, not a subject', () => {
    const text = 'A surveyor told the court on Tuesday that he had measured the field himself in August 1938, and that both readings agreed.';
    expect(events(PUB, text).every((e) => e.date.rule !== 'sequence/after-conjunct-before')).toBe(true);
  });
});
