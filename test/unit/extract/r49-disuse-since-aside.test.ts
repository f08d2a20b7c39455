import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (c49), "since then": a state of disuse closing on "ever since" after a dated participle set off beside the
// subject. Sentences written for these tests (none from an eval set or a probe).

describe('r49-disuse-since-aside: "The pier, built in <year>, has remained shut ever since" counts from the happening told before', () => {
  const PUB = '2021-08-20';

  it('r49-disuse-since-aside: "has stood empty ever since" runs from the fire told before, not from the year it opened', () => {
    const texts = ['The old school was badly damaged by a fire on March 3. The building, opened in 1903, has stood empty ever since.'];
    const e = shortestAt(PUB, texts, 'has stood empty ever since');
    expect(e.date).toMatchObject({ start: '2021-03-03', end: PUB, rule: 'narrative-focus/since-then' });
    expect(shortestAt(PUB, texts, 'opened in 1903').date).toMatchObject({ start: '1903' });
  });

  it('r49-disuse-since-aside: a clause going on after ", and" leaves the stretch its own', () => {
    const texts = ['The pier was wrecked by a storm in January 2014. The pier, built in 1889, has remained shut ever since, and the council hopes to sell it.'];
    expect(shortestAt(PUB, texts, 'has remained shut ever since').date).toMatchObject({ start: '2014-01', end: PUB });
  });

  it('r49-disuse-since-aside: a state that may have begun with the making ("has stood on the river") is left alone', () => {
    const texts = ['The mill was sold in 1990. The mill, built in 1841, has stood on the river ever since.'];
    const e = shortestAt(PUB, texts, 'has stood on the river');
    expect(e.date.rule).not.toBe('narrative-focus/since-then');
  });
});
