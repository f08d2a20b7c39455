import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (c49), "since <a named happening>": a present-perfect relative clause naming a happening again after
// "since", inside a sentence another clause dates. Sentences written for these tests (none from an eval set or a probe).

describe('r49-since-named-relative: "the farm he has rented since his marriage" runs from the marriage to publication', () => {
  const PUB = '2021-08-20';
  const texts = [
    'Ann Bell married Tom Reed on 4 June 1961 at the chapel on Mill Lane.',
    '"We grew our own potatoes," Mr Reed said on Monday, standing by the gate of the farm he has rented since his marriage.',
  ];

  it('r49-since-named-relative: the relative clause is an event of its own, from the marriage up to publication', () => {
    const e = shortestAt(PUB, texts, 'he has rented since his marriage');
    expect(e.date).toMatchObject({ start: '1961-06-04', end: PUB, rule: 'narrative-focus/named-again-since' });
  });

  it('r49-since-named-relative: the telling keeps its own day, its evidence ending before the phrase', () => {
    const e = shortestAt(PUB, texts, 'Mr Reed said on Monday');
    expect(e.date).toMatchObject({ start: '2021-08-16' });
    expect(e.date.end).toBeUndefined();
  });

  it('r49-since-named-relative: with no marriage told before, nothing is made up', () => {
    const alone = [texts[1]];
    const e = shortestAt(PUB, alone, 'Mr Reed said on Monday');
    expect(e.date).toMatchObject({ start: '2021-08-16' });
  });
});
