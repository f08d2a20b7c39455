import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): a past weekday is moved a week back when a later weekday told after it in its sentence
// would otherwise come first ("opened on Monday and collapsed on Wednesday"). A day named before it in the same
// sentence, in its week, keeps it there: "hung on Good Friday ... on Sunday morning, and ... on Saturday night" tells the
// Sunday after that Friday, and only the Saturday is told out of order. Every sentence here was written for this test.

describe('a weekday after a named day of its week is not moved a week back', () => {
  it('after a holiday', () => {
    const texts = ['The church bazaar ran through the Easter weekend.', 'Bunting that the scouts hung on Good Friday was torn down by gales on Sunday morning, and the vicar moved the cake stall indoors on Saturday night.'];
    expect(shortestAt('2023-04-11', texts, 'torn down by gales').date.start).toBe('2023-04-09');
    expect(shortestAt('2023-04-11', texts, 'moved the cake stall').date.start).toBe('2023-04-08');
  });

  it('days told in order with no day before them still keep their order', () => {
    const texts = ['Talks over the canal lease opened on Monday and broke down on Wednesday.'];
    // A Tuesday paper: the Wednesday told in the past is six days back, so the Monday is the one before it.
    expect(shortestAt('2021-06-15', texts, 'opened').date.start).toBe('2021-06-07');
  });
});
