import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 52 (c52): a second predicate closing on a bare "since" ("… on May 2 and has batted .312 since") runs from the
// first predicate's date up to publication; a decimal written without its leading nought is no sentence's end and
// must not hide the "since". Every sentence here was written for this test.

describe('a decimal without its leading nought before a closing "since"', () => {
  it('leaves the second predicate a stretch from the first one\'s date', () => {
    const texts = ['The outfielder was traded to the coast club on May 2 and has batted .312 since.'];
    expect(shortestAt('2019-08-30', texts, 'has batted').date).toMatchObject({ start: '2019-05-02', end: '2019-08-30' });
  });

  it('after a holiday in a relative clause too', () => {
    const texts = ['The pitcher, who was recalled from the farm team on Memorial Day and has hit .295 since, will start on Sunday.'];
    expect(shortestAt('2019-08-30', texts, 'has hit').date).toMatchObject({ start: '2019-05-27', end: '2019-08-30' });
  });

  it('a full stop still ends the clause before "since" opens another sentence', () => {
    const texts = ['The outfielder was traded to the coast club on May 2 and has batted well. Since then the club has won nine games.'];
    expect(shortestAt('2019-08-30', texts, 'has batted well').date.end).toBeUndefined();
  });
});
