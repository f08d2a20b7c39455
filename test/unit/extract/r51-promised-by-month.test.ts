import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 51 (c51): a deadline in what has been promised ("have been promised a survey by the end of June") is still
// ahead, so a month later in the year than publication is that year's, whatever the perfect's past reading gave it.
// Every sentence here was written for this test.

describe('"has been promised <a thing> by <month>"', () => {
  it('takes a later month of the publication year as the deadline day', () => {
    const texts = ['The tenants on the lower road have been promised a survey by the end of June.'];
    expect(shortestAt('1961-03-17', texts, 'promised a survey').date).toMatchObject({ start: '1961-06-30' });
  });

  it('leaves a simple past promise, whose deadline may be past too', () => {
    const texts = ['The tenants on the lower road were promised a survey by the end of September.'];
    expect(shortestAt('1961-03-17', texts, 'promised a survey').date.start).not.toBe('1961-09-30');
  });

  it('leaves a month not later than publication as done by then', () => {
    const texts = ['The tenants have been promised a survey by the end of January.'];
    expect(shortestAt('1961-03-17', texts, 'promised a survey').date).toMatchObject({ start: '1961-01', mod: 'before' });
  });
});
