import { describe, expect, it } from 'vitest';
import { quoteWords } from '../../../shared/merge-words';

// Sentences of our own (a harbour town, a bakery chain, a rowing club), never text from the evaluation sets.

const keys = (text: string) => [...quoteWords(text).keys];

describe('the words of a quote, read with a tagger', () => {
  it('meets irregular forms of one verb through their lemma', () => {
    const a = quoteWords('The mayor had undergone heart surgery.');
    const b = quoteWords('The mayor underwent heart surgery last spring.');
    expect([...a.verbs]).toEqual([...b.verbs]);
    expect(a.verbs.size).toBe(1);
  });

  it('reads a noun made from a verb as that action: "her resignation" meets "resigned"', () => {
    const noun = quoteWords('After her resignation, the harbour master left town.');
    const verb = quoteWords('The harbour master resigned.');
    const [stem] = [...verb.verbs];
    expect(noun.nouns.has(stem)).toBe(true);
    expect(noun.deverbal.has(stem)).toBe(true);
  });

  it('keeps a company named at the start of a sentence as a name, and its initials', () => {
    const w = quoteWords('Northern Rowing Club sold its boathouse.');
    expect([...w.keys]).toEqual(expect.arrayContaining(['n:northern', 'n:rowing', 'n:club']));
    expect(w.keys.has('w:row')).toBe(false);
    expect(w.initials.has('nrc')).toBe(true);
  });

  it('reads a capitalised first word the tagger calls a verb as a name when an inflected verb follows it', () => {
    expect(keys('Drill announces job cuts')).toContain('n:drill');
    expect(keys('Bake said on Monday it would close.')).toContain('n:bake');
    expect(quoteWords('Drill announces job cuts').verbs.has('drill')).toBe(false);
  });

  it('reads a capitalised word inside a sentence as a name even where the tagger calls it a verb', () => {
    const w = quoteWords('A second bakery, Ford Bread Company, has opened.');
    expect(w.keys.has('n:ford')).toBe(true);
    expect(w.verbs.has('ford')).toBe(false);
  });

  it('does not read a headline in Title Case as names throughout: its verb is still an action', () => {
    expect(quoteWords('Bakery Chain Sells Its Last Shop To Rival').verbs.has('sell')).toBe(true);
  });

  it('takes an -ing word before a noun as describing it, not as an action', () => {
    const w = quoteWords('The baking company moved to a new building.');
    expect(w.verbs.has('bak')).toBe(false);
    expect(w.nouns.has('bak')).toBe(false);
  });

  it('leaves out light verbs and the nouns made of them, and ages', () => {
    const w = quoteWords('The announcement said that Brandt, aged 61, has taken the helm.');
    expect(w.keys.has('w:announc')).toBe(false);
    expect(w.keys.has('w:say')).toBe(false);
    expect(w.keys.has('f:61')).toBe(false);
    expect(w.keys.has('w:helm')).toBe(true);
  });

  it('keeps figures that identify, and not years or days', () => {
    const k = keys('The club raised US$4.5 million and 12,000 members in 2019 on 4 May.');
    expect(k).toEqual(expect.arrayContaining(['f:4.5', 'f:12000']));
    expect(k).not.toContain('f:2019');
    expect(k).not.toContain('f:4');
  });
});
