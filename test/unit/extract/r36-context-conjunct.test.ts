import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 36 (k36): a second conjunct with its own subject, told in the simple past with no time of its own, after a
// first conjunct whose date closes it, goes on from that date: after "but" (a turn the story takes) or after a date
// coarser than a day. It is its own event, after the first's date and, told in the past, before publication: a range
// the narrative order gives, drawn as uncertain. After a day, "and" stays the same day. Every sentence here was written
// for this test.

const PUB = '2012-06-20';

describe('a second conjunct after "but" goes on from the first conjunct\'s date', () => {
  it.each([
    ['The parish council first asked for a footbridge in 1998, but the county turned the request down.', 'turned the request', '1998'],
    ['Builders started work on the pavilion in March 2009, but the contractor collapsed into administration.', 'contractor collapsed', '2009-03'],
    ['Two ferries were ordered from a yard in Gdansk on 4 May 2010, but the shipyard went bankrupt.', 'shipyard went', '2010-05-04'],
  ])('%s', (text, words, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d).toMatchObject({ start, end: PUB, rule: 'sequence/after-conjunct-before' });
    expect(d.yearUncertain).toBeUndefined();
  });

  it('keeps the first conjunct on its own date', () => {
    const d = shortestAt(PUB, ['The parish council first asked for a footbridge in 1998, but the county turned the request down.'], 'asked for a footbridge').date;
    expect(d).toMatchObject({ start: '1998' });
    expect(d.end).toBeUndefined();
  });
});

describe('a second conjunct after "and" goes on from a date coarser than a day', () => {
  it.each([
    ['Floods cut the valley road twice last year, and the county paid for a new culvert.', 'paid for a new culvert', '2011'],
    ['The bakery changed hands in April 2004, and the new owners replaced the ovens.', 'replaced the ovens', '2004-04'],
    ['Hailstorms flattened the barley in the summer of 2008, and several growers sold their land.', 'sold their land', '2008'],
  ])('%s', (text, words, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d.start.startsWith(start)).toBe(true);
    expect(d).toMatchObject({ end: PUB, rule: 'sequence/after-conjunct-before' });
  });
});

describe('what stays as it was', () => {
  /** The rules of the events whose evidence holds `words`. */
  const rulesAt = (text: string, words: string) => events(PUB, text).filter((e) => quoteOf(e, [text]).includes(words)).map((e) => e.date.rule);

  it.each([
    // After a day, "and" tells of the same day.
    ['The gale struck the harbour on 2 March 2011, and the sea wall was breached in two places.', 'sea wall'],
    ['Crews reached the wreck on Tuesday, and divers recovered the second engine.', 'divers recovered'],
    // A time of its own.
    ['The mill closed in 1984, but the chimney was pulled down in 1990.', 'chimney'],
    // A length after the date may be what the second is counted from.
    ['The storm moved the sandbars in May 1950, he charted them again within a month, and the harbour reopened.', 'harbour reopened'],
    // A second in the present or the present perfect is no happening after the first.
    ['The club was founded in 1921, but its members are mostly young.', 'members are'],
    ['The club was founded in 1921, and its ground has hardly changed.', 'ground has'],
  ])('%s', (text, words) => {
    expect(rulesAt(text, words)).not.toContain('sequence/after-conjunct-before');
  });
});
