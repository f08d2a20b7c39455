import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Issue 8, point 10: a title says who did what. A noun phrase whose clause goes on, after an aside or none, with a
// helping verb and a verb of its own ("will begin", "has made") takes that predicate (title-context.ts,
// predicateTitle's helpedVerb), cut before its phrase of time; a helping verb before a complement ("was 3 March")
// still leaves the phrase a heading.

const PUB = '2024-06-14';
/** The title of the event whose evidence is exactly the opening `words` of the sentence. */
const titleOf = (text: string, words: string) => {
  const found = events(PUB, text).filter((e) => quoteOf(e, [text]) === words);
  expect(found.length, `no event quotes “${words}”`).toBe(1);
  return found[0].title;
};

describe('r59-helped-predicate-titles: a phrase heading a helped verb is titled with it', () => {
  it('r59-helped-predicate-titles: an aside, then "will" and a verb of its own', () => {
    expect(titleOf('The winter timetable, with fewer late buses, will begin on 2 November.', 'The winter timetable')).toBe('Timetable will begin');
  });

  it('r59-helped-predicate-titles: a relative aside, then "has" and a participle', () => {
    expect(titleOf("This year's drought, which set in around the end of April, has made the harvest worse.", "This year's drought")).toBe('Drought has made the harvest worse');
  });

  it('r59-helped-predicate-titles: a relative aside, then "will" and a time the title leaves out', () => {
    expect(titleOf('The summer ferry timetable, which adds two crossings, will begin on 1 June.', 'The summer ferry timetable')).toBe('Ferry timetable will begin');
  });

  it('r59-helped-predicate-titles: a helping verb before a complement leaves the phrase a heading', () => {
    const text = 'The closing date for entries was 3 March.';
    for (const e of events(PUB, text)) expect(e.title).not.toMatch(/\bwas\b/);
  });
});
