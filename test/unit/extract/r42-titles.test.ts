import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';
import { cleftTitle, toldPredicate } from '../../../shared/extract/title-context';
import { opensHowTold, patternVerb } from '../../../shared/extract/title';
import { opensOnVerb } from '../../../shared/extract/title-syntax';

// Issue 8, point 10: a title says who did what and is never a fragment. A cleft sentence whose focus (its time) is
// cut is told by the clause it clefts; a teller's title before a predicate with no subject (a conjunct sharing the
// subject of the clause before it) takes that subject.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r42-cleft: a cleft sentence told by the clause it clefts', () => {
  it('r42-cleft: "It was in the spring of 2011 when the mill closed" is the mill closing', () => {
    const got = titles('It was in the spring of 2011 when the mill finally closed its gates.');
    expect(got).toContain('Mill finally closed its gates');
    expect(got.some((t) => /^It was when/.test(t))).toBe(false);
  });

  it('r42-cleft: the clause after "that", its pronoun kept', () => {
    expect(cleftTitle('It was that we sold the last of the herd', patternVerb)).toBe('We sold the last of the herd');
    expect(cleftTitle('It was that I took over the bakery', patternVerb)).toBe('I took over the bakery');
  });

  it('r42-cleft: leaves "that" as a determiner and clauses with no verb', () => {
    expect(cleftTitle('It was that bridge which the floods took', patternVerb)).toBe('It was that bridge which the floods took');
    expect(cleftTitle('It was that the end', patternVerb)).toBe('It was that the end');
    expect(cleftTitle('It was a quiet week for the harbour', patternVerb)).toBe('It was a quiet week for the harbour');
  });
});

describe('r42-told-predicate: a teller before a predicate with no subject', () => {
  it('r42-told-predicate: takes the subject of the clause the predicate is joined to', () => {
    const got = titles('The accounts had been due in May but were delayed until July after the auditor fell ill, the charity said.');
    expect(got).not.toContain('Charity said were delayed after the auditor fell ill');
    expect(got).toContain('Accounts were delayed after the auditor fell ill');
  });

  it('r42-told-predicate: takes the subject another title gives the same verb, past a nearer one', () => {
    expect(toldPredicate('Keepers said showed no interest in the hay', ['Storm fell on the barn', 'Goats showed no interest'], undefined, opensOnVerb, patternVerb)).toBe(
      'Goats showed no interest in the hay',
    );
  });

  it('r42-told-predicate: else the subject of the event just before, when it agrees', () => {
    expect(toldPredicate('Police said were returned to the shop', ['Bicycles were stolen'], 'Bicycles were stolen', opensOnVerb, patternVerb)).toBe('Bicycles were returned to the shop');
    // "Auditor … were": no agreement, no subject.
    expect(toldPredicate('Charity said were delayed', ['Auditor fell ill'], 'Auditor fell ill', opensOnVerb, patternVerb)).toBe('Charity said were delayed');
  });

  it('r42-told-predicate: gives no pronoun, no dateline and no passive teller as a subject', () => {
    expect(toldPredicate('Police said drove off with the van', ['That drove off'], undefined, opensOnVerb, patternVerb)).toBe('Police said drove off with the van');
    expect(toldPredicate('Police said drove off with the van', ['BRANWICK drove off'], undefined, opensOnVerb, patternVerb)).toBe('Police said drove off with the van');
    expect(toldPredicate('Walkers were told to keep off the dunes', ['Rangers keep off the dunes'], undefined, opensOnVerb, patternVerb)).toBe('Walkers were told to keep off the dunes');
  });

  it('r42-told-predicate: leaves a teller whose told clause has its own subject', () => {
    expect(toldPredicate('Police said the van was found in a ditch', ['Van was stolen'], 'Van was stolen', opensOnVerb, patternVerb)).toBe('Police said the van was found in a ditch');
  });
});

describe('r42-how-told: a participle phrase fronted before a teller', () => {
  it('r42-how-told: goes from the telling\'s title, not after "said"', () => {
    const got = titles('Reached at home on Tuesday, Mr Pellow said he had repaired the clock in 1988.');
    expect(got).toContain('Mr Pellow said he repaired the clock');
    expect(got.some((t) => /Reached/.test(t))).toBe(false);
  });

  it('r42-how-told: a question after the participle is part of its phrase', () => {
    const got = titles('Asked how long the work would take, the foreman said on Monday that the roof would be finished in March.');
    expect(got.some((t) => /^Asked/.test(t))).toBe(false);
    expect(got.some((t) => /^Foreman said/i.test(t))).toBe(true);
  });

  it('r42-how-told: an aside after the participle phrase goes with it', () => {
    const got = titles('Speaking by radio on Thursday, two miles short of the summit, Ms Arkwell said the last ridge had been the worst.');
    expect(got).toContain('Ms Arkwell said the last ridge was the worst');
    expect(got.some((t) => /Speaking/.test(t))).toBe(false);
  });

  it('r42-how-told: leaves a participle phrase joined to a clause of its own', () => {
    expect(opensHowTold('Speaking at the opening, the mayor praised the builders')).toBe(false);
    expect(opensHowTold('Speaking at the opening, two days after the vote')).toBe(true);
  });

  it('r42-how-told: leaves a gerund that is the clause\'s subject', () => {
    const got = titles('Fishing in the upper lake has been poor since the spring, the angling club said on Monday.');
    expect(got.some((t) => /^Fishing (?:in the upper lake )?has been poor/.test(t))).toBe(true);
  });
});
