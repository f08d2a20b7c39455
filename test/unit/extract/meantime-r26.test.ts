import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 26 (m26): families from the MEANTIME dev set's dated-mention slices. Every sentence here was written for
// this test (none comes from an eval set or a probe).

describe('a remark told after a dated speaking occasion is of the occasion\'s day', () => {
  // 2014-03-12 is a Wednesday.
  const speech = [
    'The transport minister gave a long speech to the port authority in Dover on Tuesday.',
    'She thanked the harbour pilots for their long hours at the quay.',
    'The minister then described the new ferry timetable as "a fresh start".',
  ];

  it('a pronoun subject with a speaking verb', () => {
    const e = shortestAt('2014-03-12', speech, 'thanked the harbour pilots');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2014-03-11', undefined, undefined]);
  });

  it('a name subject with a speaking verb', () => {
    expect(shortestAt('2014-03-12', speech, 'described the new ferry').date.start).toBe('2014-03-11');
  });

  it('not when the day in focus is no speaking occasion', () => {
    const texts = ['The transport minister opened a new ferry terminal in Dover on Tuesday.', 'She thanked the harbour pilots for their long hours at the quay.'];
    expect(shortestAt('2014-03-12', texts, 'thanked the harbour pilots').date.mod).toBe('before');
  });

  it('not for a remark in the present perfect', () => {
    const texts = [speech[0], 'She has praised the harbour pilots many times.'];
    expect(shortestAt('2014-03-12', texts, 'praised the harbour pilots').date.start).not.toBe('2014-03-11');
  });
});
