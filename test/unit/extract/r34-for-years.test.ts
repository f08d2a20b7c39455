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

  it.each([
    [
      ['Bertram Vole, the county’s last hangman and for twenty-two years the keeper of its gaol, died on Tuesday. He was 91.', 'He took over the gaol in 1938.', 'He retired in the spring of 1960.'],
      'for twenty-two years the keeper of its gaol',
      '1938',
      '1960',
    ],
    [
      ['The Reverend Anna Sill, for 19 years the vicar of St Cuthbert’s, has died.', 'She was appointed to the parish in 1971 and stepped down in 1990.'],
      'for 19 years the vicar of St Cuthbert’s',
      '1971',
      '1990',
    ],
    [
      ['Ivo Marsh, a fiddler, a poet and for four decades a fixture of the Crown Inn, died last week.', 'He played at the inn from 1948 to 1988.'],
      'for four decades a fixture of the Crown Inn',
      '1948',
      '1988',
    ],
  ])('an aside telling a length with no verb is an event of its own: “%s”', (texts, words, start, end) => {
    const found = events(PUB, ...texts).filter((e) => e.date.rule === 'sequence/length-matched-span');
    expect(found.length).toBe(1);
    expect(texts[0].slice(found[0].evidence[0].start, found[0].evidence[0].end)).toBe(words);
    expect([found[0].date.start, found[0].date.end]).toEqual([start, end]);
    // The sentence's own event stays.
    expect(events(PUB, ...texts).some((e) => e.evidence[0].paragraphId === 'p1' && /died/.test(texts[0].slice(e.evidence[0].start, e.evidence[0].end)))).toBe(true);
  });

  it.each([
    ['only an end', ['Hal Brisk, for 30 years the editor of the Gazette, said on Monday that the paper would close.', 'The printing works closed in 1999.']],
    ['a verb in the aside', ['Lia Moss, who for 30 years ran the Gazette, died on Monday.', 'Its rival opened in 1950 and the old mill closed in 1965.', 'She joined the paper in 1960 and left it in 1990.', 'A second mill opened in 1955 and closed in 1985.']],
  ])('no aside event for %s', (_what, texts) => {
    const asides = events(PUB, ...texts).filter((e) => e.date.rule === 'sequence/length-matched-span' && e.evidence[0].paragraphId === 'p1' && /^for /.test(texts[0].slice(e.evidence[0].start)));
    expect(asides).toEqual([]);
  });

  it.each([
    ['Its secretary, Wendel Ashby, a lifeboat volunteer for 12 years, said the crew needed a new boathouse.', 'a lifeboat volunteer for 12 years', '2012-11-20'],
    ['Mrs Orla Finch, an usher at the county court for nine years, told the panel that the queues were getting longer.', 'an usher at the county court for nine years', '2015-11-20'],
    ['Pell Garrow, a ferryman on the Tavy for twenty-five years, thinks the new bridge will ruin the river.', 'a ferryman on the Tavy for twenty-five years', '1999-11-20'],
  ])('a role held for a count of years, in an aside of an undated telling, runs up to publication: “%s”', (text, words, start) => {
    const found = events(PUB, text).filter((e) => text.slice(e.evidence[0].start, e.evidence[0].end) === words);
    expect(found.length).toBe(1);
    expect(found[0].date).toMatchObject({ start, end: PUB, rule: 'duration/up-to-publication' });
  });

  it.each([
    ['a dated telling', 'Ada Kell, a porter at the station for 20 years, said on March 3, 2019, that the line would close.'],
    ['a clause, not a role', 'Ada Kell, a porter who worked at the station for 20 years, said the line would close.'],
    ['no publication date', 'Ada Kell, a porter at the station for 20 years, said the line would close.'],
  ])('no role span for %s', (what, text) => {
    const found = events(what === 'no publication date' ? '' : PUB, text).filter((e) => /^a porter/.test(text.slice(e.evidence[0].start)));
    expect(found.filter((e) => e.date.rule === 'duration/up-to-publication')).toEqual([]);
  });
});
