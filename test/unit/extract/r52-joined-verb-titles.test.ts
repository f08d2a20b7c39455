import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what and is never a fragment. Three shapes left a verb with no subject:
// a verb (a past form too) joined by "and" to a clause that is an event of its own ("… and published a guide",
// keeper.ts, conjoinedSubject); an -ing form after a comma acting on an object of its own ("…, ending a wait that
// had lasted since 2011", subjectHungOn); a past participle's phrase opening its sentence ("Born in 1931 in …, Piet
// Lomax left school", participleWithSubject). Each takes the subject its sentence gives.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r52-joined-verb-titles: a verb joined after the clause of the event before takes its subject', () => {
  it('r52-joined-verb-titles: a past form after a list of the same subject\'s verbs', () => {
    const texts = ['Bram Quorvane kept a forge in Tresswold until 1979, mended bicycles for the village, and died in the forge cottage in May 1996.'];
    expect(titleAt(texts, 'died in the forge cottage')).toBe('Bram Quorvane died in the forge cottage');
  });

  it('r52-joined-verb-titles: after a passive, a past form with an object of its own', () => {
    const texts = ['The choir was formed in 1921 to sing at the abbey, and recorded its first album in 1936.'];
    expect(titleAt(texts, 'recorded its first album')).toMatch(/^(?:The )?choir recorded its first album/i);
  });

  it('r52-joined-verb-titles: a helping verb first, in a title longer than six words', () => {
    const texts = ['Hal Penn joined the survey office as a clerk in 1950, and was appointed to run its map room three years later.'];
    expect(titleAt(texts, 'was appointed to run')).toBe('Hal Penn was appointed to run its map room');
  });

  it('r52-joined-verb-titles: not a verb joined after a telling, nor one inside a noun phrase set off', () => {
    const told = ['One stallholder said the market was busy and would stay open this winter, but warned that rents had doubled since 2019.'];
    expect(titleAt(told, 'warned')).not.toMatch(/^(?:The )?market warned/i);
    const setOff = ['The board will decide by June whether to build a new pier, a scheme first drawn up in 1998 and shelved by the new council in 2006.'];
    expect(titleAt(setOff, 'shelved by the new council')).not.toMatch(/^(?:The )?board shelved/i);
  });
});

describe('r52-joined-verb-titles: an -ing form after a comma, acting on an object of its own', () => {
  it('r52-joined-verb-titles: takes the clause\'s subject, after a dateline', () => {
    const texts = ['KELBY - The junior choir won the regional shield on Saturday, ending a wait for a trophy that had lasted since 2011.'];
    expect(titleAt(texts, 'ending a wait')).toMatch(/^(?:The )?junior choir ended a wait for a trophy/i);
  });

  it('r52-joined-verb-titles: not an -ing form that leads a phrase as a preposition does', () => {
    const texts = ['The trust posted its accounts in May, including a grant received from the county in 2022.'];
    expect(titleAt(texts, 'including a grant')).not.toMatch(/trust included/i);
  });
});

describe('r52-joined-verb-titles: a past participle opening its sentence', () => {
  it('r52-joined-verb-titles: "Born …" takes the subject of the clause after its phrase, past an appositive', () => {
    const texts = ['Born in 1931 in the mill town of Esterby, the son of a weaver, Piet Lomax quit his lessons early for a job with a printer.'];
    expect(titleAt(texts, 'Born in 1931')).toBe('Piet Lomax was born in the mill town of Esterby');
  });

  it('r52-joined-verb-titles: another participle, past a name and a relative clause set off', () => {
    const texts = ['Founded in 1904 by a glazier, Tam Hemmle, who sold lamps door to door, the firm stayed in the family until 1990.'];
    expect(titleAt(texts, 'Founded in 1904')).toMatch(/^The firm was founded by a glazier/);
  });
});
