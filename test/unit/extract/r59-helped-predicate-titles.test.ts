import { describe, expect, it } from 'vitest';
import { makeTitle, patternVerb } from '../../../shared/extract/title';
import { predicateTitle } from '../../../shared/extract/title-context';

// Issue 8, point 10: a title says who did what. A noun phrase whose clause goes on, after an aside or none, with a
// helping verb and a verb of its own ("will be held", "was given") takes that predicate (title-context.ts,
// predicateTitle's helpedVerb), cut before its phrase of time; not when the event's evidence stops before the helping
// verb (the phrase is dated by its own words), when the phrase is a preposition's object, or when a form of be heads
// a complement ("was 3 March").

/** The title the phrase gets when the event's evidence is the whole sentence, or ends at `end`. */
const made = (title: string, text: string, end = text.length) => predicateTitle(title, text, 0, makeTitle, patternVerb, end);

describe('r59-helped-predicate-titles: a phrase heading a helped verb is titled with it', () => {
  it('r59-helped-predicate-titles: an aside with a figure, then "was" and a participle', () => {
    const text = 'The tide mill at Tamsfold Creek, a timber barn 40 metres long, was given protected status in 1981.';
    expect(made('Tide mill at Tamsfold Creek', text)).toBe('Tide mill at Tamsfold Creek was given protected status');
  });

  it('r59-helped-predicate-titles: "will be" and a participle, the time left out', () => {
    const text = 'Two public meetings will be held at Brackenlea Hall on Monday 8 July.';
    expect(made('Two public meetings', text)).toMatch(/^Two public meetings will be held(?: at Brackenlea Hall)?$/);
  });

  it('r59-helped-predicate-titles: not when the evidence stops at the phrase, dated by its own words', () => {
    const text = "This year's drought, which set in around the end of April, has made the harvest worse.";
    expect(made('Drought', text, "This year's drought".length)).toBe('Drought');
  });

  it('r59-helped-predicate-titles: not when the phrase is a preposition\'s object', () => {
    expect(made('Lecture', "Places for Thursday's lecture were gone inside a day.")).toBe('Lecture');
  });

  it('r59-helped-predicate-titles: a form of be before a complement leaves the phrase a heading', () => {
    expect(made('Closing date for entries', 'The closing date for entries was 3 March.')).toBe('Closing date for entries');
  });
});
