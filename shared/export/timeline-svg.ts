import { dateStyle, eventInterval, formatEventDate, isRange, type DateStyle } from '../dates';
import { documentTitle, type NewslineDocument, type NewslineEvent } from '../document-core';
import { eventSource, exportedEvents, sourceDetails, type ExportOptions } from './common';

// A static picture of the whole timeline, laid out from the document alone (no window, no DOM): a time axis
// with readable date labels, one lane per source (or per imported group), each event a dot (a day) or a bar
// (a month, a year, a stretch) with its date written as precisely as the text allows and its title. The
// command line turns it into SVG, PNG and PDF; the app pictures its live view instead (renderer/export/image.ts).

/** Width in px of `text` at `size` px; main passes the real font's metrics, the default estimates them. */
export type MeasureText = (text: string, size: number, weight: 'normal' | 'bold') => number;

export interface PictureOptions extends ExportOptions {
  /** Total width in px (default 1200). The height follows from the events. */
  width?: number;
  measure?: MeasureText;
  /** Rows of labels the whole picture may stack (default 80); events beyond are counted, not drawn. */
  rowBudget?: number;
}

export type PictureShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; dash?: boolean; rx?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width?: number; dash?: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; dash?: boolean }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight?: 'normal' | 'bold'; fill: string; anchor?: 'start' | 'middle' | 'end'; italic?: boolean }
  | { kind: 'event'; id: string; tooltip: string; children: PictureShape[] };

/** Where one event was drawn: its marker and its label, for tests and for anyone placing links over it. */
export interface PlacedEvent {
  id: string;
  lane: number;
  row: number;
  marker: { x: number; y: number; w: number; h: number };
  label: { x: number; y: number; w: number; h: number };
  date: string;
  title: string;
}

export interface TimelinePicture {
  width: number;
  height: number;
  title: string;
  description: string;
  shapes: PictureShape[];
  lanes: Array<{ label: string; y: number; height: number }>;
  ticks: Array<{ x: number; label: string }>;
  events: PlacedEvent[];
  /** Events left out because their lane ran out of rows; the picture says how many. */
  notDrawn: number;
}

export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

const INK = '#1d2329';
const MUTED = '#5b6670';
const LINE = '#d9dcdf';
const BAND = '#f4f5f6';
const STYLE: Record<DateStyle, { stroke: string; fill: string; dash: boolean }> = {
  stated: { stroke: '#2563a6', fill: '#d6e5f6', dash: false },
  record: { stroke: '#2563a6', fill: '#f1f6fc', dash: true },
  uncertain: { stroke: '#a45c00', fill: '#fbeed9', dash: true },
};

const MARGIN = 24;
const LANE_LABEL_WIDTH = 180;
const ROW_HEIGHT = 34;
const LANE_PAD = 10;
const LABEL_MAX = 460;
const LABEL_SIZE = 12;
const GAP = 14;
const DAY = 86_400_000;
/** Rows of labels the picture may stack, shared among the lanes, so a crowded timeline stays a picture. */
const ROW_BUDGET = 80;
const MIN_ROWS_PER_LANE = 2;

/** A width estimate for fonts we cannot measure: generous, so labels never run into each other. */
export const estimateText: MeasureText = (text, size, weight) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || c >= 0x20000)) em += 1;
    else if (ch === ' ') em += 0.32;
    else if (/[A-Z\u0410-\u042f]/.test(ch)) em += 0.7;
    else if (/[.,:;'!|il]/.test(ch)) em += 0.3;
    else em += 0.62;
  }
  return em * size * (weight === 'bold' ? 1.1 : 1);
};

