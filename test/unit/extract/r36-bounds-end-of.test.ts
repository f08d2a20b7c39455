import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (j36): "until the end of <month or year>" ends a stretch at the whole period, its last day included (the
// one convention for bound words, round 35). The period's "end" no longer stays on the stretch as a mod (which made
// it the stretch's last third), and a year's end works as a month's did. Every sentence here was written for this test.

const PUB = '2016-05-03';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('"until the end of" after a dated clause joined by "and": from that date to the whole period', () => {
  it.each([
    ['A second trial, in forty schools, starts in September and will run until the end of 2017.', 'will run', '2016-09', '2017'],
    ['The exhibition opens at the town museum on Monday and runs until the end of June.', 'runs', '2016-05-09', '2016-06'],
    ['Repairs to the pier began in March 2010 and went on until the end of 2011.', 'went on', '2010-03', '2011'],
  ])('%s', (text, words, start, end) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start, end });
    expect(d.mod).toBeUndefined();
  });
});

describe('"until the end of" a period still ahead, with no start in the sentence: from publication', () => {
  it.each([
    ['The scheme will run until the end of 2017, the minister said.', 'scheme', '2017'],
    ['Fares on the line are frozen until the end of the year.', 'Fares', '2016'],
    ['The road will stay closed to lorries until the end of next year.', 'lorries', '2017'],
  ])('%s', (text, words, end) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: PUB, end });
    expect(d.mod).toBeUndefined();
  });
});
