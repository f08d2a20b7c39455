import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 43, counts and lengths: a count or a stretch placed against a happening the article named. Every sentence here
// was written for this test (none comes from an eval set or a probe).

describe('r43-compound-happening: a noun standing alone names the compound told before it', () => {
  it('"for five days before the slip", the landslip dated: the five days up to the day before it', () => {
    const texts = ['A landslip buried two cottages above Harlow Cross on March 9, 1961.', 'Sleet had fallen for five days before the slip.'];
    const e = shortestAt('1961-04-02', texts, 'Sleet had fallen');
    expect(e.date).toMatchObject({ start: '1961-03-04', end: '1961-03-08', rule: 'sequence/counted-from-happening' });
    // Named, not guessed from the day told last: the year is sure.
    expect(e.date.yearUncertain).toBeFalsy();
  });
  it('"three days after the quake", the earthquake dated: counted from its day', () => {
    const texts = ['An earthquake shook the Tessaly valley on June 2, 2004.', 'The first relief lorries reached the villages three days after the quake.'];
    const e = shortestAt('2004-07-01', texts, 'first relief lorries');
    expect(e.date).toMatchObject({ start: '2004-06-05', rule: 'sequence/counted-from-happening' });
    expect(e.date.yearUncertain).toBeFalsy();
  });
  it('the noun only inside a word whose head is shorter than a word ("terrain" is not "the rain"): not named by it', () => {
    const texts = ['Surveyors mapped the terrain around the reservoir on May 2, 2004.', 'The banks gave way two days after the rain.'];
    const e = shortestAt('2004-07-01', texts, 'banks gave way');
    expect(e.date.start === '2004-05-04' && !e.date.yearUncertain).toBe(false);
  });
});

describe('r43-fall-counted: "two days after the fall" counts from a happening, not from autumn', () => {
  it('a count of days before "after the fall": no season', () => {
    const texts = ['A meteorite lit up the moor late on Jan. 19, 1970.', 'Its photographs, printed two days after the fall, show the trail breaking in three.'];
    const e = shortestAt('1970-02-20', texts, 'printed');
    expect(e.date.rule ?? '').not.toMatch(/season/);
    expect(e.date.start).not.toMatch(/^1969/);
  });
  it('"in the fall" is still the season', () => {
    const texts = ['The orchard was replanted in the fall, two days after the storm.'];
    expect(shortestAt('1970-02-20', texts, 'orchard was replanted').date.start).toBe('1969-09');
  });
});

describe('r43-days-up-to-date: days or weeks told before a conjunct dated to its day end at that day', () => {
  const at = (texts: string[], rule: string) => events('1988-01-05', ...texts).find((e) => e.date.rule === rule);
  it('"searched for three days and nights, and the walker was found on October 14": October 12 to 14', () => {
    const texts = ['Volunteers searched the moor for three days and nights, and the missing walker was found alive on October 14, 1987.'];
    const e = at(texts, 'sequence/days-up-to-date');
    expect(e?.date).toMatchObject({ start: '1987-10-12', end: '1987-10-14' });
    // "days and nights" is one length: the stretch's words take both.
    expect(quoteOf(e!, texts)).toBe('Volunteers searched the moor for three days and nights');
  });
  it('weeks count whole too: "waited for two weeks, and the part arrived on March 20" is March 7 to 20', () => {
    const texts = ['The ferry crew waited for two weeks, and the engine part arrived on March 20, 1987.'];
    expect(at(texts, 'sequence/days-up-to-date')?.date).toMatchObject({ start: '1987-03-07', end: '1987-03-20' });
  });
  it('a conjunct dated only to its month gives the days no day to end at: no stretch', () => {
    const texts = ['Volunteers searched the moor for three days and nights, and the missing walker was found alive in October 1987.'];
    expect(at(texts, 'sequence/days-up-to-date')).toBeUndefined();
  });
});
