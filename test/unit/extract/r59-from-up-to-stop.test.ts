import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 59 (count59): a stretch opened with "from <date>" and no end of its own runs up to a stop, closing or
// withdrawal that a later clause of the same sentence dates (`fromUpToStop`, until-spans.ts). Every sentence here was
// written for this test.

describe('"from <date>" ended by a stop told later in the sentence', () => {
  it('a relative clause on the subject, the main verb stopping it', () => {
    const texts = ['The parish council, which paid the ferryman a small wage from 1961, stopped it in 1994.'];
    const ev = shortestAt('2005-06-01', texts, 'a small wage from 1961');
    expect(ev.date.start).toBe('1961');
    expect(ev.date.end).toBe('1994');
  });

  it('a decade, up to the closing of what fed it', () => {
    const texts = ['The slag heap grew from the 1880s with ash from the Crindle furnace, which closed in 1957.'];
    const ev = shortestAt('2005-06-01', texts, 'grew from the 1880s');
    expect(ev.date.start).toBe('188');
    expect(ev.date.end).toBe('1957');
  });

  it('a "from … to" stretch keeps its own end', () => {
    const texts = ['The club, which rented the field from 1930 to 1952, closed in 1961.'];
    const ev = shortestAt('2005-06-01', texts, 'rented the field');
    expect(ev.date.end).toBe('1952');
  });

  it('a later clause with no stop leaves the start alone', () => {
    const texts = ['The choir, which sang at the fair from 1972, recorded an album in 1980.'];
    const ev = shortestAt('2005-06-01', texts, 'sang at the fair');
    expect(ev.date.start).toBe('1972');
    expect(ev.date.end).toBeUndefined();
  });
});
