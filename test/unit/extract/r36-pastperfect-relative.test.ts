import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (x36): a relative clause in the past perfect after a dated clause ("… on Friday by the engineer who had
// designed it") tells of something done before that date: an event of its own, on or before it. The clause keeps its
// date. Every sentence here was written for this test.

const PUB = '2016-05-03'; // a Tuesday: the Friday before is 2016-04-29

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('a past-perfect relative clause after the date: before it', () => {
  it.each([
    ['The bridge was reopened on Friday by the engineer who had designed it.', 'who had designed it', '2016-04-29', 'bridge was reopened'],
    ['The mayor was elected in 2010 in a town which had voted for her rival.', 'which had voted for her rival', '2010', 'mayor was elected'],
    ['The first complaint came in March 2015, from a mother whose son had swallowed a battery.', 'whose son had swallowed', '2015-03', 'first complaint came'],
    ['The hall was packed on Jan. 9, when a singer who had flown in from Oslo was the star of the night.', 'who had flown in from Oslo', '2016-01-09', 'hall was packed'],
  ])('%s', (text, words, day, main) => {
    const d = dateOf(text, words);
    expect(d).toMatchObject({ start: day, mod: 'before' });
    expect(d.rule).toMatch(/past-perfect/);
    const m = dateOf(text, main);
    expect(m.start).toBe(day);
    expect(m.mod).toBeUndefined();
  });

  it('the relative clause stops before the main clause goes on', () => {
    const text = 'The hall was packed on Jan. 9, when a singer who had flown in from Oslo was the star of the night.';
    const all = shortestAt(PUB, [text], 'who had flown');
    expect(all.title).not.toMatch(/star/);
  });
});

describe('what stays as it was', () => {
  it('a simple past relative clause is not split off', () => {
    const d = dateOf('The bridge was reopened on Friday by the engineer who designed it.', 'who designed it');
    expect(d.mod).toBeUndefined();
  });
  it('a relative clause with a date of its own keeps that date', () => {
    const d = dateOf('The bridge was reopened on Friday by the engineer who had designed it in 1988.', 'who had designed it');
    expect(d.mod).not.toBe('before');
  });
  it('so does one whose date comes after a comma of the clause before it', () => {
    const text = 'Last month she sent a card to Ann Pell, a girl she had taught, who had swum the lake in six hours on April 2, a record.';
    const d = dateOf(text, 'who had swum the lake');
    expect(d.rule ?? '').not.toMatch(/past-perfect/);
  });
});
