import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 42 (s42): ", only to …" after a dated clause tells the outcome, a happening of its own with its own time word,
// done in the time of the clause before it (not an infinitive of plans). Every sentence here was written for this test.

const PUB = '2022-05-14'; // a Saturday

describe('r42-only-to: the outcome after ", only to" is its own happening', () => {
  it('r42-only-to: "the next day" after ", only to" counts from the clause before', () => {
    const texts = ['Repairs were halted on 6 May for the holiday and resumed on Tuesday, only to stop the next day without a result.'];
    expect(shortestAt(PUB, texts, 'resumed').date.start).toBe('2022-05-10');
    expect(shortestAt(PUB, texts, 'only to stop').date.start).toBe('2022-05-11');
  });

  it('r42-only-to: a weekday after ", only to" in a past sentence is the past one', () => {
    const texts = ['The ferry sailed on Monday, only to turn back on Wednesday.'];
    expect(shortestAt(PUB, texts, 'only to turn back').date.start).toBe('2022-05-11');
  });

  it('r42-only-to: in a future sentence the outcome stays ahead', () => {
    const texts = ['The ferry will sail on Monday, only to turn back on Wednesday.'];
    expect(shortestAt(PUB, texts, 'only to turn back').date.start).toBe('2022-05-18');
  });

  it('r42-only-to: with no time word of its own the outcome stays with its clause', () => {
    const texts = ['The ferry sailed on Monday, only to turn back.'];
    expect(shortestAt(PUB, texts, 'only to turn back').date.start).toBe('2022-05-09');
  });
});
