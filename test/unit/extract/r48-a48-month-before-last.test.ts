import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): "the June before last", "the March after next" (sentences written for this test).

describe('r48-a48-month-before-last: a month "before last" is a year before last such month', () => {
  it('"the June before last" in a May story is June two years back', () => {
    const texts = ['The ferry, which changed owners the June before last, now sails twice a day.'];
    const e = shortestAt('2030-05-20', texts, 'changed owners');
    expect(e.date.start).toBe('2028-06');
  });

  it('"the March after next" is a year after next March', () => {
    const texts = ['The new pier will open the March after next.'];
    expect(shortestAt('2030-05-20', texts, 'new pier will open').date.start).toBe('2032-03');
  });
});
