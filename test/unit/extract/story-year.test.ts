import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import type { Resolver } from '../../../shared/extract/rules/rule';
import { storyYear } from '../../../shared/extract/rules/story-year';
import { parseYmd } from '../../../shared/time-value';

// storyYear: the one place that decides a date's year is the story's, not publication's, and flags it. First on its
// own, with the surroundings a sentence of ours sets up given rather than found; then through the tagger, where both
// routes that use it (a bare past month, "the following <weekday>") read sentences of ours.

interface Scene {
  dct: string | null;
  focus: 'day' | 'month' | 'year';
  /** The date in focus, as the tagger's resolver would give it. */
  at: string;
}

function resolver(s: Scene): Resolver {
  const dct = s.dct ? parseYmd(s.dct) : null;
  const at = parseYmd(s.at);
  return {
    dct,
    tense: () => 'past',
    yearHint: () => null,
    refDay: () => at,
    refDate: () => at,
    focus: () => s.focus,
    following: () => '',
    preceding: () => '',
  };
}

describe('storyYear on its own', () => {
  it('"The mill closed in 1987. … the following Sunday": the year in focus, flagged', () => {
    expect(storyYear(resolver({ dct: '2016-05-02', focus: 'year', at: '1987-01-01' }))).toMatchObject({ year: 1987, focus: 'year', yearUncertain: true });
  });

  it('"The audit began in March of last year. … in June": the month in focus, its year, flagged', () => {
    const story = storyYear(resolver({ dct: '2016-09-20', focus: 'month', at: '2015-03-01' }));
    expect(story).toMatchObject({ year: 2015, focus: 'month', yearUncertain: true });
    expect(story?.at.m).toBe(3);
  });

  it('a month of publication\'s year other than publication\'s own is still away', () => {
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'month', at: '2016-02-01' }))).toMatchObject({ year: 2016, focus: 'month' });
  });

  it('is null when the story is at publication\'s month or year: publication\'s year is then no guess', () => {
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'month', at: '2016-09-01' }))).toBeNull();
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'year', at: '2016-01-01' }))).toBeNull();
  });

  it('is null when the story is at a day (counted from that day instead) or there is no publication date', () => {
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'day', at: '1987-04-12' }))).toBeNull();
    expect(storyYear(resolver({ dct: null, focus: 'year', at: '1987-01-01' }))).toBeNull();
  });
});

describe('storyYear with a day in focus counted', () => {
  it('"The pier collapsed on June 9, 1952. … in August": the day in focus, its year, flagged', () => {
    const story = storyYear(resolver({ dct: '2016-09-20', focus: 'day', at: '1952-06-09' }), { day: true });
    expect(story).toMatchObject({ year: 1952, focus: 'day', yearUncertain: true });
    expect(story?.at.d).toBe(9);
  });

  it('is null for a day of publication\'s month, as for that month in focus', () => {
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'day', at: '2016-09-03' }), { day: true })).toBeNull();
  });

  it('leaves a month or a year in focus as without it', () => {
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'month', at: '2015-03-01' }), { day: true })).toMatchObject({ year: 2015, focus: 'month' });
    expect(storyYear(resolver({ dct: '2016-09-20', focus: 'year', at: '2016-01-01' }), { day: true })).toBeNull();
  });
});

describe('storyYear through the tagger', () => {
  const tag = (text: string, dct: string, words: string) => tagTimexes(text, { dct }).find((t) => t.text === words);

  it('"the following Sunday" after a year told alone is a day of that year, flagged', () => {
    const t = tag('The choir lost its hall in 1987 and sang in a barn the following Sunday.', '2016-05-02', 'the following Sunday');
    expect(t?.value).toBe('1987-XX-XX');
    expect(t?.yearUncertain).toBe(true);
  });

  it('a bare past month after a month of the year before publication\'s is in that year, flagged', () => {
    const t = tag('The audit began in March of last year. The mayor resigned in June.', '2016-09-20', 'June');
    expect(t?.value).toBe('2015-06');
    expect(t?.yearUncertain).toBe(true);
  });

  it('with the story at publication\'s year, neither route takes a guessed year', () => {
    const sunday = tag('The choir lost its hall in 2016 and sang in a barn the following Sunday.', '2016-05-02', 'the following Sunday');
    expect(sunday?.value).not.toMatch(/XX/);
    const june = tag('The audit began in March. The mayor resigned in June.', '2016-09-20', 'June');
    expect(june?.value).toBe('2016-06');
    expect(june?.yearUncertain).toBeFalsy();
  });
});
