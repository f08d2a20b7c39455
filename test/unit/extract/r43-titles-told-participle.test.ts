import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';
import { patternVerb } from '../../../shared/extract/title';
import { shapeTitle } from '../../../shared/extract/title-syntax';

// Issue 8, point 10: a title says who did what and is never a fragment. A subject described by a participle phrase
// ("the number of boats moored in the basin") is followed by the clause's own verb, which the pattern pass has made a
// simple past ("had doubled" -> "doubled"): the title takes that verb, not the participle, and a telling's title is
// not cut before it.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r43-told-participle: a participle after the subject is not the clause verb', () => {
  it('r43-told-participle: "the number of boats moored in the basin had doubled" takes "doubled"', () => {
    const got = titles('The harbour master said on Monday that the number of boats moored in the inner basin had doubled since the new pontoons opened.');
    expect(got).toContain('Number of boats doubled');
    expect(got).toContain('Harbour master said the number of boats doubled');
    expect(got.some((t) => /moored$/.test(t))).toBe(false);
  });

  it('r43-told-participle: a participle with its particle ("carried out") before a past that is no participle', () => {
    const got = titles('Its treasurer, Ann Cole, said the cost of the roof repairs carried out last winter had risen to 40,000 pounds by March.');
    expect(got).toContain('Ann Cole said the cost of the roof repairs rose');
    expect(got).not.toContain('Ann Cole said the cost');
  });

  it('r43-told-participle: an -ing phrase after the told subject keeps the told verb', () => {
    const got = titles('Its manager, Rhian Oakes, said the number of families coming to the hall had risen every month since the spring.');
    expect(got).toContain('Rhian Oakes said the number of families rose every month');
    // An -ing word with an adjective after it ("sleeping rough") describes the subject too.
    expect(titles('Ms Dale said the number of people sleeping rough in the town had risen since the hostel closed in October.')).toContain('Ms Dale said the number of people rose');
  });

  it('r43-told-participle: a past that may be a participle before a preposition is not taken for the verb', () => {
    // "made in Germany" describes the machines: "invested" stays the verb.
    expect(titles('The firm invested in machines made in Germany in 2019.')).toContain('Firm invested in machines made in Germany');
  });

  it('r43-told-participle: a telling title cut before its told verb is made again from its clause', () => {
    expect(shapeTitle('Harbour master said the number of boats moored', 'harbour master said the number of boats moored in the inner basin doubled since the new pontoons opened', patternVerb)).toBe(
      'Harbour master said the number of boats doubled',
    );
    // Whole already: the told clause's verb is in the title.
    expect(shapeTitle('Harbour master said the boats left', 'harbour master said the boats left', patternVerb)).toBe('Harbour master said the boats left');
  });

  it('r43-told-participle: an -ing word with no phrase after it is no participle of the told subject', () => {
    // "the half-year ending | the firm had warned": two clauses whose comma went with the date.
    const got = titles('In May, when it reported its results for the half-year ending March 31, the firm had warned that the weak pound would cut into its sales, and the shares fell.');
    expect(got).toContain('It reported its results for the half-year');
    expect(got.some((t) => /results warned/.test(t))).toBe(false);
  });
});
