import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): a participle after a wish and its object is no past tense (sentences written for this test).

describe('r49-a49-wished-participle: "wants it kept" tells of nothing done', () => {
  it('a day after it is placed as a present-tense one is, nearest publication', () => {
    const texts = ['Chapel sale', 'The chapel closed in July 2022 and was sold the following spring.', 'The heritage group wants it kept as a concert hall and meets the new owners on 19 June.'];
    expect(shortestAt('2024-06-03', texts, 'meets the new owners').date.start).toBe('2024-06-19');
  });
});
