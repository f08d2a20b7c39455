import { describe, expect, it } from 'vitest';
import { anchorText, segmentParagraph } from '../../../renderer/article/segments';

describe('segmentParagraph', () => {
  const text = 'On August 15, Taliban fighters swept into Kabul. Ghani fled.';

  it('returns the text whole when nothing is marked', () => {
    expect(segmentParagraph(text, [])).toEqual([{ start: 0, end: text.length, text, eventIds: [] }]);
  });

  it('cuts at each span and never loses or repeats text', () => {
    const segs = segmentParagraph(text, [
      { start: 0, end: 48, eventId: 'kabul' },
      { start: 49, end: 60, eventId: 'ghani' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.eventIds])).toEqual([
      ['On August 15, Taliban fighters swept into Kabul.', ['kabul']],
      [' ', []],
      ['Ghani fled.', ['ghani']],
    ]);
  });

  it('gives overlapping spans a shared middle segment', () => {
    const segs = segmentParagraph('abcdefghij', [
      { start: 0, end: 6, eventId: 'a' },
      { start: 4, end: 10, eventId: 'b' },
    ]);
    expect(segs.map((s) => [s.text, s.eventIds])).toEqual([
      ['abcd', ['a']],
      ['ef', ['a', 'b']],
      ['ghij', ['b']],
    ]);
  });

  it('merges touching spans of the same event and clamps spans to the text', () => {
    const segs = segmentParagraph('abcdef', [
      { start: 0, end: 2, eventId: 'a' },
      { start: 2, end: 99, eventId: 'a' },
    ]);
    expect(segs).toEqual([{ start: 0, end: 6, text: 'abcdef', eventIds: ['a'] }]);
  });

  it('anchorText reads the exact span', () => {
    expect(anchorText([{ id: 'p1', role: 'body', text }], { sourceId: 's1', paragraphId: 'p1', start: 3, end: 12 })).toBe('August 15');
    expect(anchorText([], { sourceId: 's1', paragraphId: 'p1', start: 3, end: 12 })).toBe('');
  });
});
