import { describe, expect, it } from 'vitest';
import { dueThing } from '../../../shared/extract/named-dates';
import { anchoredAt } from './clause-work';

// dueThing (named-dates.ts): a noun phrase given its date by a participle of timetable ("the vote due next week").
// Sentences written for this test (none comes from an eval set or a probe).

const PUBLISHED = '2021-03-03';

/** The words dueThing gives the thing dated by `words`, in the clause those words date; null for none. */
function thingOf(text: string, words: string): string | null {
  const { u, a } = anchoredAt(text, PUBLISHED, words);
  const span = dueThing(u.paraText, a.clause, a.main);
  return span && u.paraText.slice(span.start, span.end);
}

describe('dueThing', () => {
  it('a noun, its participle and a preposition before the date', () => {
    expect(thingOf('The union said it would join the strike planned for next Monday.', 'next Monday')).toBe('the strike planned for next Monday');
    expect(thingOf('Farmers are angry about a levy due in April.', 'April')).toBe('a levy due in April');
  });

  it('takes up to three words before the noun, from the first determiner', () => {
    expect(thingOf('She will speak at the long-awaited annual fishing congress scheduled for October.', 'October')).toBe('the long-awaited annual fishing congress scheduled for October');
    expect(thingOf('She will speak at the new city hall opening set for June.', 'June')).toBe('the new city hall opening set for June');
  });

  it('with four words before the noun, only a determiner closer to it opens the phrase', () => {
    expect(thingOf('She will speak at the big long-awaited annual fishing congress scheduled for October.', 'October')).toBeNull();
    expect(thingOf('He praised their plan for the harbour works slated for next year.', 'next year')).toBe('the harbour works slated for next year');
  });

  it('a preposition or a verb ends the phrase before its noun', () => {
    expect(thingOf('He praised the repair of bridges due in August.', 'August')).toBeNull();
  });

  it('not a predicate ("is due"), a pronoun, or the clause\'s own subject', () => {
    expect(thingOf('Residents complained because the ferry timetable is due in April.', 'April')).toBeNull();
    expect(thingOf('The minister said that it set off in September.', 'September')).toBeNull();
    expect(thingOf('The budget scheduled for November was delayed.', 'November')).toBeNull();
  });
});
