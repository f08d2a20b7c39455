import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { eventInterval } from '../../shared/dates';
import type { NewslineEvent } from '../../shared/document';
import type { NewslineStore, TimelineController } from '../store';
import { selectCurrentHit, selectSearch, selectShownEvents } from '../store/filter-slice';
import { clusterItem, extentOf, fromGroupId, fromItemId, laneItem, toGroupId, toItemId, toTimeline, type EventGroup, type EventItem } from './items';
import { boundsFor, labelAwareWindow, ZOOM_MIN } from './layout';
import { isClusterId, planStillFits, planView, type ClusterPlan, type Entry, type Plan } from './overview';
import { sourceIdOf, sourcesOf } from './sources';
import { createTimeline, settleInitialWindow, visParts } from './vis-internals';

// vis-timeline inside the element TimelineHost.tsx renders: created once when that element is mounted,
// fed from the store through DataSets, and never recreated by React's renders.
//
// Two layouts. While the events fit, each has a row of its own, titled in the label column. Beyond that
// they share one lane per source article, stacked so labels never overlap, and only what the view needs is
// handed to vis-timeline: the events near the window, dense stretches folded into clusters (overview.ts).

/** Rows per event only while they fit: never more than this, and fewer when the pane is short. */
export const ROW_LIMIT = 40;
const ROW_HEIGHT = 44;

const BASE_OPTIONS: TimelineOptions = {
  height: '100%',
  // The container's ResizeObserver (below) redraws it when its size changes. vis-timeline's own watch reads the
  // root's size at creation and then once a second, each read laying out the page.
  autoResize: false,
  stack: false,
  verticalScroll: true,
  horizontalScroll: false,
  // The wheel zooms and only zooms; without this a wheel-down also scrolled the rows by 192 px.
  preferZoom: true,
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
};

const ANIMATION = { duration: 250, easingFunction: 'easeInOutQuad' as const };

type Layout = 'rows' | 'lanes';

export function layoutFor(count: number, paneHeight: number): Layout {
  const fits = Math.floor(paneHeight / ROW_HEIGHT);
  return count <= Math.min(ROW_LIMIT, Math.max(12, fits)) ? 'rows' : 'lanes';
}

/** The width of the label column as drawn, or as styles.css sets it before the first drawing. */
function labelColumnWidth(container: HTMLElement): number {
  const left = visParts(container).labelPanel();
  if (left && left.offsetWidth) return left.offsetWidth;
  return parseFloat(getComputedStyle(container).getPropertyValue('--nl-label-width')) || 211;
}

/**
 * Creates vis-timeline once, in container, and keeps it fed from the store through DataSets: new events
 * replace the data, selection changes update the selection, and nothing recreates the widget.
 */
