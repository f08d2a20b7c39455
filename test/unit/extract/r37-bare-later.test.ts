import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 37 (a37): "Days later", "weeks earlier", "Years later" with no number count on from the story as "a few days
// later" does. Tagged, they keep a date in another clause of the sentence from being shown as the sentence's own
// certain date. Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a bare plural unit before "later"/"earlier"', () => {
  it.each(['Days later', 'Weeks later', 'Months later', 'Years later', 'Hours earlier'])('"%s" is tagged as a vague count', (lead) => {
    const t = tagTimexes(`${lead} the crew went back to the wreck.`, { dct: '2020-06-01' });
    expect(t.map((x) => x.text)).toContain(lead);
    expect(t.find((x) => x.text === lead)!.rule).toBe('ago/vague');
  });

  it('a number before the unit is still counted exactly', () => {
    const t = tagTimexes('Two days later the crew went back.', { dct: '2020-06-01' });
    expect(t[0].text).toBe('Two days later');
    expect(t[0].rule).not.toBe('ago/vague');
  });

  it('the year of a date inside a relative clause is only a guess for the main one', () => {
    const texts = ['On 4 March the ferry ran aground.', 'Days later divers found that a buoy laid for them in 2011 had sunk.'];
    expect(shortestAt('2020-03-20', texts, 'divers found').date.yearUncertain).toBe(true);
  });

  it('"Weeks later" before a season told in a relative clause: the season\'s year is a guess for the main clause', () => {
    const texts = ['The survey team landed on 2 May.', 'Weeks later they learned that a hut built for them last winter had burned down.'];
    expect(shortestAt('2020-07-01', texts, 'they learned').date.yearUncertain).toBe(true);
  });
});
