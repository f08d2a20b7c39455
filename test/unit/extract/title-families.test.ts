import { describe, expect, it } from 'vitest';
import { toldNoEvent } from '../../../shared/extract/keeper';
import { quotedTitle, resolvedPronoun } from '../../../shared/extract/title-context';
import { clauseSubject, soleCandidate, withoutAsides, withoutLooseTail } from '../../../shared/extract/title-syntax';
import { finishTitle, makeTitle, removeRanges, titleDraft } from '../../../shared/extract/title';
import { events } from './event-lookup';

// Title families of issue 8 point 10 (a title says who did what and is never a fragment), each on sentences written
// for these tests.

describe('soleCandidate', () => {
  it('gives the one noun phrase of the pronoun\'s number', () => {
    expect(soleCandidate('When the storm passed, about forty volunteers cleared the beach.', true)).toBe('forty volunteers');
    // "men": a plural with no "s".
    expect(soleCandidate('The two women left the quay at dawn and rowed for six hours.', true)).toBe('two women');
    // A clock's hour is no thing: "It" is the museum.
    expect(soleCandidate('The ferry museum is open from 10 a.m. to 5 p.m.', false)).toBe('ferry museum');
  });

  it('gives none when two could be meant, or the only one is a person for "it"', () => {
    expect(soleCandidate('The council sent a crane to the quay.', false)).toBeNull();
    expect(soleCandidate('On Friday police questioned Marta Kell.', false)).toBeNull();
    // A body's number does not show: it is a rival for "they".
    expect(soleCandidate('The crew thanked the organists.', true)).toBeNull();
    // A group, and phrases joined by "and", may be what "they" stands for.
    expect(soleCandidate('The group set out from the hut with two guides.', true)).toBeNull();
    expect(soleCandidate('Three boys and a teacher reached the summit.', true)).toBeNull();
  });

  it('opens a phrase the tags ran on into at its article', () => {
    expect(soleCandidate('In 1987 the tug, then newly painted, sank within minutes.', false)).toBe('tug');
  });
});

describe('resolvedPronoun with the one candidate of its number', () => {
  const resolve = (title: string, paragraph: string, evidence: string) => {
    const start = paragraph.indexOf(evidence);
    return resolvedPronoun(title, paragraph, start, start + evidence.length, clauseSubject, soleCandidate);
  };

  it('names the pronoun by the sentence before when it names one thing of that number', () => {
    const p = 'When the storm passed, about forty volunteers cleared the beach. They collected 300 bags of litter.';
    expect(resolve('They collected 300 bags of litter', p, 'They collected 300 bags of litter.')).toBe('Forty volunteers collected 300 bags of litter');
    const q = 'The ferry museum is open from 10 a.m. to 5 p.m. It will be closed in January.';
    expect(resolve('It will be closed', q, 'It will be closed in January.')).toBe('Ferry museum will be closed');
  });

  it('names it by its own sentence first, past a relative clause it sits in', () => {
    const p = 'The old signal box, which has stood empty since it was closed in 1988, will be restored.';
    expect(resolve('It was closed', p, 'it was closed in 1988')).toBe('Old signal box was closed');
  });

  it('keeps the pronoun when two could be meant, or "it" is said to be something', () => {
    const p = 'When the storm passed, the council sent a crane. It was found to be unsafe.';
    expect(resolve('It was found to be unsafe', p, 'It was found to be unsafe.')).toBe('It was found to be unsafe');
    const q = 'The river rose by four metres overnight. It was the worst flood in a century.';
    expect(resolve('It was the worst flood in a century', q, 'It was the worst flood in a century.')).toBe('It was the worst flood in a century');
  });
});

describe('quotedTitle: a telling left alone after its quotation', () => {
  it('tells the quotation with its teller first', () => {
    const p = '"We will rebuild the pier," said Mara Holt, the harbour master.';
    const start = p.indexOf('said');
    expect(quotedTitle('Said Mara Holt', p, start, makeTitle)).toBe('Mara Holt said we will rebuild the pier');
  });

  it('leaves the quotation\'s date words out of the title', () => {
    const p = '"We may paint the hall in October," said Mara Holt.';
    expect(quotedTitle('Said Mara Holt', p, p.indexOf('said'), makeTitle)).toBe('Mara Holt said we may paint the hall');
  });
});

