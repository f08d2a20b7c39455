import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 57 (c57): "kept it for N years, starting <when> and retiring in YYYY": the "after" inside the starting
// phrase orders only that phrase, so the years run up to the leaving's year, the starting phrase is their first year,
// and the clause's year is no longer "after" it (STARTED_THEN_LEFT in yearsUpToDate, stretches-beside.ts). Every
// sentence here was written for this test.

const texts = ['Mrs Ravelle kept the Quillby lock for 33 years, starting the day after her husband died and retiring in 1999 when the canal closed to boats.'];
const all = () => events('2024-03-01', ...texts);
const exact = (words: string) => all().find((e) => quoteOf(e, texts) === words);

describe('a length told with its start and then its leaving', () => {
  it('runs the years up to the leaving year', () => {
    const ev = exact('Mrs Ravelle kept the Quillby lock for 33 years');
    expect([ev?.date.start, ev?.date.end]).toEqual(['1966', '1999']);
  });

  it('dates the starting phrase at the first year', () => {
    expect(exact('starting the day after her husband died')?.date.start).toBe('1966');
  });

  it('leaves no clause dated after the leaving year', () => {
    expect(all().some((e) => e.date.mod === 'after' && e.date.start === '1999')).toBe(false);
  });
});
