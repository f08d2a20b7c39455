import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. When a copula's complement is the time itself, cutting the time
// left the title on "was"; the copula goes with it (title-dangling-end.ts, withoutTimedCopula).

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r59-timed-copula-titles: a copula whose complement is the date does not close the title', () => {
  it('r59-timed-copula-titles: "the last time <clause> was <date>" is titled by its clause', () => {
    const texts = ['The slipway is now closed to boats. The last time the lifeboat was launched from it was in the autumn of 2011.'];
    expect(titleAt(texts, 'lifeboat')).toMatch(/^Lifeboat was launched from it$|^The lifeboat was launched from it$/);
  });

  it('r59-timed-copula-titles: a subject whose copula stood before a day keeps the subject alone', () => {
    const texts = ['Their only away win at Tregarth Park was on Easter Monday 1988, and the ground has since been sold.'];
    const title = titleAt(texts, 'away win');
    expect(title).not.toMatch(/\bwas$/);
    expect(title).toMatch(/only away win at Tregarth Park$/);
  });

  it('r59-timed-copula-titles: "was that of <year>" loses the copula and the demonstrative', () => {
    const texts = ['The wettest spring the ferryman recalls was that of 1979, when the quay flooded twice.'];
    const title = titleAt(texts, 'wettest spring');
    expect(title).toMatch(/^(?:The\s+)?[Ww]ettest spring the ferryman recalls$/);
  });

  it('r59-timed-copula-titles: a told subject whose complement is a season drops the teller with the copula', () => {
    const texts = ['Mr Wrenlow said the busiest week yet was the spring of 2016, when the café ran out of milk.'];
    expect(titleAt(texts, 'busiest week')).toBe('Busiest week yet');
  });

  it('r59-timed-copula-titles: a copula whose complement is not a time is left to the other mends', () => {
    const texts = ['The warden said on Friday the gate was "badly rusted" along the top rail.'];
    expect(titleAt(texts, 'gate')).toMatch(/gate was badly rusted$/);
  });
});
