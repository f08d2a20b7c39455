import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 50 (c50): a count of days or weeks "after that" / "before that" opening its own clause goes on from the day
// written in the sentence just before, which need not give its year (sentences written for this test).

describe('r50-c50-days-after-that: days counted from the day the sentence before wrote', () => {
  const title = 'Quarry sale';

  it('"three days after that" is three days on from the day told just before', () => {
    const t = [title, 'The council offered two million for the quarry on 3 March, and the owners accepted on 10 March. Surveyors walked the site three days after that.'];
    const e = shortestAt('2021-04-02', t, 'Surveyors walked');
    expect(e.date.start).toBe('2021-03-13');
    expect(e.date.mod).toBeUndefined();
  });

  it('"a week before that" counts back from it', () => {
    const t = [title, 'The owners accepted the offer on 10 March. Surveyors had walked the site a week before that.'];
    expect(shortestAt('2021-04-02', t, 'Surveyors had walked').date.start).toBe('2021-03-03');
  });

  it('not when the sentence before dates a telling', () => {
    const t = [title, 'The owners said on 10 March that they would sell. Surveyors walked the site three days after that.'];
    expect(shortestAt('2021-04-02', t, 'Surveyors walked').date.start).not.toBe('2021-03-13');
  });

  it('not when a clause of its own comes between in the count\'s sentence', () => {
    const t = [title, 'The owners accepted the offer on 10 March. Surveyors walked the site, and three days after that the deal fell through.'];
    expect(shortestAt('2021-04-02', t, 'the deal fell through').date.start).not.toBe('2021-03-13');
  });
});