export function mountTimeline(container: HTMLElement, store: NewslineStore): () => void {
  const vis = visParts(container);
  const itemsData = new DataSet<EventItem>();
  const groupsData = new DataSet<EventGroup>();
  // In a narrow pane the title column gives way, so the time axis keeps room for its dates.
  let appliedLabelWidth = 0;
  const applyLabelWidth = (px: number) => {
    const width = Math.round(Math.min(px, Math.max(120, container.clientWidth * 0.4)));
    if (width === appliedLabelWidth) return false;
    appliedLabelWidth = width;
    container.style.setProperty('--nl-label-width', `${width}px`);
    return true;
  };
  applyLabelWidth(store.getState().labelWidth);

  // What is loaded: the layout, the events by id and, in lanes, the entries planned from.
  let layout = 'rows' as Layout;
  let byId = new Map<string, NewslineEvent>();
  let entries: Entry[] = [];
  /** In lanes: the events' extent and the latest point's start, found while the entries are made. */
  let lanesExtent: { start: number; end: number; lastPoint: number } | null = null;
  let plan: Plan | null = null;
  let laneCache = new Map<string, EventItem>();
  let bounds: { min?: number; max?: number; zoomMax?: number } = {};
  // What is fed is what the filter shows; search matches are a class on their items (and rows).
  let fed = selectShownEvents(store.getState());
  let matched: ReadonlySet<string> = selectSearch(store.getState()).eventSet;
  let currentHit: string | null = null;
  const searchClass = (id: string) => (id === currentHit ? ' nl-search-match nl-search-current' : matched.has(id) ? ' nl-search-match' : '');
  const decorate = (item: EventItem): EventItem => {
    const extra = searchClass(fromItemId(item.id) ?? '');
    return extra ? { ...item, className: item.className + extra } : item;
  };
  const rowClass = (id: string) => `nl-row${store.getState().selectedIds.includes(id) ? ' nl-row-selected' : ''}${searchClass(id)}`;

  const centerWidth = () => {
    const center = vis.itemPanel();
    return Math.max(center?.clientWidth || container.clientWidth - labelColumnWidth(container), 100);
  };
  const selectedSet = () => new Set(store.getState().selectedIds);

  function load(events: NewslineEvent[]) {
    layout = layoutFor(events.length, container.clientHeight);
    byId = new Map(events.map((e) => [e.id, e]));
    laneCache = new Map();
    plan = null;
    container.dataset.layout = layout;
    if (layout === 'rows') {
      entries = [];
      lanesExtent = null;
      const extent = extentOf(events);
      bounds = extent ? boundsFor(extent) : {};
      const rows = toTimeline(events);
      return { items: rows.items.map(decorate), groups: rows.groups.map((g) => ({ ...g, className: rowClass(fromGroupId(g.id)!) })), stack: false };
    }
    // One pass over the events for everything the first frame needs of them all: the planner's entries, their
    // lanes, the bounds and what Fit all frames. At 10,000 events each further pass held that frame back.
    entries = new Array<Entry>(events.length);
    const used = new Set<string>();
    let start = Infinity;
    let end = -Infinity;
    let lastPoint = -Infinity;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const interval = eventInterval(e.date);
      const source = sourceIdOf(e);
      entries[i] = { id: e.id, start: interval.start, end: interval.end, source };
      used.add(source);
      if (interval.start < start) start = interval.start;
      if (interval.end > end) end = interval.end;
      if (!e.date.end && interval.start > lastPoint) lastPoint = interval.start;
    }
    lanesExtent = events.length ? { start, end, lastPoint } : null;
    bounds = lanesExtent ? boundsFor(lanesExtent) : {};
    const groups = sourcesOf(store.getState().document)
      .filter((s) => used.has(s.id))
      .map((s, order): EventGroup => ({ id: toGroupId(s.id), content: sourceLabel(s.title, s.id), order, className: 'nl-row nl-lane' }));
    for (const id of used) if (!groups.some((g) => g.id === toGroupId(id))) groups.push({ id: toGroupId(id), content: sourceLabel(id, id), order: groups.length, className: 'nl-row nl-lane' });
    return { items: [] as EventItem[], groups, stack: true };
  }

  function fitWindow(): { start: number; end: number } | null {
    const width = centerWidth();
    if (layout === 'rows') {
      return labelAwareWindow(
        itemsData.get().map((item) => ({
          start: item.start.valueOf(),
          end: (item.end ?? item.start).valueOf(),
          // Before the first drawing the label has no width yet: estimate it from its length.
          label: item.type === 'point' ? Math.max(item.content.offsetWidth, item.content.textContent!.length * 7) : 0,
        })),
        width,
      );
    }
    if (!lanesExtent) return null;
    // Frame the events, with room for the latest point's label start only: a full label's room would push
    // the end decades past the last event in a narrow pane. The label's tooltip and the list have the rest.
    const { start, end, lastPoint } = lanesExtent;
    return labelAwareWindow([{ start, end, label: 0 }, ...(Number.isFinite(lastPoint) ? [{ start: lastPoint, end: lastPoint, label: Math.round(width * 0.12) }] : [])], width);
  }

  /** A cluster's item, saying how many of the events folded in match the search. */
  function matchingCluster(c: ClusterPlan): EventItem {
    let hits = 0;
    if (matched.size) for (const id of c.members) if (matched.has(id)) hits++;
    return clusterItem(c, document, hits);
  }

  /** Hands vis-timeline what the window needs (lanes only): adds, removes and updates by its (prefixed) id. */
  function replan(window = currentWindow()) {
    if (layout !== 'lanes') return;
    plan = planView(entries, window, centerWidth(), selectedSet());
    const wanted = new Map<string, EventItem>();
    for (const p of plan.items) {
      if (p.kind === 'event') {
        let item = laneCache.get(p.id);
        if (!item) {
          const e = byId.get(p.id)!;
          item = laneItem(e, sourceIdOf(e));
          laneCache.set(p.id, item);
        }
        wanted.set(toItemId(p.id), decorate(item));
      } else wanted.set(p.id, matchingCluster(p));
    }
    const remove: string[] = [];
    const update: EventItem[] = [];
    for (const id of itemsData.getIds() as string[]) {
      const next = wanted.get(id);
      if (!next) remove.push(id);
      else {
        // A cluster keeps its id at one zoom level; only its count and span may change.
        const old = itemsData.get(id)!;
        if (isClusterId(id) && old.content.textContent !== next.content.textContent) update.push(next);
        wanted.delete(id);
      }
    }
    if (remove.length) itemsData.remove(remove);
    if (update.length) itemsData.update(update);
    if (wanted.size) itemsData.add([...wanted.values()]);
    container.dataset.planned = String(itemsData.length);
  }

  const first = load(fed);
  const restored = store.getState().restoredWindow;
  groupsData.add(first.groups);
  itemsData.add(first.items);
  const firstWindow = restored ?? fitWindow();
  // In lanes vis-timeline gets its window first and the planned items after (moveToEvents), as when the
  // document arrives after it was created: an item added inside the window it shows is drawn and measured on
  // its own, a layout of the page each, where items already there when the window comes are drawn together.
  let initialWindow = layout === 'lanes' ? null : firstWindow;
  const timeline = createTimeline(Timeline, container, itemsData, groupsData, {
    ...BASE_OPTIONS,
    ...bounds,
    stack: first.stack,
    ...(initialWindow ? { start: initialWindow.start, end: initialWindow.end } : {}),
  });
  // Whether vis-timeline has been given a window to show: until then (created before the document arrived,
  // with no events, or in lanes) the first events fed to it set one.
  let windowGiven = initialWindow !== null;
  if (initialWindow) settleInitialWindow(timeline);
  initialWindow = null;
  if (layout === 'lanes' && firstWindow) moveToEvents(firstWindow, {});

  /**
   * Shows the window of events just handed over, with these options: in lanes the items it needs are planned
   * and added before vis-timeline moves there, so they are drawn in one pass with the window, not one by one.
   */
  function moveToEvents(w: { start: number; end: number } | null, options: TimelineOptions) {
    if (w && layout === 'lanes') replan(w);
    // The first window is an option too: vis-timeline sets its options' window (or, without one, fits its
    // own way, which ignores labels) once it has drawn for the first time, which may be after this.
    timeline.setOptions({ ...options, ...(w && !windowGiven ? { start: w.start, end: w.end } : {}) });
    if (!w) return;
    timeline.setWindow(w.start, w.end, { animation: false });
    if (!windowGiven) settleInitialWindow(timeline);
    windowGiven = true;
  }

  // The title column scrolls on its own: keyboard users must be able to reach and scroll it too.
  const titles = vis.labelPanel();
  if (titles) {
    titles.tabIndex = 0;
    titles.setAttribute('role', 'group');
    titles.setAttribute('aria-label', 'Event titles');
  }

  /** vis-timeline's "_change" event without `queue` is the synchronous redraw its own updates use. */
  function drawNow() {
    (timeline as unknown as { emit(event: string): void }).emit('_change');
  }

  function currentWindow() {
    const w = timeline.getWindow();
    return { start: w.start.valueOf(), end: w.end.valueOf() };
  }

  const zoomer = createZoomer(timeline, () => bounds, () => selectionSpan(store.getState().selectedIds, byId));

  const controller: TimelineController = {
    zoom: (direction) => zoomer.zoom(direction),
    fit: (opts) => {
      const w = fitWindow();
      if (!w) return;
      if (opts?.animate !== false) {
        timeline.setWindow(w.start, w.end, { animation: ANIMATION });
        return;
      }
      timeline.setWindow(w.start, w.end, { animation: false });
      // Even unanimated, vis-timeline draws on the next animation frame, and a print takes the page before
      // that frame.
      drawNow();
    },
    reveal: (ids) => reveal(ids),
    getWindow: currentWindow,
    drawNow: () => {
      if (windowGiven) drawNow();
    },
  };
  store.getState().attachTimeline(controller);

  function zoomToCluster(id: string) {
    const c = plan?.items.find((p) => p.id === id) as ClusterPlan | undefined;
    if (!c) return;
    const pad = Math.max((c.end - c.start) * 0.1, ZOOM_MIN / 2);
    timeline.setWindow(c.start - pad, c.end + pad, { animation: ANIMATION });
  }

  timeline.on('select', ({ items }: { items: string[] }) => {
    if (items.length > 1) {
      const events = items.map(fromItemId).filter((x): x is string => x !== null);
      store.getState().selectEvents(events, { fromTimeline: true });
      return;
    }
    const id = items[0];
    const eventId = id ? fromItemId(id) : null;
    if (id && isClusterId(id)) {
      // A cluster is not an event: it opens by zooming in, and the selection stays what it was.
      timeline.setSelection(store.getState().selectedIds.map(toItemId));
      zoomToCluster(id);
    } else if (eventId !== null) store.getState().selectEvent(eventId, { fromTimeline: true });
    else store.getState().clearSelection();
  });
  // A row's title in the label column is as good a handle on the event as its mark.
  timeline.on('doubleClick', ({ item, group, what }: { item: string | null; group: string | null; what: string | null }) => {
    const id = item ? fromItemId(item) : what === 'group-label' && group && layout === 'rows' ? fromGroupId(group) : null;
    if (id !== null) store.getState().startEdit(id);
  });
  timeline.on('click', ({ what, group }: { what: string | null; group: string | null }) => {
    const id = what === 'group-label' && group && layout === 'rows' ? fromGroupId(group) : null;
    if (id !== null) store.getState().selectEvent(id);
  });

  // Keyboard: the items are focusable; Enter or Space on one selects it (or opens a cluster).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const target = e.target as HTMLElement;
    const eventId = target.dataset.eventId;
    const clusterId = target.dataset.clusterId;
    if (!eventId && !clusterId) return;
    e.preventDefault();
    if (clusterId) zoomToCluster(clusterId);
    else if (eventId) store.getState().selectEvent(eventId);
  };
  container.addEventListener('keydown', onKeyDown);

  let replanQueued = false;
  const replanSoon = () => {
    if (replanQueued || layout !== 'lanes') return;
    replanQueued = true;
    requestAnimationFrame(() => {
      replanQueued = false;
      if (!plan || !planStillFits(plan, currentWindow(), centerWidth())) replan();
    });
  };
  timeline.on('rangechange', replanSoon);
  timeline.on('changed', () => {
    fitItemLabels(container);
    const w = currentWindow();
    showWindow(container, w.start, w.end);
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  timeline.on('rangechanged', ({ byUser }: { byUser: boolean }) => {
    replanSoon();
    if (!byUser) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void store.getState().saveViewState(), 400);
  });

  function markSelectedRows(selected: string[], previous: string[]) {
    if (layout !== 'rows') return;
    const changed = new Set([...selected, ...previous]);
    groupsData.update([...changed].filter((id) => groupsData.get(toGroupId(id))).map((id) => ({ id: toGroupId(id), className: rowClass(id) })));
  }

  /** Marks the search's matches, and the hit Enter went to, on the items drawn (and their rows). */
  function markMatches(next: ReadonlySet<string>, nextCurrent: string | null) {
    const changed = new Set<string>();
    for (const id of matched) if (!next.has(id)) changed.add(id);
    for (const id of next) if (!matched.has(id)) changed.add(id);
    if (currentHit !== nextCurrent) {
      if (currentHit) changed.add(currentHit);
      if (nextCurrent) changed.add(nextCurrent);
    }
    matched = next;
    currentHit = nextCurrent;
    if (!changed.size) return;
    const items: EventItem[] = [];
    for (const id of changed) {
      const item = itemsData.get(toItemId(id));
      if (item) items.push({ ...item, className: item.className.replace(/ nl-search-\w+/g, '') + searchClass(id) });
    }
    // Clusters hold events that are not drawn on their own: each says how many of them match.
    for (const p of plan?.items ?? []) {
      if (p.kind !== 'cluster') continue;
      const next = matchingCluster(p);
      if (itemsData.get(p.id)?.content.textContent !== next.content.textContent) items.push(next);
    }
    if (items.length) itemsData.update(items);
    if (layout === 'rows') groupsData.update([...changed].filter((id) => groupsData.get(toGroupId(id))).map((id) => ({ id: toGroupId(id), className: rowClass(id) })));
  }

  /** Brings items, and their rows, into view: leaves the view alone when they are already in it. */
  function reveal(ids: string[]) {
    const span = selectionSpan(ids, byId);
    if (!span) return;
    if (layout === 'lanes') {
      if (ids.some((id) => !itemsData.get(toItemId(id)))) replan();
      const w = zoomer.settledWindow();
      const margin = (w.end - w.start) * 0.05;
      const across = span.start >= w.start + margin && span.end <= w.end - margin;
      // vis-timeline's focus pans, and scrolls the stacked lane to the item. It reads every id it is given
      // as an item and throws on one it does not hold, so it is given only the drawn ones.
      const drawn = ids.map(toItemId).filter((id) => itemsData.get(id));
      if (drawn.length && (!across || !ids.every((id) => verticallyInView(container, id, layout)))) timeline.focus(drawn, { zoom: false, animation: ANIMATION });
      return;
    }
    // Rows: the title column scrolls natively (vis-timeline follows its scroll), so bring the first row in.
    const label = vis.labelRowOf(container.querySelector(`.nl-row-label[data-event-id="${CSS.escape(ids[0])}"]`));
    if (label && !verticallyInView(container, ids[0], layout)) label.scrollIntoView({ block: 'nearest' });
    panTo(span);
  }

  /** Pans when the span fits the current zoom, zooms out only when it does not. */
  function panTo(span: { start: number; end: number }) {
    const w = zoomer.settledWindow();
    const width = w.end - w.start;
    const margin = width * 0.05;
    if (span.start >= w.start + margin && span.end <= w.end - margin) return;
    const center = (span.start + span.end) / 2;
    if (span.end - span.start <= width * 0.8) timeline.setWindow(center - width / 2, center + width / 2, { animation: ANIMATION });
    else {
      const pad = (span.end - span.start) * 0.1;
      timeline.setWindow(span.start - pad, span.end + pad, { animation: ANIMATION });
    }
  }


  const unsubscribe = store.subscribe((state, prev) => {
    if (state.labelWidth !== prev.labelWidth && applyLabelWidth(state.labelWidth)) {
      timeline.redraw();
      replanSoon();
    }
    const shown = selectShownEvents(state);
    const search = selectSearch(state);
    const hit = selectCurrentHit(state);
    const hitId = hit?.kind === 'event' ? hit.eventId : null;
    if (shown !== fed) {
      fed = shown;
      matched = search.eventSet;
      currentHit = hitId;
      itemsData.clear();
      groupsData.clear();
      const next = load(shown);
      groupsData.add(next.groups);
      itemsData.add(next.items);
      moveToEvents(state.restoredWindow ?? fitWindow(), { ...bounds, stack: next.stack });
      timeline.setSelection(state.selectedIds.map(toItemId));
    } else if (search.eventSet !== matched || hitId !== currentHit) {
      markMatches(search.eventSet, hitId);
      if (state.selectedIds !== prev.selectedIds) {
        if (layout === 'lanes') replan();
        timeline.setSelection(state.selectedIds.map(toItemId));
        markSelectedRows(state.selectedIds, prev.selectedIds);
      }
    } else if (state.selectedIds !== prev.selectedIds) {
      // A selected event is always drawn as itself, never inside a cluster.
      if (layout === 'lanes') replan();
      timeline.setSelection(state.selectedIds.map(toItemId));
      markSelectedRows(state.selectedIds, prev.selectedIds);
    }
  });

  // vis-timeline itself notices a new size only once a second; the panes change size as the divider moves.
  const resize = new ResizeObserver(() => {
    applyLabelWidth(store.getState().labelWidth);
    timeline.redraw();
    replanSoon();
  });
  resize.observe(container);
  // The details card opening under the timeline shrinks it: the focused row must not end up beneath it. Watched
  // on the title column itself, whose height vis-timeline sets in its own time (later still on a busy machine).
  const keepFocusedRow = new ResizeObserver(() => {
    const focused = store.getState().focusedId;
    if (layout === 'rows' && focused && !verticallyInView(container, focused, layout)) {
      vis.labelRowOf(container.querySelector(`.nl-row-label[data-event-id="${CSS.escape(focused)}"]`))?.scrollIntoView({ block: 'nearest' });
    }
  });
  const labelPanel = vis.labelPanel();
  if (labelPanel) keepFocusedRow.observe(labelPanel);

  return () => {
    container.removeEventListener('keydown', onKeyDown);
    resize.disconnect();
    keepFocusedRow.disconnect();
    clearTimeout(saveTimer);
    unsubscribe();
    store.getState().attachTimeline(null);
    timeline.destroy();
  };
}

