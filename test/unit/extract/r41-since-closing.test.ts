import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 41 (s41): a conjunct in the present perfect that closes on a bare "since" ("…, and two have fallen since.")
// runs from the date of the clause before it up to publication, as "since then" in a conjunct and a bare "since" in a
// sentence of its own already did. Every sentence here was written for this test.

const PUB = '2025-03-12';

describe('r41-since-closing: "…, and <subject> has <done> since." runs from the clause before', () => {
  it('r41-since-closing: from a year', () => {
    const texts = ['The rowing club planted twelve limes along the towpath in 2009, and three have blown down since.'];
    expect(shortestAt(PUB, texts, 'three have blown down').date).toMatchObject({ start: '2009', end: '2025-03-12', rule: 'sequence/since-until-publication' });
  });

  it('r41-since-closing: from a month, with "ever since"', () => {
    const texts = ['A new ferry joined the route in June 2021, and the crossing has run to time ever since.'];
    expect(shortestAt(PUB, texts, 'has run to time').date).toMatchObject({ start: '2021-06', end: '2025-03-12' });
  });

  it('r41-since-closing: "since" before a date of its own is no closing "since"', () => {
    const texts = ['The rowing club planted twelve limes along the towpath in 2009, and three have blown down since May.'];
    expect(shortestAt(PUB, texts, 'three have blown down').date.start).not.toBe('2009');
  });

  it('r41-since-closing: a simple past closing on "since" is not read as a stretch up to now', () => {
    const texts = ['The rowing club planted twelve limes along the towpath in 2009, and the towpath was never the same since.'];
    const e = shortestAt(PUB, texts, 'towpath was never');
    expect(e.date.rule).not.toBe('sequence/since-until-publication');
  });

  it('r41-since-closing: not from the date of an aside on the subject, which tells of the noun', () => {
    const texts = ['Vandals broke into the boathouse on Sunday. The boathouse, built in 1884, has stood empty ever since.'];
    expect(shortestAt(PUB, texts, 'has stood empty').date.start).not.toBe('1884');
  });
});
