import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (a35): a happening set "before" or "after" a clause with a year is another time than that clause's; a
// month of its own that took the clause's year (written outside it) is a guess. Every sentence here was written for
// this test (none comes from an eval set or a probe).

const PUB = '2021-11-17';

describe('an ordering clause does not share the year of the clause it is ordered against', () => {
  it.each([
    ['The landlord was warned about the boiler in 2016, before a run of breakdowns left tenants without heat between December and March.', 'run of breakdowns'],
    ['Engineers raised the alarm in 2014, before landslips closed the coast road in January.', 'landslips closed'],
    ['The orchard was sold in 2010, after its last tenant died in March.', 'tenant died'],
  ])('%s', (text, words) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('a year written inside the ordering clause still settles it', () => {
    const ev = shortestAt(PUB, ['The orchard was sold in 2010, after its last tenant died in March 2009.'], 'tenant died');
    expect(ev.date.start).toBe('2009-03');
    expect(ev.date.yearUncertain).toBeFalsy();
  });
});
