import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 44 (s44): the date in narrative focus, each reading shown on a sentence written for this test (none comes from
// an eval set or a probe).

const tag = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => ({ text: t.text, value: t.value, rule: t.rule }));

describe('r44-oclock: the hour before "o\'clock" is a time of day, in words or figures', () => {
  it('"shortly after nine o\'clock" is a clock time', () => {
    expect(tag("The first tow truck arrived shortly after nine o'clock.", '2016-03-10')).toContainEqual({ text: "nine o'clock", value: '2016-03-10T09:00', rule: 'clock-time' });
  });

  it('figures and a capital word too, and "in the afternoon" sets the half of the day', () => {
    expect(tag("The vicar rang at 11 o'clock.", '2016-03-10')).toContainEqual(expect.objectContaining({ text: "11 o'clock", value: '2016-03-10T11:00' }));
    expect(tag("Four o'clock came and went.", '2016-03-10')).toContainEqual(expect.objectContaining({ text: "Four o'clock", value: '2016-03-10T04:00' }));
    expect(tag("The band played at three o'clock in the afternoon.", '2016-03-10')).toContainEqual(expect.objectContaining({ value: '2016-03-10T15:00' }));
  });

  it('a new paragraph that gives only "o\'clock" is on the day the story is telling of', () => {
    const texts = ['A lorry carrying apples overturned on the Marrowby bypass on Tuesday evening.', "The first tow truck arrived shortly after nine o'clock."];
    const e = shortestAt('2016-03-10', texts, 'tow truck arrived');
    expect(e.date.start).toBe('2016-03-08');
    expect(e.date.mod).toBeUndefined();
  });
});

describe('r44-clock-nearest-day: a bare clock time takes the day told nearest before it in its sentence', () => {
  it('"the next morning … at 7 a.m." is the next morning\'s seven o\'clock, not the first day named', () => {
    const text = 'The yacht left Corran harbour on 4 June 1987 and was sighted the next morning by a trawler, whose skipper logged her at 7 a.m.';
    expect(tag(text, '1987-06-20')).toContainEqual({ text: '7 a.m.', value: '1987-06-05T07:00', rule: 'clock-time+sentence-day' });
    // With no day before it, the clock time still takes the day after it.
    expect(tag('At 6 a.m. the gates opened, and the auction began on 12 May 1990.', '1990-05-20')).toContainEqual(expect.objectContaining({ text: '6 a.m.', value: '1990-05-12T06:00' }));
  });

  it('the same with "o\'clock", and the relative clause is dated to that day', () => {
    const texts = ["The yacht left Corran harbour on 4 June 1987 and was sighted the next morning by a trawler, whose skipper logged her position at seven o'clock."];
    expect(shortestAt('1987-06-20', texts, 'logged her position').date.start).toBe('1987-06-05');
  });
});

describe('r44-night-set-off: a night told as a whole, set off before the clause\'s day, is a happening of its own', () => {
  it('"overnight, …, and was seen at 6 a.m. on Thursday" is the night that ended on the Thursday', () => {
    const texts = ['The seal stayed on the slipway overnight, guarded by two wardens, and was seen swimming off the point at about 6 a.m. on Thursday.'];
    const e = shortestAt('2019-03-09', texts, 'stayed on the slipway');
    expect([e.date.start, e.date.end]).toEqual(['2019-03-06', '2019-03-07']);
    expect(shortestAt('2019-03-09', texts, 'swimming off the point').date.start).toBe('2019-03-07');
    // Not with a day named by its evening, nor with no comma between the night and the day.
    const evening = ['The crews worked through the night, and the last tenant was rehoused on Tuesday evening.'];
    expect(shortestAt('2019-03-09', evening, 'worked through the night').date.end).toBeUndefined();
    const bare = ['The crane stood idle overnight before work resumed at 7 a.m. on Tuesday.'];
    expect(shortestAt('2019-03-09', bare, 'stood idle').date.end).toBeUndefined();
  });

  it('"camped overnight …, despite rain on Friday night" is that Friday night', () => {
    const texts = ['Dozens of fans had queued overnight in the arcade by the box office, despite heavy rain on Friday night.'];
    const e = shortestAt('2019-03-11', texts, 'queued overnight');
    expect([e.date.start, e.date.end]).toEqual(['2019-03-08', '2019-03-09']);
  });
});
