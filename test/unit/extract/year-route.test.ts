import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../shared/document';
import { basisLabel, BASIS_LABELS, YEAR_INFERRED_LABEL } from '../../../shared/dates';
import { countDistance } from '../../../shared/extract/tag-state';
import { explainedYear, ruleRoute } from '../../../shared/extract/year-route';
import { shortestAt } from './event-lookup';

// The year-certainty policy by route (issue 8): a year the text pins down is shown as certain, a year inferred along
// a route the text leaves open is flagged, and a flagged year says where it came from. Every sentence here was
// written for this test (none comes from an eval set or a probe).

const PUB = '2024-03-10';

describe('a count across a paragraph', () => {
  it('is flagged when a sentence lies between it and its date, and its note says the date was paragraphs back', () => {
    const texts = ['The ferry company was founded in 1961. Its first boat carried mail to the islands.', 'The company bought a second boat two years later.'];
    const d = shortestAt(PUB, texts, 'bought a second boat').date;
    expect(d.start).toBe('1963');
    expect(d.yearUncertain).toBe(true);
    expect(d.note).toMatch(/earlier paragraph/);
  });

  it('keeps its year when it opens the sentence right after its date, across the break', () => {
    const texts = ['The ferry company carried mail to the islands. It was founded in 1961.', 'The company bought a second boat two years later.'];
    const d = shortestAt(PUB, texts, 'bought a second boat').date;
    expect(d.start).toBe('1963');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('keeps its year when it opens its paragraph: the writer ties the paragraph to the time the last one left', () => {
    const texts = ['The ferry company was founded in 1961. Its first boat carried mail to the islands.', 'Two years later the company bought a second boat.'];
    const d = shortestAt(PUB, texts, 'bought a second boat').date;
    expect(d.start).toBe('1963');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('the same count within one paragraph keeps its year: the paragraph break is the condition', () => {
    const texts = ['The ferry company was founded in 1961. Its first boat carried mail to the islands. The company bought a second boat two years later.'];
    const d = shortestAt(PUB, texts, 'bought a second boat').date;
    expect(d.start).toBe('1963');
    expect(d.yearUncertain).toBeUndefined();
  });
});

describe('a month that takes its year from outside its clause', () => {
  it('from an earlier sentence of its paragraph: flagged, and its note names where, not the publication date', () => {
    const d = shortestAt(PUB, ['The museum opened in 2019. Its first director resigned in September.'], 'director resigned').date;
    expect(d.start).toBe('2019-09');
    expect(d.yearUncertain).toBe(true);
    expect(d.note).toMatch(/outside its clause/);
    expect(d.note).not.toMatch(/publication date/);
  });

  it('from a sibling predicate of its sentence: flagged too', () => {
    const d = shortestAt(PUB, ['The museum opened in 2019, and its first director resigned in September.'], 'director resigned').date;
    expect(d.start).toBe('2019-09');
    expect(d.yearUncertain).toBe(true);
  });
});

describe('a count from a date of its clause whose year is inferred', () => {
  it('is flagged, and its note says the date it counts from has an inferred year, not that publication placed it', () => {
    const texts = ['The society was founded in 1961. Its bulletin was published in December, 31 years after she had carried the first box of letters down the stairs.'];
    const d = shortestAt('2024-06-10', texts, 'first box of letters').date;
    expect(d.start).toBe('1930');
    expect(d.yearUncertain).toBe(true);
    expect(d.note).toMatch(/own year is inferred/);
    expect(d.note).not.toMatch(/publication date/);
  });
});

describe('countDistance', () => {
  it('tells a date of the count\'s own sentence, an earlier sentence and an earlier paragraph apart', () => {
    expect(countDistance({ sentence: 4, paragraph: 2, uncertain: false, ambiguous: false }, 4, 2)).toBe('own-sentence');
    expect(countDistance({ sentence: 3, paragraph: 2, uncertain: false, ambiguous: false }, 4, 2)).toBe('earlier-sentence');
    expect(countDistance({ sentence: 3, paragraph: 1, uncertain: false, ambiguous: false }, 4, 2)).toBe('earlier-paragraph');
  });
});

describe('ruleRoute', () => {
  it('reads the route from the rule name', () => {
    expect(ruleRoute('year')).toBe('own-year');
    expect(ruleRoute('month-day/year-in-sentence')).toBe('sentence-year');
    expect(ruleRoute('month/year-in-paragraph')).toBe('other-year');
    expect(ruleRoute('month-day/weekday-fixes-year')).toBe('weekday-year');
    expect(ruleRoute('month-day/past-tense')).toBe('tense');
    expect(ruleRoute('weekday/past-tense')).toBe('deictic');
    expect(ruleRoute('count-from-clause/after')).toBe('count-own-sentence');
    expect(ruleRoute('sequence/since-until-publication')).toBe('sequence');
    expect(ruleRoute('narrative-order/before-publication')).toBe('undated');
  });
});

describe('explainedYear: a flagged year says where it came from', () => {
  const date = (d: Partial<EventDate>): EventDate => ({ start: '2019', basis: 'stated', rule: 'year', ...d });

  it('adds the route\'s reason to a flagged year whose note gives none', () => {
    expect(explainedYear(date({ yearUncertain: true })).note).toMatch(/elsewhere in the sentence.*inferred/);
    expect(explainedYear(date({ yearUncertain: true, rule: 'month/past-tense', basis: 'publication' })).note).toMatch(/tense of the verb and the publication date/);
  });

  it('leaves a note that already says why, and an unflagged date, as they are', () => {
    const said = date({ yearUncertain: true, note: 'The year is a guess.' });
    expect(explainedYear(said)).toBe(said);
    const plain = date({});
    expect(explainedYear(plain)).toBe(plain);
  });
});

describe('basisLabel', () => {
  it('a drafted date whose year is flagged is labelled as inferred, whatever its basis', () => {
    expect(basisLabel({ start: '2019', basis: 'stated', yearUncertain: true })).toBe(YEAR_INFERRED_LABEL);
    expect(basisLabel({ start: '2019-09', basis: 'publication', yearUncertain: true })).toBe(YEAR_INFERRED_LABEL);
    expect(basisLabel({ start: '2019', basis: 'stated' })).toBe(BASIS_LABELS.stated);
  });

  it('a date from the record keeps its label', () => {
    expect(basisLabel({ start: '2021-08-15', basis: 'record', yearUncertain: true })).toBe(BASIS_LABELS.record);
  });
});
