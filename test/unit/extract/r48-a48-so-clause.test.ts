import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): ", so" joins a consequence with a date of its own (sentences written for this test).

describe('r48-a48-so-clause: "…, so <clause> on <day>" is a happening of its own', () => {
  const texts = ['The lido flooded in March, so swimmers will use the river on Saturday.'];

  it('the consequence takes its own day', () => {
    expect(shortestAt('2019-04-10', texts, 'swimmers will use').date.start).toBe('2019-04-13');
  });

  it('the cause keeps its month', () => {
    expect(shortestAt('2019-04-10', texts, 'lido flooded').date.start).toBe('2019-03');
  });

  it('"so that" joins no clause', () => {
    const purpose = ['The lido was drained in March, so that the tiles could be mended on Saturday.'];
    expect(shortestAt('2019-04-10', purpose, 'tiles could be mended').date.start).toBe('2019-03');
  });
});
