import { describe, expect, it } from 'vitest';
import { presentAsides, undatedHappening } from '../../../shared/extract/undated-sentences';
import { dayDraft, placingAt, pushed } from './placing';

// A sentence with no date that tells of a happening, placed by the first placing that applies
// (undated-sentences.ts). Every sentence here was written for this test (none comes from an eval set or a probe).

/** The events undatedHappening gives the only sentence of `text`. */
function placed(text: string, ctx = {}) {
  const w = placingAt(text, 0, { ctx });
  undatedHappening(w);
  return pushed(w);
}

describe('an aside told as under way now', () => {
  it('holds at publication, and does not keep the sentence from being an event of its own', () => {
    const w = placingAt('Dr. Ana Ruiz, who is currently working in Chile, wrote the report.', 0);
    presentAsides(w);
    expect(pushed(w)).toEqual([expect.objectContaining({ text: 'who is currently working in Chile', start: '2021-06-01', rule: 'present-tense/publication' })]);
    expect(w.before).toBe(1);
    undatedHappening(w);
    expect(pushed(w)[1]).toMatchObject({ rule: 'narrative-order/before-publication' });
  });
});

describe('the placings, in order', () => {
  it('"in the coming weeks": some time after publication', () => {
    expect(placed('The council will publish its plan in the coming weeks.')).toEqual([expect.objectContaining({ start: '2021-06-01', mod: 'after', rule: 'coming/after-publication' })]);
  });
  it('a count in the present perfect: the stretch up to publication', () => {
    expect(placed('The village has had no doctor for three years.')).toEqual([expect.objectContaining({ start: '2018-06-01', end: '2021-06-01', rule: 'duration/up-to-publication' })]);
  });
  it('"within hours", a part of the day: the day in focus', () => {
    const ctx = { focus: dayDraft('2021-05-20') };
    expect(placed('Within hours, the bridge was closed.', ctx)).toEqual([expect.objectContaining({ start: '2021-05-20', rule: 'narrative-focus/same-day' })]);
    expect(placed('The boat overturned shortly before dawn.', ctx)).toEqual([expect.objectContaining({ start: '2021-05-20', rule: 'narrative-focus/part-of-day' })]);
  });
  it('the present tense: under way at publication', () => {
    expect(placed('Workers are clearing the square.')).toEqual([expect.objectContaining({ start: '2021-06-01', rule: 'present-tense/publication' })]);
  });
  it('a happening brought in earlier with "a", named again with "the": its date', () => {
    const ctx = { introduced: new Map([['rally', { start: '2021-05-08', basis: 'stated' as const, rule: 'test' }]]) };
    expect(placed('The rally turned violent.', ctx)).toEqual([expect.objectContaining({ start: '2021-05-08', rule: 'narrative-focus/named-happening' })]);
  });
  it('"for three days before returning": the days up to the day in focus', () => {
    const ctx = { focus: dayDraft('2021-05-20') };
    expect(placed('The jury deliberated for three days before returning its verdict.', ctx)).toEqual([expect.objectContaining({ start: '2021-05-18', end: '2021-05-20', rule: 'sequence/spell-before-focus' })]);
  });
  it('otherwise a past happening is before publication; the future, a question and opening hours are nothing', () => {
    expect(placed('The old pier collapsed.')).toEqual([expect.objectContaining({ start: '2021-06-01', mod: 'before', rule: 'narrative-order/before-publication' })]);
    expect(placed('The pier will reopen.')).toEqual([]);
    expect(placed('Did the pier collapse?')).toEqual([]);
    expect(placed('The market is open Monday to Saturday and closed on Sundays.')).toEqual([]);
  });
});
