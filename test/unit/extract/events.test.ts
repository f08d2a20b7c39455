import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { documentSchemas, validateDocument, type NewslineEvent, type Paragraph } from '../../../shared/document';
import { isUncertain } from '../../../shared/dates';
import { extractEvents, extractEventsInSteps, extractEventsUpTo, valueToRange } from '../../../shared/extract/events';
import { makeTitle } from '../../../shared/extract/title';

const seed = JSON.parse(readFileSync(join(__dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));
const paragraphs: Paragraph[] = seed.sources[0].paragraphs;

function textOf(e: NewslineEvent): string {
  const a = e.evidence[0];
  return paragraphs.find((p) => p.id === a.paragraphId)!.text.slice(a.start, a.end);
}

describe('events of the seed article', () => {
  const events = extractEvents(paragraphs, { published: '2024-05-15' });
  const find = (re: RegExp) => events.find((e) => re.test(e.title) || re.test(textOf(e)));

  it('forms a valid document', () => {
    const doc = { ...seed, events };
    const checked = validateDocument(doc);
    expect(checked.ok, JSON.stringify(checked)).toBe(true);
  });

  it('dates the consultations by the dateline and the publication year', () => {
    const e = find(/consultations/i)!;
    expect(e).toBeDefined();
    expect(e.date.start).toBe('2024-05-15');
    expect(e.date.basis).toBe('publication');
    expect(e.evidence.some((a) => a.paragraphId === 'p4' && a.start === 0)).toBe(true);
  });

  it('finds the fall of Kabul and never states August 15 as 2023 or 2024 with certainty', () => {
    const e = find(/swept into Kabul/)!;
    expect(e).toBeDefined();
    expect(e.date.start).toMatch(/-08-15$/);
    expect(e.date.start).not.toBe('2024-08-15');
    expect(e.date.yearUncertain).toBe(true);
    expect(isUncertain(e.date)).toBe(true);
    expect(e.date.rule).toBeTruthy();
    for (const x of events) {
      if (/^202[34]-08-15$/.test(x.date.start)) expect(isUncertain(x.date)).toBe(true);
    }
  });

  it('places the withdrawal announcement before the Kabul event', () => {
    const e = find(/Biden administration announced/)!;
    expect(e).toBeDefined();
    expect(e.date.mod).toBe('before');
    expect(e.date.start).toBe(find(/swept into Kabul/)!.date.start);
  });

  it('finds Ghani stepping down and fleeing, after the Kabul event', () => {
    const e = find(/Ghani/)!;
    expect(e).toBeDefined();
    expect(e.title).toMatch(/stepped down/);
    expect(e.title).toMatch(/fled/);
    expect(e.date.mod).toBe('after');
    expect(isUncertain(e.date)).toBe(true);
  });

  it('keeps "some time ago" vague: only a bound, never a day', () => {
    const e = find(/fighting against the Americans/)!;
    expect(e.date.mod).toBe('before');
    expect(e.date.note).toMatch(/Some time ago/);
  });

  it('makes no event of a duration or of "now"', () => {
    expect(events.some((e) => /within a few hours/.test(e.title) && e.date.rule?.startsWith('duration'))).toBe(false);
    expect(find(/watches and time/)).toBeUndefined();
  });

  it('keeps titles short and every evidence span inside its paragraph', () => {
    for (const e of events) {
      expect(e.title.length).toBeLessThanOrEqual(81);
      expect(textOf(e).length).toBeGreaterThan(0);
    }
  });
});

describe('events from other texts', () => {
  const para = (text: string, id = 'p1'): Paragraph => ({ id, role: 'body', text });

  it('one event per dated clause, with ranges', () => {
    const events = extractEvents(
      [para('Soviet troops fought in Afghanistan from 1979 to 1989. The Taliban took Kabul in September 1996; they were ousted in 2001.')],
      { published: '2021-08-20' },
    );
    expect(events.map((e) => [e.date.start, e.date.end ?? null])).toEqual([
      ['1979', '1989'],
      ['1996-09', null],
      ['2001', null],
    ]);
    expect(events[0].date.basis).toBe('stated');
  });

  it('two dated clauses joined without a comma are two events, but a range stays one', () => {
    const text = 'Construction will start next month and the first trams should run in 2025, the mayor said.';
    const all = extractEvents([para(text)], { published: '2022-03-10' });
    // The mayor's telling is an event of its own, before publication (reported speech, family 8).
    const telling = all.filter((e) => /^reported-speech\//.test(e.date.rule ?? ''));
    expect(telling.map((e) => [text.slice(e.evidence[0].start, e.evidence[0].end), e.date.mod])).toEqual([['the mayor said', 'before']]);
    const events = all.filter((e) => !telling.includes(e));
    expect(events.map((e) => e.date.start)).toEqual(['2022-04', '2025']);
    const spans = events.map((e) => text.slice(e.evidence[0].start, e.evidence[0].end));
    expect(spans).toEqual(['Construction will start next month', 'the first trams should run in 2025, the mayor said.']);
    const range = extractEvents([para('The works ran between May 2019 and July 2020.')], { published: '2022-03-10' });
    expect(range.map((e) => [e.date.start, e.date.end])).toEqual([['2019-05', '2020-07']]);
  });

  it('a relative date is based on the publication date', () => {
    const [e] = extractEvents([para('The parliament approved the budget last week.')], { published: '2024-05-15' });
    expect(e.date).toMatchObject({ start: '2024-05-06', end: '2024-05-12', basis: 'publication' });
  });

  it('without a publication date, a month-day with no year anywhere keeps its day in a guessed year, flagged', () => {
    // Round 55 (e55): an event whose year cannot be known stays on the timeline, its year marked as a guess.
    const [e] = extractEvents([para('On August 15 they entered Kabul.')], { published: null });
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date!.start.slice(4)).toBe('-08-15');
  });

  it('maps TIMEX3 values onto document values', () => {
    expect(valueToRange('1998-W32')).toEqual({ start: '1998-08-03', end: '1998-08-09' });
    expect(valueToRange('1998-SU')).toEqual({ start: '1998-06', end: '1998-08' });
    expect(valueToRange('199')).toEqual({ start: '199' });
    expect(valueToRange('199X')).toEqual({ start: '199' });
    expect(valueToRange('19XX')).toEqual({ start: '1900', end: '1999' });
    expect(valueToRange('FY1997')).toEqual({ start: '1997' });
    expect(valueToRange('1998-W7')).toEqual({ start: '1998-02-09', end: '1998-02-15' });
    expect(valueToRange('P3D')).toBeNull();
    expect(valueToRange('XXXX-08-15')).toBeNull();
  });

  it('titles drop attribution and asides', () => {
    expect(makeTitle("Afghanistan's President Ashraf Ghani said he had stepped down to prevent any bloodshed and subsequently fled the country.")).toBe(
      // Twelve words with the title before the name: the name stands for the subject (issue 8: at most ten).
      'Ashraf Ghani said he stepped down and fled the country',
    );
    expect(makeTitle('The Afghan radical movement Taliban (outlawed in Russia) is no longer an enemy to Russia, a high-ranking Russian foreign ministry official told TASS.')).toBe(
      'Afghan radical movement Taliban is no longer an enemy to Russia',
    );
    expect(makeTitle('x '.repeat(100)).length).toBeLessThanOrEqual(81);
  });
});

describe('titles are never fragments', () => {
  it('drops the words the time phrase leaves dangling', () => {
    expect(makeTitle('The new canal carried the valley farms into')).toBe('New canal carried the valley farms');
    expect(makeTitle('Claims are accepted through')).toBe('Claims are accepted');
    const [e] = extractEvents([{ id: 'p1', role: 'body', text: 'Rail freight lifted the port town into the 19th century.' }], { published: '2020-01-01' });
    expect(e.title).toBe('Rail freight lifted the port town');
  });
});

describe('schedules are not events', () => {
  it('office hours make no event, a clock time on a named day still does', () => {
    const para = (text: string) => ({ id: 'p1', role: 'body' as const, text });
    expect(extractEvents([para('The library desk takes calls from 9 a.m. to 5 p.m.')], { published: '2011-05-04' })).toEqual([]);
    const [e] = extractEvents([para('The bridge reopened at 3 p.m. Friday.')], { published: '2011-05-04' });
    expect(e.date.start).toBe('2011-04-29');
  });

  it('a dateline left inside the first paragraph is not part of the title', () => {
    expect(makeTitle('TULSA, Okla. -- The city council approved the levy')).toBe('City council approved the levy');
  });
});

describe('sentences with no date of their own (issue 8, family 11)', () => {
  const para = (text: string, id = 'p1'): Paragraph => ({ id, role: 'body', text });
  const byTitle = (events: NewslineEvent[], re: RegExp) => events.find((e) => re.test(e.title));

  it('a past happening is placed before publication and drawn as uncertain, never given a day', () => {
    const events = extractEvents([para('The orchard cooperative has opened a second packing shed. Growers were told to bring crates.')], { published: '2017-09-20' });
    for (const re of [/second packing shed/, /Growers were told/]) {
      const e = byTitle(events, re)!;
      expect(e, String(re)).toBeDefined();
      expect(e.date).toMatchObject({ start: '2017-09-20', mod: 'before', basis: 'publication' });
      expect(isUncertain(e.date)).toBe(true);
    }
  });

  it('something under way as the article is written is dated to publication', () => {
    const [e] = extractEvents([para('Volunteers are sandbagging the river road.')], { published: '2017-09-20' });
    expect(e.date).toMatchObject({ start: '2017-09-20', basis: 'publication', rule: 'present-tense/publication' });
    expect(e.date.mod).toBeUndefined();
  });

  it('standing facts, habits, plans and questions make no event', () => {
    const none = ['The valley is home to 4,000 people.', 'The ferry runs twice a day in summer.', 'The council will vote on the levy.', 'Could the dam hold?'];
    for (const text of none) expect(extractEvents([para(text)], { published: '2017-09-20' }), text).toEqual([]);
  });

  it('a time of day with no day, or "within hours", takes the day in narrative focus, across paragraphs', () => {
    const events = extractEvents(
      [para('A landslide blocked the pass on Sunday, officials said.'), para('It came down at about 4:15 in the afternoon.', 'p2'), para('Within hours, crews had cleared one lane.', 'p3')],
      { published: '2017-09-20' },
    );
    const fall = byTitle(events, /came down/)!;
    expect(fall.date).toMatchObject({ start: '2017-09-17', rule: 'narrative-focus/same-day' });
    expect(fall.title).toBe('It came down');
    const lane = byTitle(events, /cleared one lane/)!;
    expect(lane.date.start).toBe('2017-09-17');
    expect(lane.title).not.toMatch(/hours/i);
  });

  it('a time of day in a sentence that tells no past happening stays off the timeline', () => {
    expect(extractEvents([para('A landslide blocked the pass on Sunday.'), para('The pass opens at 7 a.m.', 'p2')], { published: '2017-09-20' })).toHaveLength(1);
  });
});

describe('what a date in the clause is for', () => {
  const para = (text: string, id = 'p1'): Paragraph => ({ id, role: 'body', text });
  const one = (text: string, published = '2015-06-10') => extractEvents([para(text)], { published });

  it('the yardstick of a comparison does not date the event', () => {
    for (const text of ['Ferry traffic fell 9% compared with 2012.', 'Wool prices are up 3% from a year earlier.', 'Harvests were smaller than in 2011.']) {
      const events = one(text);
      for (const e of events) expect(e.date.start, text).not.toMatch(/^201[12]/);
    }
    const [e] = one('Ferry traffic fell 9% compared with 2012.');
    expect(e.date).toMatchObject({ start: '2015-06-10', mod: 'before' });
    // A range is not a comparison.
    expect(one('Ferry traffic rose from 2009 to 2012.')[0].date).toMatchObject({ start: '2009', end: '2012' });
  });

  it('a goal "by" a later year runs from publication to that year', () => {
    const [e] = one('The water board aims to replace every lead pipe by 2019.');
    expect(e.date).toMatchObject({ start: '2015-06-10', end: '2019' });
    expect(e.date.rule).toMatch(/by-deadline/);
    // A past "by" is not a goal: it was done in 1970 or before, a bound at 1970 itself (to its end), not a point in it.
    expect(one('The old mill had shut by 1970.')[0].date).toMatchObject({ start: '1970', mod: 'before' });
  });

  it('reported speech: the happening reported is one event, the saying another, dated by its own words (family 8)', () => {
    const events = one('The harbour master said on Monday that the pier collapsed in April.');
    const pier = events.find((e) => /^(?:the )?pier collapsed/i.test(e.title))!;
    expect(pier.title).toBe('The pier collapsed');
    expect(pier.date.start).toBe('2015-04');
    const said = events.find((e) => /harbour master said/i.test(e.title))!;
    expect(said.date.start).toBe('2015-06-08');
    // The saying's title says what was said, without its dates (issue 8, point 10: never a bare "X said").
    expect(said.title).toBe('Harbour master said the pier collapsed');
    const undatedSaying = one('The council announced that the tram line would open in 2018.');
    expect(undatedSaying.map((e) => e.title)).toEqual(['Council announced the tram line would open', 'Tram line would open']);
    expect(undatedSaying[0].date).toMatchObject({ start: '2015-06-10', mod: 'before' });
    expect(undatedSaying[1].date.start).toBe('2018');
  });

  it('a sentence of quoted speech is no undated event, a statement that quotes is', () => {
    expect(one('“We have rebuilt the school,” the mayor said.')).toEqual([]);
    expect(one('The mayor said the town “will not forget” the volunteers.')).toHaveLength(1);
  });
});

describe('events up to a cap', () => {
  // The undated events ("Later, …") are found after every dated one, so a cap applied in the order they are
  // found would keep the three dated events instead of the first three in reading order.
  const article: Paragraph[] = [
    { id: 'p1', role: 'body', text: 'The council met on 3 March 2019. Later, it voted on the budget.' },
    { id: 'p2', role: 'body', text: 'The mayor resigned on 5 April 2019. The deputy took over afterwards.' },
    { id: 'p3', role: 'body', text: 'Elections were held on 9 June 2019.' },
  ];
  const opts = { published: '2019-07-01' };

  it('keeps the first ones in reading order, as the whole list has them, and counts them all', () => {
    const all = extractEvents(article, opts);
    expect(all.length).toBeGreaterThan(3);
    const { events, found } = extractEventsUpTo(article, opts, 3);
    expect(events).toEqual(all.slice(0, 3));
    expect(events.map((e) => e.evidence[0].paragraphId)).toEqual(['p1', 'p1', 'p2']);
    expect(found).toBe(all.length);
  });

  it('does not put the dates of events past the cap through the schema', () => {
    const all = extractEvents(article, opts);
    const check = vi.spyOn(documentSchemas().EventDateSchema, 'safeParse');
    try {
      extractEventsUpTo(article, opts, 1);
      expect(check.mock.calls.length).toBeLessThan(all.length);
      expect(check).toHaveBeenCalledTimes(1);
    } finally {
      check.mockRestore();
    }
  });

  it('counts everything it keeps when the cap is not reached', () => {
    const all = extractEvents(article, opts);
    expect(extractEventsUpTo(article, opts, 100)).toEqual({ events: all, found: all.length });
  });

  it('in steps, pauses once after each body paragraph and ends with what it gives at once', () => {
    const withTitle: Paragraph[] = [{ id: 't', role: 'title', text: 'Council news' }, ...article];
    const steps = extractEventsInSteps(withTitle, opts, 3);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(article.length);
    expect(step.value).toEqual(extractEventsUpTo(withTitle, opts, 3));
  });
});
