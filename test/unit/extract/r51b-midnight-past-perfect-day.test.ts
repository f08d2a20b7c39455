import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 51, second wave (n51): a clock time with no day of its own, in a sentence whose only day comes after it in a
// clause told in the past perfect. That day is a step back from the time, not its day. Every sentence here was written
// for this test.

describe('a clock time before a day told in the past perfect', () => {
  it('keeps "shortly after midnight" on the day in focus, not the earlier day of the clause', () => {
    const texts = [
      'The county council approved the new bypass on Friday after a marathon sitting.',
      'Councillors voted 30 to 12 shortly after midnight, ending a meeting that had begun on Thursday afternoon and dragged on for eleven hours.',
    ];
    expect(shortestAt('2019-03-15', texts, 'Councillors voted').date.start).toBe('2019-03-15');
  });

  it('still gives a clock time the day named after it in the same clause', () => {
    const texts = ['The ferry left the harbour at 6 a.m. on Tuesday with forty passengers aboard.'];
    expect(shortestAt('2019-03-15', texts, 'ferry left').date.start).toBe('2019-03-12');
  });
});
