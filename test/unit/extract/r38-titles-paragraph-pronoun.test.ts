import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: "It" or "They" on a timeline says nothing. A pronoun opening a paragraph goes on from the last
// sentence of the paragraph before, read as a sentence before it in the same paragraph is: its one subject of the
// pronoun's number, when nothing else there could be meant. Not for "Its"/"Their", whose candidates reach further.

const titles = (published: string, ...paragraphs: string[]) => events(published, ...paragraphs).map((e) => e.title);

describe('a pronoun opening a paragraph', () => {
  it('names "it" from a fronted time phrase\'s sentence', () => {
    const t = titles('2024-06-14', 'The town grew quickly after the war.', 'In the dry summer of 1955 the reservoir held water for only six weeks.', 'It was enlarged in 1961 with a second dam.');
    expect(t).toContain('Reservoir was enlarged with a second dam');
  });

  it('names "they" from a plural subject', () => {
    const t = titles('2024-06-14', 'The twin ferries ran between the islands.', 'They were sold to a Greek operator in 1998.');
    expect(t.some((x) => /^Twin ferries were sold to a Greek operator/.test(x))).toBe(true);
  });

  it('names "it" after a short clause', () => {
    const t = titles('2024-06-14', 'The signal box stands at the end of the platform.', 'It was last used in 1986.');
    expect(t).toContain('Signal box was last used');
  });

  it('leaves "It" when the paragraph before is a quotation or a question', () => {
    expect(titles('2024-06-14', '"The bridge was always going to fail," she said.', 'It was closed in 2019.')).toContain('It was closed');
    expect(titles('2024-06-14', 'Why did the mill close?', 'It was sold in 2019.')).toContain('It was sold');
  });

  it('leaves a possessive opening the paragraph', () => {
    const t = titles('2024-06-14', 'The cooperative sold 900 wheels last year, most of them to shops along the coast.', 'Its insurer sent an assessor on Monday.');
    expect(t.some((x) => /^Coast/.test(x))).toBe(false);
  });
});
