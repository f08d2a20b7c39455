import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 34 (h34): a past length in whole years with no date of its own ("for 28 years") takes the one span of exactly
// that length the article gives elsewhere, even paragraphs later. Every sentence here was written for this file.

const PUB = '2024-11-20';

describe('a past length placed on the span of that length the article gives', () => {
  it.each([
    [
      'a stated span, told after the length',
      ['Nobody in Quarrel Bay knew the tower better. He had climbed its stairs every night for twenty-eight years.', 'Osric Penhale kept the light at Quarrel Bay from 1951 to 1979, when the lamp was automated.'],
      'climbed its stairs',
      '1951',
      '1979',
    ],
    [
      'a start and an end told apart',
      ['Mara Lind ran the harbour café for 35 years.', 'She opened it in 1962 with money borrowed from an uncle.', 'She closed it in 1997 and moved inland.'],
      'ran the harbour café',
      '1962',
      '1997',
    ],
    [
      'only an end, and a length in decades',
      ['Dr Rana Holt, who for three decades was the valley’s only vet, died at home on Monday. She was 88.', 'She retired in 2004 and kept bees.'],
      'for three decades',
      '1974',
      '2004',
    ],
  ])('%s', (_what, texts, words, start, end) => {
    const e = shortestAt(PUB, texts, words);
    expect(e.date.rule).toBe('sequence/length-matched-span');
    expect(e.date.start).toBe(start);
    expect(e.date.end).toBe(end);
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('the same without a publication date', () => {
    const texts = ['Mara Lind ran the harbour café for 35 years.', 'She opened it in 1962 with money borrowed from an uncle.', 'She closed it in 1997 and moved inland.'];
    const e = shortestAt('', texts, 'ran the harbour café');
    expect([e.date.start, e.date.end]).toEqual(['1962', '1997']);
  });

  it.each([
    ['a length still running', ['Agnes Trevail has sung in the choir for 33 years.', 'The choir was founded in 1961 and its hall closed in 1994.']],
    ['two spans of that length', ['He had worked there for 20 years.', 'The mill ran from 1950 to 1970.', 'The forge ran from 1960 to 1980.']],
    ['a round length', ['She had taught there for about 25 years.', 'She joined the school in 1960 and retired in 1985.']],
  ])('no span for %s', (_what, texts) => {
    expect(events(PUB, ...texts).filter((e) => e.date.rule === 'sequence/length-matched-span')).toEqual([]);
  });
});
