import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (b58): a relative clause after a bare subject, with no date of its own, followed by a date phrase set off
// by commas and then the main verb: the date is the relative clause's, told after it. Every sentence here was written
// for this test.

describe('a date set off after a subject relative clause', () => {
  it('dates the relative clause, not the main clause after it', () => {
    const texts = ["Pelda Brill, who played the miller's wife in the theatre's last staging of the opera, in 2004, now sings the lead."];
    const all = events('2019-05-02', ...texts);
    const played = all.find((e) => quoteOf(e, texts).startsWith('who played'));
    expect(played?.date.start).toBe('2004');
    expect(played?.date.mod).toBeUndefined();
    expect(all.some((e) => e.date.mod === 'after' && e.date.start === '2004')).toBe(false);
  });

  it('a date not closed by a comma stays with the main clause', () => {
    const texts = ['The boatman, who rowed the mayor across the river, on Sunday was given a medal.'];
    const given = events('2019-05-02', ...texts).find((e) => quoteOf(e, texts).includes('was given a medal'));
    expect(given?.date.start).toBe('2019-04-28');
  });
});
