import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what and is never a fragment. Five readings that left one: a relative
// clause without "that" titled without its noun, a subject cut off by an aside set off after it, a relative clause
// given the first noun of "X for Y" when its verb agrees with Y, a relative closing an aside after a name, and a bare
// plural whose verb an "and" gapped.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r59-title-fragments: titles made whole from the clause around a fragment', () => {
  it('r59-title-fragments: a relative clause without "that" is titled by its noun with it', () => {
    const text = 'Traders said on Monday that the fire would cost the bakery 40,000 pounds, nearly a third of the wages it paid in the last quarter.';
    const e = at(text, 'it paid');
    expect(e.title).toBe('Wages it paid in the last quarter');
    expect(e.date.start).toBe('2024-01');
  });

  it('r59-title-fragments: a verb after an aside set off behind the subject takes that subject', () => {
    const e = at('The regatta, meant to take place this Sunday, has been put off until Friday, July 5.', 'put off');
    expect(e.title).toBe('Regatta has been put off');
    expect(e.date.start).toBe('2024-07-05');
  });

  it('r59-title-fragments: a relative after "X to Y" whose verb agrees with Y tells of Y, and the main verb takes X', () => {
    const text = 'Passes to the autumn regatta, which opens on 3 August, go on sale on Monday.';
    expect(at(text, 'which opens').title).toBe('Autumn regatta opens');
    expect(at(text, 'go on sale').title).toBe('Passes to the autumn regatta go on sale');
  });

  it('r59-title-fragments: a relative closing an aside after a name tells what the named one did', () => {
    const e = at('Hargreave, a retired ferryman who has rowed the estuary for forty years, told us he almost lost the bottle.', 'has rowed');
    expect(e.title).toBe('Hargreave has rowed the estuary for forty years');
    expect(e.date.start).toBe('1984-06-14');
  });

  it('r59-title-fragments: a bare plural whose verb "and" gapped takes that verb', () => {
    const e = at('The ferry carries cars in summer and cyclists in winter.', 'cyclists');
    expect(e.title).toBe('Ferry carries cyclists');
  });

  it('r59-title-fragments: a participle after "and last" shares the passive helping verb before it', () => {
    const e = at('The chapel was opened in 1962 and last repainted in 2003.', 'last repainted');
    expect(e.title).toBe('Chapel was last repainted');
    expect(e.date.start).toBe('2003');
  });

  it('r59-title-fragments: a gapped phrase with a name set off after it is told by the name', () => {
    const e = at('The Fulmar was launched in 1994 and the firm\'s second tug, the Osprey Star, in 2008.', 'Osprey Star');
    expect(e.title).toBe('The Osprey Star was launched');
    expect(e.date.start).toBe('2008');
  });

  it('r59-title-fragments: a gapped phrase of six words keeps the article the title left out', () => {
    const e = at('The club sold its boathouse in 1990 and a third boat from the old fleet in 1995.', 'third boat');
    expect(e.title).toBe('Club sold a third boat from the old fleet');
    expect(e.date.start).toBe('1995');
  });

  it('r59-title-fragments: a phrase gapped inside a told clause takes the told clause\'s verb', () => {
    const e = at('Orlagh Pargrave said the yard hired 9 welders in spring and a further four in October.', 'further four');
    expect(e.title).toBe('The yard hired a further four');
  });
});
