import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 37 (a37): "this summer" told as done in December or January is the last summer, not the next one. A season
// still to come keeps the next. Every sentence here was written for this test (none comes from an eval set or a probe).

describe('"this <season>" told in the past around the turn of the year', () => {
  it('December: "This summer the club found …" is the summer of the year now ending', () => {
    const texts = ['This summer a member of the Brackley walking club found an old boundary stone.'];
    expect(shortestAt('2018-12-20', texts, 'found an old boundary stone').date.start).toBe('2018-06');
  });

  it('December: "closed the ford this autumn" is the autumn just gone', () => {
    const texts = ['The council closed the Amble ford this autumn after two cars were swept away.'];
    expect(shortestAt('2018-12-05', texts, 'closed the Amble ford').date.start).toBe('2018-09');
  });

  it('January: "this spring" told as done is last year\'s spring', () => {
    const texts = ['This spring the parish restored its bells, the vicar wrote.'];
    expect(shortestAt('2019-01-15', texts, 'restored its bells').date.start).toBe('2018-03');
  });

  it('a season still to come, told in December, is next year\'s', () => {
    const texts = ['The footbridge at Harle will reopen this summer.'];
    expect(shortestAt('2018-12-20', texts, 'footbridge').date.start).toBe('2019-06');
  });
});