function sourceLabel(title: string, id: string): HTMLElement {
  const el = document.createElement('span');
  el.className = 'nl-row-label nl-lane-label';
  el.dataset.sourceId = id;
  el.title = title;
  const t = document.createElement('span');
  t.className = 'nl-row-title';
  t.textContent = title;
  el.append(t);
  return el;
}

/** The time the given events cover, as drawn (a day-precise point sits mid-day). */
function selectionSpan(ids: string[], byId: Map<string, NewslineEvent>): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const id of ids) {
    const e = byId.get(id);
    if (!e) continue;
    const i = eventInterval(e.date);
    start = Math.min(start, i.start);
    end = Math.max(end, i.end);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

/** Whether an event's row (rows) or its drawn item (lanes) is inside the timeline's scrolled area. */
function verticallyInView(container: HTMLElement, id: string, layout: Layout): boolean {
  const panel = layout === 'rows' ? visParts(container).labelPanel() : visParts(container).itemPanel();
  const el =
    layout === 'rows'
      ? container.querySelector(`.nl-row-label[data-event-id="${CSS.escape(id)}"]`)
      : container.querySelector(`.nl-lane-item[data-event-id="${CSS.escape(id)}"]`);
  if (!panel || !el) return false;
  const p = panel.getBoundingClientRect();
  const b = el.getBoundingClientRect();
  return b.height > 0 && b.top >= p.top - 1 && b.bottom <= p.bottom + 1;
}

const ZOOM_STEP = 1.5;
const ZOOM_ANIMATION_MS = 200;

/**
 * Steps the zoom from where the last step was heading, not from the half-animated window: otherwise a held
 * + key restarts the animation every 30 ms and barely moves. With a selection, zooms about it: the selected
 * event stays where it is on screen, or, if it is off screen, comes to the middle.
 */
function createZoomer(
  timeline: Timeline,
  bounds: () => { zoomMax?: number },
  selection: () => { start: number; end: number } | null,
) {
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
      const width = base.end - base.start;
      const factor = direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP;
      const next = Math.min(Math.max(width * factor, ZOOM_MIN), bounds().zoomMax ?? Infinity);
      const sel = selection();
      const focus = sel ? (sel.start + sel.end) / 2 : (base.start + base.end) / 2;
      // The share of the window left of the focus point stays the same, so the point stays put on screen.
      const share = sel && focus > base.start && focus < base.end ? (focus - base.start) / width : 0.5;
      target = { start: focus - next * share, end: focus + next * (1 - share) };
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
 * A range too short for its date text shows none rather than a cut-off fragment; the row title has it. So
 * does a point whose dot is just past the panel's edge, where its label would be cut on either side.
 * A point's label that would run past the right edge is drawn on the left of its dot instead, when it fits
 * there without covering another item: at a narrow width or after Fit all, the latest dates stay whole. A
 * cluster's label that cannot flip moves left only as far as it must; where the label beside it stops that
 * short, it drops its dates and says only its count ("746 events": the tooltip and its spoken name keep the
 * dates), so no date is ever shown cut. Other labels are cut with an ellipsis.
 * Every choice is made from where each label would sit whole, unflipped and unmoved, never from where the last
 * drawing put it, so the labels settle at once instead of flipping back and forth between drawings.
 * This runs after every drawing, animation frames included: it measures only items on screen, and all of
 * them before changing any, so the browser lays the page out once rather than once per item.
 */
function fitItemLabels(container: HTMLElement) {
  const parts = visParts(container);
  const center = parts.itemPanel();
  if (!center) return;
  const edge = center.getBoundingClientRect();
  const ranges: Array<[HTMLElement, boolean]> = [];
  const drawn: DOMRect[] = [];
  for (const box of parts.rangeBoxes()) {
    const content = box.querySelector<HTMLElement>('[data-event-id]');
    if (content) ranges.push([content, box.clientWidth < content.offsetWidth + 14]);
    drawn.push(box.getBoundingClientRect());
  }
  type Point = { content: HTMLElement; natural: DOMRect; flipped: boolean; squeezed: boolean; compacted: boolean; shifted: number; cluster: boolean; compactWidth: number };
  const points: Point[] = [];
  for (const item of parts.pointBoxes()) {
    const content = parts.contentOf(item);
    if (!content) continue;
    const r = content.getBoundingClientRect();
    if (r.width === 0) continue;
    const flipped = content.classList.contains('nl-flip');
    const squeezed = content.classList.contains('nl-squeezed');
    const compacted = content.classList.contains('nl-compact');
    const shifted = Number(content.dataset.shift ?? 0);
    const cluster = item.classList.contains('nl-cluster');
    // A cluster's label whole and without its dates: measured while they are shown, and kept for the drawings
    // in which they are not (vis-timeline keeps the same element while the cluster's count and span are the same).
    let full = squeezed ? Math.max(r.width, content.scrollWidth) : r.width;
    let compactWidth = full;
    if (cluster) {
      if (compacted) {
        full = Number(content.dataset.fullWidth) || full;
        compactWidth = Number(content.dataset.compactWidth) || compactWidth;
      } else {
        const dates = content.querySelector<HTMLElement>('.nl-cluster-label > .nl-item-date');
        // The dates and the gap before them (styles.css: .nl-cluster-label's gap).
        compactWidth = dates ? Math.max(0, full - dates.getBoundingClientRect().width - CLUSTER_GAP) : full;
        content.dataset.fullWidth = String(full);
        content.dataset.compactWidth = String(compactWidth);
      }
    }
    // Where the label sits, whole and unflipped; a flipped one is drawn FLIP_GAP px plus its own width to the
    // left, a shifted one that many px to the left.
    const natural = flipped ? new DOMRect(r.x + r.width + FLIP_GAP, r.y, full, r.height) : new DOMRect(r.x + shifted, r.y, full, r.height);
    points.push({ content, natural, flipped, squeezed, compacted, shifted, cluster, compactWidth });
    drawn.push(natural);
  }
  const flips: Array<{ content: HTMLElement; flip: boolean; squeeze: number; shift: number; compact: boolean }> = [];
  const hidden: Array<[HTMLElement, boolean]> = [];
  for (const p of points) {
    let flip = false;
    // A cluster's label that cannot flip moves left to end inside the panel, over its own dot (its count and
    // dates say more than the dot's place), or as far as the labels beside it let it.
    let shift = 0;
    // A cluster's label that still does not fit says only its count.
    let compact = false;
    // Too wide for either side: cut short with an ellipsis inside the panel (the tooltip has it all).
    let squeeze = 0;
    const free = (box: DOMRect) => box.left >= edge.left && box.right <= edge.right + 0.5 && !drawn.some((d) => d !== p.natural && boxesMeet(d, box));
    if (p.natural.right > edge.right + 0.5) {
      const left = p.natural.left - p.natural.width - FLIP_GAP;
      flip = free(new DOMRect(left, p.natural.y, p.natural.width, p.natural.height));
      let width = p.natural.width;
      if (!flip && p.cluster) {
        // How far a label `w` px wide may move left: as far as it runs past the edge, and no further than the
        // nearest label to the left on the same line, within reach of the move, allows.
        const shiftFor = (w: number) => {
          const by = Math.ceil(p.natural.left + w - edge.right + 1);
          if (by <= 0) return 0;
          const band = new DOMRect(p.natural.left - by, p.natural.y, by, p.natural.height);
          const limit = Math.max(edge.left, ...drawn.filter((d) => d !== p.natural && boxesMeet(d, band)).map((d) => d.right + 2));
          return Math.max(0, Math.min(by, Math.floor(p.natural.left - limit)));
        };
        shift = shiftFor(width);
        if (p.natural.left + width - shift > edge.right + 0.5 && p.compactWidth < width) {
          compact = true;
          width = p.compactWidth;
          shift = shiftFor(width);
        }
      }
      if (!flip && p.natural.left + width - shift > edge.right + 0.5) squeeze = Math.max(24, Math.floor(edge.right - (p.natural.left - shift) - 1));
    }
    // An event's dot at or just past either edge: its label would be cut there on whichever side it went.
    if (!p.cluster) {
      const cut = p.natural.left < edge.left - 0.5 || (!flip && squeeze > 0 && p.natural.left + squeeze > edge.right + 0.5);
      hidden.push([p.content, cut]);
      if (cut) squeeze = 0;
    }
    if (flip !== p.flipped || squeeze > 0 || p.squeezed || shift !== p.shifted || compact !== p.compacted) flips.push({ content: p.content, flip, squeeze, shift, compact });
  }
  // The axis's own dates straddle the panel's edges ("950" for 1950): a cut one is left out, not shown in part.
  const axis: Array<[HTMLElement, boolean]> = [];
  // vis-timeline gives each axis label the width of its whole step, so the text's own extent is measured.
  const text = document.createRange();
  for (const label of parts.axisLabels()) {
    text.selectNodeContents(label);
    const r = text.getBoundingClientRect();
    if (r.width > 0 || label.classList.contains('nl-axis-clipped')) axis.push([label, r.left < edge.left - 0.5 || r.right > edge.right + 0.5]);
  }
  for (const [content, clipped] of [...ranges, ...hidden]) content.classList.toggle('nl-clipped', clipped);
  for (const { content, flip, squeeze, shift, compact } of flips) {
    content.classList.toggle('nl-flip', flip);
    content.classList.toggle('nl-squeezed', squeeze > 0);
    content.classList.toggle('nl-compact', compact);
    content.style.maxWidth = squeeze > 0 ? `${squeeze}px` : '';
    // `translate`, not `transform`: the flip owns that one.
    content.style.translate = shift > 0 ? `${-shift}px 0` : '';
    if (shift > 0) content.dataset.shift = String(shift);
    else delete content.dataset.shift;
  }
  for (const [label, clipped] of axis) label.classList.toggle('nl-axis-clipped', clipped);
}

/** The gap between a cluster's count and its dates (styles.css, .nl-cluster-label). */
const CLUSTER_GAP = 6;

/** How far left of its own start a flipped label ends: past the dot, with a small gap (styles.css agrees). */
const FLIP_GAP = 18;

function boxesMeet(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
