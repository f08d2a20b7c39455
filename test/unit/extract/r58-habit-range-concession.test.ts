import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// Round 58 (a58): a habit kept within a range of stated years that opens the clause ("Between 1950 and 1956 she spent
// every summer …") is that stretch of the calendar, not a timetable; and ", though" with a subject joins a concession,
// a clause of its own that keeps its own date. Sentences written for this test.

function run(published: string, texts: string[]): { all: NewslineEvent[]; texts: string[] } {
  const paragraphs = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return { all: extractEvents(paragraphs, { published }), texts };
}

function holding(r: { all: NewslineEvent[]; texts: string[] }, words: string): NewslineEvent[] {
  return r.all.filter((e) => {
    const a = e.evidence[0];
    return r.texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end).includes(words);
  });
}

describe('r58-habit-range-concession: a habit inside a range of years', () => {
  it('dates a habit told after an opening "Between 1950 and 1956" as that range', () => {
    const r = run('2009-11-03', ['Between 1950 and 1956 she spent every summer picking fruit on her uncle’s farm in the hills.']);
    const [e] = holding(r, 'picking fruit');
    expect(e.date).toMatchObject({ start: '1950', end: '1956' });
  });
  it('does the same after "From 1981 to 1985"', () => {
    const r = run('2009-11-03', ['From 1981 to 1985 he drove each winter to the coast to mend nets.']);
    const [e] = holding(r, 'mend nets');
    expect(e.date).toMatchObject({ start: '1981', end: '1985' });
  });
  it('leaves a yearless timetable of months alone', () => {
    const r = run('2009-11-03', ['From April to October the chain ferry crosses every hour.']);
    expect(holding(r, 'chain ferry').filter((e) => e.date?.end)).toHaveLength(0);
  });
});

describe('r58-habit-range-concession: a concession after ", though"', () => {
  it('gives the clause after ", though" its own holiday', () => {
    const r = run('2003-03-04', ['Her eyesight worsened last autumn, though she still played the organ at the chapel on Christmas Eve.']);
    const [organ] = holding(r, 'played the organ');
    expect(organ.date?.start).toBe('2002-12-24');
    const [eyes] = holding(r, 'eyesight worsened');
    expect(eyes.date).toMatchObject({ start: '2002-09', end: '2002-11' });
    expect(eyes.title).not.toMatch(/though$/);
  });
  it('keeps two years apart across ", although"', () => {
    const r = run('2012-06-01', ['The tannery shut in 1987, although its chimney was pulled down only in 2006.']);
    expect(holding(r, 'chimney was pulled down')[0].date?.start).toBe('2006');
    expect(holding(r, 'tannery shut')[0].date?.start).toBe('1987');
  });
});
