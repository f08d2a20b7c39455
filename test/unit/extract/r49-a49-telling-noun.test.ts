import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): a telling verb's form after a determiner is a noun (sentences written for this test).

describe('r49-a49-telling-noun: "the new rules on <date>" dates no telling', () => {
  const texts = [
    'Fishing on the canal: what you need to know',
    'What has changed?',
    'The angling trust adopted the new rules on 3 March.',
    'Who has complained?',
    'Boat owners wrote to the trust on Tuesday.',
  ];

  it('an answer under a question is not read as said on the day of the rules', () => {
    expect(shortestAt('2024-05-15', texts, 'Boat owners wrote').date.start).toBe('2024-05-14');
  });

  it('a telling after its subject still dates what is said', () => {
    const t = ['Ferry talks', 'Who will run the ferry?', 'The mayor said on Friday that a new operator would be found.', 'When will it sail again?', 'It should sail again on Monday.'];
    expect(shortestAt('2024-05-15', t, 'sail again on Monday').date.start).toBe('2024-05-13');
  });
});
