import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { isUncertain } from '../../../shared/dates';
import { extractEvents } from '../../../shared/extract/events';
import { quoteOf } from './event-lookup';

// Round 24 (u24): a clause whose only date is a weekday, in an article with no publication date. Every sentence here
// was written for this file.

/** The events of paragraphs holding `texts`, with no publication date. */
function undatedArticle(...texts: string[]): NewslineEvent[] {
  return extractEvents(texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph), { published: null });
}

/** The one event whose evidence holds `words`. */
function holding(events: NewslineEvent[], texts: string[], words: string): NewslineEvent {
  const found = events.filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `events holding “${words}”`).toBe(1);
  return found[0];
}

describe('a weekday with no publication date to count it from', () => {
  it('the clause keeps its event, with only a year and that year flagged', () => {
    const texts = ['The Tarn valley dam was finished in 1987.', 'Engineers opened its sluice gates on Tuesday after a week of rain.'];
    const e = holding(undatedArticle(...texts), texts, 'opened its sluice gates');
    expect(e.date.start).toBe('1987');
    expect(e.date.end).toBeUndefined();
    expect(e.date.yearUncertain).toBe(true);
    expect(isUncertain(e.date)).toBe(true);
    expect(e.date.note).toMatch(/no publication date/);
    expect(e.title).not.toMatch(/Tuesday/);
  });

  it('the main clause beside a dated relative clause is an event of its own, not dated by the relative clause', () => {
    const texts = ['Piet Korver, the glassblower who in 1958 founded the Ostby works and ran it for forty years, died on Sunday in Lemmer.'];
    const died = holding(undatedArticle(...texts), texts, 'died on Sunday');
    expect(died.date.yearUncertain).toBe(true);
    expect(died.date.rule).toMatch(/^weekday\//);
  });

  it('a year the clause writes for something else does not make the guess certain', () => {
    const texts = ['The harbour board will vote on the 2031 dredging budget on Thursday.'];
    const vote = undatedArticle(...texts).filter((e) => e.date.rule?.startsWith('weekday/'));
    expect(vote).toHaveLength(1);
    expect(vote[0].date.yearUncertain).toBe(true);
  });

  it('a weekday of no known week ends no stretch begun on a day', () => {
    const texts = ['The inquiry into the 1999 ferry fire heard evidence that began on May 4 and ended on Friday.'];
    for (const e of undatedArticle(...texts)) expect(e.date.end?.length ?? 10, `${e.title}: ${e.date.start}..${e.date.end}`).toBe(10);
  });

  it('with a publication date the weekday is still the day the tense points to', () => {
    const texts = ['Engineers opened the sluice gates on Tuesday after a week of rain.'];
    const events = extractEvents([{ id: 'p1', text: texts[0] } as Paragraph], { published: '2026-03-13' });
    const e = holding(events, texts, 'opened the sluice gates');
    expect(e.date.start).toBe('2026-03-10');
    expect(e.date.yearUncertain).toBeUndefined();
  });
});
