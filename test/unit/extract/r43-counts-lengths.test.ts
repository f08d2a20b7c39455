import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

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
