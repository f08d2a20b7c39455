import { describe, expect, it } from 'vitest';
import { makeTitle, MAX_TITLE, removeRanges } from '../../../shared/extract/title';

// Stage 5 of the extractor (title.ts): a clause becomes a short title; the date and the evidence span
// already say when and where, so the time phrase, the attribution and the asides go.

describe('removeRanges', () => {
  it('takes out a time phrase with the preposition before it and the comma after it', () => {
    const text = 'The plant closed on March 3, 2020, after years of losses';
    const at = text.indexOf('March');
    expect(removeRanges(text, [{ start: at, end: at + 'March 3, 2020'.length }])).toBe('The plant closed after years of losses');
  });

  it('takes out several, given in any order', () => {
    const text = 'The council met on Monday and voted on Friday';
    const range = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(removeRanges(text, [range('Friday'), range('Monday')])).toBe('The council met and voted');
  });

  it('takes "after" or "before" with the date it bounds: the date says it', () => {
    const text = 'The ban applies after March 3 to all boats';
    const at = text.indexOf('March');
    expect(removeRanges(text, [{ start: at, end: at + 'March 3'.length }])).toBe('The ban applies to all boats');
  });

  it('takes the possessive with its date ("Tuesday\'s recount"), which the tagger leaves outside the expression', () => {
    const text = 'Tuesday’s recount ended in a tie';
    expect(removeRanges(text, [{ start: 0, end: 'Tuesday'.length }])).toBe('recount ended in a tie');
  });
});

describe('makeTitle', () => {
  it('drops a linking adverb that opens the sentence', () => {
    expect(makeTitle('Instead, the fund will pay each family directly.')).toBe('Fund will pay each family directly');
    expect(makeTitle('Meanwhile, rescuers reached the village.')).toBe('Rescuers reached the village');
  });

  it('drops the attribution, at the end or at the start', () => {
    expect(makeTitle('The ferry sank near the harbour, the coast guard said.')).toBe('Ferry sank near the harbour');
    expect(makeTitle('According to the ministry, exports fell sharply.')).toBe('Exports fell sharply');
  });

  it('drops a dateline the importer did not set apart, quotation marks and asides in brackets', () => {
    expect(makeTitle('TULSA, Okla. -- The council voted to rebuild the bridge.')).toBe('Council voted to rebuild the bridge');
    expect(makeTitle('The mayor called the vote “a new start” (a first for the city).')).toBe('Mayor called the vote a new start');
  });

  it('keeps who did what when the clause is reported: "X said he had …"', () => {
    expect(makeTitle('The governor said on Monday that she had signed the bill.')).toBe('Governor signed the bill');
  });

  it('never ends on a word left dangling once the time phrase is gone', () => {
    expect(makeTitle('The company propelled the country into')).toBe('Company propelled the country');
    expect(makeTitle('The strike lasted through')).toBe('Strike lasted');
  });

  it('cuts a long clause at a clause boundary, within MAX_TITLE', () => {
    const long =
      'The mayor, who took office last year and has since pushed for a new transit plan with buses and trams across the whole city, resigned.';
    const t = makeTitle(long);
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(t).toBe('Mayor, who took office last year');
  });

  it('marks a cut made inside a clause with an ellipsis, at a word boundary', () => {
    const t = makeTitle('The committee approved sweeping new rules for ferry operators working the northern routes across the strait every single winter');
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(t.endsWith('…')).toBe(true);
    expect(t).not.toMatch(/\s…$/);
  });

  it('starts with a capital', () => {
    expect(makeTitle('and then the bridge opened.')).toBe('Bridge opened');
  });
});
