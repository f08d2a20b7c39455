import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

describe('r41-holiday-old-year-clause: a past holiday while the paragraph is years back is a guess, even in another clause', () => {
  it('"In 1975 … The previous winter had been hard, and they came home at Easter": the Easter is flagged', () => {
    const texts = ['In 1975 the family moved to Carrow. The previous winter had been hard, and they came home at Easter.'];
    const easter = shortestAt('2019-06-12', texts, 'came home at Easter').date;
    expect(easter.yearUncertain).toBe(true);
  });

  it('the same with "by Easter" after a season counted from the old year', () => {
    const texts = ['Her father came back from sea in 1962. He had spent the previous winter in port and was home by Easter.'];
    expect(shortestAt('2019-06-12', texts, 'home by Easter').date.yearUncertain).toBe(true);
  });

  it('not a holiday a fortnight or less before publication ("spent Christmas with his daughter" in a January 3 report)', () => {
    const texts = ['Tam Orrin joined the crew in 1988. He retired last spring, and he spent Christmas with his daughter in Pellow.'];
    const christmas = shortestAt('2020-01-03', texts, 'spent Christmas').date;
    expect(christmas.start).toBe('2019-12-25');
    expect(christmas.yearUncertain).toBeFalsy();
  });

  it('not without an old year in the paragraph', () => {
    const texts = ['The family moved to Carrow. The roof had leaked for weeks, and they came home at Easter.'];
    const easter = shortestAt('2019-06-12', texts, 'came home at Easter').date;
    expect(easter.start).toBe('2019-04-21');
    expect(easter.yearUncertain).toBeFalsy();
  });
});
