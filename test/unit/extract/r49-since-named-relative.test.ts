import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (c49), "since <a named happening>": a present-perfect relative clause naming a happening again after
// "since", inside a sentence another clause dates. Sentences written for these tests (none from an eval set or a probe).

describe('r49-since-named-relative: "the farmhouse she has lived in since her wedding" runs from the wedding to publication', () => {
  const PUB = '2021-08-20';
  const texts = [
    'Ann Bell married Tom Reed on 4 June 1961 at the chapel on Mill Lane.',
    '"We grew our own potatoes," Mrs Reed said on Monday, sitting in the kitchen of the farmhouse she has lived in since her wedding.',
  ];

  it('r49-since-named-relative: the relative clause is an event of its own, from the wedding up to publication', () => {
    const e = shortestAt(PUB, texts, 'she has lived in since her wedding');
    expect(e.date).toMatchObject({ start: '1961-06-04', end: PUB, rule: 'narrative-focus/named-again-since' });
  });

  it('r49-since-named-relative: the telling keeps its own day, its evidence ending before the phrase', () => {
    const e = shortestAt(PUB, texts, 'Mrs Reed said on Monday');
    expect(e.date).toMatchObject({ start: '2021-08-16' });
    expect(e.date.end).toBeUndefined();
  });

  it('r49-since-named-relative: with no wedding told before, nothing is made up', () => {
    const alone = [texts[1]];
    const e = shortestAt(PUB, alone, 'Mrs Reed said on Monday');
    expect(e.date).toMatchObject({ start: '2021-08-16' });
  });
});
