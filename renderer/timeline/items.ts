import { dateStyle, eventInterval, formatEventDate, isRange, isUncertain, shortEventDate } from '../../shared/dates';
import type { NewslineEvent } from '../../shared/document';
import { formatSpan, type ClusterPlan } from './overview';

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
 * would replace that object's prototype and blank the timeline, and "constructor" or "toString" would find a
 * function. It is only ever given prefixed ids: 'e:' for an event's item, 'g:' for a row or lane. The data's
 * own ids stay on the nodes' data-event-id and come back through fromItemId / fromGroupId. Cluster ids
 * ('cluster:…', overview.ts) are already prefixed and never collide with 'e:'.
 */
const ITEM_PREFIX = 'e:';
const GROUP_PREFIX = 'g:';
export const toItemId = (eventId: string): string => ITEM_PREFIX + eventId;
export const toGroupId = (id: string): string => GROUP_PREFIX + id;
/** The event id behind a vis item id, or null for anything else (a cluster). */
export const fromItemId = (itemId: string): string | null => (itemId.startsWith(ITEM_PREFIX) ? itemId.slice(ITEM_PREFIX.length) : null);
export const fromGroupId = (groupId: string): string | null => (groupId.startsWith(GROUP_PREFIX) ? groupId.slice(GROUP_PREFIX.length) : null);

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
  // The tooltip is the title attribute, set as text: a two-line clamp may hide the end of a long title.
  root.title = `${event.title} (${formatEventDate(event.date)})`;
  root.append(textNode(doc, 'span', 'nl-row-title', event.title), textNode(doc, 'span', 'nl-row-date', formatEventDate(event.date)));
  return root;
}

/** On the time axis itself only the short date: the title already heads the row. */
export function itemContent(event: NewslineEvent, doc: Document = document): HTMLElement {
  const el = textNode(doc, 'span', 'nl-item-date', shortEventDate(event.date));
  el.dataset.eventId = event.id;
  el.title = `${event.title} (${formatEventDate(event.date)})`;
  focusable(el, `${event.title}, ${formatEventDate(event.date)}`);
  return el;
}

/** Items are reached with Tab and opened with Enter or Space (timeline-host.ts listens). */
function focusable(el: HTMLElement, label: string) {
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
}

/** In shared lanes there is no row title: the item carries its own, cut short, with the rest on hover. */
export function laneContent(event: NewslineEvent, doc: Document = document): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'nl-lane-item';
  el.dataset.eventId = event.id;
  el.title = `${event.title} (${formatEventDate(event.date)})`;
  el.append(textNode(doc, 'span', 'nl-lane-title', event.title), textNode(doc, 'span', 'nl-item-date', shortEventDate(event.date)));
  focusable(el, `${event.title}, ${formatEventDate(event.date)}`);
  return el;
}

function itemBase(event: NewslineEvent) {
  const { start, end } = eventInterval(event.date);
  const range = isRange(event.date);
  return {
    id: toItemId(event.id),
    // A day-precise point sits mid-day, in the middle of its day on the axis.
    start: new Date(range ? start : start + HALF_DAY),
    // No `end` key at all on a point: vis-timeline's focus() reads `'end' in item` and calls end.valueOf().
    ...(range ? { end: new Date(end) } : {}),
    type: range ? ('range' as const) : ('point' as const),
    className: `nl-item nl-${dateStyle(event.date)}${isUncertain(event.date) ? ' nl-is-uncertain' : ''}`,
  };
}

/** An event in a shared lane (one lane per source). */
export function laneItem(event: NewslineEvent, source: string, doc: Document = document): EventItem {
  return { ...itemBase(event), group: toGroupId(source), content: laneContent(event, doc) };
}

/**
 * A dense stretch folded into one mark: how many events, over which dates. Clicking it zooms in. `hits` of
 * them match the search: the cluster says so, since the matches inside it are not drawn on their own.
 */
export function clusterItem(cluster: ClusterPlan, doc: Document = document, hits = 0): EventItem {
  const el = doc.createElement('span');
  el.className = 'nl-cluster-label';
  el.dataset.clusterId = cluster.id;
  const span = formatSpan(cluster.start, cluster.end);
  const matching = hits ? `${hits} matching the search` : '';
  el.title = `${cluster.count} events, ${span}${matching ? ` (${matching})` : ''}. Click to zoom in.`;
  // The mark comes first: a cluster at the panel's edge is cut short from its end.
  if (hits) el.append(textNode(doc, 'mark', 'nl-cluster-hits', hits === 1 ? '1 match' : `${hits} matches`));
  el.append(textNode(doc, 'strong', 'nl-cluster-count', `${cluster.count} events`), textNode(doc, 'span', 'nl-item-date', span));
  focusable(el, `${cluster.count} events, ${span}${matching ? `, ${matching}` : ''}: zoom in`);
  return {
    id: cluster.id,
    group: toGroupId(cluster.source),
    start: new Date((cluster.start + cluster.end) / 2),
    type: 'point',
    content: el,
    className: hits ? 'nl-cluster nl-search-match' : 'nl-cluster',
  };
}

/**
 * One row per event, in time order, titled in a label column: labels then never collide or run off the
 * edge, however far the user zooms, and same-day events sit one under the other, each readable.
 */
export function toTimeline(events: NewslineEvent[], doc: Document = document): { items: EventItem[]; groups: EventGroup[] } {
  const items = events.map((event): EventItem => ({ ...itemBase(event), group: toGroupId(event.id), content: itemContent(event, doc) }));
  const groups = events.map((event, order) => ({ id: toGroupId(event.id), content: rowLabel(event, doc), order, className: 'nl-row' }));
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
