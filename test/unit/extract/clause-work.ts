import type { Anchored } from '../../../shared/extract/anchor';
import { anchorUnit } from '../../../shared/extract/anchor-unit';
import type { ClauseWork, Draft } from '../../../shared/extract/draft';
import { dateFromTimex } from '../../../shared/extract/resolve';
import { segment, type Unit } from '../../../shared/extract/segment';
import { parseYmd } from '../../../shared/time-value';

// A dated clause of a sentence of our own as datedEvents hands it to its steps (a ClauseWork), for the tests of the
// steps' modules: the step is run on it alone, and what it emits is collected.

/** The units (sentences) of a one-paragraph text, tagged as the pipeline tags them. */
export function unitsOf(text: string, published: string | null): Unit[] {
  return segment([{ id: 'p1', role: 'body', text }], published).flatMap((s) => s.units);
}

/** The unit and its anchored clauses whose dating expression reads `dateText`. */
export function anchoredAt(text: string, published: string | null, dateText: string): { u: Unit; a: Anchored; anchored: Anchored[] } {
  for (const u of unitsOf(text, published)) {
    const anchored = anchorUnit(u, parseYmd(published));
    const a = anchored.find((x) => x.main.text === dateText);
    if (a) return { u, a, anchored };
  }
  throw new Error(`no clause is dated by “${dateText}”`);
}

/** The ClauseWork of the clause dated by `dateText`, the drafts its steps emit, and the words a draft quotes. */
export function clauseWork(text: string, published: string | null, dateText: string) {
  const { u, a, anchored } = anchoredAt(text, published, dateText);
  const date = dateFromTimex(a.main, parseYmd(published), a.end);
  if (!date) throw new Error(`“${dateText}” gives no date`);
  const emitted: Omit<Draft, 'order'>[] = [];
  const w: ClauseWork = { u, a, main: a.main, c: a.clause, date, published: parseYmd(published), anchored, emit: (d) => emitted.push(d) };
  return { w, emitted, quote: (d: { start: number; end: number }) => text.slice(d.start, d.end), clause: () => text.slice(w.c.start, w.c.end) };
}
