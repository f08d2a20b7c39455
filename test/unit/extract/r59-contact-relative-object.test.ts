import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (found59): a relative clause with no pronoun ("a marrow she grew …") after a singular noun a determiner
// opens, holding a date of its own, tells its own happening at that date, not at the clause's. Every sentence here was
// written for this test.

describe('a contact relative clause after a determiner', () => {
  it('takes its own date, and the clause keeps its own', () => {
    const texts = ['Hobhallow, aged eleven, won the village show on Saturday with a marrow she grew in her greenhouse last Tuesday.'];
    const all = events('1983-10-10', ...texts);
    const grew = all.find((e) => quoteOf(e, texts).includes('she grew'));
    expect(grew?.date.start).toBe('1983-10-04');
    const won = all.find((e) => quoteOf(e, texts).includes('won the village show'));
    expect(won?.date.start).toBe('1983-10-08');
  });

  it('a clause opener after the noun opens no relative clause', () => {
    const texts = ['Places for Friday\'s ceilidh had all gone inside a day when the club offered them in May.'];
    const all = events('2023-09-30', ...texts);
    expect(all.find((e) => quoteOf(e, texts).includes('offered them'))?.date.start).toBe('2023-05');
    expect(all.some((e) => quoteOf(e, texts).startsWith('the club offered'))).toBe(false);
  });
});
