import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what and is never a fragment. A clause joined by "and" or "but" that opens
// on its verb takes the subject of the clause it is joined to ("Claimed the reward" → "Mira Castell claimed the
// reward"), as fullerTitle (title-context.ts) already did for a short title or a plain clause before it; a relative
// clause closed before the conjunction is no subject for it (keeper.ts, subjectGiver).

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r51-joined-subject-titles: a verb joined after a clause takes its subject', () => {
  it('r51-joined-subject-titles: a subordinate clause closed by its comma before "and" is an aside', () => {
    const texts = ['Mira Castell found the ring on May 6, when she emptied her late aunt\'s writing desk, and claimed the reward the following week.'];
    expect(titleAt(texts, 'claimed the reward')).toMatch(/^(?:Mira Castell|She) claimed the reward/);
  });

  it('r51-joined-subject-titles: a relative clause closed by its comma before "and" gives the joined verb no subject', () => {
    // The relative's antecedent did not win the cup: the clause before the relative did.
    const texts = ['The rowing club\'s juniors trained on the reservoir at Holcombe, which was drained in the spring, and won the county cup on June 2.'];
    const title = titleAt(texts, 'won the county cup');
    expect(title).not.toMatch(/reservoir/i);
    expect(title).toMatch(/^(?:The )?rowing club's juniors won the county cup/i);
  });

  it('r51-joined-subject-titles: a present form in -s after "and", then its object, is the verb', () => {
    const texts = ['Tobin Marsh has kept the ferry at Wendle since 1984.', 'He works his last crossing on Friday and hands the tiller to his nephew on Monday.'];
    const title = titleAt(texts, 'hands the tiller');
    expect(title).toMatch(/^(?:Tobin Marsh|He) hands the tiller to his nephew/);
  });

  it('r51-joined-subject-titles: a pronoun subject is taken too, and named where the pronoun passes can', () => {
    const texts = ['Anna and Piet Roos ran a bakery in Delft.', 'They married in 1990 and moved to Kettleby two years later.'];
    expect(titleAt(texts, 'moved to Kettleby')).toMatch(/^(?:They|Anna and Piet Roos) moved to Kettleby/);
    const bridge = ['The old footbridge crosses the river at Wend. It was closed for mending in 1993 and opened again that October with fresh railings.'];
    expect(titleAt(bridge, 'opened again that October')).toMatch(/^(?:It|(?:The )?old footbridge) opened again with fresh railings/i);
  });

  it('r51-joined-subject-titles: a plural noun after "and" is no verb', () => {
    // "and lorries the whole winter" is a second object: no subject is put before it.
    const texts = ['The ferry at Wendle carried cars in 1990 and lorries the whole winter of 1991.'];
    const all = shortestAt(PUB, texts, 'carried cars');
    expect(all.title).toMatch(/^(?:The )?ferry at Wendle carried cars/i);
  });
});

describe('r51-joined-subject-titles: a verb joined inside a relative clause', () => {
  it('r51-joined-subject-titles: takes the noun phrase the relative clause is set off after', () => {
    const texts = ['Among the guests was Orla Penney, who joined the mill as a clerk in 1970 and retired in 2005 after thirty years as its manager.'];
    expect(titleAt(texts, 'retired in 2005')).toBe('Orla Penney retired');
    const present = ['The annual report is the last by Dr Maren Hollis, who has chaired the board since 2011 and hands over the chair on 9 July.'];
    expect(titleAt(present, 'hands over the chair')).toMatch(/^Dr Maren Hollis hands over the chair/);
  });

  it('r51-joined-subject-titles: not after a passive, whose participle the joined verb may be', () => {
    // "The driver charged" would say the driver charged someone.
    const texts = ['The driver, who was arrested on Friday and charged on Saturday, will appear in court on Monday.'];
    expect(titleAt(texts, 'charged on Saturday')).not.toMatch(/^(?:The )?driver charged/i);
  });

  it('r51-joined-subject-titles: not in an object relative clause, whose subject is its own', () => {
    const texts = ['The council erred again with the old granary, which it bought in 1990 and sold at a loss six years later.'];
    expect(titleAt(texts, 'sold at a loss')).not.toMatch(/granary/i);
  });
});
