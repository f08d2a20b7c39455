import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (c49), counts: a clause opened by a count from a happening told before, whose only date ends a stretch set
// off beside it. Sentences written for these tests (none from an eval set or a probe).

describe('r49-counted-until: "<N> years after her election she was made leader, a role she kept until <year>"', () => {
  const PUB = '2021-08-20';
  const texts = ['She was elected to the council in 1988. Two years after her election she was made party leader, a role she kept until 2001. She retired in 2004.'];

  it('r49-counted-until: the clause is counted from the election, not dated by the year the role ended', () => {
    const e = shortestAt(PUB, texts, 'she was made party leader');
    expect(e.date).toMatchObject({ start: '1990', rule: 'sequence/counted-from-happening' });
    expect(e.date.end).toBeUndefined();
    expect(e.date.yearUncertain).toBeUndefined();
  });

  it('r49-counted-until: the role set off after it runs from the counted year to the year it ended', () => {
    expect(shortestAt(PUB, texts, 'a role she kept').date).toMatchObject({ start: '1990', end: '2001' });
  });

  it('r49-counted-until: a month the happening was told in still gives a count of years its year', () => {
    const more = ['He was sacked by the club in March 1950. Three years after his sacking he was appointed manager of the national side, a job he held until 1961.'];
    expect(shortestAt(PUB, more, 'he was appointed manager').date).toMatchObject({ start: '1953' });
    expect(shortestAt(PUB, more, 'a job he held').date).toMatchObject({ start: '1953', end: '1961' });
  });

  it('r49-counted-until: with no happening told before to count from, the clause keeps its flagged year', () => {
    const none = ['Two years after her election she was made party leader, a role she kept until 2001.'];
    expect(shortestAt(PUB, none, 'she was made party leader').date).toMatchObject({ start: '2001', yearUncertain: true });
  });
});
