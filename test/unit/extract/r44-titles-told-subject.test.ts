import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';
import { makeTitle } from '../../../shared/extract/title';

// Issue 8, point 10: a title says who did what in 3 to 10 words and is never a fragment. Round 44: a plain noun the
// small tagger reads as a verb, a subject cut to the phrase before its verb, a telling cut before its told verb, a
// person's post that leaves the told clause no room, a telling joined to a clause of its own, a subordinate clause
// after a noun's participle, and a word that singles a noun out only beside its article.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r44-titles: who did what, whole', () => {
  it('r44-plain-noun: "the north shore" is a noun, not the told clause\'s verb after "found"', () => {
    const got = titles('A dive carried out in 2019 found rows of iron rings near the north shore, which may be the remains of a quay.');
    expect(got).toContain('Dive found rows of iron rings near the north shore');
  });

  it('r44-subject-head: a subject too long keeps its head noun, not the name ending its phrase of place', () => {
    const got = titles('The county archive in Dunmere confirmed on Monday that nine old letters picked up from the floor of Holm Farm are the work of a famous poet.');
    expect(got).toContain('County archive confirmed nine old letters are the work');
    expect(got.some((t) => /^Confirmed\b/.test(t))).toBe(false);
  });

  it('r44-told-cut: a telling is not cut after the told subject ("said the drivers")', () => {
    const got = titles('Union leaders said the drivers laid off last year would be offered their routes back from May 1, starting with the night buses.');
    expect(got).toContain('Union leaders said the drivers would be offered their routes');
    expect(got).not.toContain('Union leaders said the drivers');
  });

  it('r44-told-cut: a past right after a subject pronoun is its verb ("said she baked")', () => {
    const got = titles('Mrs Orme said on Sunday that she had baked the prize cake at five in the morning on Tuesday and driven it to the show herself the same afternoon.');
    expect(got).toContain('Mrs Orme said she baked the prize cake at five');
    expect(got).not.toContain('Mrs Orme said she');
  });

  it('r44-name-post: a post before a name goes when the told clause needs the room', () => {
    const got = titles('Opposition leader Tomas Velde told reporters on Friday that hundreds of homes in the valley were at risk.');
    expect(got).toContain('Tomas Velde told reporters hundreds of homes were at risk');
  });

  it('r44-joined-telling: a telling joined by "and" after a clause with its own verb leaves that clause whole', () => {
    const got = titles('He has taught four apprentices since 2008 and says the craft has changed.');
    expect(got).toContain('He has taught four apprentices');
    expect(got.some((t) => /says the craft$/.test(t))).toBe(false);
  });

  it('r44-clause-opener: a past before "before it" is the verb, not a participle describing the noun', () => {
    expect(titles('A plan for a footbridge on the north shore collapsed before it could be put to a vote in 1991.')).toContain('Plan for a footbridge on the north shore collapsed');
    // Made again from its clause, the title keeps "collapsed", not the verb of the clause after "before it".
    expect(makeTitle('A scheme for a footbridge on the north shore collapsed before it could be put to a vote.')).toBe('Scheme for a footbridge on the north shore collapsed');
  });

  it('r44-seen-over: a participle-only form with "over" after it has no object: the past after its phrase is the verb', () => {
    const got = titles('A similar storm seen over the west coast in March left no damage that anyone could find.');
    expect(got).toContain('Similar storm left no damage');
  });

  it('r44-only-subject: "the only bakery" names "its" as the bakery, without "only"', () => {
    const got = titles('The only bakery in Tarnby, the Golden Crust, reopened on Monday, a year after its last owner sold the ovens.');
    expect(got).toContain("Bakery's last owner sold the ovens");
  });
});
