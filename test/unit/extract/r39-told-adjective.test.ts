import { describe, expect, it } from 'vitest';
import { toldInLowerCase } from '../../../shared/extract/title-context';
import { events } from './event-lookup';

// Issue 8, point 10: a telling's title goes on mid-title with what was told, in the article's words. An adjective that
// opened the told sentence ("Strong winds brought down trees, forecasters said") kept its capital after the teller
// when the article never wrote it in lower case; the tags read it as an adjective before its noun, and the article
// capitalises it only where a sentence opens, so it is no name. A people's adjective keeps its capital.

describe('an adjective opening what was told', () => {
  it('is lowered after its teller', () => {
    expect(toldInLowerCase('Forecasters said Strong winds brought down trees', () => 'Strong winds brought down trees across the county, forecasters said.')).toBe('Forecasters said strong winds brought down trees');
    expect(toldInLowerCase('Doctors said Severe flooding cut off the clinic', () => 'Severe flooding cut off the clinic on Monday, doctors said.')).toBe('Doctors said severe flooding cut off the clinic');
    expect(toldInLowerCase('Police said Thick fog caused the crash', () => 'BRENHAM (Coast Wire) - Thick fog caused the crash on the bypass, police said.')).toBe('Police said thick fog caused the crash');
  });

  it('keeps a capital the article writes inside a sentence, a people\'s adjective, or a name before its verb', () => {
    expect(toldInLowerCase('Officials said Local shops had closed', () => 'Local shops had closed early. Officials said Local was wrong.')).toBe('Officials said Local shops had closed');
    expect(toldInLowerCase('Police said Danish fishermen were rescued', () => 'Danish fishermen were rescued, police said.')).toBe('Police said Danish fishermen were rescued');
    expect(toldInLowerCase('Police said Brannock was questioned', () => 'Brannock was questioned, police said.')).toBe('Police said Brannock was questioned');
  });

  it('is lowered in an extracted title', () => {
    const titles = events('2024-09-12', 'Heavy snow that began on Sunday has closed 40 schools in the valley, county officials said on Tuesday.').map((e) => e.title);
    for (const t of titles) expect(t).not.toMatch(/said Heavy/);
  });
});
