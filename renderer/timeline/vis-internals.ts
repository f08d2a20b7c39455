import type { Timeline, TimelineOptions } from 'vis-timeline/esnext';

// Everything Newsline relies on in vis-timeline beyond its documented options, methods and events, in one
// place: the parts of the DOM it builds (found by the class names its own stylesheet styles), and how it
// decides to show itself at start. test/e2e/vis-internals.test.ts runs these against the installed vis-timeline in
// Chromium and fails when an upgrade changes any of them.

/** The parts of the timeline vis-timeline has drawn inside container (null until it has drawn them). */
export function visParts(container: HTMLElement) {
  return {
    /** vis-timeline's own root element; hidden until its first full drawing. */
    root: () => container.querySelector<HTMLElement>('.vis-timeline'),
    /** The column of group labels (the row titles), which scrolls vertically on its own. */
    labelPanel: () => container.querySelector<HTMLElement>('.vis-panel.vis-left'),
    /** The panel the items are drawn in, right of the label column. */
    itemPanel: () => container.querySelector<HTMLElement>('.vis-panel.vis-center'),
    /** The boxes of the range items currently drawn. */
    rangeBoxes: () => container.querySelectorAll<HTMLElement>('.vis-item.vis-range'),
    /** The boxes of the point items currently drawn (a dot and its label). */
    pointBoxes: () => container.querySelectorAll<HTMLElement>('.vis-item.vis-point'),
    /** The element of an item's box that holds the content Newsline gave it (the label beside a point's dot). */
    contentOf: (box: Element) => box.querySelector<HTMLElement>('.vis-item-content'),
    /** The date labels of the time axis. */
    axisLabels: () => container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text'),
    /** The row of the label column that holds el, a group's content. */
    labelRowOf: (el: Element | null | undefined) => el?.closest<HTMLElement>('.vis-label') ?? null,
  };
}

/**
 * Lets a Timeline created with a start and an end show its first drawing. vis-timeline keeps its root
 * hidden until its first 'rangechanged' event, which it sends only 200 ms after a window is set, and even
 * then shows itself only at its next redraw, which at launch may be a second away. Sending that event
 * straight after creating it lets the first drawing be seen.
 */
export function settleInitialWindow(timeline: Timeline): void {
  const { start, end } = timeline.getWindow();
  (timeline as unknown as { emit(event: 'rangechanged', props: { start: Date; end: Date; byUser: boolean }): void }).emit('rangechanged', { start, end, byUser: false });
}

/** The earliest time a Date holds: no event starts before it. */
const BEFORE_ANY_DATE = -8.64e15;

/**
 * Creates vis-timeline with its items and groups drawn first in the next animation frame, all in one drawing.
 * Handed its groups in the constructor, vis-timeline draws at once, before it even has its items (until its
 * item set has been drawn once, it draws every change on the spot), and then again in the next frame for the
 * items: at 10,000 events in lanes the first drawing, thrown away a frame later, took a tenth of a cold load.
 * Its item set is told it has been drawn (the flag only chooses between drawing a change now and in the next
 * frame), then handed the groups and the items. The class is passed in: this module is also read by the store,
 * which benches and the command line load in plain Node, where vis-timeline's browser build cannot be resolved.
 */
export function createTimeline(
  TimelineClass: typeof Timeline,
  container: HTMLElement,
  items: unknown,
  groups: unknown,
  options: TimelineOptions,
): Timeline {
  const timeline = new TimelineClass(container, null as never, null as never, options);
  const itemSet = (timeline as unknown as { itemSet?: { initialItemSetDrawn?: boolean } }).itemSet;
  if (itemSet) itemSet.initialItemSetDrawn = true;
  // An item handed over inside the window is drawn on the spot, and measured at once: one forced layout of the
  // page per item. Handed over while vis-timeline's window is an empty instant before any date, none is in it,
  // and the first drawing draws them all, writing every item before measuring any (one layout).
  // (Its window keeps its milliseconds per pixel in a cache, which setWindow empties: emptied here, as the window
  // is set by hand, both ways.)
  const range = (timeline as unknown as { range?: { start?: unknown; end?: unknown; millisecondsPerPixelCache?: unknown } }).range;
  const shown = range && typeof range.start === 'number' && typeof range.end === 'number' ? { start: range.start, end: range.end } : null;
  if (range && shown) Object.assign(range, { start: BEFORE_ANY_DATE, end: BEFORE_ANY_DATE, millisecondsPerPixelCache: undefined });
  try {
    timeline.setGroups(groups as never);
    timeline.setItems(items as never);
  } finally {
    if (range && shown) Object.assign(range, shown, { millisecondsPerPixelCache: undefined });
  }
  return timeline;
}
