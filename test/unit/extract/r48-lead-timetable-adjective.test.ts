import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (lead): a48's timetable rule asks whether a past form stands before the date; an adjective in -ed
// ("scheduled", "planned", "expected") or a number word ("hundred") is none (sentences written for this test).

describe('r48-lead-timetable-adjective: an -ed adjective before a timetable date is no past form', () => {
  it('"The planned shutdown then runs from 21 December" after days ahead is ahead of publication', () => {
    const texts = ['The new season will open on 3 September and close on 18 December. The planned shutdown then runs from 21 December to 4 January.'];
    expect(shortestAt('2029-06-12', texts, 'planned shutdown then runs').date.start).toBe('2029-12-21');
  });
});
