import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type EventDate, type NewslineDocument } from '../../../shared/document';
import { drawableText, estimateText, layoutTimeline, pictureToSvg, timelineSvg, type PlacedEvent } from '../../../shared/export/timeline-svg';
import { readDocument } from '../../../shared/migrations';

// The static timeline picture the command line draws (SVG, PNG, PDF): its layout, its labels, its text safety.

const SEED_FILE = join(__dirname, '../../../data/tass-2024-05-15-taliban/document.json');

function seed(): NewslineDocument {
  const read = readDocument(JSON.parse(readFileSync(SEED_FILE, 'utf8')));
  if (!read.ok) throw new Error('the seed document does not load');
  return read.document;
}

function doc(events: Array<{ title: string; date: EventDate; sourceId?: string; group?: string }>, sources = ['s1']): NewslineDocument {
  const text = 'A paragraph of text that every event points into.';
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    sources: sources.map((id, i) => ({ id, title: `Source ${i + 1}`, publisher: `Publisher ${i + 1}`, published: '2024-05-15', paragraphs: [{ id: 'p1', role: 'body' as const, text }] })),
    events: events.map((e, i) => ({
      id: `e${i + 1}`,
      title: e.title,
      date: e.date,
      evidence: e.sourceId === '' ? [] : [{ sourceId: e.sourceId ?? 's1', paragraphId: 'p1', start: 0, end: 4 }],
      origin: e.sourceId === '' ? ('imported' as const) : ('curated' as const),
      ...(e.group ? { group: e.group } : {}),
    })),
  };
}