/** Text as it can be drawn on one line: no line breaks, no characters XML 1.0 forbids, no lone surrogates. */
export function drawableText(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function truncate(text: string, max: number, size: number, weight: 'normal' | 'bold', measure: MeasureText): string {
  if (measure(text, size, weight) <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Up to `lines` lines of at most `max` px, the last cut with an ellipsis if the text goes on. */
function wrap(text: string, max: number, size: number, weight: 'normal' | 'bold', measure: MeasureText, lines: number): string[] {
  const words = text.split(' ').filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (measure(next, size, weight) <= max || !line) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) return [...out, truncate(`${line} ${words.slice(i).join(' ')}`, max, size, weight, measure)];
    out.push(line);
    line = words[i];
  }
  if (line) out.push(truncate(line, max, size, weight, measure));
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Unit = 'day' | 'month' | 'year';
const STEPS: Array<{ unit: Unit; n: number }> = [
  ...[1, 2, 7, 14].map((n) => ({ unit: 'day' as const, n })),
  ...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, n })),
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].map((n) => ({ unit: 'year' as const, n })),
];

function ticksFor(from: number, to: number, step: { unit: Unit; n: number }): number[] {
  const d = new Date(from);
  let t: number;
  if (step.unit === 'day') t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  else if (step.unit === 'month') t = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / step.n) * step.n, 1);
  else t = Date.UTC(Math.floor(d.getUTCFullYear() / step.n) * step.n, 0, 1);
  const out: number[] = [];
  for (let guard = 0; guard < 10_000 && t <= to; guard++) {
    if (t >= from) out.push(t);
    const x = new Date(t);
    if (step.unit === 'day') t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate() + step.n);
    else if (step.unit === 'month') t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + step.n, 1);
    else t = Date.UTC(x.getUTCFullYear() + step.n, 0, 1);
  }
  return out;
}

