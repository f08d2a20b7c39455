import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (x36): "after" a happening named by a noun alone ("after a vote", "after a cluster of cases"), at the end of
// a dated clause, is an event of its own before that date; the clause keeps its date. Every sentence here was written
// for this test.

const PUB = '2016-05-03';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('"after a <happening>" after a dated clause: before that date', () => {
  it.each([
    ['The disease was first described in 1957 by a local doctor, after a cluster of cases among miners.', 'after a cluster of cases', '1957', 'described in 1957'],
    ['The town abandoned the scheme in 1998 after a vote much like this one.', 'after a vote much like', '1998', 'abandoned the scheme'],
    ['The ferry was withdrawn in March after a series of breakdowns.', 'after a series of breakdowns', '2016-03', 'ferry was withdrawn'],
    ['The club folded in 1990 after an outbreak of infighting among its members.', 'after an outbreak of infighting', '1990', 'club folded'],
  ])('%s', (text, words, day, main) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: day, mod: 'before' });
    expect(d.rule).toMatch(/ordering-clause\/after/);
    const m = dateOf(text, main);
    expect(m.start).toBe(day);
    expect(m.mod).toBeUndefined();
  });
});

describe('what stays as it was', () => {
  it('a count after "after" is a length, not a happening', () => {
    const d = dateOf('She retired in 2004 after a year in Paris.', 'after a year in Paris');
    expect(d.mod).not.toBe('before');
  });
  it('a length given as an adjective is the stretch up to the date', () => {
    const d = dateOf('The road reopened on Friday after a three-week closure.', 'after a three-week closure');
    expect(d).toMatchObject({ end: '2016-04-29' });
  });
});
