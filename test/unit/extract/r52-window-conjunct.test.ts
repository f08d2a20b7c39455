import { describe, expect, it } from 'vitest';
import { nopub, quoteOf, shortestAt } from './event-lookup';

// Round 52 (c52): a window to act given in a conjunct after a dated clause ("…, and she has 21 days to do so") is an
// event of its own, running from that clause's day for the count given, as it already was when told in a sentence of
// its own. Every sentence here was written for this test.

// 2021-01-06 is a Wednesday.
describe('a window to act in a conjunct after a dated clause', () => {
  it('runs from the dated clause\'s day for the days given', () => {
    const texts = ['The tenant\'s solicitor said on Monday that she would contest the eviction, and she has 21 days to do so.'];
    expect(shortestAt('2021-01-06', texts, '21 days').date).toMatchObject({ start: '2021-01-04', end: '2021-01-25' });
  });

  it('counts weeks too, and leaves the dated clause on its day', () => {
    const texts = ['The magistrates fined the quarry owner on 30 December, and he has two weeks to pay.'];
    expect(shortestAt('2021-01-06', texts, 'two weeks').date).toMatchObject({ start: '2020-12-30', end: '2021-01-13' });
    expect(shortestAt('2021-01-06', texts, 'fined the quarry owner').date).toMatchObject({ start: '2020-12-30' });
    expect(shortestAt('2021-01-06', texts, 'fined the quarry owner').date.end).toBeUndefined();
  });

  it('not a length with nothing to act on', () => {
    const texts = ['The ferry broke down on Monday, and the island has 21 days of fuel left.'];
    expect(shortestAt('2021-01-06', texts, 'fuel left').date.rule ?? '').not.toBe('window/from-clause-before');
  });

  it('without a publication date the weekday gives no day, and the conjunct stays in its clause', () => {
    const texts = ['The quarry opened in 2012.', 'Its owner was fined on Monday, and he has two weeks to pay.'];
    const held = nopub(...texts).filter((e) => quoteOf(e, texts).includes('two weeks'));
    expect(held.length).toBe(1);
    expect(quoteOf(held[0], texts)).toContain('was fined on Monday');
  });
});
