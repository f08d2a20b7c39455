import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8's gold conventions give ages and families no entries: "She was 88." closing an obituary's lead, with no
// date of its own, used to fall to the last placing and become an event "by" publication. Other undated states that
// a reader does want on the timeline ("was not in court for the ruling") still fall there.

const titles = (...paragraphs: string[]) => events('2021-03-09', ...paragraphs).map((e) => e.title);

describe('r40-age-not-event: an age or a family with nothing to place it', () => {
  it('r40-age-not-event: "She was 91." after a dated death is no event', () => {
    const t = titles('Edna Marlowe, who kept bees on the roof of the town hall, died on Sunday at her home in Pellow. She was 91.');
    expect(t.some((x) => /died/.test(x))).toBe(true);
    expect(t.some((x) => /\b91\b/.test(x))).toBe(false);
  });

  it('r40-age-not-event: "He was aged 70." and "They had two daughters." are no events', () => {
    const t = titles('Tomas Ferrin ran the ferry across the Tarn for forty years.', 'He was aged 70. They had two daughters.');
    expect(t.some((x) => /\b70\b|daughters/.test(x))).toBe(false);
  });

  it('r40-age-not-event: an undated state a reader wants still stands', () => {
    const t = titles('The court ruled on Friday that the will was valid. Brannock, 58, was not in court for the ruling.');
    expect(t.some((x) => /not in court/.test(x))).toBe(true);
  });
});
