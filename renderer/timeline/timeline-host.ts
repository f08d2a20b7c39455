import moment from 'moment';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import type { NewslineEvent } from '../../shared/document';
import type { NewslineStore, TimelineController } from '../store';
import { extentOf, toTimeline, type EventGroup, type EventItem } from './items';
import { boundsFor, labelAwareWindow, ZOOM_MIN } from './layout';

// The timeline is plain DOM code, not a React component: it is created as soon as the document is in the
// store, before React has even loaded, so the first thing the window paints is the timeline itself.

const BASE_OPTIONS: TimelineOptions = {
  height: '100%',
  stack: false,
  verticalScroll: true,
  horizontalScroll: false,
  zoomable: true,
  moveable: true,
  selectable: true,
  // Ctrl/Cmd-click adds an event to the selection, to merge or delete several at once.
  multiselect: true,
  showCurrentTime: false,
  groupOrder: 'order',
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  zoomMin: ZOOM_MIN,
  zoomFriction: 8,
  align: 'auto',
  // Dates are calendar days, not instants: draw the axis in UTC so no time zone shifts a day.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  tooltip: { followMouse: false, overflowMethod: 'flip', delay: 300 },
};

/**
 * Creates vis-timeline once, in container, and keeps it fed from the store through DataSets: new events
 * replace the data, selection changes update the selection, and nothing recreates the widget.
 */
export function mountTimeline(container: HTMLElement, store: NewslineStore): () => void {
  const itemsData = new DataSet<EventItem>();
  const groupsData = new DataSet<EventGroup>();
  const initial = prepare(store.getState().events, container, store.getState().restoredWindow);
  groupsData.add(initial.groups);
  itemsData.add(initial.items);
  let fed = store.getState().events;
  const timeline = new Timeline(container, itemsData as never, groupsData as never, {
    ...BASE_OPTIONS,
    ...initial.bounds,
    ...(initial.window ? { start: initial.window.start, end: initial.window.end } : {}),
  });
  // Given start/end, vis-timeline draws the fitted window straight away but keeps itself hidden until the
  // range first changes, which at launch it never does; its own flag says the range has been settled.
  (timeline as unknown as { initialRangeChangeDone: boolean }).initialRangeChangeDone = true;

  const zoomer = createZoomer(timeline);
  const controller: TimelineController = {
    zoom: (direction) => zoomer.zoom(direction),
    fit: () => fitAll(timeline, itemsData, container, true),
    reveal: (ids) => revealItems(timeline, itemsData, ids, zoomer.settledWindow()),
    getWindow: () => {
      const w = timeline.getWindow();
      return { start: w.start.valueOf(), end: w.end.valueOf() };
    },
  };
  store.getState().attachTimeline(controller);

  timeline.on('select', ({ items }: { items: string[] }) => {
    if (items.length > 1) store.getState().selectEvents(items, { fromTimeline: true });
    else if (items.length) store.getState().selectEvent(items[0], { fromTimeline: true });
    else store.getState().clearSelection();
  });
  // A row's title in the label column is as good a handle on the event as its mark.
  timeline.on('doubleClick', ({ item, group, what }: { item: string | null; group: string | null; what: string | null }) => {
    const id = item ?? (what === 'group-label' ? group : null);
    if (id) store.getState().startEdit(id);
  });
  timeline.on('click', ({ what, group }: { what: string | null; group: string | null }) => {
    if (what === 'group-label' && group) store.getState().selectEvent(group);
  });
  timeline.on('changed', () => {
    hideClippedRangeLabels(itemsData);
    const w = timeline.getWindow();
    showWindow(container, w.start.valueOf(), w.end.valueOf());
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  timeline.on('rangechanged', ({ byUser }: { byUser: boolean }) => {
    if (!byUser) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void store.getState().saveViewState(), 400);
  });

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.events !== fed) {
      fed = state.events;
      const next = prepare(state.events, container, state.restoredWindow);
      timeline.setOptions(next.bounds);
      if (next.window) timeline.setWindow(next.window.start, next.window.end, { animation: false });
      groupsData.clear();
      itemsData.clear();
      groupsData.add(next.groups);
      itemsData.add(next.items);
      timeline.setSelection(state.selectedIds);
    } else if (state.selectedIds !== prev.selectedIds) {
      timeline.setSelection(state.selectedIds);
      const changed = new Set([...state.selectedIds, ...prev.selectedIds]);
      groupsData.update(
        [...changed].filter((id) => groupsData.get(id)).map((id) => ({ id, className: state.selectedIds.includes(id) ? 'nl-row nl-row-selected' : 'nl-row' })),
      );
    }
  });

  // vis-timeline itself notices a new size only once a second; the panes change size as the divider moves.
  const resize = new ResizeObserver(() => timeline.redraw());
  resize.observe(container);

  return () => {
    resize.disconnect();
    clearTimeout(saveTimer);
    unsubscribe();
    store.getState().attachTimeline(null);
    timeline.destroy();
  };
}

