import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (d31): families left by earlier rounds that recur across the released probes. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('a past-perfect length counted back', () => {
  it('"had run the farm for thirty years when she sold it in 1998" is the thirty years up to 1998', () => {
    const texts = ['She had run the farm for thirty years when she sold it in 1998.'];
    expect(shortestAt('2011-03-02', texts, 'had run the farm').date).toMatchObject({ start: '1968', end: '1998' });
  });

  it('the when-clause keeps its own date', () => {
    const texts = ['He had lived in the village for 12 years when the flood came in March 2001.'];
    expect(shortestAt('2011-03-02', texts, 'the flood came').date).toMatchObject({ start: '2001-03' });
    expect(shortestAt('2011-03-02', texts, 'had lived in the village for 12 years').date).toMatchObject({ start: '1989-03', end: '2001-03' });
  });

  it('not in the simple past ("ran the farm for thirty years when she sold it")', () => {
    const texts = ['She ran the farm for thirty years when she sold it in 1998.'];
    expect(shortestAt('2011-03-02', texts, 'ran the farm').date.end).toBeUndefined();
  });

  it('a hedged count ("for less than four months") closing a dateless past-perfect sentence runs up to the story\'s day', () => {
    const texts = ['The mill shut its gates on Tuesday. Its manager had been in the post for less than four months.'];
    expect(shortestAt('2011-03-02', texts, 'in the post').date).toMatchObject({ start: '2010-11-01', end: '2011-03-01' });
  });
});
