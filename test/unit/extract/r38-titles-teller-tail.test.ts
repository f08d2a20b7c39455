import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what, never a fragment. A telling closing the sentence after a comma goes
// from the title; a teller of two lowercase words ("health officials", "rescue workers") was left run into it
// ("Landslide blocked the pass health officials said").

const titles = (published: string, text: string) => events(published, text).map((e) => e.title);

describe('a two-word teller closing the sentence', () => {
  it('cuts an adjective and a plural noun after the date', () => {
    const t = titles('2024-06-14', 'A rockfall closed the mountain road on Tuesday, county engineers said.');
    expect(t).toContain('Rockfall closed the mountain road');
    expect(t.some((x) => /engineers said$/.test(x))).toBe(false);
  });

  it('cuts a compound noun teller after a place', () => {
    const t = titles('2024-06-14', 'The trawler sank off the point on Sunday night, coastguard volunteers said.');
    expect(t.some((x) => /^Trawler sank off the point$/.test(x))).toBe(true);
  });

  it('cuts "state media reported" and "local people said"', () => {
    expect(titles('2024-06-14', 'Wheat prices doubled in May, state media reported.')).toContain('Wheat prices doubled');
    expect(titles('2024-06-14', 'The well ran dry last August, local people said.').some((x) => /people said$/.test(x))).toBe(false);
  });

  it('keeps a clause whose two words after the comma open on a conjunction', () => {
    const t = titles('2024-06-14', 'The mill reopened on Monday, and workers said the looms ran well.');
    expect(t.some((x) => /^Mill reopened/.test(x))).toBe(true);
  });
});
