import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract';
import { shortestAt } from './event-lookup';

// Round 36 (a36, probe 28): "the Monday after the sinking", "the Friday before his trial": a weekday named from a
// happening is no weekday near publication. The tagger flags the publication-near reading as a guess and leaves it out
// of the story's day, so "the previous evening" and a bare clock time told after it do not count from it.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a weekday named from a happening', () => {
  it('"the Monday after the fire" is flagged and no story day', () => {
    const text = 'The mill burned down on 3 March 2015. Investigators arrived on the Monday after the fire and found a heater left on.';
    const t = tagTimexes(text, { dct: '2018-06-14' }).find((x) => x.text === 'Monday')!;
    expect(t.rule).toBe('weekday/of-happening');
    expect(t.yearUncertain).toBe(true);
  });

  it('"the Friday before his trial" keeps a later count off publication\'s week', () => {
    const texts = ['The ferry ran aground on 12 August 2016.', 'Its master was questioned on the Friday before his trial. The crew had slept badly the previous night.'];
    const e = shortestAt('2019-02-20', texts, 'slept badly the previous night');
    // Never a day of publication's week shown as certain.
    expect(e.date.start.startsWith('2019') && !e.date.yearUncertain).toBe(false);
  });

  it('"the Sunday after their wedding", dated from the happening when it has a day', () => {
    const texts = ['The couple married at Hollin chapel on 4 June 2011.', 'They sailed for Canada on the Sunday after their wedding.'];
    const e = shortestAt('2021-05-01', texts, 'sailed for Canada');
    expect(e.date.start).toBe('2011-06-05');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('a bare weekday is still read against publication', () => {
    const t = tagTimexes('The council voted on Monday to close the baths.', { dct: '2018-06-14' }).find((x) => x.text === 'Monday')!;
    expect(t.value).toBe('2018-06-11');
    expect(t.yearUncertain).toBeFalsy();
  });
});
