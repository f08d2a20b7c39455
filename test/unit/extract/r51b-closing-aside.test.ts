import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 51, second wave (n51): ", closing a … that began in …" is an aside as ", ending …" is: its own clause, whose
// beginning runs up to the day of the clause before it. Every sentence here was written for this test.

describe('", closing a … that began …"', () => {
  it('spans what it closed from its start to the day of the clause before', () => {
    const texts = ['The old museum shut its doors on 4 May, closing a gallery that had opened in 1968.'];
    expect(shortestAt('2012-06-01', texts, 'gallery').date).toMatchObject({ start: '1968', end: '2012-05-04' });
  });

  it('lets a time before the aside keep the day in focus', () => {
    const texts = [
      'The county council approved the new bypass on Friday after a marathon sitting.',
      'Councillors voted 30 to 12 just after midnight, closing a session that had begun on Thursday afternoon and run for nine hours.',
    ];
    expect(shortestAt('2019-03-15', texts, 'Councillors voted').date.start).toBe('2019-03-15');
  });
});
