import { basisLabel, formatEventDate } from '../dates';
import { DATE_MODS, DOCUMENT_FORMAT, DOCUMENT_VERSION, type DateMod, type EventDate, type NewslineDocument, type NewslineEvent } from '../document-core';
import { parseTimeValue, spanOf, timeValueOf, toTimePoint, type TimePoint } from '../time-value';
import type { ImportWarning } from '../warnings';
import { documentTitle, escapeHtml, exportedEvents, eventSource, groupOf, quotesOf, safeHttpUrl, sourceDetails, type ExportOptions } from './common';

// Newsline <-> TimelineJS3 (Knight Lab) JSON. A date carries only the fields its precision supports; where
// TimelineJS's own rendering would claim more than we know (a guessed year, "before", a decade), display_date
// says it in words. Reading back, display_date in Newsline's own words restores those qualifiers exactly.

export interface TimelineJsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: { url?: string; caption?: string; credit?: string; thumbnail?: string };
  group?: string;
  unique_id?: string;
  background?: unknown;
}

export interface TimelineJsTimeline {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: unknown[];
  scale?: 'human' | 'cosmological';
}

// ---------------------------------------------------------------------------------------------------------
// Export

function timelineDate(p: TimePoint, side: 'start' | 'end'): TimelineJsDate {
  switch (p.precision) {
    case 'decade':
      // TimelineJS has no decade: the decade's first or last year, and the date's own display_date names
      // the decade, so reading it back can tell "the 1970s" from "1970".
      return { year: side === 'start' ? p.year : p.year + 9, display_date: `${p.year}s` };
    case 'year':
      return { year: p.year };
    case 'month':
      return { year: p.year, month: p.month! };
    case 'day':
      return { year: p.year, month: p.month!, day: p.day! };
  }
}

/** True when TimelineJS's own date label would not say what we know: then display_date says it. */
function needsDisplayDate(date: EventDate): boolean {
  if (date.mod || date.yearUncertain) return true;
  return toTimePoint(date.start).precision === 'decade' || (date.end !== undefined && toTimePoint(date.end).precision === 'decade');
}

/** The slide's text: the quote(s), the source they come from, and where the date comes from. All escaped. */
function slideText(doc: NewslineDocument, event: NewslineEvent): string {
  const parts: string[] = [];
  for (const quote of quotesOf(doc, event)) parts.push(`<blockquote>“${escapeHtml(quote)}”</blockquote>`);
  const source = eventSource(doc, event);
  if (source) {
    const url = safeHttpUrl(source.url);
    const title = url ? `<a href="${escapeHtml(url)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
    const details = sourceDetails(source);
    parts.push(`<p class="newsline-source">— ${title}${details ? `, ${escapeHtml(details)}` : ''}</p>`);
  }
  const provenance = [basisLabel(event.date), event.date.note].filter(Boolean).join('. ');
  parts.push(`<p class="newsline-date">Date: ${escapeHtml(provenance)}</p>`);
  if (event.note) parts.push(`<p class="newsline-note">${escapeHtml(event.note)}</p>`);
  return parts.join('');
}

export function eventToSlide(doc: NewslineDocument, event: NewslineEvent): TimelineJsSlide {
  const start = toTimePoint(event.date.start);
  const slide: TimelineJsSlide = { start_date: timelineDate(start, 'start') };
  // A range that ends on its own start is that one date: TimelineJS would show it as "740 – 740".
  if (event.date.end !== undefined && event.date.end !== event.date.start) slide.end_date = timelineDate(toTimePoint(event.date.end), 'end');
  else if (start.precision === 'decade') slide.end_date = timelineDate(start, 'end');
  if (needsDisplayDate(event.date)) slide.display_date = formatEventDate(event.date);
  slide.text = { headline: escapeHtml(event.title), text: slideText(doc, event) };
  const group = groupOf(doc, event);
  if (group) slide.group = group;
  slide.unique_id = event.id;
  return slide;
}

function titleSlide(doc: NewslineDocument): TimelineJsSlide {
  const lines = doc.sources.map((source) => {
    const url = safeHttpUrl(source.url);
    const title = url ? `<a href="${escapeHtml(url)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
    const details = sourceDetails(source);
    return `<p>${title}${details ? `, ${escapeHtml(details)}` : ''}</p>`;
  });
  lines.push('<p>Made with Newsline: every event quotes the sentence it comes from, and no date is more precise than the text supports.</p>');
  return { text: { headline: escapeHtml(documentTitle(doc) || 'Timeline'), text: lines.join('') } };
}

