// The page test/e2e/vis-internals.test.ts runs: the installed vis-timeline, with nothing of the app's around
// it but renderer/timeline/vis-internals.ts, and a report of what that module finds in it.
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { createTimeline, settleInitialWindow, visParts } from '../../renderer/timeline/vis-internals';

const span = (className: string, text: string) => {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
};

const WINDOW = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2021, 11, 31) };

/** A timeline as the app creates one: rows with titles, given its first window (made by vis-timeline's constructor itself when `plain`). */
function create(settle: boolean, top: number, plain = false) {
  const container = document.createElement('div');
  // Fixed boxes: one timeline appearing must not resize the other (a resize makes vis-timeline redraw).
  container.style.cssText = `position: fixed; left: 0; top: ${top}px; width: 900px; height: 260px`;
  document.body.append(container);
  const title = span('probe-title', 'A row');
  const point = span('probe-point', 'A point');
  const range = span('probe-range', 'A range');
  const groups = new DataSet([{ id: 'row', content: title }]);
  const items = new DataSet([
    { id: 'p', group: 'row', type: 'point', start: new Date(Date.UTC(2021, 3, 1)), content: point },
    { id: 'r', group: 'row', type: 'range', start: new Date(Date.UTC(2021, 5, 1)), end: new Date(Date.UTC(2021, 8, 1)), content: range },
  ]);
  const options = { height: '100%', stack: false, ...WINDOW };
  const timeline = plain ? new Timeline(container, items as never, groups as never, options) : createTimeline(Timeline, container, items, groups, options);
  // What vis-timeline has drawn by the time its creation returns.
  // (The axis's dates are made only by a drawing; the rows' labels and the items' boxes may be made before one.)
  const drawnAtOnce = visParts(container).axisLabels().length > 0;
  const itemsAtOnce = visParts(container).pointBoxes().length + visParts(container).rangeBoxes().length;
  // The scale vis-timeline places items by (its window's milliseconds per pixel, cached): none left from an
  // empty window (a span of 0, which gives 0, or 0 over a width not yet laid out, which gives NaN).
  const perPixel = (timeline as unknown as { range: { getMillisecondsPerPixel(): number } }).range.getMillisecondsPerPixel();
  const scaleFromEmptyWindow = perPixel === 0 || Number.isNaN(perPixel);
  if (settle) settleInitialWindow(timeline);
  return { container, title, point, range, drawnAtOnce, itemsAtOnce, scaleFromEmptyWindow };
}

/** Holds every setTimeout callback made until the returned function is called, which runs them then. */
function holdTimers(): () => void {
  const original = window.setTimeout;
  const held: Array<() => void> = [];
  window.setTimeout = ((callback: TimerHandler, _delay?: number, ...args: unknown[]) => {
    if (typeof callback === 'function') held.push(() => callback(...args));
    return 0;
  }) as typeof window.setTimeout;
  return () => {
    window.setTimeout = original;
    for (const run of held) original(run, 0);
  };
}

const frames = (n: number) => new Promise<void>((done) => (function next(left: number) { if (left === 0) done(); else requestAnimationFrame(() => next(left - 1)); })(n));

async function report() {
  const visibility = (c: HTMLElement) => {
    const r = visParts(c).root();
    return r ? getComputedStyle(r).visibility : 'missing';
  };
  // vis-timeline draws on the frame after it is created. Left to itself it shows that drawing only at a
  // redraw after its own timer (200 ms after a window is set) has run; settled, it shows it at once.
  // Its timers are held while the two frames pass, so a slow, loaded machine, whose frames can take longer
  // than 200 ms, reads what vis-timeline shows by itself, not what its timer has since changed.
  const releaseTimers = holdTimers();
  const unsettled = create(false, 0);
  await frames(2);
  const hiddenWithoutSettling = visibility(unsettled.container);
  releaseTimers();
  // Handed its groups, vis-timeline's own constructor draws them at once, without the items; createTimeline's
  // timelines (the two above) draw nothing until the next frame, and then rows and items together.
  const plain = create(false, 600, true);
  const drawnAtOnce = { plain: plain.drawnAtOnce, created: unsettled.drawnAtOnce };
  const itemsAtOnce = { plain: plain.itemsAtOnce, created: unsettled.itemsAtOnce };
  const scaleFromEmptyWindow = { plain: plain.scaleFromEmptyWindow, created: unsettled.scaleFromEmptyWindow };
  const drawnNextFrame = {
    axis: visParts(unsettled.container).axisLabels().length > 0,
    rows: unsettled.container.querySelectorAll('.vis-label').length,
    items: visParts(unsettled.container).pointBoxes().length + visParts(unsettled.container).rangeBoxes().length,
  };
  plain.container.remove();
  const settled = create(true, 300);
  await frames(1);
  const visibleOnceSettled = visibility(settled.container);
  await frames(3);
  const parts = visParts(settled.container);
  const root = parts.root();
  const labels = parts.labelPanel();
  const center = parts.itemPanel();
  const row = parts.labelRowOf(settled.title);
  const ranges = [...parts.rangeBoxes()];
  const points = [...parts.pointBoxes()];
  const axis = [...parts.axisLabels()];
  return {
    rootFound: !!root && settled.container.contains(root),
    rootHoldsPanels: !!root && !!labels && !!center && root.contains(labels) && root.contains(center),
    labelPanelHoldsTitle: !!labels?.contains(settled.title),
    labelPanelWidth: labels?.offsetWidth ?? 0,
    itemPanelHoldsItems: !!center?.contains(settled.point) && !!center?.contains(settled.range),
    itemPanelWidth: center?.clientWidth ?? 0,
    itemPanelIsRightOfLabels: !!labels && !!center && center.getBoundingClientRect().left >= labels.getBoundingClientRect().right - 1,
    labelRowHoldsTitle: !!row && row.contains(settled.title) && !!labels?.contains(row),
    labelRowOfOutside: parts.labelRowOf(settled.point),
    rangeBoxes: ranges.length,
    rangeBoxHoldsRange: ranges.some((box) => box.contains(settled.range)),
    rangeBoxesExcludePoint: !ranges.some((box) => box.contains(settled.point)),
    pointBoxes: points.length,
    pointContentIsOurs: points.length === 1 && parts.contentOf(points[0])?.contains(settled.point) === true && parts.contentOf(points[0]) !== settled.point,
    axisLabels: axis.length,
    axisLabelsAreMonths: axis.some((label) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i.test(label.textContent ?? '')),
    hiddenWithoutSettling,
    visibleOnceSettled,
    drawnAtOnce,
    itemsAtOnce,
    scaleFromEmptyWindow,
    drawnNextFrame,
  };
}

(window as unknown as { visReport: typeof report }).visReport = report;