/** Parsed as XML: a strict parser (resvg's) must accept it, and the text nodes read back. */
function parseSvg(svg: string) {
  expect(() => new Resvg(svg)).not.toThrow();
  const d = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return {
    root: d.documentElement.nodeName,
    texts: [...d.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    title: d.querySelector('title')?.textContent,
    desc: d.querySelector('desc')?.textContent,
    tooltips: [...d.querySelectorAll('g.event > title')].map((t) => t.textContent ?? ''),
    elements: [...d.querySelectorAll('*')].map((e) => e.nodeName.toLowerCase()),
  };
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the static timeline picture', () => {
  it('draws every seed event with its honest date, on an axis whose labels are years', () => {
    const picture = layoutTimeline(seed());
    expect(picture.events).toHaveLength(8);
    const byTitle = new Map(picture.events.map((e) => [e.title.replace(/…$/, ''), e]));
    expect([...byTitle.values()].map((e) => e.date)).toContain('1979–1989');
    expect(picture.events.find((e) => e.title.startsWith('Taliban fighters enter Kabul'))?.date).toBe('15 Aug 2021');
    expect(picture.events.find((e) => e.title.startsWith('Russia admits'))?.date).toBe('by 15 May 2024');
    // 1979 to 2024 at 1200 px: five-year steps, every label a year, left to right.
    const labels = picture.ticks.map((t) => t.label);
    expect(labels).toEqual(['1980', '1985', '1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
    const xs = picture.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('places a marker where its date is on the axis: a day is a dot at that day, a stretch a bar across it', () => {
    const picture = layoutTimeline(
      doc([
        { title: 'Start', date: { start: '2020-01-01', basis: 'stated' } },
        { title: 'A month', date: { start: '2020-06', basis: 'stated' } },
        { title: 'End', date: { start: '2020-12-31', basis: 'stated' } },
      ]),
    );
    const [start, month, end] = picture.events;
    const xOfJan = picture.ticks.find((t) => t.label === 'Jan 2020')!.x;
    const xOfJun = picture.ticks.find((t) => t.label === 'Jun')!.x;
    const xOfJul = picture.ticks.find((t) => t.label === 'Jul')!.x;
    expect(Math.abs(start.marker.x + start.marker.w / 2 - xOfJan)).toBeLessThan(3);
    expect(month.marker.x).toBeCloseTo(xOfJun, 0);
    expect(month.marker.x + month.marker.w).toBeCloseTo(xOfJul, 0);
    expect(end.marker.x).toBeGreaterThan(month.marker.x + month.marker.w);
  });

  it('chooses axis steps whose labels fit: days, months or years as the span needs', () => {
    const days = layoutTimeline(doc([{ title: 'a', date: { start: '2021-08-10', basis: 'stated' } }, { title: 'b', date: { start: '2021-08-20', basis: 'stated' } }]));
    expect(days.ticks[0].label).toMatch(/^\d{1,2} Aug 2021$/);
    expect(days.ticks.slice(1).every((t) => /^\d{1,2} Aug$/.test(t.label))).toBe(true);
    const centuries = layoutTimeline(doc([{ title: 'a', date: { start: '1066', basis: 'stated' } }, { title: 'b', date: { start: '2021', basis: 'stated' } }]));
    expect(centuries.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(centuries.ticks.length).toBeGreaterThan(3);
    for (const p of [days, centuries]) {
      for (let i = 1; i < p.ticks.length; i++) {
        const gap = p.ticks[i].x - p.ticks[i - 1].x;
        expect(gap).toBeGreaterThan(estimateText(p.ticks[i - 1].label, 12, 'normal') / 2 + estimateText(p.ticks[i].label, 12, 'normal') / 2);
      }
    }
  });

  it('puts each source in its own lane, imported groups after them, and no two labels on top of each other', () => {
    const same: EventDate = { start: '2021-08-15', basis: 'stated' };
    const picture = layoutTimeline(
      doc(
        [
          ...Array.from({ length: 6 }, (_, i) => ({ title: `Crowded day ${i + 1} with a longish title`, date: same })),
          { title: 'From the second source', date: same, sourceId: 's2' },
          { title: 'Imported row', date: { start: '2021', basis: 'imported' as const }, sourceId: '', group: 'Europe' },
        ],
        ['s1', 's2'],
      ),
    );
    expect(picture.lanes.map((l) => l.label)).toEqual(['Source 1', 'Source 2', 'Europe']);
    const lanes = picture.events.map((e) => e.lane);
    expect(lanes).toEqual([0, 0, 0, 0, 0, 0, 1, 2]);
    // Six events on one day: six rows, none sharing a row.
    expect(new Set(picture.events.filter((e) => e.lane === 0).map((e) => e.row)).size).toBe(6);
    const boxes = picture.events.flatMap((e: PlacedEvent) => [e.marker, e.label]);
    for (let i = 0; i < picture.events.length; i++) {
      for (let j = i + 1; j < picture.events.length; j++) {
        expect(overlaps(picture.events[i].label, picture.events[j].label), `${picture.events[i].title} / ${picture.events[j].title}`).toBe(false);
      }
    }
    // Every mark sits inside the picture and inside its lane.
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(picture.width);
    }
    for (const e of picture.events) {
      const lane = picture.lanes[e.lane];
      expect(e.marker.y).toBeGreaterThanOrEqual(lane.y);
      expect(e.label.y + e.label.h).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('says how sure each date is: "year uncertain", bounds, approximations, and a legend that explains them', () => {
    const svg = timelineSvg(
      doc([
        { title: 'Guessed year', date: { start: '2023-08-15', yearUncertain: true, basis: 'publication' } },
        { title: 'Only a bound', date: { start: '2021-01-01', end: '2024-05-15', mod: 'before', basis: 'publication' } },
        { title: 'Roughly', date: { start: '2019', mod: 'approx', basis: 'stated' } },
        { title: 'A decade', date: { start: '197', basis: 'stated' } },
      ]),
    );
    const { texts } = parseSvg(svg);
    expect(texts).toContain('15 Aug 2023 (year uncertain)');
    expect(texts).toContain('by 15 May 2024');
    expect(texts).toContain('about 2019');
    expect(texts).toContain('1970s');
    expect(texts.some((t) => t.startsWith('“year uncertain”: the text gives the day and month but not the year'))).toBe(true);
    expect(texts).toContain('uncertain: a best-guess year, or only a bound (before, after, about)');
    // Uncertain marks are drawn dashed and hatched, as in the app's legend.
    expect(svg).toMatch(/<rect [^>]*fill="url\(#nl-uncertain\)" stroke="#a45c00" stroke-width="1.5" stroke-dasharray/);
  });

  it('keeps hostile and non-Latin article text as text: <script>, &, ]]>, quotes and line breaks', () => {
    const hostile = [
      '<script>alert(1)</script>',
      'Tom & Jerry ]]> <![CDATA[ x ]]>',
      '"quoted" \'single\' <img src=x onerror=alert(1)>',
      'Талибан взял Кабул',
      '塔利班攻占喀布尔',
      'עברית ועוד',
      'line one\nline two\u0007bell',
    ];
    const d = doc(hostile.map((title, i) => ({ title, date: { start: `2021-0${i + 1}-01`, basis: 'stated' as const } })));
    d.sources[0].title = '</title><script>alert("title")</script>';
    d.events[0].id = 'e"1<&>';
    const svg = timelineSvg(d, { width: 2400 });
    const parsed = parseSvg(svg);
    expect(parsed.root).toBe('svg');
    expect(parsed.elements).not.toContain('script');
    expect(parsed.elements).not.toContain('img');
    expect(parsed.elements).not.toContain('foreignobject');
    expect(parsed.title).toBe('</title><script>alert("title")</script>');
    for (const title of hostile) expect(parsed.texts).toContain(drawableText(title));
    expect(parsed.texts).toContain('line one line twobell');
    expect(parsed.tooltips).toContain('1 Jan 2021: <script>alert(1)</script>');
    expect(parsed.desc).toContain('Tom & Jerry ]]> <![CDATA[ x ]]>');
    // (linkedom does not decode entities in attributes, so the escaped attribute is checked as written.)
    expect(svg).toContain('data-event-id="e&quot;1&lt;&amp;&gt;"');
    expect(svg).not.toMatch(/<script|<img|<!\[CDATA/);
  });

  it('cuts a long title with an ellipsis, within its room, and never loses the date', () => {
    const long = 'A very long title '.repeat(12).trim();
    const picture = layoutTimeline(doc([{ title: long, date: { start: '2021-08-15', basis: 'stated' } }]));
    const [e] = picture.events;
    expect(e.date).toBe('15 Aug 2021');
    expect(e.title.endsWith('…')).toBe(true);
    expect(long.startsWith(e.title.slice(0, -1).trimEnd())).toBe(true);
    expect(e.label.x + e.label.w).toBeLessThanOrEqual(picture.width);
  });

  it('an empty timeline says so instead of drawing an empty axis', () => {
    const { texts } = parseSvg(timelineSvg(doc([])));
    expect(texts).toContain('No events to show.');
  });

  it('draws only the events the filter keeps (the export filter of issue 13)', () => {
    const d = seed();
    const keep = (e: { date: EventDate }) => e.date.start.startsWith('2021');
    const picture = layoutTimeline(d, { filter: keep });
    const kept = d.events.filter(keep).map((e) => e.id);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(8);
    expect(picture.events.map((e) => e.id).sort()).toEqual(kept.sort());
  });

  it('lays out 1000 events quickly, in bounded height: what does not fit is counted and said, never drawn on top', () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      title: `Event ${i}`,
      date: { start: `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, basis: 'stated' as const },
    }));
    const t0 = performance.now();
    const picture = layoutTimeline(doc(events));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(picture.events.length).toBeGreaterThan(200);
    expect(picture.events.length + picture.notDrawn).toBe(1000);
    expect(picture.height).toBeLessThan(80 * 34 + 400);
    const svg = pictureToSvg(picture);
    const { texts } = parseSvg(svg);
    expect(texts).toContain(`${picture.notDrawn} not drawn (too crowded)`);
    expect(texts).toContain(`${picture.notDrawn} events are not drawn: too many overlap for one picture. Every event is in the PDF's event list, the CSV and the app.`);
    const byRow = new Map<number, PlacedEvent[]>();
    for (const e of picture.events) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    for (const row of byRow.values()) {
      row.sort((a, b) => a.label.x - b.label.x);
      for (let i = 1; i < row.length; i++) expect(overlaps(row[i - 1].label, row[i].label)).toBe(false);
    }
  });
});