/** The document as a TimelineJS3 timeline: the article is the title slide, each event a slide, in time order. */
export function toTimelineJs(doc: NewslineDocument, opts: ExportOptions = {}): TimelineJsTimeline {
  return { title: titleSlide(doc), events: exportedEvents(doc, opts).map((e) => eventToSlide(doc, e)) };
}

// ---------------------------------------------------------------------------------------------------------
// Import

// Null-prototype: an entity name is data, and "&constructor;" must find nothing, not Object's constructor.
const ENTITIES: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' });

/** HTML from a slide as plain text: tags dropped (block ends become line breaks), entities decoded. Never parsed as a DOM. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|blockquote|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export class TimelineJsError extends Error {}

function integer(value: unknown, what: string, where: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n)) throw new TimelineJsError(`${where}: ${what} "${String(value)}" is not a whole number`);
  return n;
}

/** A TimelineJS date as a Newsline time value, as precise as its fields: year; year and month; full date. */
function timeValueFrom(date: TimelineJsDate, where: string, side: 'start' | 'end'): string {
  const year = integer(date.year, 'year', where);
  if (year === undefined) throw new TimelineJsError(`${where}: the date has no year`);
  if (year < 0 || year > 9999) throw new TimelineJsError(`${where}: year ${year} is outside what Newsline can place (0 to 9999)`);
  // A decade, written the way we export one: its first (or last) year, named "1970s" by the date itself.
  const decade = /^(\d{0,3})0s$/.exec(String(date.display_date ?? '').trim());
  if (decade && date.month === undefined && year === Number(decade[1]) * 10 + (side === 'start' ? 0 : 9)) {
    return decade[1].padStart(3, '0');
  }
  const month = integer(date.month, 'month', where);
  const day = month === undefined ? undefined : integer(date.day, 'day', where);
  const point: TimePoint =
    month === undefined ? { precision: 'year', year } : day === undefined ? { precision: 'month', year, month } : { precision: 'day', year, month, day };
  const value = timeValueOf(point);
  const parsed = parseTimeValue(value);
  if (typeof parsed === 'string') throw new TimelineJsError(`${where}: ${parsed}`);
  return value;
}

/** The slide's date: precision from its fields, qualifiers (before, after, about, year uncertain, decade) from display_date in our words. */
export function slideDate(slide: TimelineJsSlide, where: string): { date: EventDate; unmatchedDisplay?: string } {
  if (!slide.start_date) throw new TimelineJsError(`${where}: the slide has no start_date`);
  const start = timeValueFrom(slide.start_date, `${where} start_date`, 'start');
  let end = slide.end_date && slide.end_date.year !== undefined && slide.end_date.year !== '' ? timeValueFrom(slide.end_date, `${where} end_date`, 'end') : undefined;
  if (end !== undefined) {
    if (end === start) end = undefined;
    else if (spanOf(toTimePoint(end)).end <= spanOf(toTimePoint(start)).start) {
      throw new TimelineJsError(`${where}: the slide ends (${end}) before it starts (${start})`);
    }
  }
  const base = { basis: 'imported' as const };
  const display = slide.display_date?.trim();
  if (display) {
    const mods: Array<DateMod | undefined> = [undefined, ...DATE_MODS];
    for (const variant of [{ start, end }]) {
      for (const mod of mods) {
        for (const yearUncertain of [false, true]) {
          const candidate: EventDate = {
            start: variant.start,
            ...(variant.end !== undefined ? { end: variant.end } : {}),
            ...(mod ? { mod } : {}),
            ...(yearUncertain ? { yearUncertain } : {}),
            ...base,
          };
          if (formatEventDate(candidate) === display) return { date: candidate };
        }
      }
    }
  }
  const date: EventDate = { start, ...(end !== undefined ? { end } : {}), ...base };
  return display && display !== formatEventDate(date) ? { date, unmatchedDisplay: display } : { date };
}

export interface TimelineImport {
  document: NewslineDocument;
  warnings: ImportWarning[];
}

const ID = /^[A-Za-z][\w-]*$/;

