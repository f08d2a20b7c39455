import type { Draft } from '../../../shared/extract/draft';
import type { NarrativeContext, Placing } from '../../../shared/extract/narrative';
import { segment, type Unit } from '../../../shared/extract/segment';
import { parseYmd } from '../../../shared/time-value';

// A unit of a paragraph of our own as orderedEvents hands it to its steps (a Placing), for the tests of the steps'
// modules: the step is run on it alone, and what it pushes is read from `out`.

/**
 * The Placing of unit `k` of a one-paragraph text; the units numbered in `dated` are dated (a stated day or year) as
 * stage 3 would date them, and the nearest of them before and after `k` are its prevDated and nextDated.
 */
export function placingAt(text: string, k: number, opts: { dated?: Record<number, string>; published?: string | null; ctx?: Partial<NarrativeContext> } = {}): Placing & { units: Unit[] } {
  const published = opts.published === undefined ? '2021-06-01' : opts.published;
  const [s] = segment([{ id: 'p', role: 'body', text }], published);
  const unitEvent = new Map<Unit, Draft>();
  let order = 0;
  for (const [i, day] of Object.entries(opts.dated ?? {})) {
    const u = s.units[+i];
    unitEvent.set(u, { paragraphId: 'p', start: u.start, end: u.end, title: `Dated ${i}`, date: { start: day, basis: 'stated', rule: 'test' }, order: order++ });
  }
  const ctx: NarrativeContext = { published: parseYmd(published), dateline: null, unitEvent, nextOrder: () => order++, ...opts.ctx };
  const u = s.units[k];
  const out: Draft[] = [];
  const near = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < s.units.length; i += step) if (unitEvent.has(s.units[i])) return unitEvent.get(s.units[i]);
    return undefined;
  };
  return {
    units: s.units,
    u,
    previous: s.units[k - 1],
    text: u.paraText.slice(u.start, u.end),
    hasOwn: unitEvent.has(u),
    ctx,
    out,
    dated: [...unitEvent.values()],
    before: 0,
    prevDated: near(k - 1, -1),
    nextDated: near(k + 1, 1),
    push: (d) => {
      const draft = { ...d, order: order++ } as Draft;
      out.push(draft);
      return draft;
    },
  };
}

/** What a step pushed, as text, title and date fields. */
export function pushed(w: Placing) {
  return w.out.map((d) => ({ text: w.u.paraText.slice(d.start, d.end), title: d.title, start: d.date.start, end: d.date.end, mod: d.date.mod, rule: d.date.rule }));
}

/** A stated day as a dated draft of the context (its focus, its lead). */
export function dayDraft(day: string, title = 'Earlier'): Draft {
  return { paragraphId: 'p0', start: 0, end: 1, title, date: { start: day, basis: 'stated', rule: 'test' }, order: 0 };
}
