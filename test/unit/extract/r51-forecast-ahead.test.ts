import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 51 (s51): what "is forecast" for or on a weekday is still ahead, as what "is due" or "is expected"
// then is; a past weekday there also wrongly became the day in focus for the undated clauses told after it. Every
// sentence here was written for this test.

const valueOf = (text: string, dct: string, words: string) => tagTimexes(text, { dct }).find((t) => t.text === words)?.value;

// 2023-06-07 is a Wednesday.
describe('a weekday forecast in the present', () => {
  it('"more hail is forecast for Friday" is the Friday ahead', () => {
    const text = 'The orchard lost half its blossom overnight, and more hail is forecast for Friday.';
    expect(valueOf(text, '2023-06-07', 'Friday')).toBe('2023-06-09');
  });

  it('"gales are forecast on Monday" is the Monday ahead', () => {
    const text = 'Ferry crews tied up early because gales are forecast on Monday.';
    expect(valueOf(text, '2023-06-07', 'Monday')).toBe('2023-06-12');
  });

  it('a forecast told in the past may be of a day gone', () => {
    const text = 'Hail was forecast for Monday, but the orchard stayed dry.';
    expect(valueOf(text, '2023-06-07', 'Monday')).toBe('2023-06-05');
  });
});
