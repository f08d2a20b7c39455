import { describe, expect, it } from 'vitest';
import { splitSentences, sentenceAt, sentenceIndexAt } from '../../../shared/extract/sentences';
import { beginResolving, cursorResolver, inClosedAside, inOtherPredicate, moveTo, tagCursor } from '../../../shared/extract/tag-cursor';
import { tagState } from '../../../shared/extract/tagger';

// The tagger's cursor over a piece, and the one resolver that answers the rules about the candidate at it. Every
// sentence here was written for this test (none comes from an eval set or a probe).

const at = (text: string, words: string) => text.indexOf(words);

describe('where a position sits among the sentences', () => {
  const text = 'The pier was rebuilt in 1998. Its lamps were lit in May.';
  const spans = splitSentences(text);
  it('the sentence holding it, and its place', () => {
    expect(sentenceIndexAt(spans, at(text, 'lamps'))).toBe(1);
    expect(sentenceAt(spans, at(text, 'lamps'))).toEqual(spans[1]);
  });
  it('none between two sentences: the place is -1 and the span is the 400 characters around it', () => {
    expect(sentenceIndexAt(spans, spans[0].end)).toBe(-1);
    expect(sentenceAt(spans, spans[0].end)).toEqual({ start: 0, end: spans[0].end + 200 });
  });
});

describe('moving the cursor and readying it for a candidate', () => {
  const text = 'The mill closed in 1974.\n\nIt reopened as a museum. Visitors came in June.';
  const cur = tagCursor(text, 100, splitSentences(text), [0, at(text, 'It reopened')]);
  it('the paragraph moves forward with the candidate', () => {
    moveTo(cur, at(text, '1974'), at(text, '1974') + 4);
    expect(cur.para).toBe(0);
    moveTo(cur, at(text, 'June'), at(text, 'June') + 4);
    expect(cur).toMatchObject({ para: 1, paraStart: at(text, 'It reopened'), candEnd: at(text, 'June') + 4 });
  });
  it('the sentence and paragraph count on from the pieces before, and what the resolver gave is forgotten', () => {
    const state = { ...tagState('', { dct: '2020-05-01' }), sentencesBefore: 4, paragraphsBefore: 2 };
    cur.refStated = true;
    beginResolving(cur, state);
    expect(cur).toMatchObject({ sentence: 6, paragraph: 3, refStated: false, refAnchor: undefined });
  });
});

describe('the resolver at the cursor', () => {
  it('a year written earlier in the sentence is the sentence\'s; one in an earlier paragraph is the text\'s', () => {
    const text = 'The bakery opened in 1931 and sold bread until March.';
    const state = tagState('', { dct: '2020-05-01' });
    state.lastYear = { year: 1931, pos: 500 + at(text, '1931') };
    const cur = tagCursor(text, 500, splitSentences(text), [0]);
    moveTo(cur, at(text, 'March'), at(text, 'March') + 5);
    const resolver = cursorResolver(cur, state);
    expect(resolver.yearHint()).toMatchObject({ year: 1931, scope: 'paragraph', otherClause: true });
    state.lastYear = { year: 1931, pos: 10 };
    expect(resolver.yearHint()).toEqual({ year: 1931, scope: 'text' });
  });
  it('the day it gives to count from is noted in the cursor as stated or not', () => {
    const state = tagState('', { dct: '2020-05-01' });
    const cur = tagCursor('Two days later it rained.', 0, [], [0]);
    const resolver = cursorResolver(cur, state);
    expect(resolver.refDay()).toEqual({ y: 2020, m: 5, d: 1 });
    expect(cur.refStated).toBe(false);
    state.lastDay = { y: 2019, m: 8, d: 3 };
    state.statedDay = true;
    expect(resolver.refDay()).toEqual({ y: 2019, m: 8, d: 3 });
    expect(cur.refStated).toBe(true);
  });
  it('the words after the candidate and before it in its sentence', () => {
    const text = 'The ferry left at dawn on Sunday for the islands.';
    const cur = tagCursor(text, 0, splitSentences(text), [0]);
    moveTo(cur, at(text, 'Sunday'), at(text, 'Sunday') + 6);
    const resolver = cursorResolver(cur, tagState('', { dct: null }));
    expect(resolver.following()).toBe(' for the islands.');
    expect(resolver.preceding()).toBe('The ferry left at dawn on ');
  });
});

describe('a year that does not date the clause after it', () => {
  it('one in an aside that closes before the date', () => {
    const text = 'The tower, which was built in 1911, fell on Monday.';
    expect(inClosedAside(text, 0, at(text, '1911'), at(text, 'Monday'))).toBe(true);
    const plain = 'The tower was built in 1911 and fell in May.';
    expect(inClosedAside(plain, 0, at(plain, '1911'), at(plain, 'May'))).toBe(false);
  });
  it('one in another predicate, its verb before it', () => {
    const text = 'The club signed him in 2015 and loaned him out in August.';
    expect(inOtherPredicate(text, 0, at(text, '2015'), at(text, 'August'))).toBe(true);
    const fronted = 'In 2015 the club signed him and loaned him out in August.';
    expect(inOtherPredicate(fronted, 0, at(fronted, '2015'), at(fronted, 'August'))).toBe(false);
  });
});
