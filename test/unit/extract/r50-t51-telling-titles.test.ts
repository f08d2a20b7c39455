import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 50: the telling and what it told are two events; the telling's
// title keeps its teller and telling verb, so that it neither reads as the told happening nor as the teller alone.

const PUB = '2024-06-14';
const tellingTitles = (...paragraphs: string[]) => events(PUB, ...paragraphs).filter((e) => e.date.rule?.endsWith('/telling')).map((e) => e.title);
const otherTitles = (...paragraphs: string[]) => events(PUB, ...paragraphs).filter((e) => !e.date.rule?.endsWith('/telling')).map((e) => e.title);

describe('r50-t51-telling-titles: a telling keeps its teller', () => {
  it('r50-t51-telling-titles: a teller whose post reads as a verb, told over ten words, keeps "said" and the told verb', () => {
    // Not the teller alone ("Launch director Anna Vell"), which the tagger's pass made of it.
    const text = 'Launch director Anna Vell said late on Monday that the left booster had cut out early.';
    const told = tellingTitles(text);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^(?:Launch director )?Anna Vell said (?:the )?left booster cut out early$/);
  });

  it('r50-t51-telling-titles: a trailing teller of a second conjunct names the subject after its telling verb', () => {
    const text = 'Two thieves broke into the barn at Moss End on Friday night and drove off with thirty bales of hay, police said on Monday.';
    const told = tellingTitles(text);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^Police said two thieves drove off with thirty bales/);
    // Not the told happening's own title.
    expect(otherTitles(text)).not.toContain(told[0]);
  });

  it('r50-t51-telling-titles: a common subject given after the telling goes on in lower case', () => {
    const first = 'The night watchmen at the depot heard nothing.';
    const text = 'Watchmen walked the yard on Friday night and found the gate open, the company said on Monday.';
    const told = tellingTitles(first, text);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^Company said watchmen found the gate open/);
  });

  it('r50-t51-telling-titles: a plural never capitalised inside a sentence goes on in lower case, a name keeps its capital', () => {
    const plural = 'Poachers broke into the hatchery at Moss End on Friday night and drove off with thirty crates of trout, police said on Monday.';
    expect(tellingTitles(plural)).toEqual(['Police said poachers drove off with thirty crates of trout']);
    const name = 'Dell Poachers broke into the hatchery at Moss End on Friday night and drove off with thirty crates of trout, police said on Monday.';
    expect(tellingTitles(name).every((t) => !/\bpoachers\b/.test(t))).toBe(true);
  });
});

describe('r50-t51-telling-titles: a dateline is no subject', () => {
  it('r50-t51-telling-titles: a later conjunct takes the subject after the dateline, not its place', () => {
    const text = 'MOSSBY (Coast Wire) - Two thieves broke into the barn at Moss End on Friday night and drove off with thirty bales of hay, police said on Monday.';
    const all = events(PUB, text).map((e) => e.title);
    expect(all).toContain('Two thieves drove off with thirty bales of hay');
    expect(all.some((t) => /MOSSBY/.test(t))).toBe(false);
    expect(tellingTitles(text)).toEqual(['Police said two thieves drove off with thirty bales']);
  });
});
