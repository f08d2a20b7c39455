import { describe, expect, it } from 'vitest';
import { resolvedPronoun } from '../../../shared/extract/title-context';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 46: "its" opening a clause joined to the one before (", and
// its", "after its") stands for the first clause's subject when that is a thing and no later clause's could be meant.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r46-its-joined: "its" after ", and" or a subordinator takes the first clause\'s subject', () => {
  it('r46-its-joined: ", and its" after a subject with an aside set off', () => {
    const got = titles('The kiln, built in 1890, was relit in May, and its chimney was mended in June.');
    expect(got).toContain("Kiln's chimney was mended");
    expect(got.some((t) => /^Its\b/.test(t))).toBe(false);
  });

  it('r46-its-joined: "after its" after a subject with a relative clause set off, ", and its" after a passive', () => {
    expect(titles('The orchestra, which gave its first concert in 1921, moved to a hall on the quay in March, after its old home was sold.')).toContain("Orchestra's old home was sold");
    expect(titles('The choir was founded by four miners in 1912, and its first conductor died in the flu of 1918.')).toContain("Choir's first conductor died in the flu");
  });

  it('r46-its-joined: a person, a telling, an object or a later clause\'s subject leaves "its" as it was', () => {
    expect(titles('Ada Orrin swam the bay on Sunday after its waters warmed.')).toContain('Its waters warmed');
    expect(titles('The museum said it would sell the painting, and its trustees met in June.')).toContain('Its trustees met');
    expect(titles('The county archive now thinks the letters sat in a bank vault until the bank closed in 1971, when its papers were sent to the town.')).toContain('Its papers were sent to the town');
  });

  it('r46-its-joined: a first clause whose verb has an object ("sold the mill") leaves "its" as it was', () => {
    // The first clause's subject is given by the stub, so that only the object after its verb decides.
    const name = (paragraph: string, title: string) => resolvedPronoun(title, paragraph, paragraph.indexOf('its '), paragraph.length, () => null, () => null, () => 'guild');
    expect(name('The guild sold the mill in May, and its wheel was taken down in June.', 'Its wheel was taken down')).toBe('Its wheel was taken down');
    expect(name('The guild, founded in 1890, met in May, and its wheel was taken down in June.', 'Its wheel was taken down')).toBe("Guild's wheel was taken down");
  });
});
