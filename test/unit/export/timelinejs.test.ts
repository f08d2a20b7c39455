import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareEventDates, formatEventDate } from '../../../shared/dates';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, validateDocument, type EventDate, type NewslineDocument, type NewslineEvent } from '../../../shared/document';
import { fromTimelineJs, htmlToText, sheetToTimeline, toTimelineJs } from '../../../shared/export/timelinejs';
import { daysInMonth } from '../../../shared/time-value';
import { describeWarning } from '../../../shared/warnings';

const SEED: NewslineDocument = JSON.parse(readFileSync(join(__dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));

function docWith(dates: EventDate[], titles?: string[]): NewslineDocument {
  const text = 'Some sentence about an event that happened.';
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    sources: [{ id: 's1', title: 'A <b>report</b>', publisher: 'Wire', published: '2024-05-15', url: 'https://example.com/a?x=1&y=2', paragraphs: [{ id: 'p1', role: 'body', text }] }],
    events: dates.map((date, i) => ({
      id: `e${i + 1}`,
      title: titles?.[i] ?? `Event ${i + 1}`,
      date,
      evidence: [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: 13 }],
      origin: 'curated',
    })),
  };
}

const slideOf = (date: EventDate) => toTimelineJs(docWith([date])).events[0];

describe('Newsline -> TimelineJS: dates carry only what their precision supports', () => {
  it('a full date has year, month and day', () => {
    const s = slideOf({ start: '2021-08-15', basis: 'stated' });
    expect(s.start_date).toEqual({ year: 2021, month: 8, day: 15 });
    expect(s.end_date).toBeUndefined();
    expect(s.display_date).toBeUndefined();
  });
  it('a month has year and month, no day', () => {
    expect(slideOf({ start: '2021-04', basis: 'stated' }).start_date).toEqual({ year: 2021, month: 4 });
  });
  it('a year has only the year', () => {
    expect(slideOf({ start: '2021', basis: 'record' }).start_date).toEqual({ year: 2021 });
  });
  it('a decade becomes its first and last year, named in display_date', () => {
    const s = slideOf({ start: '197', basis: 'stated' });
    expect(s.start_date).toEqual({ year: 1970, display_date: '1970s' });
    expect(s.end_date).toEqual({ year: 1979, display_date: '1970s' });
    expect(s.display_date).toBe('1970s');
  });
  it('a range with mixed precision keeps each end as precise as it is', () => {
    const s = slideOf({ start: '2021-05', end: '2021-08-15', basis: 'stated' });
    expect(s.start_date).toEqual({ year: 2021, month: 5 });
    expect(s.end_date).toEqual({ year: 2021, month: 8, day: 15 });
  });
  it('before and after say so in display_date; the bounds stay in start/end', () => {
    const before = slideOf({ start: '2021-01-01', end: '2024-05-15', mod: 'before', basis: 'publication' });
    expect(before.display_date).toBe('by 15 May 2024');
    expect(before.start_date).toEqual({ year: 2021, month: 1, day: 1 });
    expect(before.end_date).toEqual({ year: 2024, month: 5, day: 15 });
    expect(slideOf({ start: '2019', mod: 'after', basis: 'stated' }).display_date).toBe('after 2019');
  });
  it('an uncertain year says so in display_date', () => {
    expect(slideOf({ start: '2023-08-15', yearUncertain: true, basis: 'publication' }).display_date).toBe('15 Aug 2023 (year uncertain)');
  });
});

