import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 50 (a50): a bare clock time in the small hours told after an evening clock time of the day the story is at is
// past midnight, on the next day. Every sentence here was written for this test.

const texts = ['The ferry was held at the quay at 9pm on Saturday, and the crew stood down an hour later. A tug pulled her clear at 2.15am.'];

describe('a small-hours time after an evening time', () => {
  it('is on the next day, and so is its event', () => {
    const t = tagTimexes(texts[0], { dct: '2016-03-14' }).find((x) => x.text === '2.15am');
    expect(t?.value).toBe('2016-03-13T02:15');
    expect(shortestAt('2016-03-14', texts, 'A tug pulled her clear').date.start).toBe('2016-03-13');
  });

  it('not after a morning time, nor for a time later in the day', () => {
    const morning = tagTimexes('The ferry was held at the quay at 9am on Saturday. A tug pulled her clear at 2.15am.', { dct: '2016-03-14' });
    expect(morning.find((x) => x.text === '2.15am')?.value).toBe('2016-03-12T02:15');
    const later = tagTimexes('The ferry was held at the quay at 9pm on Saturday. A tug pulled her clear at 11.30pm.', { dct: '2016-03-14' });
    expect(later.find((x) => x.text === '11.30pm')?.value).toBe('2016-03-12T23:30');
  });
});
