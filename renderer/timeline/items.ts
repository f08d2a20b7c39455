import { dateStyle, eventInterval, formatEventDate, isRange, isUncertain, shortEventDate } from '../../shared/dates';
import type { NewslineEvent } from '../../shared/document';

const HALF_DAY = 12 * 60 * 60 * 1000;

export interface EventItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  content: HTMLElement;
  className: string;
}

export interface EventGroup {
  id: string;
  content: HTMLElement;
  order: number;
  className: string;
}

/**
 * vis-timeline keeps its items and groups in plain objects keyed by id, so an event id such as "__proto__"
 * would replace that object's prototype and blank the timeline. It is only ever given ids with a prefix;
 * the event's own id stays on the nodes' data-event-id and comes back through fromVisId.
 */
const VIS_PREFIX = 'e:';
export const toVisId = (eventId: string): string => VIS_PREFIX + eventId;
export const fromVisId = (visId: string): string => visId.slice(VIS_PREFIX.length);

function textNode(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  // textContent, never innerHTML: event text is data and never becomes markup.
  el.textContent = text;
  return el;
}

/** The row's label in the left column: the event's title over its date. */
export function rowLabel(event: NewslineEvent, doc: Document = document): HTMLElement {
  const root = doc.createElement('span');
  root.className = `nl-row-label nl-row-label--${dateStyle(event.date)}`;
  root.dataset.eventId = event.id;
  root.append(textNode(doc, 'span', 'nl-row-title', event.title), textNode(doc, 'span', 'nl-row-date', formatEventDate(event.date)));
  return root;
}

/** On the time axis itself only the short date: the title already heads the row. */
export function itemContent(event: NewslineEvent, doc: Document = document): HTMLElement {
  const el = textNode(doc, 'span', 'nl-item-date', shortEventDate(event.date));
  el.dataset.eventId = event.id;
  return el;
}

/**
 * Items carry no `title`: vis-timeline shows an item's title as a tooltip set with innerHTML, and article
 * text is never markup. The row label beside each item already reads the title and the date.
 *
 * One row per event, in time order, titled in a label column: labels then never collide or run off the
 * edge, however far the user zooms, and same-day events sit one under the other, each readable.
 */
export function toTimeline(events: NewslineEvent[], doc: Document = document): { items: EventItem[]; groups: EventGroup[] } {
  const items = events.map((event): EventItem => {
    const { start, end } = eventInterval(event.date);
    const range = isRange(event.date);
    const style = dateStyle(event.date);
    return {
      id: toVisId(event.id),
      group: toVisId(event.id),
      // A day-precise point sits mid-day, in the middle of its day on the axis.
      start: new Date(range ? start : start + HALF_DAY),
      end: range ? new Date(end) : undefined,
      type: range ? 'range' : 'point',
      content: itemContent(event, doc),
      className: `nl-item nl-${style}${isUncertain(event.date) ? ' nl-is-uncertain' : ''}`,
    };
  });
  const groups = events.map((event, order) => ({ id: toVisId(event.id), content: rowLabel(event, doc), order, className: 'nl-row' }));
  return { items, groups };
}

/** The time the events cover, for fitting and for bounding how far one may pan and zoom out. */
export function extentOf(events: NewslineEvent[]): { start: number; end: number } | null {
  if (events.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    const i = eventInterval(e.date);
    start = Math.min(start, i.start);
    end = Math.max(end, i.end);
  }
  return { start, end };
}
