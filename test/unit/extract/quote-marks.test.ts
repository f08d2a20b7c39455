import { describe, expect, it } from 'vitest';
import { quoteMarks } from '../../../shared/extract/quote-marks';

/** Each mark as its character and "open" or "close". */
const read = (text: string, from?: number, to?: number) => quoteMarks(text, from, to).map((q) => `${text[q.at]} ${q.opens ? 'open' : 'close'}`);

describe('quoteMarks', () => {
  it('tells curly marks by their shape', () => {
    expect(read('The keeper called it “a fine morning” and left.')).toEqual(['“ open', '” close']);
    // A closing mark with no opening one before it is still a closing mark.
    expect(read('late in the season,” the keeper said.')).toEqual(['” close']);
  });

  it('tells straight marks by their turn, the first opening', () => {
    expect(read('She wrote "ready by noon" and "not before."')).toEqual(['" open', '" close', '" open', '" close']);
  });

  it('counts the straight turn from where the scan starts', () => {
    const text = 'He said "we sail at dawn" to the crew.';
    const second = text.lastIndexOf('"');
    expect(quoteMarks(text, second)).toEqual([{ at: second, opens: true }]);
    expect(quoteMarks(text, 0, second)).toEqual([{ at: text.indexOf('"'), opens: true }]);
  });

  it('does not read apostrophes or single quotes as quotation marks', () => {
    expect(read("We don't know, and the Smiths’ barn can't wait.")).toEqual([]);
    expect(read('She said "don\'t ring before Tuesday" twice.')).toEqual(['" open', '" close']);
  });

  it('reads a quotation nested in single quotes inside a double one', () => {
    expect(read('“He told me ‘hold the gate’ and went,” Ada said.')).toEqual(['“ open', '” close']);
    expect(read('"He told me \'hold the gate\' and went," Ada said.')).toEqual(['" open', '" close']);
  });

  it('keeps the straight count apart from curly marks', () => {
    // A straight mark after a curly pair is still the first straight one: it opens.
    expect(read('“Yes,” he said, and then "no')).toEqual(['“ open', '” close', '" open']);
  });
});
