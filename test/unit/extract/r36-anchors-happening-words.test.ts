import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (m36): "ten days after the operation" counts from the dated event of the same paragraph whose words tell the
// operation ("a surgeon had operated on him"), also when that event's title leaves those words out. Every sentence here
// was written for this test (none comes from an eval set or a probe).

describe('a count from a happening told in a dated event\'s words but not its title', () => {
  it('"operated" inside the ambulance sentence: "ten days after the operation"', () => {
    const texts = ['On the night of May 14 my husband was taken ill at home. The ambulance came within ten minutes, and by dawn the next day a surgeon had operated on him. He came home ten days after the operation.'];
    const e = shortestAt('2021-07-20', texts, 'He came home');
    expect(e.date.start).toBe('2021-05-25');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('"repaired" told after a fall: "six weeks after the repair" is no guess', () => {
    const texts = ['Our grandmother fell on the ice on 3 February, and that afternoon a surgeon at the county hospital repaired her hip. She walked unaided six weeks after the repair.'];
    const e = shortestAt('2021-07-20', texts, 'walked unaided');
    expect(e.date.start).toBe('2021-03-17');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('"arrested" in the second clause: "three days after the arrests"', () => {
    const texts = ['Police were called to the bank on 14 March, and the same afternoon officers arrested two men in Dell Street. Both were charged three days after the arrests.'];
    const e = shortestAt('2021-09-20', texts, 'Both were charged');
    expect(e.date.start).toBe('2021-03-17');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('words in another paragraph are not read: the count stays a guess', () => {
    const texts = ['Police were called to the bank on 14 March, and the same afternoon officers arrested two men in Dell Street.', 'Both were charged three days after the arrests.'];
    expect(shortestAt('2021-09-20', texts, 'Both were charged').date.yearUncertain).toBe(true);
  });
});
