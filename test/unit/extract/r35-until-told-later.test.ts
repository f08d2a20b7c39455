import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (c35): a stretch with a stated start ("from 1962", "since 1951") that runs "until" a happening the article
// tells later with its own date ends on that date; with no later dated telling it stays open-ended.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a stretch up to a happening told later', () => {
  it('"until the bridge opened", the opening dated in a later sentence', () => {
    const texts = ['A chain ferry crossed the estuary from 1962 until the bridge opened.', 'Work on the crossing began in 1976, and the bridge opened in 1981.'];
    const d = shortestAt('2019-05-01', texts, 'chain ferry').date;
    expect([d.start, d.end]).toEqual(['1962', '1981']);
  });

  it('"until its closure", the closing dated paragraphs later', () => {
    const texts = ['The foundry cast church bells from 1946 until its closure.', 'Orders fell through the 1970s.', 'The foundry closed in 1983, with the loss of 90 jobs.'];
    const d = shortestAt('2019-05-01', texts, 'church bells').date;
    expect([d.start, d.end]).toEqual(['1946', '1983']);
  });

  it('"since 1951 … till the council fenced it": the open start gets its end', () => {
    const texts = ['Since 1951 the Harwood family had grazed sheep on the common till the council fenced it.', 'The council fenced the common in 1994 after a long dispute.'];
    const d = shortestAt('2018-05-01', texts, 'grazed sheep').date;
    expect([d.start, d.end, d.mod]).toEqual(['1951', '1994', undefined]);
  });

  // Must not fire.
  it('a happening dated before the start does not end the stretch', () => {
    const texts = ['The brass band played on the pier from 1950 until the war ended.', 'The war ended in 1945, and the pier was rebuilt.'];
    expect(shortestAt('2019-05-01', texts, 'brass band').date.end).toBeUndefined();
  });

  it('a later telling with no date of its own leaves the stretch open-ended', () => {
    const texts = ['A bus ran to the village from 1962 until the bridge opened.', 'The bridge opened years later.'];
    expect(shortestAt('2019-05-01', texts, 'A bus ran').date.end).toBeUndefined();
  });

  it('a stretch with no stated start is left alone', () => {
    const texts = ['Barges carried coal on the canal until the railway opened.', 'The railway opened in 1849.'];
    const d = shortestAt('2019-05-01', texts, 'Barges carried coal').date;
    expect(d.rule ?? '').not.toContain('until-told-later');
  });
});
