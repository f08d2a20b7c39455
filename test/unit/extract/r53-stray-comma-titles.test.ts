import { describe, expect, it } from 'vitest';
import { withoutStrayComma } from '../../../shared/extract/title-syntax';
import { patternVerb } from '../../../shared/extract/title';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. Cutting an aside or a date from between a subject and its helping
// verb ("Their team, Friends of Ashmere Pool, was formed in 2014") left the comma that opened it, and the title read as
// a noun phrase and a verb phrase apart ("Friends of Ashmere Pool, was formed").

const PUB = '2024-06-14';

describe('r53-stray-comma-titles: the comma left between a subject and its helping verb', () => {
  it('r53-stray-comma-titles: a name set off after a noun, then its verb', () => {
    const texts = ['Their team, Friends of Ashmere Pool, was formed in 2014.'];
    expect(shortestAt(PUB, texts, 'was formed').title).toBe('Friends of Ashmere Pool was formed');
  });

  it('r53-stray-comma-titles: kept after a phrase that names no subject, or one that holds a verb', () => {
    expect(withoutStrayComma('With later ferries, will begin', patternVerb)).toBe('With later ferries, will begin');
    expect(withoutStrayComma('Dr Wollaton said, was at a party in Dock Row', patternVerb)).toBe('Dr Wollaton said, was at a party in Dock Row');
    expect(withoutStrayComma('Town band, will play on the pier', patternVerb)).toBe('Town band will play on the pier');
  });
});
