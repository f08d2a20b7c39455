import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 45: "He" or "She" opening a clause that hangs on the clause
// before it in the same sentence ("…, a year after she joined …") is that clause's subject when the subject is the one
// person the clause names, even where no honorific or age has said the name is a person's.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r45-subordinate-subject: "after he" told with the person the sentence opens on', () => {
  it('r45-subordinate-subject: a name after a post ("Rookie winger Pella Dorn") takes the place of "she"', () => {
    const got = titles('Rookie winger Pella Dorn scored twice against Orvik on Saturday, eleven months after she joined the side from the Vesker youth team.');
    expect(got).toContain('Pella Dorn joined the side from the Vesker youth team');
    expect(got.some((t) => /^She joined/.test(t))).toBe(false);
  });

  it('r45-subordinate-subject: a personal noun subject ("The mayor of Fennick") takes the place of "he"', () => {
    expect(titles('The mayor of Fennick closed the old baths in March, two months after he promised to keep them open.')).toContain('Mayor of Fennick promised to keep them open');
    // Too long with its phrase of place, the subject is its head noun, never the place's name ("Fennick promised").
    const got = titles('The mayor of Fennick closed the old lido in March, two months after he promised to keep it open all summer.');
    expect(got).toContain('Mayor promised to keep the old lido open all summer');
  });

  it('r45-subordinate-subject: "his" becomes the named subject\'s possessive', () => {
    const got = titles('Rookie keeper Tobin Marsh kept a clean sheet on Sunday, a fortnight after his knee was strapped up in training.');
    expect(got).toContain("Tobin Marsh's knee was strapped up in training");
  });

  it('r45-subordinate-his: a subject the clause takes up with "his" after its verb is a man ("A glazier from Pellow")', () => {
    const got = titles('A glazier from Pellow mended his 500th window on Friday, thirty years after he cut his first pane.');
    expect(got.some((t) => /^Glazier\b.* cut his first pane$/.test(t))).toBe(true);
    // "her" is no such sign: it is an object as often ("let her attend"), and a body is no person.
    const other = titles('The guild let her sit the test but would not make her a full member until 1931, two years after she had finished her apprenticeship.');
    expect(other.some((t) => /guild finished/i.test(t))).toBe(false);
  });

  it('r45-subordinate-known: a family name given whole before is the subject "he" stands for, not the last man named', () => {
    const got = titles('Rudi Ambery led the race from Tuesday and Kern Stammel was second. Stammel himself nearly fell on Friday, when he hit a kerb at Orlby.');
    expect(got).toContain('Stammel hit a kerb at Orlby');
  });

  it('r45-subordinate-set-off: a name set off after the subject ("The warden of Brisk, Hal Oddy,") is who "he" is', () => {
    const got = titles('The warden of Brisk, Hal Oddy, stepped down on Monday, a week after he lost the keys to the gatehouse.');
    expect(got).toContain('Hal Oddy lost the keys to the gatehouse');
  });

  it('r45-subordinate-found: "after an inquiry found that he" still hangs on the first clause, whose subject is the one person', () => {
    const got = titles('The treasurer of Wenby, Alma Prosk, resigned on Friday, two days after an inquiry found that she had paid the same bill twice in May.');
    expect(got).toContain('Alma Prosk paid the same bill twice');
  });

  it('r45-subordinate-subject: another person named in the clause leaves the pronoun as it is', () => {
    const got = titles('The magistrate fined Tomas Brell on Tuesday after he admitted taking the bicycle.');
    expect(got.some((t) => /^(?:Magistrate|The magistrate) admitted/.test(t))).toBe(false);
  });

  it('r45-subordinate-subject: a body\'s name ("Tarn Motors") or a subject of the other kind is no "he"', () => {
    expect(titles('Tarn Motors closed its paint shop in May after he resigned.')).not.toContain('Tarn Motors resigned');
    expect(titles("The twins' mother sold the orchard in 2010, a year after he died.").some((t) => /mother died/i.test(t))).toBe(false);
  });
});
