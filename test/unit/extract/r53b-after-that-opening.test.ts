import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (e53): "After that <happening>" opening its sentence, with a capital, is after the happening
// told last, as it was inside a sentence. Every sentence here was written for this test.

describe('"After that <noun>" opening a sentence', () => {
  const pub = '1990-01-02';
  const storm = 'A gale flattened the boathouse on March 4, 1988.';

  it('counts from the happening told last', () => {
    const texts = [storm, 'After that gale the rowers trained in the town pool.'];
    const d = shortestAt(pub, texts, 'rowers trained').date;
    expect(d.rule).toBe('sequence/after-that-happening');
    expect([d.start, d.end]).toEqual(['1988-03-04', '1990-01-02']);
  });

  it('so does a gerund\'s few words before the demonstrative', () => {
    const texts = [storm, 'After watching this gale the club bought a steel roof.'];
    expect(shortestAt(pub, texts, 'club bought').date.start).toBe('1988-03-04');
  });

  it('a capitalised name after "that" is no happening', () => {
    const texts = [storm, 'After that Quorvane rowed alone.'];
    expect(shortestAt(pub, texts, 'Quorvane rowed').date.rule).not.toBe('sequence/after-that-happening');
  });
});
