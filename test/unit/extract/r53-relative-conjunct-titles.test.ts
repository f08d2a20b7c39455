import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. A verb joined inside a relative clause set off after a noun phrase
// ("the hall, which was built in 1851 and rebuilt in 1923") is that clause's, whose subject is the noun phrase, not the
// sentence's first subject: after a passive the joined participle keeps the passive's helping verb; a verb after a
// relative aside closed by its comma is the noun phrase's when that phrase opens its clause; a second relative clause
// joined by "and" tells of the first one's antecedent; and an antecedent "X of Y" whose verb agrees only with Y is Y.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r53-relative-conjunct-titles: a verb joined inside a relative clause', () => {
  it('r53-relative-conjunct-titles: after a passive, a participle keeps the helping verb and the antecedent', () => {
    const texts = ['The rope works was sold to a glover, who mended the sheds, and the old granary, which was first raised in 1851 and rebuilt in 1923, is now a gym.'];
    expect(titleAt(texts, 'rebuilt in 1923')).toMatch(/^(?:The )?old granary was rebuilt$/i);
  });

  it('r53-relative-conjunct-titles: a verb that takes no object is told without a helping verb', () => {
    const texts = ['The glassblower, who was born in Penmoor in 1920 and died in 2001, left forty vases to the town.'];
    expect(titleAt(texts, 'died in 2001')).toMatch(/^(?:The )?glassblower died$/i);
  });

  it('r53-relative-conjunct-titles: the antecedent agrees with the verb: the noun after "of"', () => {
    const texts = ['The goats were moved off the headland in 1950, and the only callers were the wardens of the signal tower, which was first used in 1866 and modernised in 1992.'];
    expect(titleAt(texts, 'modernised in 1992')).toMatch(/^(?:The )?signal tower was modernised$/i);
    expect(titleAt(texts, 'first used')).toMatch(/^(?:The )?signal tower was first used$/i);
  });

  it('r53-relative-conjunct-titles: a helping verb joined inside the relative clause, not the sentence\'s subject', () => {
    const texts = ['Seats sold out quickly at the puppet theatre, which opened in 1930 and had planned a second stage this year.'];
    expect(titleAt(texts, 'planned a second stage')).toMatch(/^(?:The )?puppet theatre (?:had )?planned a second stage/i);
  });
});

describe('r53-relative-conjunct-titles: a verb after a relative aside, and a second relative clause', () => {
  it('r53-relative-conjunct-titles: the noun phrase opening the clause the aside is set off in', () => {
    const texts = ['The guild held a bazaar in 2001, and the boathouse, which was built in 1877 and shut in 1964, opened again in May.'];
    expect(titleAt(texts, 'opened again')).toMatch(/^(?:The )?boathouse opened again$/i);
  });

  it('r53-relative-conjunct-titles: a verb joined inside a relative clause with no comma before it', () => {
    const texts = ['Orrinsby Parish Council has a new chair, the first such change since 1990, after the Heather Party took nine seats in a recount that lasted all night and closed at 4.20 this morning.'];
    expect(titleAt(texts, 'closed at 4.20')).toMatch(/^(?:A )?recount closed/i);
    const told = ['The treasurer said that rents rose in May and fell in June.'];
    expect(titleAt(told, 'fell in June')).not.toMatch(/^(?:The )?treasurer/i);
  });

  it('r53-relative-conjunct-titles: "and who" tells of the first relative clause\'s antecedent', () => {
    const texts = ['The cup went to a sculler, who won in 1990 and who retired in 1999.'];
    expect(titleAt(texts, 'retired in 1999')).toMatch(/^(?:A )?sculler retired$/i);
  });
});

describe('r53-relative-conjunct-titles: a possessive is not the name its own phrase gives', () => {
  it('r53-relative-conjunct-titles: "his neighbour <name>" is never that name\'s neighbour', () => {
    const texts = ['Gwil Orrinsby grew the heaviest marrow this year. The cuttings came from a vine grown by his neighbour Hebb Dunmarch, who kept the parish prize for a decade and who died in March.'];
    expect(titleAt(texts, 'who died in March')).not.toMatch(/Dunmarch's neighbour/);
    expect(titleAt(texts, 'who died in March')).toMatch(/neighbour Hebb Dunmarch died$/);
  });
});
