import moment from 'moment';
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import type { NewslineEvent } from '../../shared/document';
import type { TimelineController } from '../store';
import { useNewslineStore } from '../store/use-newsline';
import { extentOf, toTimeline, type EventGroup, type EventItem } from './items';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.25 * DAY;
/** Closer than a week there is nothing more to read: our finest precision is a day. */
export const ZOOM_MIN = 7 * DAY;
/** Never wider than two centuries, however spread out the events are. */
export const ZOOM_MAX_CAP = 200 * YEAR;

/** Pan and zoom-out limits around the events: far enough to breathe, never into empty centuries. */
export function boundsFor(extent: { start: number; end: number }) {
  const span = Math.max(extent.end - extent.start, YEAR);
  const pad = Math.min(span * 0.5, ZOOM_MAX_CAP / 4);
  return { min: extent.start - pad, max: extent.end + pad, zoomMax: Math.min(span * 2, ZOOM_MAX_CAP) };
}

const BASE_OPTIONS: TimelineOptions = {
  height: '100%',
  stack: false,
  verticalScroll: true,
  horizontalScroll: false,
  zoomable: true,
  moveable: true,
  selectable: true,
  multiselect: false,
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
 * vis-timeline is created once, on mount, and fed through DataSets; store changes update the data and
 * the selection, never recreate the widget.
 */
export function TimelineView({ events }: { events: NewslineEvent[] }) {
  const container = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef(new DataSet<EventItem>());
  const groupsRef = useRef(new DataSet<EventGroup>());
  const store = useNewslineStore();
  const pendingFit = useRef(false);

  useEffect(() => {
    const timeline = new Timeline(container.current!, itemsRef.current as never, groupsRef.current as never, BASE_OPTIONS);
    timelineRef.current = timeline;

    const controller: TimelineController = {
      zoom: (direction) => (direction === 'in' ? timeline.zoomIn(0.5) : timeline.zoomOut(0.5)),
      fit: () => fitAll(timeline, itemsRef.current, true),
      reveal: (ids) => revealItems(timeline, itemsRef.current, ids),
      getWindow: () => {
        const w = timeline.getWindow();
        return { start: w.start.valueOf(), end: w.end.valueOf() };
      },
    };
    store.getState().attachTimeline(controller);

    timeline.on('select', ({ items }: { items: string[] }) => {
      if (items.length) store.getState().selectEvent(items[0], { fromTimeline: true });
      else store.getState().clearSelection();
    });
    // A row's title in the label column is as good a handle on the event as its mark.
    timeline.on('click', ({ what, group }: { what: string | null; group: string | null }) => {
      if (what === 'group-label' && group) store.getState().selectEvent(group);
    });
    timeline.on('changed', () => {
      // The first fit waits for a drawn frame: only then are the label column and the labels measurable.
      if (pendingFit.current) {
        pendingFit.current = false;
        fitAll(timeline, itemsRef.current, false);
      }
      hideClippedRangeLabels(itemsRef.current);
    });
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    timeline.on('rangechanged', ({ byUser }: { byUser: boolean }) => {
      if (!byUser) return;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void store.getState().saveViewState(), 400);
    });
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.selectedIds === prev.selectedIds) return;
      timeline.setSelection(state.selectedIds);
      const changed = new Set([...state.selectedIds, ...prev.selectedIds]);
      groupsRef.current.update(
        [...changed].filter((id) => groupsRef.current.get(id)).map((id) => ({ id, className: state.selectedIds.includes(id) ? 'nl-row-selected' : '' })),
      );
    });

    return () => {
      clearTimeout(saveTimer);
      unsubscribe();
      store.getState().attachTimeline(null);
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [store]);

  useEffect(() => {
    const timeline = timelineRef.current!;
    const { items, groups } = toTimeline(events);
    const extent = extentOf(events);
    if (extent) timeline.setOptions(boundsFor(extent));
    groupsRef.current.clear();
    itemsRef.current.clear();
    groupsRef.current.add(groups);
    itemsRef.current.add(items);
    timeline.setSelection(store.getState().selectedIds);
    const restored = store.getState().restoredWindow;
    if (restored) timeline.setWindow(restored.start, restored.end, { animation: false });
    else pendingFit.current = true;
  }, [events, store]);

  return (
    <div
      ref={container}
      className="nl-timeline"
      role="region"
      aria-label="Timeline of events. Drag to pan, wheel or pinch to zoom, arrow keys step through events."
      data-testid="timeline"
    />
  );
}

// The dot, its margin and the label padding, which the label width does not include.
const LABEL_GAP = 36;

/**
 * The window that shows every event with its date label whole. vis-timeline's own fit ignores labels that
 * run past a point, which clips the latest events at the right edge.
 */
export function labelAwareWindow(
  points: Array<{ start: number; end: number; label: number }>,
  width: number,
): { start: number; end: number } | null {
  if (points.length === 0 || width <= 0) return null;
  const min = Math.min(...points.map((p) => p.start));
  const max = Math.max(...points.map((p) => p.end));
  const pad = Math.max((max - min) * 0.03, DAY);
  const start = min - pad;
  let end = max + pad;
  for (const p of points) {
    const room = width - p.label - LABEL_GAP;
    // A label wider than most of the pane cannot be made to fit by zooming out; leave it to the row title.
    if (room > width * 0.3) end = Math.max(end, start + ((p.start - start) * width) / room);
  }
  return { start, end };
}

function fitAll(timeline: Timeline, items: DataSet<EventItem>, animate: boolean) {
  const width = (timeline as unknown as { body: { domProps: { center: { width: number } } } }).body.domProps.center.width;
  const points = items.get().map((item) => ({
    start: item.start.valueOf(),
    end: (item.end ?? item.start).valueOf(),
    label: item.type === 'point' ? Math.max(item.content.offsetWidth, item.content.textContent!.length * 7) : 0,
  }));
  const w = labelAwareWindow(points, width);
  if (!w) return;
  timeline.setWindow(w.start, w.end, { animation: animate ? { duration: 250, easingFunction: 'easeInOutQuad' } : false });
}

/** A range too short for its date text shows none rather than a cut-off fragment; the row title has it. */
function hideClippedRangeLabels(items: DataSet<EventItem>) {
  for (const item of items.get()) {
    if (item.type !== 'range') continue;
    const box = item.content.closest('.vis-item') as HTMLElement | null;
    if (box) item.content.classList.toggle('nl-clipped', box.clientWidth < item.content.offsetWidth + 14);
  }
}

/** Brings items into view: pans when they fit the current zoom, zooms out only when they do not. */
function revealItems(timeline: Timeline, items: DataSet<EventItem>, ids: string[]) {
  let start = Infinity;
  let end = -Infinity;
  for (const id of ids) {
    const item = items.get(id);
    if (!item) continue;
    start = Math.min(start, item.start.valueOf());
    end = Math.max(end, (item.end ?? item.start).valueOf());
  }
  if (!Number.isFinite(start)) return;
  const w = timeline.getWindow();
  const ws = w.start.valueOf();
  const we = w.end.valueOf();
  const width = we - ws;
  const margin = width * 0.05;
  if (start >= ws + margin && end <= we - margin) return;
  const animation = { duration: 250, easingFunction: 'easeInOutQuad' as const };
  if (end - start <= width * 0.8) timeline.moveTo(new Date((start + end) / 2), { animation });
  else {
    const pad = (end - start) * 0.1;
    timeline.setWindow(start - pad, end + pad, { animation });
  }
}