describe('Newsline -> TimelineJS: slides', () => {
  const tl = toTimelineJs(SEED);
  it('the article is the title slide', () => {
    expect(tl.title?.text?.headline).toBe('Afghan Taliban no longer Russia’s enemy — Russian diplomat');
    expect(tl.title?.text?.text).toContain('TASS, 15 May 2024');
    expect(tl.title?.start_date).toBeUndefined();
  });
  it('every event is a slide, in time order, headline = title, group = source', () => {
    expect(tl.events).toHaveLength(SEED.events.length);
    expect(tl.events.map((e) => e.unique_id)).toEqual([...SEED.events].sort(compareEventDates).map((e) => e.id));
    expect(tl.events.map((e) => e.unique_id).slice(0, 3)).toEqual(['soviet-war', 'taliban-vs-us', 'us-withdrawal']);
    for (const slide of tl.events) {
      const event = SEED.events.find((e) => e.id === slide.unique_id)!;
      expect(htmlToText(slide.text!.headline!)).toBe(event.title);
      expect(slide.group).toBe(SEED.sources[0].title);
    }
  });
  it('text holds the quote and its source', () => {
    const kabul = tl.events.find((e) => e.unique_id === 'fall-of-kabul')!;
    expect(kabul.text!.text).toMatch(/<blockquote>“[^<]*Kabul[^<]*”<\/blockquote>/);
    expect(kabul.text!.text).toContain('<a href="https://tass.com/politics/1788697">');
  });
  it('hostile titles and quotes are escaped, and only http(s) links are links', () => {
    const doc = docWith([{ start: '2020', basis: 'stated' }], ['<script>alert(1)</script><img src=x onerror=alert(2)>']);
    doc.sources[0].url = 'javascript:alert(3)';
    doc.sources[0].paragraphs[0].text = '<img src=x onerror=alert(4)> happened </script> here.';
    const s = toTimelineJs(doc).events[0];
    expect(s.text!.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(s.text!.text).not.toMatch(/<img|<\/script|javascript:/);
    expect(htmlToText(s.text!.headline!)).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });
  it('a filter decides which events go out', () => {
    expect(toTimelineJs(SEED, { filter: (e) => e.id === 'fall-of-kabul' }).events.map((e) => e.unique_id)).toEqual(['fall-of-kabul']);
  });
});

describe('TimelineJS -> Newsline', () => {
  it('each slide is an imported event with the precision its fields give, its text kept as a note', () => {
    const { document, warnings } = fromTimelineJs(
      {
        title: { text: { headline: 'My <i>timeline</i>', text: 'intro' } },
        events: [
          { start_date: { year: '1999' }, text: { headline: 'A year', text: '<p>Said by &ldquo;X&rdquo;</p>' }, group: 'Politics' },
          { start_date: { year: 2001, month: 9 }, text: { headline: 'A month' } },
          { start_date: { year: 2001, month: 9, day: 11 }, end_date: { year: 2001, month: 9, day: 12 }, text: { headline: 'A day range' } },
          { start_date: { year: 2001, month: 9, day: 11, hour: 8 }, text: { headline: 'With a time' } },
        ],
      },
      'fallback',
    );
    expect(warnings).toEqual([]);
    expect(validateDocument(document).ok).toBe(true);
    expect(document.title).toBe('My timeline');
    expect(document.sources).toEqual([]);
    expect(document.events.map((e) => [e.title, e.date.start, e.date.end])).toEqual([
      ['A year', '1999', undefined],
      ['A month', '2001-09', undefined],
      ['A day range', '2001-09-11', '2001-09-12'],
      ['With a time', '2001-09-11', undefined],
    ]);
    const first = document.events[0];
    expect(first.origin).toBe('imported');
    expect(first.date.basis).toBe('imported');
    expect(first.evidence).toEqual([]);
    expect(first.note).toBe('Said by “X”');
    expect(first.group).toBe('Politics');
    expect(first.date.note).toMatch(/Imported from TimelineJS/);
  });
  it('before/after, year uncertain and decades come back from display_date in our words; other display dates are kept in the note', () => {
    const { document } = fromTimelineJs(
      {
        events: [
          { start_date: { year: 2021, month: 1, day: 1 }, end_date: { year: 2024, month: 5, day: 15 }, display_date: 'by 15 May 2024', text: { headline: 'b' } },
          { start_date: { year: 2019 }, display_date: 'after 2019', text: { headline: 'a' } },
          { start_date: { year: 2023, month: 8, day: 15 }, display_date: '15 Aug 2023 (year uncertain)', text: { headline: 'u' } },
          { start_date: { year: 1970, display_date: '1970s' }, end_date: { year: 1979, display_date: '1970s' }, display_date: '1970s', text: { headline: 'd' } },
          { start_date: { year: 1066 }, display_date: 'Autumn 1066', text: { headline: 'x' } },
        ],
      },
      'f',
    );
    const [b, a, u, d, x] = document.events.map((e) => e.date);
    expect(b).toMatchObject({ start: '2021-01-01', end: '2024-05-15', mod: 'before' });
    expect(a).toMatchObject({ start: '2019', mod: 'after' });
    expect(u).toMatchObject({ start: '2023-08-15', yearUncertain: true });
    expect(d.start).toBe('197');
    expect(d.end).toBeUndefined();
    expect(x).toMatchObject({ start: '1066' });
    expect(x.mod).toBeUndefined();
    expect(x.note).toContain('“Autumn 1066”');
  });
  it('a slide it cannot place is skipped with a warning naming it; a non-timeline is refused', () => {
    const { document, warnings } = fromTimelineJs(
      { events: [{ start_date: { year: -500 }, text: { headline: 'old' } }, { text: { headline: 'no date' } }, { start_date: { year: 2000, month: 13 } }, { start_date: { year: 2000 } }] },
      'f',
    );
    expect(document.events).toHaveLength(1);
    expect(warnings.map((w) => [w.code, 'slide' in w ? w.slide : null])).toEqual([
      ['timelinejs-slide-unplaced', 1],
      ['timelinejs-slide-unplaced', 2],
      ['timelinejs-slide-unplaced', 3],
    ]);
    expect(warnings.map(describeWarning)).toEqual([
      'slide 1 start_date: year -500 is outside what Newsline can place (0 to 9999); the slide was skipped',
      'slide 2: the slide has no start_date; the slide was skipped',
      'slide 3 start_date: "2000-13" has no month 13; the slide was skipped',
    ]);
    expect(() => fromTimelineJs([], 'f')).toThrow(/not a TimelineJS timeline/);
    expect(() => fromTimelineJs({ slides: [] }, 'f')).toThrow(/no "events" list/);
  });
  it('reads the Google Sheets template rows', () => {
    const rows = [
      ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'],
      ['', '', '', '', '', '', '', '', '', 'The title', 'Intro', '', '', '', '', 'title', '', ''],
      ['2016', '', '', '', '2017', '', '', '', '', 'Era', '', '', '', '', '', 'era', '', ''],
      ['2016', '11', '8', '', '', '', '', '', '', 'Election, "quoted", in, commas', 'Body', 'https://example.com/p.jpg', 'AP', '', '', '', 'Politics', ''],
      ['2017', '1', '', '', '', '', '', '', '', 'Inauguration month', '', '', '', '', '', '', '', ''],
    ];
    const { document, warnings } = fromTimelineJs(sheetToTimeline(rows), 'f');
    expect(document.title).toBe('The title');
    expect(warnings).toEqual([{ code: 'timelinejs-eras-dropped', count: 1 }]);
    expect(warnings.map(describeWarning)).toEqual(['1 era was not imported: Newsline has no eras']);
    expect(document.events.map((e) => [e.title, e.date.start, e.group])).toEqual([
      ['Election, "quoted", in, commas', '2016-11-08', 'Politics'],
      ['Inauguration month', '2017-01', undefined],
    ]);
    expect(document.events[0].note).toBe('Body\nMedia: https://example.com/p.jpg (AP)');
  });
});

describe('round trip Newsline -> TimelineJS -> Newsline', () => {
  it('the seed comes back with the same titles, dates, precisions and groups', () => {
    const back = fromTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(SEED))), 'f').document;
    const strip = (d: EventDate) => ({ start: d.start, end: d.end, mod: d.mod, yearUncertain: d.yearUncertain });
    const ordered = toTimelineJs(SEED).events.map((s) => SEED.events.find((e) => e.id === s.unique_id)!);
    expect(back.events.map((e) => [e.id, e.title, strip(e.date), e.group])).toEqual(ordered.map((e) => [e.id, e.title, strip(e.date), SEED.sources[0].title]));
  });

  const timeValue = fc.oneof(
    fc.integer({ min: 0, max: 999 }).map((d) => String(d).padStart(3, '0')),
    fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
    fc
      .record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`),
  );
  const eventDate: fc.Arbitrary<EventDate> = fc
    .record({
      start: timeValue,
      end: fc.option(timeValue, { nil: undefined }),
      mod: fc.option(fc.constantFrom('before' as const, 'after' as const, 'approx' as const, 'start' as const, 'mid' as const, 'end' as const), { nil: undefined }),
      yearUncertain: fc.option(fc.constant(true), { nil: undefined }),
    })
    .filter(({ start, end }) => end === undefined || validateDocument(docWith([{ start, end, basis: 'stated' }])).ok)
    .map(({ start, end, mod, yearUncertain }) => ({
      start,
      ...(end !== undefined ? { end } : {}),
      ...(mod ? { mod } : {}),
      ...(yearUncertain ? { yearUncertain } : {}),
      basis: 'stated' as const,
    }));
  const title = fc.string({ minLength: 1, maxLength: 160, unit: 'grapheme' }).filter((t) => t.trim() === t && t.length > 0 && !/[\s]{2,}|\n|\t/.test(t));

  it('fast-check: every date reads back as the same date, every title as the same title', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventDate, title), { minLength: 1, maxLength: 5 }), (pairs) => {
        const doc = docWith(pairs.map(([d]) => d), pairs.map(([, t]) => t));
        const exported = JSON.parse(JSON.stringify(toTimelineJs(doc)));
        const back = fromTimelineJs(exported, 'f').document;
        const byId = new Map(back.events.map((e) => [e.id, e]));
        for (const e of doc.events as NewslineEvent[]) {
          const got = byId.get(e.id)!;
          expect(got.title).toBe(e.title);
          // The same date to a reader, and the same fields: formatEventDate is how both sides name it.
          expect(formatEventDate(got.date)).toBe(formatEventDate(e.date));
          // A range ending on its own start is that one date, on both sides.
          const { end, ...single } = e.date;
          const expected = end === e.date.start ? single : e.date;
          expect({ ...got.date, basis: 'stated', note: undefined }).toEqual({ ...expected, note: undefined });
        }
      }),
      { numRuns: 300 },
    );
  });
});
