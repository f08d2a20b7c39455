import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what, built from its clause's subject, verb and object; never a fragment.
// Three shapes that left a fragment: the bare unit of a time phrase the date cut left opening the clause ("Hours found
// …", "Years she was …"); an irregular past after a relative aside set off after the subject ("Came to see …"); a
// happening named only by its noun and whose it was after "after", "since" or "until" ("Her death", "Fall of the old
// kingdom"), told as the clause it names; a telling to "me" or "him" cut to its verb past the told subject ("told me
// was painted").

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r55-title-clauses: time units left by a cut date', () => {
  it('r55-title-clauses: "Hours later," before the subject leaves no unit', () => {
    const texts = ['The lock keeper reported the leak on Monday. Hours later, engineers found that the sluice had been left open.'];
    expect(titleAt(texts, 'engineers found')).toMatch(/^Engineers found (?:that )?the sluice was left open$/);
  });

  it('r55-title-clauses: "Days later" before a pronoun leaves no unit', () => {
    const texts = ['The divers raised the anchor on May 3. Days later they learned that the winch had been damaged.'];
    expect(titleAt(texts, 'Days later')).toMatch(/^(?:They|Divers) learned (?:that )?the winch was damaged$/);
    // A unit that is the subject stays.
    expect(titleAt(['Years of drought left the reservoir empty in 1976.'], 'reservoir empty')).toMatch(/^Years of drought left the reservoir empty$/);
  });
});

describe('r55-title-clauses: an irregular past after a relative aside', () => {
  it('r55-title-clauses: the name set off before the aside is the subject', () => {
    const texts = ["The keeper's niece, Maelis Quarrow, who lives in the valley, came to see the lamp on Tuesday."];
    expect(titleAt(texts, 'came to see')).toMatch(/^Maelis Quarrow came to see the lamp$/);
  });
});

describe('r55-title-clauses: a happening named by its noun', () => {
  it('r55-title-clauses: "until her death" is the named person dying', () => {
    const texts = ['Gunnora Veech ran the forge at Yestrel from 1960 until her death in 1991.'];
    expect(titleAt(texts, 'her death')).toBe('Gunnora Veech died');
  });

  it('r55-title-clauses: "after the fall of" tells what fell', () => {
    const texts = ['After the fall of the old kingdom in 1848, the guild was dissolved.'];
    expect(titleAt(texts, 'fall of')).toBe('Old kingdom fell');
    // A happening yet to come in its sentence keeps its noun.
    expect(titleAt(['The mill will close for a month after the sale of the estate next spring.'], 'sale of')).not.toMatch(/was sold/);
  });

  it('r55-title-clauses: a name owning the noun is its subject', () => {
    const texts = ['The school bought a new bell in 1999, a year after Mrs Kettridge\'s retirement.'];
    expect(titleAt(texts, 'retirement')).toBe('Mrs Kettridge retired');
  });
});

describe('r55-title-clauses: a telling to "me" or "him" keeps the told subject', () => {
  it('r55-title-clauses: the told clause keeps its subject after "told me"', () => {
    const texts = ['My aunt always told me the old pier was last painted in 1950, and she was right.'];
    expect(titleAt(texts, 'always told')).toMatch(/told me (?:the )?old pier was last painted$/);
  });

  it('r55-title-clauses: a told "this" stays, cut at a phrase end', () => {
    const texts = ['My uncle told me in March that this was the best crew the yard had seen in years.'];
    expect(titleAt(texts, 'best crew')).toMatch(/^My uncle told me this was the best crew$/);
  });
});
