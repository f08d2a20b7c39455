import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (e53): "It runs until <date>" right after a sentence that tells the day the thing opens runs
// from that day, not from publication. Every sentence here was written for this test.

describe('a stretch "until" a date starts at the opening the sentence before tells', () => {
  it('a pronoun for the show the sentence before opens on a weekday', () => {
    const texts = ['A show of kite paintings opens at the Quay Gallery on Friday. It continues until May 9.'];
    const ev = shortestAt('2021-03-02', texts, 'It continues until');
    expect(ev.date.start).toBe('2021-03-05');
    expect(ev.date.end).toBe('2021-05-09');
  });

  it('"the fair" after a fair that opens on a day told in a relative clause', () => {
    const texts = ['Weavers from six valleys will sell rugs at a craft fair, which starts on April 12. The fair stays open until April 30, 2021.'];
    const ev = shortestAt('2021-03-02', texts, 'The fair stays open');
    expect(ev.date.start).toBe('2021-04-12');
    expect(ev.date.end).toBe('2021-04-30');
    expect(ev.date.note).not.toMatch(/from publication/);
  });

  it('a sentence before with no opening leaves the stretch from publication', () => {
    const texts = ['The council approved the kite show on Friday. It continues until May 9.'];
    const ev = shortestAt('2021-03-02', texts, 'It continues until');
    expect(ev.date.start).toBe('2021-03-02');
  });

  it('an opening in the paragraph before is not read', () => {
    const texts = ['A show of kite paintings opens at the Quay Gallery on Friday.', 'It continues until May 9.'];
    const ev = shortestAt('2021-03-02', texts, 'It continues until');
    expect(ev.date.start).toBe('2021-03-02');
  });

  it('an opening decades before the end is not where the run starts', () => {
    const texts = ['The hall first opened on June 3, 1950. The show stays open until May 9.'];
    const ev = shortestAt('2021-03-02', texts, 'The show stays open');
    expect(ev.date.start).toBe('2021-03-02');
  });
});
