import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';
import { HEADLINE_TELLING_THAT } from '../../../shared/extract/lexicon';
import { makeTitle } from '../../../shared/extract/title';

// Round 45: the "that" a headline leaves out after a telling is found from lexicon's telling verbs (title.ts had a
// list of its own), so the plural present "report" is read as the other stages read it.

const headline = (text: string) => text.replace(HEADLINE_TELLING_THAT, '$1 ');

describe('r45-headline-telling: a headline\'s telling without its "that"', () => {
  it('r45-headline-telling: "Some passengers report that their tickets …" keeps what was reported in the title', () => {
    const title = makeTitle('Some passengers report that their tickets scanned normally before failing again');
    expect(title).toMatch(/^Some passengers report their tickets scanned/);
    expect(title).not.toMatch(/report scanned/);
  });

  it('r45-headline-telling: an event\'s title drops the "that" after a plural "report"', () => {
    const got = events('2024-06-14', 'Several tenants report that their heating came back on Tuesday.').map((e) => e.title);
    expect(got).toContain('Several tenants report their heating came back');
  });

  it('r45-headline-telling: "ruled that" and "told the court that" keep their "that"; "told reporters that" does not', () => {
    expect(headline('The tribunal ruled that the fee was unlawful')).toBe('The tribunal ruled that the fee was unlawful');
    expect(headline('She told the inquiry that she had left early')).toBe('She told the inquiry that she had left early');
    expect(headline('She told reporters that she had left early')).toBe('She told reporters she had left early');
    expect(headline('Drivers report that the road flooded')).toBe('Drivers report the road flooded');
    expect(headline('the annual report that the board filed')).toBe('the annual report that the board filed');
  });
});
