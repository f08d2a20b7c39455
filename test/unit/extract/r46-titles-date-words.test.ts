import { describe, expect, it } from 'vitest';
import { withoutDateTail } from '../../../shared/extract/title-syntax';
import { patternVerb } from '../../../shared/extract/title';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what; its date is shown beside it. Round 46: date words the clause's own
// date left in a title (a phrase of time closing it, "today" between subject and verb, a year before the subject)
// go.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r46-date-words: the date words left in a title go', () => {
  it('r46-date-words: a phrase of time closing the title ("in the spring of 2012") goes', () => {
    const got = titles('Tarrowby, where the post office was shut in the spring of 2012, has since lost its bank as well.');
    expect(got).toContain('Post office was shut');
    expect(got.some((t) => /2012/.test(t))).toBe(false);
  });

  it('r46-date-words: a year closing a title made from a participle set off after a noun goes', () => {
    expect(withoutDateTail('Shelf built in the clubhouse in 1987', patternVerb)).toBe('Shelf built in the clubhouse');
  });

  it('r46-date-words: a year left before the subject pronoun goes, and the pronoun opens the title', () => {
    expect(withoutDateTail('1999 she sailed alone to Iceland', patternVerb)).toBe('She sailed alone to Iceland');
    expect(withoutDateTail('In 1999, he sold the farm', patternVerb)).toBe('He sold the farm');
  });

  it('r46-date-words: "today" between the subject and its verb, and "on Thursday" closing, go', () => {
    expect(withoutDateTail('Gorran Hosiery today cut its forecast', patternVerb)).toBe('Gorran Hosiery cut its forecast');
    expect(withoutDateTail('A court in Wessel ruled on Thursday', patternVerb)).toBe('A court in Wessel ruled');
    expect(withoutDateTail('The ferry was sold last June', patternVerb)).toBe('The ferry was sold');
  });

  it('r46-date-words: a habit ("every Monday", "on a Monday"), a bound ("until 1870") and a date as subject stay', () => {
    expect(withoutDateTail('The market is held in the square every Monday', patternVerb)).toBe('The market is held in the square every Monday');
    expect(withoutDateTail('The queue went round the corner on a Monday', patternVerb)).toBe('The queue went round the corner on a Monday');
    expect(withoutDateTail('The law was not repealed until 1870', patternVerb)).toBe('The law was not repealed until 1870');
    expect(withoutDateTail('Today is Harvest Day', patternVerb)).toBe('Today is Harvest Day');
    // Fewer than three words left: the title stays as it was.
    expect(withoutDateTail('Guild founded in 1904', patternVerb)).toBe('Guild founded in 1904');
  });
});
