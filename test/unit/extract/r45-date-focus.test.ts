import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 45 (s45): the date in narrative focus, each reading shown on a sentence written for this test (none comes from
// an eval set or a probe).

const tag = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => ({ text: t.text, value: t.value, rule: t.rule }));

describe('r45-relative-perfect: a past perfect in a relative clause after a date does not make the date a flashback', () => {
  it('"called in on Tuesday by a skipper who had seen a crack. … the next morning" is the Wednesday', () => {
    const text =
      'The ferry service to Harrowmere was suspended on Friday. Inspectors were called in at about 11 a.m. on Tuesday by a skipper who had seen a crack in the hull. The ferry sailed the next morning all the same.';
    expect(tag(text, '2019-04-14')).toContainEqual(expect.objectContaining({ text: 'the next morning', value: '2019-04-10' }));
  });

  it('a past perfect that governs the date still steps back from the story\'s day', () => {
    const text = 'The ferry sank on Friday. The crew had checked the hull on Tuesday. The wreck was raised the next morning.';
    expect(tag(text, '2019-04-14')).toContainEqual(expect.objectContaining({ text: 'the next morning', value: '2019-04-13' }));
  });
});

describe('r45-definite-weekday-part: "on the Sunday morning" is a day of the stretch the story is at, as "on the Sunday" is', () => {
  it('after a day told, "the <weekday> <part of day>" is the first such weekday on or after it, not one counted from publication', () => {
    const text = 'Gales closed the pier at Brackwater on Friday 8 March. Volunteers swept the promenade clear on the Sunday morning.';
    expect(tag(text, '2019-03-20')).toContainEqual(expect.objectContaining({ text: 'the Sunday morning', value: '2019-03-10' }));
  });

  it('with no day told it is still read from publication', () => {
    expect(tag('Volunteers swept the promenade clear on the Sunday morning.', '2019-03-20')).toContainEqual(expect.objectContaining({ value: '2019-03-17' }));
  });
});

describe('r45-years-ago-year: a count of years back from publication names its year for the months and seasons after it', () => {
  it('"six years ago, in early December" is December of that year, as after "last year"', () => {
    expect(tag('The old pier at Calloway was closed six years ago, in early December, after a storm.', '2011-05-04')).toContainEqual(expect.objectContaining({ text: 'early December', value: '2005-12' }));
    expect(tag('Her grandfather died nine years ago, in the spring, while mending a wall.', '2011-05-04')).toContainEqual(expect.objectContaining({ text: 'spring', value: '2002-SP' }));
  });

  it('a month still to come keeps its own year', () => {
    expect(tag('The pier was closed six years ago, and in June it will open again.', '2011-05-04')).toContainEqual(expect.objectContaining({ text: 'June', value: '2011-06' }));
  });
});

describe('r45-years-ago-clause: the year a count back names reaches no further than its clause', () => {
  it('a month in the next sentence is read as it was before the count', () => {
    expect(tag('The mill at Fennick opened in 1990. It closed ten years ago. In March it was sold.', '2008-03-29')).toContainEqual(expect.objectContaining({ text: 'March', value: '2008-03' }));
  });
});
