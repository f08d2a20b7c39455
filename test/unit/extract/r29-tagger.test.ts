import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import type { Timex } from '../../../shared/extract/types';

// Round 29, the time-expression tagger against TimeML's conventions. DCT 2003-05-14 is a Wednesday.
const DCT = '2003-05-14';

function tag(text: string): Timex[] {
  return tagTimexes(text, { dct: DCT });
}

describe('"future" and "current" before a noun (TimeML: FUTURE_REF, PRESENT_REF)', () => {
  it.each([
    ['The levy will pay for future repairs to the harbour wall.', 'future', 'FUTURE_REF'],
    ['Planners want the depot kept for future tram lines.', 'future', 'FUTURE_REF'],
    ['Her current employer has offered a new contract.', 'current', 'PRESENT_REF'],
    ['The council says the current timetable will stay until autumn.', 'current', 'PRESENT_REF'],
    ["The club's current coach joined from a rival.", 'current', 'PRESENT_REF'],
  ])('%s', (text, span, value) => {
    const t = tag(text).find((x) => x.text === span);
    expect(t, JSON.stringify(tag(text))).toBeDefined();
    expect(t).toMatchObject({ type: 'DATE', value });
    expect(text.slice(t!.start, t!.end)).toBe(span);
  });

  it.each([
    'Traders bought oil futures and sold future contracts at a loss.',
    'A current of cold air ran down the valley.',
    'The current swept the raft under the bridge.',
    'The current account deficit narrowed.',
    'A brighter future awaits the town.',
    'Nobody knows what the river holds for a future in which the dam is gone.',
  ])('no reference to the present or future: %s', (text) => {
    expect(tag(text).filter((t) => /^(?:current|future)$/i.test(t.text))).toEqual([]);
  });
});

describe('a thing planned at a named place for a weekday is held on it, ahead of publication', () => {
  const valueOf = (text: string, words: string) => tag(text).find((t) => t.text === words)?.value;
  it('"planned a … in <Place> on Sunday" is the coming Sunday', () => {
    expect(valueOf('Students planned a silent march in Market Square on Sunday.', 'Sunday')).toBe('2003-05-18');
    expect(valueOf('The guild organised a craft fair at the Old Corn Exchange on Saturday.', 'Saturday')).toBe('2003-05-17');
  });
  it('a definite thing planned, or one held somewhere with no name, is left to the tense', () => {
    expect(valueOf('The gang planned the robbery in Leeds on Sunday, the jury heard.', 'Sunday')).toBe('2003-05-11');
  });
});

describe('a fiscal year counted from publication (TimeML: FY and its year)', () => {
  it.each([
    ['The trust overspent by a million in the last fiscal year.', 'the last fiscal year', 'FY2002'],
    ['The agency expects a surplus in the current fiscal year.', 'the current fiscal year', 'FY2003'],
    ['Fares will rise next financial year.', 'next financial year', 'FY2004'],
  ])('%s', (text, span, value) => {
    const found = tag(text);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, type: 'DATE', value, yearUncertain: true });
  });
  it('with no publication date it is only a reference', () => {
    expect(tagTimexes('Fares will rise next financial year.', { dct: null })[0]).toMatchObject({ text: 'next financial year', value: 'FUTURE_REF' });
  });
});

describe('the stretch after a told time, of no said length (TimeML: a DURATION with X)', () => {
  it.each([
    ['In the decades that followed, the mill town shrank.', 'decades'],
    ['The ferry has run late often in the months since.', 'months'],
  ])('%s', (text, span) => {
    const found = tag(text);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, type: 'DURATION' });
    expect(found[0].value).toMatch(/^PX/);
  });
  it('not a plural with no such tail', () => {
    expect(tag('The years were kind to the orchard.')).toEqual([]);
  });
});
