import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a bare past season after the story has moved on past the year written before (sentences written
// for this test).

describe('r48-a48-season-moved-on: "… in 2009, and … last week. In the autumn she …"', () => {
  it('is the last autumn, not 2009\'s', () => {
    const texts = ['She won the county cup in 2009, and the club honoured her last week. In the autumn she took on two pupils.'];
    expect(shortestAt('2016-03-02', texts, 'took on two pupils').date.start).toBe('2015-09');
  });
});
