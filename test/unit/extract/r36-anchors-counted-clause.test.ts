import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (m36): a count from a happening told as a clause with a pronoun subject ("a week before it shut") inside a
// sentence that has a date of its own. The clause is counted from the happening it names (often the sentence's own
// dated clause), not given the sentence's date. Every sentence here was written for this test (none comes from an eval
// set or a probe).

describe('a count from a happening told as a pronoun clause, in a dated sentence', () => {
  it('"having …" after the dated clause: "a week before it shut" is a week before the shutting', () => {
    const texts = ['The Dunmere corner shop shut on Tuesday, having run out of flour a week before it shut.'];
    // 11 May 2021 was a Tuesday before a Friday 14 May story.
    expect(shortestAt('2021-05-14', texts, 'shop shut on Tuesday').date.start).toBe('2021-05-11');
    expect(shortestAt('2021-05-14', texts, 'run out of flour').date.start).toBe('2021-05-04');
  });

  it('"having lost …": "ten days before it folded" counts back from the folding', () => {
    const texts = ['The Harlow rowing club folded on 20 March, having lost its last sponsor ten days before it folded.'];
    expect(shortestAt('2021-05-14', texts, 'lost its last sponsor').date.start).toBe('2021-03-10');
  });

  it('", and …" with a subject of its own: "two days after they reopened" counts from the dated reopening', () => {
    const texts = ['The Quarry Lane baths reopened on 2 June, and the lifeguards went on strike two days after they reopened.'];
    expect(shortestAt('2021-07-01', texts, 'baths reopened').date.start).toBe('2021-06-02');
    expect(shortestAt('2021-07-01', texts, 'went on strike').date.start).toBe('2021-06-04');
  });

  it('a telling after the count: "a month after she arrived" counts from her arrival told before', () => {
    const texts = ['Dr Pell arrived in Kessby on 3 January 2019.', 'The clinic reopened on 8 May, and the council named her its director a month after she arrived.'];
    expect(shortestAt('2019-06-01', texts, 'named her its director').date.start).toBe('2019-02');
  });

  it('no count: a pronoun clause after "after" with no number leaves the sentence\'s date alone', () => {
    const texts = ['The bakery shut on Tuesday, having sold out after it opened.'];
    expect(shortestAt('2021-05-14', texts, 'bakery shut on Tuesday').date.start).toBe('2021-05-11');
  });
});
