import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (l39): what a dated telling reports in the present perfect with a length up to now ("has fallen by a third
// over the last five years, its owners said on Monday") is that stretch up to publication, not only something done by
// the telling's day. Every sentence here was written for this test.

const span = (published: string, texts: string[], words: string) => {
  const e = shortestAt(published, texts, words);
  return [e.date.start, e.date.end, e.date.rule];
};

describe('a present-perfect length told before a dated telling', () => {
  it('"over the past ten years, the club said on Friday"', () => {
    const texts = ['Membership has doubled over the past ten years, the rowing club said on Friday.'];
    expect(span('2018-07-12', texts, 'Membership has doubled')).toEqual(['2008-07-12', '2018-07-12', 'duration/up-to-publication']);
    expect(shortestAt('2018-07-12', texts, 'said on Friday').date.start).toBe('2018-07-06');
  });

  it('"in the last five years, officials said on Tuesday"', () => {
    const texts = ['The old copper mine has flooded twice in the last five years, officials said on Tuesday.'];
    expect(span('2018-07-12', texts, 'has flooded twice')).toEqual(['2013-07-12', '2018-07-12', 'duration/up-to-publication']);
  });

  it('"in the past two decades, a survey published on Monday has found"', () => {
    const texts = ['Most of the marsh’s lost ground has gone in the past two decades, a survey published on Monday has found.'];
    expect(span('2018-07-12', texts, 'lost ground has gone')).toEqual(['1998-07-12', '2018-07-12', 'duration/up-to-publication']);
  });
});

describe('what stays done by the telling', () => {
  it('a simple past told before the telling', () => {
    const texts = ['The mine flooded twice in the last five years of its working life, officials said on Tuesday.'];
    expect(shortestAt('2018-07-12', texts, 'The mine flooded').date.rule).not.toBe('duration/up-to-publication');
  });
});