describe('toldNoEvent', () => {
  it('takes a short question opening its paragraph for a heading, not an event', () => {
    const p = "What did Tuesday's vote decide? The pool will shut on May 3.";
    expect(toldNoEvent(p, 0)).toBe(true);
    expect(toldNoEvent(p, p.indexOf('The pool'))).toBe(false);
    // A question further into a paragraph may ask about a happening.
    const q = 'The council met in May. Why did it wait until then to close the pool?';
    expect(toldNoEvent(q, q.indexOf('Why'))).toBe(false);
  });

  it('takes a sentence pointing ahead and a notice\'s date formula for none', () => {
    expect(toldNoEvent('The mill closed in 1990. Here is how the town got there.', 25)).toBe(true);
    expect(toldNoEvent('Dated this 3rd day of May 2001', 0)).toBe(true);
  });

  it('leaves no event of a question heading in an article', () => {
    const found = events('2022-05-20', 'The council voted on Tuesday to close the pool.', "What did Tuesday's vote decide? The pool will shut on June 3.");
    expect(found.some((e) => e.title.endsWith('?'))).toBe(false);
    expect(found.some((e) => /shut/.test(e.title))).toBe(true);
  });
});

describe('titles made whole', () => {
  it('gives a subject its head\'s number when a phrase places it ("Traders on Quay Street were")', () => {
    expect(makeTitle('Stallholders on Bridge Road said they had been given no warning.')).toBe('Stallholders on Bridge Road were given no warning');
  });

  it('keeps "two of" a plural subject', () => {
    expect(makeTitle('Two of the pilots had been grounded for a week.')).toBe('Two of the pilots were grounded for a week');
  });

  it('keeps "said it to her" whole: a pronoun and a phrase after a telling are what was said', () => {
    expect(makeTitle('Nobody remembers who had said it to him.')).toContain('said it to him');
  });

  it('takes the demonstrative pointing at a date out with it', () => {
    const t = 'The new bridge was finished that December.';
    expect(removeRanges(t, [{ start: t.indexOf('December'), end: t.indexOf('December') + 8 }])).toBe('The new bridge was finished.');
  });

  it('cuts a subordinate clause begun and cut off with its subject', () => {
    expect(withoutLooseTail('Exports peaked when the mill')).toBe('Exports peaked');
    expect(withoutLooseTail('The choir sang two hymns before she')).toBe('The choir sang two hymns');
    expect(withoutLooseTail('The bridge closed after the storm')).toBe('The bridge closed after the storm');
  });

  it('titles a when-clause past a comma inside a number and past an aside', () => {
    const a = events('2012-03-01', 'Exports peaked in 2007, when the mill shipped 4,200 tonnes of paper, most of it abroad.');
    expect(a.map((e) => e.title)).toContain('Mill shipped 4,200 tonnes of paper');
    const b = events('2012-03-01', 'The hall will reopen on June 4, when the mayor, back from her trip abroad, will cut the ribbon.');
    expect(b.some((e) => /^Mayor\b.*\bwill cut the ribbon$/.test(e.title))).toBe(true);
  });

  it('takes a name set off after its post for the subject when the aside after it took its comma', () => {
    expect(withoutAsides('head of the rowing club, Ines Berg said the boathouse would close')).toBe('Ines Berg said the boathouse would close');
    const d = titleDraft('head of the rowing club, Ines Berg said the members had voted to sell the old boathouse by the river');
    expect(finishTitle(d.title, d)).toMatch(/^Ines Berg said (?:the )?members voted to sell/);
  });

  it('tells a noun phrase and the participle set off after it as the passive it stands for', () => {
    const d = titleDraft('the organ, built');
    expect(finishTitle(d.title, d)).toBe('Organ was built');
    const e = titleDraft('the twin boats, launched by the mayor');
    expect(finishTitle(e.title, e)).toBe('Twin boats were launched by the mayor');
    // Not a past with a phrase after it, nor after a clause.
    const f = titleDraft('the caretaker, worked in the hall');
    expect(finishTitle(f.title, f)).not.toMatch(/was worked/);
    const g = titleDraft('the old mill survived, rebuilt');
    expect(finishTitle(g.title, g)).not.toMatch(/survived was/);
  });
});
