import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { bodyParagraphs, releaseTimexes, segment, unitsOf } from '../../../shared/extract/segment';
import { tagPiece, tagState } from '../../../shared/extract/tagger';
import { MAX_SENTENCE, splitSentences } from '../../../shared/extract/sentences';

// Stage 1 of the extractor (segment.ts, sentences.ts): paragraphs, the dateline, sentences, and each
// paragraph's time expressions handed to it with offsets of its own.

const para = (id: string, text: string, role: Paragraph['role'] = 'body'): Paragraph => ({ id, text, role });
const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(sentences('The dam held. Did the levee? It did!  Crews left.')).toEqual(['The dam held.', 'Did the levee?', 'It did!', 'Crews left.']);
  });

  it('never cuts an abbreviated month, title or initials from what follows', () => {
    expect(sentences('The ferry sailed on Aug. 7 with Gov. Reyes aboard. J. R. Ortiz stayed in the U.S. until Sept. 2.')).toEqual([
      'The ferry sailed on Aug. 7 with Gov. Reyes aboard.',
      'J. R. Ortiz stayed in the U.S. until Sept. 2.',
    ]);
  });

  it('ends a sentence after "a.m." or "p.m." when a capitalised word that is no day, month or time zone follows', () => {
    expect(sentences('The pool reopens Friday at 7 a.m. Swimmers must book a lane. Lessons end at 5 p.m. Saturday, and at 4 p.m. EST on Sundays.')).toEqual([
      'The pool reopens Friday at 7 a.m.',
      'Swimmers must book a lane.',
      'Lessons end at 5 p.m. Saturday, and at 4 p.m. EST on Sundays.',
    ]);
  });

  it('ends a sentence at a blank line even without a full stop', () => {
    expect(sentences('Harbour reopens\n\nThe harbour reopened on Monday.')).toEqual(['Harbour reopens', 'The harbour reopened on Monday.']);
  });

  it('cuts a run with no full stop into pieces no longer than MAX_SENTENCE, at spaces', () => {
    const text = Array.from({ length: 400 }, (_, i) => `item${i}`).join(' ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text[s.start - 1] ?? ' ').toBe(' ');
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });
});

describe('segment', () => {
  const paragraphs = [
    para('c', 'Share this article', 'chrome'),
    para('t', 'Harbour reopens after storm', 'title'),
    para('p1', 'LISBON, March 3 (Coast Wire) -- The harbour reopened on Monday. Its cranes were installed in 2015.'),
    para('p2', 'In April, a second berth opened.'),
  ];

  it('reads only the body: page chrome and the title carry no events', () => {
    expect(bodyParagraphs(paragraphs).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(segment(paragraphs, '2021-03-03').map((s) => s.paragraph.id)).toEqual(['p1', 'p2']);
  });

  it("hands each paragraph its own expressions, with offsets into that paragraph's text", () => {
    const segs = segment(paragraphs, '2021-03-03');
    expect(segs[0].timexes.map((t) => t.text)).toEqual(['March 3', 'Monday', '2015']);
    expect(segs[1].timexes.map((t) => t.text)).toEqual(['April']);
    for (const s of segs) for (const t of s.timexes) expect(s.paragraph.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('sets a dateline apart: its sentences start after it', () => {
    const [p1] = segment(paragraphs, '2021-03-03');
    expect(p1.dateline?.text).toMatch(/^LISBON, March 3/);
    expect(p1.units.map((u) => u.paraText.slice(u.start, u.end))).toEqual(['The harbour reopened on Monday.', 'Its cranes were installed in 2015.']);
    expect(p1.units.map((u) => u.timexes.map((t) => t.text))).toEqual([['Monday'], ['2015']]);
  });

  it('looks for a dateline only near the top of the article', () => {
    const late = [para('a', 'One.'), para('b', 'Two.'), para('c', 'Three.'), para('d', 'PORTO, May 2 (Coast Wire) -- The ferry sailed.')];
    expect(segment(late, '2021-05-03')[3].dateline).toBeNull();
  });

  it('tags the article as one text: a year stated in one paragraph is known in the next', () => {
    // Without a publication date the year of "in April" can come only from the text before it.
    const segs = segment([para('a', 'The plant was sold in 2012.'), para('b', 'In April, it closed.')], null);
    expect(segs[1].timexes[0]).toMatchObject({ text: 'April', value: '2012-04' });
  });
});

describe('unitsOf', () => {
  it('gives each sentence from an offset on, with the expressions inside it', () => {
    const p = para('p', 'Crews arrived on Monday. They left on Friday, 2 May.');
    const timexes = segment([p], '2025-05-05')[0].timexes;
    const units = unitsOf(p, timexes, 0);
    expect(units.map((u) => [p.text.slice(u.start, u.end), u.timexes.map((t) => t.text)])).toEqual([
      ['Crews arrived on Monday.', ['Monday']],
      ['They left on Friday, 2 May.', ['Friday, 2 May']],
    ]);
    expect(unitsOf(p, timexes, 25).map((u) => p.text.slice(u.start, u.end))).toEqual(['They left on Friday, 2 May.']);
  });
});

describe('a paragraph\'s expressions held as a list', () => {
  it('gives each sentence the expressions the tagger gives, and the same again once they are let go', () => {
    // Past a few hundred expressions a paragraph holds them as a list.
    const p = para('p', `The talks opened at 9 a.m. on Monday, 3 March 2014. By late 2015 they had failed, and on Friday the envoy left. ${'It rained on 5 May. '.repeat(300)}`);
    const [s] = segment([p], '2016-01-08');
    expect(s.list).not.toBeNull();
    const tagged = tagPiece(`${p.text}\n\n`, tagState(p.text, { dct: '2016-01-08' }), 0);
    expect(s.timexes).toEqual(tagged);
    const [first, second] = s.units;
    const read = first.timexes;
    expect(read.map((t) => [t.text, t.value])).toEqual([['9 a.m. on Monday, 3 March 2014', '2014-03-03T09:00']]);
    expect(first.timexes).toBe(read);
    releaseTimexes(first);
    expect(first.timexes).not.toBe(read);
    expect(first.timexes).toEqual(read);
    expect(second.timexes.map((t) => [t.text, t.mod])).toEqual([
      ['late 2015', 'END'],
      ['Friday', undefined],
    ]);
    expect(second.timexes).toEqual(tagged.slice(1, 3));
    expect(s.units.flatMap((u) => u.timexes)).toEqual(tagged);
  });

  it('holds the expressions of a paragraph with few as objects', () => {
    const [s] = segment([para('p', 'The envoy left on Friday, 2 May.')], '2025-05-05');
    expect(s.list).toBeNull();
    expect(s.units[0].timexes).toBe(s.units[0].timexes);
    expect(s.units[0].timexes.map((t) => t.text)).toEqual(['Friday, 2 May']);
  });

  it('keeps the longest expression where several overlap, and the earlier rule among equals, in a paragraph dense with dates', () => {
    const text = 'May 5 May 5 '.repeat(500);
    const [s] = segment([para('p', text)], null);
    expect(s.timexes).toHaveLength(1000);
    expect(new Set(s.timexes.map((t) => `${t.text}|${t.rule}`)).size).toBe(1);
    expect(s.timexes.every((t, i) => t.start === 6 * i)).toBe(true);
  });
});
