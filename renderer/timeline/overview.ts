// What the timeline draws when there are too many events for a row each: the events near the visible
// window, with dense stretches folded into clusters. Plain arithmetic, no DOM, so it is tested directly
// and costs a fraction of a millisecond at 10,000 events.

export interface Entry {
  id: string;
  /** [start, end) in UTC ms; start === end is never the case for our dates (a day is the finest unit). */
  start: number;
  end: number;
  source: string;
}

export interface ClusterPlan {
  kind: 'cluster';
  id: string;
  source: string;
  count: number;
  start: number;
  end: number;
  /** The events folded in, so the cluster can say it holds search matches. */
  members: string[];
}

export type Planned = { kind: 'event'; id: string } | ClusterPlan;

export interface Plan {
  items: Planned[];
  /** The stretch of time the plan covers; the view needs a new plan once it leaves this. */
  region: { start: number; end: number };
  /** The width of one cluster bucket: a new zoom level needs a new plan. */
  bucketMs: number;
}

export interface PlanOptions {
  /** A bucket's width on screen, in px: the space a short label needs. */
  bucketPx?: number;
  /** A bucket with more events than this becomes a cluster. */
  maxPerBucket?: number;
  /** How many window widths to plan on either side, so a pan shows events at once. */
  margin?: number;
}

export const BUCKET_PX = 80;

export const CLUSTER_PREFIX = 'cluster:';

export function isClusterId(id: string): boolean {
  return id.startsWith(CLUSTER_PREFIX);
}

/**
 * Plans the items for a window `width` px wide. Buckets are aligned to absolute time and their width is a
 * power of two (in ms), so panning at one zoom keeps the same clusters instead of reshuffling them.
 * Selected events are always drawn on their own, never folded into a cluster.
 */
export function planView(
  entries: readonly Entry[],
  window: { start: number; end: number },
  width: number,
  selected: ReadonlySet<string>,
  opts: PlanOptions = {},
): Plan {
  const { bucketPx = BUCKET_PX, maxPerBucket = 4, margin = 1 } = opts;
  const span = Math.max(window.end - window.start, 1);
  const msPerPx = span / Math.max(width, 1);
  const bucketMs = 2 ** Math.ceil(Math.log2(Math.max(bucketPx * msPerPx, 1)));
  const region = { start: window.start - margin * span, end: window.end + margin * span };

  const items: Planned[] = [];
  // Buckets by lane, then by number, in the order they were first met: no key string made per event.
  const lanes = new Map<string, Map<number, Entry[]>>();
  const buckets: Array<{ source: string; index: number; members: Entry[] }> = [];
  for (const e of entries) {
    if (e.end <= region.start || e.start >= region.end) continue;
    // Wide enough to read on its own, or selected: drawn as itself.
    if (selected.has(e.id) || e.end - e.start >= bucketMs) {
      items.push({ kind: 'event', id: e.id });
      continue;
    }
    const index = Math.floor((e.start + e.end) / 2 / bucketMs);
    let lane = lanes.get(e.source);
    if (!lane) lanes.set(e.source, (lane = new Map()));
    const list = lane.get(index);
    if (list) list.push(e);
    else {
      const members = [e];
      lane.set(index, members);
      buckets.push({ source: e.source, index, members });
    }
  }
  for (const { source, index, members } of buckets) {
    if (members.length <= maxPerBucket) {
      for (const e of members) items.push({ kind: 'event', id: e.id });
      continue;
    }
    let start = Infinity;
    let end = -Infinity;
    for (const e of members) {
      if (e.start < start) start = e.start;
      if (e.end > end) end = e.end;
    }
    items.push({ kind: 'cluster', id: `${CLUSTER_PREFIX}${bucketMs}:${source}:${index}`, source, count: members.length, start, end, members: members.map((e) => e.id) });
  }
  return { items, region, bucketMs };
}

/** Whether a plan made earlier still serves this window: same zoom level, window well inside its region. */
export function planStillFits(plan: Plan, window: { start: number; end: number }, width: number, bucketPx = BUCKET_PX): boolean {
  const span = window.end - window.start;
  const bucketMs = 2 ** Math.ceil(Math.log2(Math.max((bucketPx * span) / Math.max(width, 1), 1)));
  return bucketMs === plan.bucketMs && window.start >= plan.region.start && window.end <= plan.region.end;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The dates a cluster covers, as short as it can be said: "2003–2007", "Mar–Jun 2021", "3–28 Mar 2021". */
export function formatSpan(start: number, endExclusive: number): string {
  const a = new Date(start);
  const b = new Date(Math.max(start, endExclusive - 1));
  const [ay, am, ad] = [a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()];
  const [by, bm, bd] = [b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()];
  if (ay !== by) return `${ay}–${by}`;
  if (am !== bm) return `${MONTHS[am]}–${MONTHS[bm]} ${ay}`;
  if (ad !== bd) return `${ad}–${bd} ${MONTHS[am]} ${ay}`;
  return `${ad} ${MONTHS[am]} ${ay}`;
}
