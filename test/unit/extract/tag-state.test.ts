import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract/sentences';
import { beginResolving, moveTo, tagCursor, type TagCursor } from '../../../shared/extract/tag-cursor';
import { carryForward, leavePiece, markCountedYear, type TagState } from '../../../shared/extract/tag-state';
import { tagState } from '../../../shared/extract/tagger';
import type { Timex } from '../../../shared/extract/types';

// The steps that judge a resolved expression's year against what the tagger carries, and then leave it there for the
// expressions after it. Every sentence here was written for this test (none comes from an eval set or a probe).

/** A timex over `words` in `text`, and the cursor readied at it as the tagger readies it. */
function place(text: string, words: string, fields: Omit<Timex, 'start' | 'end' | 'text'>, state: TagState, cur?: TagCursor): { t: Timex; cur: TagCursor } {
  const start = text.indexOf(words);
  const c = cur ?? tagCursor(text, 0, splitSentences(text), [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index! + m[0].length)]);
  moveTo(c, start, start + words.length);
  beginResolving(c, state);
  return { t: { start, end: start + words.length, text: words, ...fields }, cur: c };
}

describe('carrying a resolved expression forward', () => {
  it('a written year is the year the dates after it take; after "born in" ages count from it', () => {
    const text = 'The painter was born in 1962 in a fishing town.';
    const state = tagState('', { dct: '2021-04-01' });
    const { t, cur } = place(text, '1962', { type: 'DATE', value: '1962', rule: 'year', explicitYear: true }, state);
    carryForward(state, t, cur);
    expect(state.lastYear).toEqual({ year: 1962, pos: t.start, sentence: 0 });
    expect(state).toMatchObject({ birthYear: 1962, birthParagraph: 0, focus: 'year', lastYearDate: { y: 1962, m: 1, d: 1 }, lastMonthDate: null });
  });
  it('a day is where the story is, in focus; its anchor is the sentence it was told in', () => {
    const text = 'The bridge reopened on 4 May 2019. Traffic returned the next day.';
    const state = tagState('', { dct: '2021-04-01' });
    const { t, cur } = place(text, '4 May 2019', { type: 'DATE', value: '2019-05-04', rule: 'dayMonthYear', explicitYear: true }, state);
    carryForward(state, t, cur);
    expect(state).toMatchObject({ lastDay: { y: 2019, m: 5, d: 4 }, focus: 'day', statedDay: true, lastDaySentence: 0, lastYear: { year: 2019, month: 5 } });
    expect(state.dayAnchor).toEqual({ sentence: 0, uncertain: false, ambiguous: false, paragraph: 0 });
  });
  it('an earlier year after a later one in the same sentence steps back: its anchor is ambiguous', () => {
    const text = 'The orchard, replanted in 2004, was first laid out in 1890.';
    const state = tagState('', { dct: '2021-04-01' });
    const first = place(text, '2004', { type: 'DATE', value: '2004', rule: 'year', explicitYear: true }, state);
    carryForward(state, first.t, first.cur);
    const second = place(text, '1890', { type: 'DATE', value: '1890', rule: 'year', explicitYear: true }, state, first.cur);
    carryForward(state, second.t, second.cur);
    expect(state.yearAnchor).toMatchObject({ ambiguous: true });
  });
  it('the start of a stretch ("since 2011") leaves the date before it in focus', () => {
    const text = 'She moved to the coast in 2015, having painted there since 2011.';
    const state = tagState('', { dct: '2021-04-01' });
    const first = place(text, '2015', { type: 'DATE', value: '2015', rule: 'year', explicitYear: true }, state);
    carryForward(state, first.t, first.cur);
    const second = place(text, '2011', { type: 'DATE', value: '2011', rule: 'year', explicitYear: true }, state, first.cur);
    carryForward(state, second.t, second.cur);
    expect(state.lastYearDate).toEqual({ y: 2015, m: 1, d: 1 });
    expect(state.lastYear).toMatchObject({ year: 2011, opensSpan: true });
  });
  it('a stretch of unsaid length marks its sentence', () => {
    const text = 'Within weeks the shop had closed.';
    const state = tagState('', { dct: '2021-04-01' });
    const { t, cur } = place(text, 'weeks', { type: 'DURATION', value: 'PXW', rule: 'vague' }, state);
    carryForward(state, t, cur);
    expect(state.vagueSentence).toBe(0);
  });
});

describe('the year of a count', () => {
  it('counted from a stated day in the same sentence: stated, and sure', () => {
    const text = 'The storm hit on 3 March 2018 and the power came back two days later.';
    const state = tagState('', { dct: '2021-04-01' });
    const day = place(text, '3 March 2018', { type: 'DATE', value: '2018-03-03', rule: 'dayMonthYear', explicitYear: true }, state);
    carryForward(state, day.t, day.cur);
    const count = place(text, 'two days later', { type: 'DATE', value: '2018-03-05', rule: 'relativeUnit' }, state, day.cur);
    count.cur.refStated = true;
    count.cur.refAnchor = state.dayAnchor;
    markCountedYear(count.t, { type: 'DATE', value: '2018-03-05', rule: 'relativeUnit', counted: true }, count.cur, state);
    expect(count.t).toMatchObject({ fromStated: true, countedFrom: 'own-sentence' });
    expect(count.t.yearUncertain).toBeUndefined();
  });
  it('counted across a paragraph with a sentence between: unsure, unless the count opens its paragraph', () => {
    const text = 'The lighthouse was lit in 1872. Its keeper kept a log.\n\nThe lamp was replaced ten years later.\n\nTen years later the lamp was replaced again.';
    const state = tagState('', { dct: '2021-04-01' });
    const year = place(text, '1872', { type: 'DATE', value: '1872', rule: 'year', explicitYear: true }, state);
    carryForward(state, year.t, year.cur);
    const inside = place(text, 'ten years later', { type: 'DATE', value: '1882', rule: 'relativeUnit' }, state, year.cur);
    inside.cur.refAnchor = state.yearAnchor;
    markCountedYear(inside.t, { type: 'DATE', value: '1882', rule: 'relativeUnit', counted: true }, inside.cur, state);
    expect(inside.t).toMatchObject({ countedFrom: 'earlier-paragraph', yearUncertain: true });
    const opening = place(text, 'Ten years later', { type: 'DATE', value: '1882', rule: 'relativeUnit' }, state, year.cur);
    opening.cur.refAnchor = state.yearAnchor;
    markCountedYear(opening.t, { type: 'DATE', value: '1882', rule: 'relativeUnit', counted: true }, opening.cur, state);
    expect(opening.t.countedFrom).toBe('earlier-paragraph');
    expect(opening.t.yearUncertain).toBeUndefined();
  });
});

describe('leaving a piece', () => {
  it('counts its paragraphs and sentences for the next piece', () => {
    const text = 'The quay flooded. Boats were moved.\n\nThe water fell by noon.';
    const state = tagState('', { dct: '2021-04-01' });
    leavePiece(state, tagCursor(text, 0, splitSentences(text), [0, text.indexOf('The water')]));
    expect(state).toMatchObject({ paragraphsBefore: 2, sentencesBefore: 3 });
  });
});
