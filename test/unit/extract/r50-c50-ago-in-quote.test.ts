import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 50 (c50): days or weeks "ago" in a quote the text says was spoken on a given day count back from that day, as
// a quote's "yesterday" and weekdays do (sentences written for this test).

describe('r50-c50-ago-in-quote: a count back in a quote spoken on a day the text gives', () => {
  const title = 'Harbour shelter';

  it('"ten days ago", said on Sunday, is ten days before that Sunday', () => {
    const t = [title, '"Ten days ago I fainted on the pier and a stranger called for help," he said on Sunday. "Tonight I sleep indoors."'];
    const e = shortestAt('2008-12-31', t, 'I fainted on the pier');
    expect(e.date.start).toBe('2008-12-18');
    expect(e.date.rule).toBe('ago/ago/spoken');
  });

  it('"a week ago" likewise', () => {
    const t = [title, '"A week ago I fainted on the pier," he said on Sunday.'];
    expect(shortestAt('2008-12-31', t, 'I fainted on the pier').date.start).toBe('2008-12-21');
  });

  it('a quote with no day of speaking still counts from publication', () => {
    const t = [title, '"Ten days ago I fainted on the pier," he said.'];
    expect(shortestAt('2008-12-31', t, 'I fainted on the pier').date.start).toBe('2008-12-21');
  });

  it('years ago are left counted from publication', () => {
    const t = [title, '"Two years ago I fainted on the pier," he said on Sunday.'];
    expect(shortestAt('2008-12-31', t, 'I fainted on the pier').date.start).toBe('2006');
  });
});
