import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53 (b53): the point of an initialism ("the U.N.") right before a quotation ends no sentence, so a past
// sentence that closes on a quoted phrase is still a happening. Every sentence here was written for this test.

describe('an initialism before a quotation', () => {
  it('leaves the sentence a happening told before publication', () => {
    const texts = ['The envoy flew home to Tallinmoor on Sunday.', 'The minister read out a note he had sent to the envoy insisting that the U.N. "will not forget the islands."'];
    const ev = shortestAt('2019-05-14', texts, 'minister read out a note');
    expect(ev.date.start).toBe('2019-05-14');
    expect(ev.date.mod).toBe('before');
  });
});
