import { describe, expect, it } from 'vitest';
import { attributionStart, quoteWords, sameWording } from '../../../shared/merge-words';

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

describe('who a quote is about, and what it reports', () => {
  it('leaves a quotation\'s speaker out of who it tells of', () => {
    const w = quoteWords('"They will have to close the ferry route," said a lecturer from Southport University.');
    expect(w.keys.has('n:southport')).toBe(true);
    expect([...w.told!.keys].some((k) => k.startsWith('n:'))).toBe(false);
    expect(w.told!.verbs).toEqual(w.verbs);
    expect(attributionStart('"We are closing the route," the harbour master told reporters.')).toBeGreaterThan(0);
    // No quotation, no attribution: "Southport said it would close" names its actor.
    expect(attributionStart('Southport Shipping said it would close the route.')).toBe(-1);
    expect(quoteWords('Southport Shipping said it would close the route.').told).toBeUndefined();
  });

  it('says wordings of one happening that share no word the same way: "step down", "Chapter 11"', () => {
    expect([...quoteWords('The harbour master stepped down on Monday.').verbs]).toEqual([...quoteWords('The harbour master resigned.').verbs]);
    expect(sameWording('She steps down; he is stepping down.')).toBe('She resigns; he is resigning.');
    expect(quoteWords('The old mayor passed away last week.').verbs).toEqual(quoteWords('The old mayor died.').verbs);
    // A chapter of the bankruptcy code is a bankruptcy, not a name.
    const w = quoteWords('Harbour Bakeries filed for Chapter 11 protection from its creditors.');
    expect(w.keys.has('n:chapter')).toBe(false);
    expect([...w.keys].filter((k) => k.startsWith('w:')).sort()).toEqual(
      [...quoteWords('Harbour Bakeries filed for bankruptcy protection from its creditors.').keys].filter((k) => k.startsWith('w:')).sort(),
    );
  });

  it('reads the noun a light verb takes as the happening: "has a deadline", not "has lost"', () => {
    const a = quoteWords('The council has a deadline set at 3 May to approve a budget.');
    const b = quoteWords('The council has a 3 May deadline to finish its budget.');
    expect([...a.support]).toEqual([...b.support]);
    expect(a.support.size).toBe(1);
    expect(a.verbs.has([...a.support][0])).toBe(false);
    expect(quoteWords('The council has lost its majority.').support.size).toBe(0);
    // Without "a" it is an idiom or a possession: "took place", "has 350 members".
    expect(quoteWords('The vote took place on Monday.').support.size).toBe(0);
    expect(quoteWords('The rowing club has 350 members.').support.size).toBe(0);
  });

  it('marks what a relative clause tells as background to the quote\'s own happening', () => {
    const w = quoteWords('Northgate Ferries, which has cut 1,200 jobs this year, announced a new route to Leeds.');
    const cut = [...quoteWords('Northgate Ferries cut jobs.').verbs][0];
    expect(w.background.has(cut)).toBe(true);
    // Said outside the relative clause too, it is the quote's own.
    expect(quoteWords('Northgate Ferries, which has cut 1,200 jobs, cut 300 more on Monday.').background.has(cut)).toBe(false);
    // A quote that is itself the relative clause reports it.
    expect(quoteWords('which cut 1,200 jobs on Monday').background.size).toBe(0);
  });
});
