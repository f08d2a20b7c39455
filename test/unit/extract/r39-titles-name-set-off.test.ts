import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. A name set off by commas after a noun phrase ("A ferryman at the
// north quay, Per Sollen, …") is who; the title kept the noun phrase and the name as an aside ("Ferryman, Per
// Sollen, rowed …"), or lost the name when the tags read a given name as another word ("Per" as a preposition).
// Every sentence here was written for this test.

const titles = (text: string) => events('2024-06-14', text).map((e) => e.title);

describe('a name set off after a noun phrase is the subject of the title', () => {
  it('a given name the tags read as another word', () => {
    expect(withoutAsides('A miller in Oxbrook, Per Sollen, was hurt when the wheel broke.')).toBe('Per Sollen was hurt when the wheel broke.');
    const t = titles('A shepherd near Carrow, Per Mattick, was injured on Thursday when a gate fell on him.');
    expect(t, t.join(' | ')).toContain('Per Mattick was injured when a gate fell on him');
  });

  it('a post with an article set off before the name', () => {
    const t = titles('A baker, Wenna Trisk, has written a book of family recipes, published on Friday by a small press.');
    expect(t.some((x) => x.startsWith('Wenna Trisk has written a book')), t.join(' | ')).toBe(true);
  });

  it('a post with a possessive before the name', () => {
    const t = titles("The ferry's owner, Halvard Brisk, sold the boat to a museum in March.");
    expect(t.some((x) => x.startsWith('Halvard Brisk sold the boat')), t.join(' | ')).toBe(true);
  });

  it('a post with a phrase of place before the name', () => {
    const t = titles('The keeper of the lighthouse at Varne, Tove Ashby, logged the first gale of the winter on Sunday.');
    expect(t.some((x) => x.startsWith('Tove Ashby logged the first gale')), t.join(' | ')).toBe(true);
  });

  it('a telling keeps its telling verb', () => {
    const t = titles("The museum's director, Oda Frane, said on Monday it had bought the painting.");
    expect(t, t.join(' | ')).toContain('Oda Frane said it bought the painting');
  });

  it('not a name that belongs to an agent inside the noun phrase', () => {
    const t = titles("A new survey by the county's geologist, Ruth Amber, was published on Monday.");
    for (const x of t) expect(x).not.toMatch(/^Ruth Amber was published/);
  });
});
