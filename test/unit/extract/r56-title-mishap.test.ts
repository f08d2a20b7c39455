import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what, never a fragment. A mishap named only by its noun after "since" or
// "after" ("he had walked with a stick since a stroke") left the title "A fall"; it is told as what befell the person the
// clause before is of, who is then named as any other pronoun.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r56-title-mishap: a mishap told as what befell the clause\'s person', () => {
  it('r56-title-mishap: "since a fall" after a told clause is the person falling', () => {
    const texts = ['Her nephew, Harrod, said she had been weak since a fall in February.'];
    expect(titleAt(texts, 'since a fall')).toBe('She fell');
  });

  it('r56-title-mishap: a named person takes the name', () => {
    const texts = [
      'Sulwen Tilvane, who kept the ferry inn at Bronwick for thirty-one years, died on Sunday. She was 88.',
      'She had been unwell since a stroke in the winter, and had stopped serving at the bar in April.',
    ];
    expect(titleAt(texts, 'since a stroke')).toBe('Sulwen Tilvane had a stroke');
  });

  it('r56-title-mishap: "after" a mishap with a word of its own keeps that word', () => {
    const texts = ['Dashiel Kesk, the old harbour pilot, has died. He died at home on Friday, three weeks after a bad fall.'];
    expect(titleAt(texts, 'after a bad fall')).toBe('Dashiel Kesk had a bad fall');
  });

  it('r56-title-mishap: a mishap of another clause\'s subject is not the person\'s', () => {
    // What she told of is the lane's, not hers.
    expect(titleAt(['She said the lane had been shut since a fall in the spring.'], 'since a fall')).not.toMatch(/^She\b/);
  });
});
