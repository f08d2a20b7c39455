import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (j36): "after" a one-off occasion whose day the sentence names ("after Saturday's game", "after the last
// tour on Sunday 22 May"), with no clause of its own between "after" and the day: the doing is on that day, not only
// after it. Days only: "after the vote in March" or "after a poor season in 2008" may be a month or a year later. Every
// sentence here was written for this test.

const PUB = '2016-05-03'; // a Tuesday: the Saturday before is 2016-04-30, the Friday 2016-04-29

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('"after" an occasion on a named day: on that day', () => {
  it.each([
    ['Two fans were arrested after the match on Saturday, police said.', 'fans were arrested', '2016-04-30'],
    ['The gallery was evacuated after a fire alarm on Friday.', 'gallery was evacuated', '2016-04-29'],
    ['The museum will close to visitors after the last guided tour on Sunday 22 May.', 'museum will close', '2016-05-22'],
    ['"The players lost heart," the coach said after Saturday\'s game.', 'the coach said', '2016-04-30'],
  ])('%s', (text, words, day) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: day });
    expect(d.mod).toBeUndefined();
    expect(d.rule).toMatch(/after-occasion/);
  });
});

describe('what stays only "after" the date', () => {
  it.each([
    // A count of doings, a present perfect, a month, a clause of its own after "after".
    ['Rovers lost only twice after the restart on Jan. 8.', 'Rovers lost', '2016-01-08'],
    ['Prices have risen sharply after the vote on Friday.', 'Prices have risen', '2016-04-29'],
    ['The club merged its two boats after a poor season in 2015.', 'club merged', '2015'],
    ['The road was closed after the men came on Friday.', 'road was closed', '2016-04-29'],
    ['The ferry sank six hours after the storm on Friday.', 'ferry sank', '2016-04-29'],
  ])('%s', (text, words, day) => {
    const d = dateOf(text, words);
    expect(d.rule ?? '').not.toMatch(/after-occasion/);
    expect(d.start <= day || d.mod === 'after' || !!d.end).toBe(true);
  });
});