/**
 * A TimelineJS3 timeline as a Newsline document: each slide an event with the precision its fields give,
 * basis and origin 'imported', and its text (the evidence) kept as a note, since there is no article.
 */
export function fromTimelineJs(data: unknown, fallbackTitle: string): TimelineImport {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TimelineJsError('this is not a TimelineJS timeline: expected an object with "events"');
  const timeline = data as Partial<TimelineJsTimeline>;
  if (!Array.isArray(timeline.events)) throw new TimelineJsError('this is not a TimelineJS timeline: it has no "events" list');
  const warnings: ImportWarning[] = [];
  const events: NewslineEvent[] = [];
  const ids = new Set<string>();
  timeline.events.forEach((raw, i) => {
    const where = `slide ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) {
      warnings.push({ code: 'timelinejs-slide-not-object', slide: i + 1 });
      return;
    }
    const slide = raw as TimelineJsSlide;
    let parsed;
    try {
      parsed = slideDate(slide, where);
    } catch (err) {
      if (err instanceof TimelineJsError) {
        warnings.push({ code: 'timelinejs-slide-unplaced', slide: i + 1, problem: err.message });
        return;
      }
      throw err;
    }
    const headline = htmlToText(String(slide.text?.headline ?? ''));
    const body = htmlToText(String(slide.text?.text ?? ''));
    const title = (headline || body.split('\n')[0] || `Untitled event ${i + 1}`).slice(0, 160);
    let id = typeof slide.unique_id === 'string' && ID.test(slide.unique_id) ? slide.unique_id : `e${i + 1}`;
    while (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    const noteParts = [body];
    if (slide.media?.url) noteParts.push(`Media: ${slide.media.url}${slide.media.credit ? ` (${htmlToText(String(slide.media.credit))})` : ''}`);
    const note = noteParts.filter(Boolean).join('\n');
    const dateNote = ['Imported from TimelineJS', parsed.unmatchedDisplay ? `shown there as “${parsed.unmatchedDisplay}”` : ''].filter(Boolean).join(', ');
    events.push({
      id,
      title,
      date: { ...parsed.date, note: `${dateNote}.` },
      evidence: [],
      origin: 'imported',
      ...(note ? { note } : {}),
      ...(typeof slide.group === 'string' && slide.group.trim() ? { group: slide.group.trim() } : {}),
    });
  });
  if (Array.isArray(timeline.eras) && timeline.eras.length > 0) {
    warnings.push({ code: 'timelinejs-eras-dropped', count: timeline.eras.length });
  }
  const title = htmlToText(String(timeline.title?.text?.headline ?? '')) || fallbackTitle;
  return {
    document: { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, title, sources: [], events },
    warnings,
  };
}

/** The columns of TimelineJS's Google Sheets template, as its CSV export names them. */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

/** True when a CSV header row is TimelineJS's sheet template (Year and Headline at least). */
export function isSheetHeader(header: string[]): boolean {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  return names.has('year') && names.has('headline');
}

/** Rows of the Google Sheets template (header row first) as a TimelineJS timeline. */
export function sheetToTimeline(rows: string[][]): TimelineJsTimeline {
  const [header, ...body] = rows;
  const col = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const get = (row: string[], name: string) => (row[col.get(name.toLowerCase()) ?? -1] ?? '').trim();
  const timeline: TimelineJsTimeline = { events: [], eras: [] };
  for (const row of body) {
    if (row.every((cell) => cell.trim() === '')) continue;
    const slide: TimelineJsSlide = { text: { headline: get(row, 'Headline'), text: get(row, 'Text') } };
    if (get(row, 'Year')) slide.start_date = { year: get(row, 'Year'), month: get(row, 'Month'), day: get(row, 'Day') };
    if (get(row, 'End Year')) slide.end_date = { year: get(row, 'End Year'), month: get(row, 'End Month'), day: get(row, 'End Day') };
    if (get(row, 'Display Date')) slide.display_date = get(row, 'Display Date');
    if (get(row, 'Media')) slide.media = { url: get(row, 'Media'), credit: get(row, 'Media Credit'), caption: get(row, 'Media Caption') };
    if (get(row, 'Group')) slide.group = get(row, 'Group');
    const type = get(row, 'Type').toLowerCase();
    if (type === 'title') timeline.title = slide;
    else if (type === 'era') timeline.eras!.push(slide);
    else timeline.events.push(slide);
  }
  return timeline;
}
