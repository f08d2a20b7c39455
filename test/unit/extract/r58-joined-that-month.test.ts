import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// Round 58 (a58): "that December" after "and", "but" or "then", with a subject of its own after the month, is the
// month of the year in focus (as it is opening a sentence); "… and that May would be wet" goes on with what was said.
// Sentences written for this test.

function run(published: string, texts: string[]): { all: NewslineEvent[]; texts: string[] } {
  const paragraphs = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return { all: extractEvents(paragraphs, { published }), texts };
}

function holding(r: { all: NewslineEvent[]; texts: string[] }, words: string): NewslineEvent[] {
  return r.all.filter((e) => {
    const a = e.evidence[0];
    return r.texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end).includes(words);
  });
}

describe('r58-joined-that-month: "and that December" after a year in focus', () => {
  it('dates the clause after "and that December" in the year the story is at', () => {
    const r = run('2019-03-14', ['The bakery opened on the quay in 1961. Trade was slow for months, and that December it sold its first wedding cake.']);
    const [cake] = holding(r, 'first wedding cake');
    expect(cake.date?.start).toBe('1961-12');
    expect(cake.title).toMatch(/wedding cake/);
  });
  it('does the same after "but that"', () => {
    const r = run('2019-03-14', ['The lifeboat station shut in 1974, but that October its crew was called out once more.']);
    expect(holding(r, 'called out once more')[0].date?.start).toBe('1974-10');
  });
});
