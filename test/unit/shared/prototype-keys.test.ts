import { describe, expect, it } from 'vitest';
import { releaseNotesText } from '../../../main/update-policy';
import { htmlToText } from '../../../shared/export/timelinejs';
import { monthNumber, parseCount, weekdayNumber } from '../../../shared/extract/lexicon';

// Tables looked up with words from data find only their own entries: a name Object.prototype has
// ("constructor", "toString", "__proto__") finds nothing, never an inherited function.

const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

describe('lookups keyed by data are prototype-safe', () => {
  it('entities named after Object.prototype stay as written (TimelineJS slides, release notes)', () => {
    for (const name of NAMES) {
      expect(htmlToText(`a &${name}; b`)).toBe(`a &${name}; b`);
      expect(releaseNotesText(`a &${name}; b`)).toBe(`a &${name}; b`);
    }
    expect(htmlToText('&amp; &mdash;')).toBe('& —');
  });

  it('the extractor’s word lists know no month, weekday or number called constructor', () => {
    for (const name of NAMES) {
      expect(monthNumber(name)).toBeUndefined();
      expect(weekdayNumber(name)).toBeUndefined();
      expect(parseCount(name)).toBeUndefined();
      expect(parseCount(`${name}-one`)).toBeUndefined();
    }
    expect(monthNumber('Aug.')).toBe(8);
    expect(parseCount('twenty-one')).toBe(21);
  });
});
