// Window arithmetic for the timeline, kept apart from vis-timeline so it can be tested without a DOM.

export const DAY = 24 * 60 * 60 * 1000;
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