/** Tick labels: the year only where it changes (and on the first tick), so every label is short and whole. */
function tickLabels(ticks: number[], unit: Unit): string[] {
  let lastYear = NaN;
  return ticks.map((t) => {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const newYear = y !== lastYear;
    lastYear = y;
    if (unit === 'year') return String(y);
    if (unit === 'month') return newYear ? `${MONTHS[d.getUTCMonth()]} ${y}` : MONTHS[d.getUTCMonth()];
    return newYear ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${y}` : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  });
}

interface Lane {
  key: string;
  label: string;
  events: NewslineEvent[];
}

function lanesOf(doc: NewslineDocument, events: NewslineEvent[]): Lane[] {
  const lanes = new Map<string, Lane>();
  // Sources in the document's order first, then imported groups as they come.
  for (const s of doc.sources) lanes.set(`s:${s.id}`, { key: `s:${s.id}`, label: s.title || s.publisher || s.id, events: [] });
  for (const e of events) {
    const source = eventSource(doc, e);
    const key = source ? `s:${source.id}` : `g:${e.group ?? ''}`;
    if (!lanes.has(key)) lanes.set(key, { key, label: e.group || 'Imported events', events: [] });
    lanes.get(key)!.events.push(e);
  }
  return [...lanes.values()].filter((l) => l.events.length > 0);
}

/** The whole timeline laid out as shapes, in px from the top-left corner. */
export function layoutTimeline(doc: NewslineDocument, opts: PictureOptions = {}): TimelinePicture {
  const measure = opts.measure ?? estimateText;
  const width = Math.max(480, Math.round(opts.width ?? 1200));
  const events = exportedEvents(doc, opts);
  const shapes: PictureShape[] = [];
  const title = drawableText(documentTitle(doc) || 'Timeline');
  const sourceLine = doc.sources.map((s) => drawableText([s.publisher, sourceDetails(s).replace(`${s.publisher}, `, '')].filter(Boolean).join(', ') || s.title)).filter(Boolean);
  const subtitle = `${[...new Set(sourceLine)].join(' · ')}${sourceLine.length ? ' · ' : ''}${events.length === 1 ? '1 event' : `${events.length} events`}`;

  let y = MARGIN;
  const titleLines = wrap(title, width - 2 * MARGIN, 20, 'bold', measure, 2);
  for (const line of titleLines) {
    shapes.push({ kind: 'text', x: MARGIN, y: y + 20, text: line, size: 20, weight: 'bold', fill: INK });
    y += 26;
  }
  shapes.push({ kind: 'text', x: MARGIN, y: y + 14, text: truncate(subtitle, width - 2 * MARGIN, 13, 'normal', measure), size: 13, fill: MUTED });
  y += 26;

  const plotX0 = MARGIN + LANE_LABEL_WIDTH;
  const plotX1 = width - MARGIN;
  const plotW = plotX1 - plotX0;
  const placed: PlacedEvent[] = [];
  const laneBoxes: TimelinePicture['lanes'] = [];
  let hidden = 0;
  const tickOut: TimelinePicture['ticks'] = [];

  if (events.length === 0) {
    shapes.push({ kind: 'text', x: MARGIN, y: y + 30, text: 'No events to show.', size: 14, fill: MUTED });
    y += 50;
  } else {
    // The time the events cover, padded so the first and last markers sit inside the axis.
    const spans = events.map((e) => eventInterval(e.date));
    let d0 = Math.min(...spans.map((s) => s.start));
    let d1 = Math.max(...spans.map((s) => s.end));
    const pad = Math.max((d1 - d0) * 0.03, DAY);
    d0 -= pad;
    d1 += pad;
    const xOf = (t: number) => plotX0 + ((t - d0) / (d1 - d0)) * plotW;

    // The finest step whose labels all fit with room between them.
    let ticks: number[] = [];
    let labels: string[] = [];
    for (const step of STEPS) {
      const ts = ticksFor(d0, d1, step);
      if (ts.length > plotW / 40) continue;
      const ls = tickLabels(ts, step.unit);
      const pitch = ts.length > 1 ? xOf(ts[1]) - xOf(ts[0]) : plotW;
      const widest = Math.max(...ls.map((l) => measure(l, 12, 'normal')));
      if (widest + 16 <= pitch || step === STEPS[STEPS.length - 1]) {
        ticks = ts;
        labels = ls;
        break;
      }
    }
    const axisY = y + 22;
    const lanes = lanesOf(doc, events);

    // Lay out each lane's events in rows, first fit: a row takes an event when its marker and label start
    // after everything already in that row.
    let laneTop = axisY + 8;
    const laneShapes: PictureShape[] = [];
    const eventShapes: PictureShape[] = [];
    const maxRows = Math.max(MIN_ROWS_PER_LANE, Math.floor((opts.rowBudget ?? ROW_BUDGET) / lanes.length));
    lanes.forEach((lane, laneIndex) => {
      const rowsEnd: number[] = [];
      const laid = lane.events.map((e) => {
        const span = eventInterval(e.date);
        const point = !isRange(e.date);
        let mx0 = xOf(span.start);
        let mx1 = xOf(span.end);
        if (point || mx1 - mx0 < 8) {
          const mid = (mx0 + mx1) / 2;
          mx0 = mid - (point ? 5 : 4);
          mx1 = mid + (point ? 5 : 4);
        }
        const date = drawableText(formatEventDate(e.date));
        const eventTitle = drawableText(e.title);
        const dateW = measure(date, LABEL_SIZE, 'bold');
        const titleText = truncate(eventTitle, Math.max(40, LABEL_MAX - dateW - 8), LABEL_SIZE, 'normal', measure);
        const labelW = Math.min(plotW, dateW + 8 + measure(titleText, LABEL_SIZE, 'normal'));
        let lx = Math.max(plotX0, mx0);
        if (lx + labelW > plotX1) lx = Math.max(plotX0, plotX1 - labelW);
        const x0 = Math.min(mx0, lx);
        const x1 = Math.max(mx1, lx + labelW);
        let row = rowsEnd.findIndex((end) => end + GAP <= x0);
        if (row < 0 && rowsEnd.length >= maxRows) return null;
        if (row < 0) {
          row = rowsEnd.length;
          rowsEnd.push(x1);
        } else rowsEnd[row] = x1;
        return { e, point, mx0, mx1, lx, labelW, date, dateW, titleText, eventTitle, row };
      });
      const items = laid.filter((it) => it !== null);
      const notDrawn = laid.length - items.length;
      hidden += notDrawn;
      const laneHeight = rowsEnd.length * ROW_HEIGHT + 2 * LANE_PAD;
      if (laneIndex % 2 === 0) laneShapes.push({ kind: 'rect', x: MARGIN, y: laneTop, w: width - 2 * MARGIN, h: laneHeight, fill: BAND });
      laneShapes.push({ kind: 'line', x1: MARGIN, y1: laneTop + laneHeight, x2: width - MARGIN, y2: laneTop + laneHeight, stroke: LINE });
      const labelLines = wrap(drawableText(lane.label), LANE_LABEL_WIDTH - 14, 12, 'bold', measure, Math.max(1, Math.min(3, Math.floor((laneHeight - 8) / 16))));
      labelLines.forEach((line, i) => laneShapes.push({ kind: 'text', x: MARGIN + 6, y: laneTop + LANE_PAD + 12 + i * 16, text: line, size: 12, weight: 'bold', fill: INK }));
      const count = lane.events.length;
      laneShapes.push({ kind: 'text', x: MARGIN + 6, y: laneTop + LANE_PAD + 12 + labelLines.length * 16, text: count === 1 ? '1 event' : `${count} events`, size: 11, fill: MUTED });
      if (notDrawn > 0) {
        laneShapes.push({ kind: 'text', x: MARGIN + 6, y: laneTop + LANE_PAD + 28 + labelLines.length * 16, text: `${notDrawn} not drawn (too crowded)`, size: 11, fill: STYLE.uncertain.stroke });
      }
      laneBoxes.push({ label: lane.label, y: laneTop, height: laneHeight });

      for (const it of items) {
        const rowTop = laneTop + LANE_PAD + it.row * ROW_HEIGHT;
        const style = dateStyle(it.e.date);
        const s = STYLE[style];
        const marker = { x: it.mx0, y: rowTop + 2, w: it.mx1 - it.mx0, h: 10 };
        const children: PictureShape[] = [
          it.point
            ? { kind: 'circle', cx: (it.mx0 + it.mx1) / 2, cy: rowTop + 7, r: 5, fill: s.fill, stroke: s.stroke, dash: s.dash }
            : { kind: 'rect', x: it.mx0, y: rowTop + 2, w: it.mx1 - it.mx0, h: 10, fill: style === 'uncertain' ? 'url(#nl-uncertain)' : s.fill, stroke: s.stroke, dash: s.dash, rx: 2 },
          { kind: 'text', x: it.lx, y: rowTop + 27, text: it.date, size: LABEL_SIZE, weight: 'bold', fill: style === 'uncertain' ? s.stroke : INK },
          { kind: 'text', x: it.lx + it.dateW + 8, y: rowTop + 27, text: it.titleText, size: LABEL_SIZE, fill: INK },
        ];
        eventShapes.push({ kind: 'event', id: it.e.id, tooltip: `${it.date}: ${it.eventTitle}`, children });
        placed.push({ id: it.e.id, lane: laneIndex, row: it.row, marker, label: { x: it.lx, y: rowTop + 16, w: it.labelW, h: 15 }, date: it.date, title: it.titleText });
      }
      laneTop += laneHeight;
    });

    // Axis: labels above the line, light grid lines down through the lanes.
    shapes.push(...laneShapes);
    shapes.push({ kind: 'line', x1: plotX0, y1: axisY, x2: plotX1, y2: axisY, stroke: MUTED });
    ticks.forEach((t, i) => {
      const x = xOf(t);
      shapes.push({ kind: 'line', x1: x, y1: axisY + 1, x2: x, y2: laneTop, stroke: LINE, width: 1 });
      shapes.push({ kind: 'line', x1: x, y1: axisY - 4, x2: x, y2: axisY, stroke: MUTED });
      const anchor = x - measure(labels[i], 12, 'normal') / 2 < MARGIN ? 'start' : x + measure(labels[i], 12, 'normal') / 2 > width - 4 ? 'end' : 'middle';
      shapes.push({ kind: 'text', x, y: axisY - 8, text: labels[i], size: 12, fill: MUTED, anchor });
      tickOut.push({ x, label: labels[i] });
    });
    shapes.push(...eventShapes);
    y = laneTop + 16;
  }

  // The legend says what the marks mean, and that a "year uncertain" is the picture's, not a printing accident.
  const legend: Array<{ style: DateStyle; point: boolean; text: string }> = [
    { style: 'stated', point: true, text: 'a day' },
    { style: 'stated', point: false, text: 'a month, a year or a stretch of time' },
    { style: 'record', point: false, text: 'date from the public record' },
    { style: 'uncertain', point: false, text: 'uncertain: a best-guess year, or only a bound (before, after, about)' },
  ];
  let lx = MARGIN;
  let ly = y + 8;
  for (const item of legend) {
    const s = STYLE[item.style];
    const w = 30 + measure(item.text, 11, 'normal');
    if (lx + w > width - MARGIN && lx > MARGIN) {
      lx = MARGIN;
      ly += 20;
    }
    shapes.push(
      item.point
        ? { kind: 'circle', cx: lx + 8, cy: ly - 4, r: 5, fill: s.fill, stroke: s.stroke, dash: s.dash }
        : { kind: 'rect', x: lx, y: ly - 9, w: 18, h: 10, fill: item.style === 'uncertain' ? 'url(#nl-uncertain)' : s.fill, stroke: s.stroke, dash: s.dash, rx: 2 },
    );
    shapes.push({ kind: 'text', x: lx + 24, y: ly, text: item.text, size: 11, fill: MUTED });
    lx += w + 18;
  }
  if (hidden > 0) {
    ly += 20;
    shapes.push({ kind: 'text', x: MARGIN, y: ly, text: `${hidden === 1 ? '1 event is' : `${hidden} events are`} not drawn: too many overlap for one picture. Every event is in the PDF's event list, the CSV and the app.`, size: 11, fill: STYLE.uncertain.stroke, italic: true });
  }
  if (events.some((e) => e.date.yearUncertain)) {
    ly += 20;
    shapes.push({ kind: 'text', x: MARGIN, y: ly, text: '“year uncertain”: the text gives the day and month but not the year; the year shown is a best guess.', size: 11, fill: MUTED, italic: true });
  }
  const height = Math.ceil(ly + MARGIN);
  const description = `${title}. ${subtitle}. ${events.map((e) => `${drawableText(formatEventDate(e.date))}: ${drawableText(e.title)}`).join('; ')}`;
  return { width, height, title, description, shapes, lanes: laneBoxes, ticks: tickOut, events: placed, notDrawn: hidden };
}

/** Safe as XML text or in a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const num = (v: number) => String(Math.round(v * 100) / 100);

function shapeSvg(s: PictureShape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.w)}" height="${num(s.h)}"${s.rx ? ` rx="${num(s.rx)}"` : ''} fill="${escapeXml(s.fill)}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="1.5"` : ''}${s.dash ? ' stroke-dasharray="4 2"' : ''}/>`;
    case 'line':
      return `<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${s.stroke}" stroke-width="${num(s.width ?? 1)}"${s.dash ? ' stroke-dasharray="4 2"' : ''}/>`;
    case 'circle':
      return `<circle cx="${num(s.cx)}" cy="${num(s.cy)}" r="${num(s.r)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.5"${s.dash ? ' stroke-dasharray="3 2"' : ''}/>`;
    case 'text':
      return `<text x="${num(s.x)}" y="${num(s.y)}" font-size="${s.size}"${s.weight === 'bold' ? ' font-weight="bold"' : ''}${s.italic ? ' font-style="italic"' : ''}${s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : ''} fill="${s.fill}" xml:space="preserve">${escapeXml(s.text)}</text>`;
    case 'event':
      return `<g class="event" data-event-id="${escapeXml(drawableText(s.id))}"><title>${escapeXml(s.tooltip)}</title>${s.children.map(shapeSvg).join('')}</g>`;
  }
}

/** The picture as a standalone SVG file: every piece of article text is XML text, never markup. */
export function pictureToSvg(picture: TimelinePicture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="nl-title nl-desc">
<title id="nl-title">${escapeXml(picture.title)}</title>
<desc id="nl-desc">${escapeXml(picture.description)}</desc>
<defs><pattern id="nl-uncertain" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="${STYLE.uncertain.fill}"/><rect width="3" height="7" fill="#f0c98a"/></pattern></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
${picture.shapes.map(shapeSvg).join('\n')}
</svg>
`;
}

export function timelineSvg(doc: NewslineDocument, opts: PictureOptions = {}): string {
  return pictureToSvg(layoutTimeline(doc, opts));
}
