import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/extract/sentences';
import { shortestAt } from './event-lookup';

// Round 34 (a34): a list of what a meeting did, one item a line, written without full stops; and a whole year made a
// noun's possessive beside a day. Every sentence here was written for this test.

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('list items are sentences of their own', () => {
  it('items on lines of their own, after a line ending in a colon', () => {
    const text = 'At the meeting, the council:\n- Approved the sale of the old depot\n- Agreed to repaint the library on May 3';
    expect(sentencesOf(text)).toEqual(['At the meeting, the council:', 'Approved the sale of the old depot', 'Agreed to repaint the library on May 3']);
  });

  it('items joined onto one line by an importer: ": - A. - B." and "• " markers', () => {
    expect(sentencesOf('The trustees: - Named a new chair. - Sold the van.')).toEqual(['The trustees:', 'Named a new chair.', 'Sold the van.']);
    expect(sentencesOf('The panel also:\n• Heard a complaint about noise\n• Set a date for the next hearing')).toEqual(['The panel also:', 'Heard a complaint about noise', 'Set a date for the next hearing']);
  });

  it('a hyphen inside a sentence cuts nothing', () => {
    expect(sentencesOf('The vote was 5 - 2 in favour. Work starts soon.')).toEqual(['The vote was 5 - 2 in favour.', 'Work starts soon.']);
  });

  it('a dated item does not take the date of the item before it', () => {
    const texts = ['The board also: - Extended the lease of the boathouse, which now runs until March 31, 2024. - Heard that membership had fallen since October. - Set a hearing on the fees for Thursday, February 8.'];
    expect(shortestAt('2018-01-18', texts, 'Set a hearing').date.start).toBe('2018-02-08');
    expect(shortestAt('2018-01-18', texts, 'membership').date.start).toBe('2017-10');
  });
});

describe('"next year\'s budget" beside a day: the day dates the clause', () => {
  it('"set a public hearing on next year\'s budget for Tuesday, February 6"', () => {
    expect(shortestAt('2018-01-18', ["The council set a public hearing on next year's budget for Tuesday, February 6."], 'hearing').date.start).toBe('2018-02-06');
  });

  it('"Last year\'s winner will defend her title on Saturday, March 3"', () => {
    expect(shortestAt('2018-01-18', ["Last year's winner will defend her title on Saturday, March 3."], 'defend').date.start).toBe('2018-03-03');
  });

  it('"will vote on this year\'s spending plan on April 12"', () => {
    expect(shortestAt('2018-01-18', ["The board will vote on this year's spending plan on April 12."], 'vote').date.start).toBe('2018-04-12');
  });
});
