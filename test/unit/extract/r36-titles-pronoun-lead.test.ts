import { describe, expect, it } from 'vitest';
import { resolvedPronoun } from '../../../shared/extract/title-context';
import { clauseSubject, leadingSubject, soleCandidate } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. "It" or "They" opening a sentence after one of several clauses
// stands for the first clause's subject when no later clause opens on a subject that could be meant instead.

function resolved(paragraph: string, title: string, lead: string): string {
  const start = paragraph.indexOf(lead);
  return resolvedPronoun(title, paragraph, start, paragraph.length, clauseSubject, soleCandidate, leadingSubject);
}

describe('the first clause\'s subject of a sentence of several clauses', () => {
  it('names "it" after a subordinate clause with a plural subject', () => {
    const p = 'The old signal box was built in 1921 and was manned every night until 1983, when computers took over the line. It then stood empty.';
    expect(resolved(p, 'It stood empty', 'It then')).toBe('Old signal box stood empty');
  });

  it('names "it" after a relative clause about a person', () => {
    const p = 'The spring was first recorded in 1790 by a parish clerk, who wrote that it never froze. It dried up in the drought of 1976.';
    expect(resolved(p, 'It dried up', 'It dried')).toBe('Spring dried up');
  });

  it('names "it" after a "since … when" sentence whose later clause goes on with "it"', () => {
    const p = 'The Mill Road ground has been used for cricket since 1902, when it was leased to the village by a farmer. It was last flooded in 2007.';
    expect(resolved(p, 'It was last flooded', 'It was')).toBe('Mill Road ground was last flooded');
  });

  it('names "they" after a clause whose later subject is one thing', () => {
    const p = 'The Dalby twins found the coin in a hedge while the farm was being sold. They gave it to the county museum.';
    expect(resolved(p, 'They gave it to the county museum', 'They gave')).toBe('Dalby twins gave it to the county museum');
  });

  it('names it in an extracted event', () => {
    const text = 'The harbour crane was installed in 1958 and worked every season until 1991, when container ships stopped calling. It was sold for scrap on March 3, 2004.';
    expect(events('2024-05-01', text).map((e) => e.title)).toContain('Harbour crane was sold for scrap');
  });
});

describe('the pronoun kept when another subject could be meant', () => {
  it('keeps "it" when a later clause opens on another thing', () => {
    const p = 'The council met on Monday, and the new budget was approved after a long debate. It will take effect in April.';
    expect(resolved(p, 'It will take effect in April', 'It will')).toBe('It will take effect in April');
  });

  it('keeps "it" when a later clause\'s verb the tags miss has a thing for subject', () => {
    const p = 'Iron was mined in the valley long before there was a village, but the village in its present shape dates from 1840. It grew quickly.';
    expect(resolved(p, 'It grew quickly', 'It grew')).toBe('It grew quickly');
  });

  it('keeps "it" after a telling: what was told may be meant', () => {
    const p = 'Neighbours at the farm remember that a fire broke out in the loft after the war. It was rebuilt in 1950.';
    expect(resolved(p, 'It was rebuilt in 1950', 'It was')).toBe('It was rebuilt in 1950');
    const q = 'Neighbours recall that a fire broke out in the loft. It was rebuilt in 1950.';
    expect(resolved(q, 'It was rebuilt in 1950', 'It was')).toBe('It was rebuilt in 1950');
  });

  it('keeps "it" for a plural subject, a person, or a name of a person', () => {
    const p = 'The germs live in damp soil and are carried on boots, which is why the farm was closed. It cannot be spread by air.';
    expect(resolved(p, 'It cannot be spread by air', 'It cannot')).toBe('It cannot be spread by air');
    const q = 'Anna Rusek opened the shop in 1990 and ran it until 2010, when her son took over. It closed in 2019.';
    expect(resolved(q, 'It closed in 2019', 'It closed')).toBe('It closed in 2019');
  });

  it('keeps "it" when a later clause opens on another "it"-able phrase after "of them"', () => {
    const p = 'Last year the town library bought his letters, and an exhibition of them opened in May. It closes on Saturday.';
    expect(resolved(p, 'It closes on Saturday', 'It closes')).toBe('It closes on Saturday');
  });
});