/** Matches .nl-row-label's width in styles.css: the label column before vis-timeline has drawn it. */
const ROW_LABEL_COLUMN = 211;

function fitWindow(items: EventItem[], width: number) {
  return labelAwareWindow(
    items.map((item) => ({
      start: item.start.valueOf(),
      end: (item.end ?? item.start).valueOf(),
      // Before the first drawing the label has no width yet: estimate it from its length.
      label: item.type === 'point' ? Math.max(item.content.offsetWidth, item.content.textContent!.length * 7) : 0,
    })),
    width,
  );
}

/** Items, rows and the options (bounds and window) for a list of events, ready to hand to vis-timeline. */
function prepare(events: NewslineEvent[], container: HTMLElement, restored: { start: number; end: number } | null) {
  const { items, groups } = toTimeline(events);
  const extent = extentOf(events);
  const window = restored ?? fitWindow(items, container.clientWidth - (items.length ? ROW_LABEL_COLUMN : 0));
  return { items, groups, bounds: extent ? boundsFor(extent) : {}, window };
}

function fitAll(timeline: Timeline, items: DataSet<EventItem>, container: HTMLElement, animate: boolean) {
  const left = (timeline as unknown as { body: { domProps: { left: { width: number } } } }).body.domProps.left.width;
  const w = fitWindow(items.get(), container.clientWidth - left);
  if (!w) return;
  timeline.setWindow(w.start, w.end, { animation: animate ? { duration: 250, easingFunction: 'easeInOutQuad' } : false });
}

const ZOOM_STEP = 1.5;
const ZOOM_ANIMATION_MS = 200;

/**
 * Steps the zoom from where the last step was heading, not from the half-animated window: otherwise a held
 * + key restarts the animation every 30 ms and barely moves.
 */
function createZoomer(timeline: Timeline) {
  let target: { start: number; end: number } | null = null;
  let until = 0;
  /** Where the view is going: the zoom's target while it animates, else the window itself. */
  const settledWindow = () => {
    if (target && performance.now() < until) return target;
    const current = timeline.getWindow();
    return { start: current.start.valueOf(), end: current.end.valueOf() };
  };
  return {
    settledWindow,
    zoom(direction: 'in' | 'out') {
      const now = performance.now();
      const base = settledWindow();
      const center = (base.start + base.end) / 2;
      const half = ((base.end - base.start) / 2) * (direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP);
      const { zoomMin = 0, zoomMax = Infinity } = (timeline as unknown as { options: { zoomMin?: number; zoomMax?: number } }).options;
      const clamped = Math.min(Math.max(half, zoomMin / 2), zoomMax / 2);
      target = { start: center - clamped, end: center + clamped };
      until = now + ZOOM_ANIMATION_MS;
      timeline.setWindow(target.start, target.end, { animation: { duration: ZOOM_ANIMATION_MS, easingFunction: 'easeOutQuad' } });
    },
  };
}

/** Publishes the visible window on the container, for assistive tech and for tests to read. */
function showWindow(el: HTMLElement, start: number, end: number) {
  el.dataset.windowStart = String(Math.round(start));
  el.dataset.windowEnd = String(Math.round(end));
  const years = `${new Date(start).getUTCFullYear()} to ${new Date(end).getUTCFullYear()}`;
  el.setAttribute('aria-description', `Showing ${years}`);
}

/**
 * A range too short for its date text shows none rather than a cut-off fragment; the row title has it.
 * This runs after every drawing, animation frames included: it measures only ranges on screen, and all of
 * them before changing any, so the browser lays the page out once rather than once per range.
 */
function hideClippedRangeLabels(items: DataSet<EventItem>) {
  const measured: Array<[HTMLElement, boolean]> = [];
  for (const item of items.get()) {
    if (item.type !== 'range' || !item.content.isConnected) continue;
    const box = item.content.closest('.vis-item') as HTMLElement;
    measured.push([item.content, box.clientWidth < item.content.offsetWidth + 14]);
  }
  for (const [content, clipped] of measured) content.classList.toggle('nl-clipped', clipped);
}

/** Brings items into view: pans when they fit the current zoom, zooms out only when they do not. */
function revealItems(timeline: Timeline, items: DataSet<EventItem>, ids: string[], w: { start: number; end: number }) {
  let start = Infinity;
  let end = -Infinity;
  for (const id of ids) {
    const item = items.get(id);
    if (!item) continue;
    start = Math.min(start, item.start.valueOf());
    end = Math.max(end, (item.end ?? item.start).valueOf());
  }
  if (!Number.isFinite(start)) return;
  const ws = w.start;
  const we = w.end;
  const width = we - ws;
  const margin = width * 0.05;
  if (start >= ws + margin && end <= we - margin) return;
  const animation = { duration: 250, easingFunction: 'easeInOutQuad' as const };
  const center = (start + end) / 2;
  if (end - start <= width * 0.8) timeline.setWindow(center - width / 2, center + width / 2, { animation });
  else {
    const pad = (end - start) * 0.1;
    timeline.setWindow(start - pad, end + pad, { animation });
  }
}
