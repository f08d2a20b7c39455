// An event that only a later date bounds ("…, before crews put it out on May 11", "was back at full output by the end
// of April") lies between that date and the dated step the sentence told before it ("The blaze started on May 2 and
// spread for nine days …"): the story's own order gives its other end. Open on the left, "before May 11" would reach
// back into any year; between the two steps it is an honest range, drawn as uncertain (issue 8, point 11).

import { DAY_VALUE } from '../time-value';
import { ON_BOUND_DAY, ON_DAY_OR_BEFORE } from './deadlines';
import type { Draft } from './draft';
import { MODALS } from './lexicon';
import { plain } from './narrative';
import type { Unit } from './segment';

/** The rule of such a range: a `sequence/` rule, which every reader takes as placed by the story's order. */
const BETWEEN_STEPS = 'sequence/between-steps';

// The bounds a clause takes from "before <date>" (bounded-clauses.ts), a past "by <date>" (deadlines.ts) and a first
// conjunct before a dated second (undated-clauses.ts).
const ONLY_BEFORE = /\/(?:before-clause|by-past)$|^sequence\/before-conjunct-after$/;
// A step that is no happening of the story: a telling's day, publication, a dateline.
const NOT_A_STEP = /telling|reported|publication|spoken|dateline|deadline|subordinate|named-thing/;
const NO_LATER_THAN = /\bno\s+later\s+than\b/i;
const VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether the value `lo` ends before `hi` begins, at the coarser of their precisions. */
function endsBefore(lo: string, hi: string): boolean {
  const n = Math.min(lo.length, hi.length);
  return lo.slice(0, n) < hi.slice(0, n);
}

/**
 * "By Thursday night the crew had pumped out the cellar", with no step told before it in the paragraph: nothing gives
 * the doing a start, and a reader dates what was done (or the tally reached) on the day the "by" names. A bound that
 * is a month, a season or a year keeps its "before": the day it was reached is not told.
 */
function onBoundDay(d: Draft, text: string): void {
  // "no later than Thursday" says outright that it may have been earlier.
  if (!/\/by-past$/.test(d.date.rule ?? '') || !DAY_VALUE.test(d.date.start) || d.date.end || NO_LATER_THAN.test(text)) return;
  delete d.date.mod;
  d.date.rule = `${d.date.rule}/on-bound-day`;
  d.date.note = (d.date.note ?? '').replace(ON_DAY_OR_BEFORE, ON_BOUND_DAY);
}

/**
 * Gives each of the paragraph's drafts bounded only by "before"/"by" a date its lower end: the latest step dated
 * plainly earlier in the paragraph ("The strike began on March 6 and ended 19 days later. The plant was back at full
 * output by the end of April"). Changed in place; a draft with no such step keeps its bound.
 */
export function fromStepBefore(drafts: Draft[], units: Unit[]): void {
  for (const d of drafts) {
    // A plan still ahead ("can take one before April") is placed by its tense, not by what the story told before it.
    if (d.date.mod !== 'before' || !ONLY_BEFORE.test(d.date.rule ?? '') || /future/.test(d.date.rule ?? '')) continue;
    const u = units.find((x) => x.paragraphId === d.paragraphId && x.start <= d.start && d.start < x.end);
    // "could face a vote before spring", "can still apply by April": a possibility or a plan, not a step done (lower
    // case only: "May" is a month).
    if (!u || (u.paraText.slice(d.start, d.end).match(/\b[a-z]+\b/g) ?? []).some((w) => MODALS.has(w))) continue;
    let step: Draft | undefined;
    for (const p of drafts) {
      if (p === d || p.paragraphId !== d.paragraphId || p.start >= d.start || !plain(p) || NOT_A_STEP.test(p.date.rule ?? '')) continue;
      if (!step || p.start > step.start) step = p;
    }
    const lo = step && (step.date.end ?? step.date.start);
    const hi = d.date.end ?? d.date.start;
    if (!step || !lo || !VALUE.test(lo) || !VALUE.test(hi) || !endsBefore(lo, hi)) {
      onBoundDay(d, u.paraText.slice(d.start, d.end));
      continue;
    }
    const uncertain = d.date.yearUncertain || step.date.yearUncertain;
    delete d.date.mod;
    d.date.start = lo;
    d.date.end = hi;
    d.date.rule = BETWEEN_STEPS;
    d.date.note = `After “${step.title}”, told before it, and by ${hi}, the bound the clause names: placed by the story's order.`;
    if (uncertain) d.date.yearUncertain = true;
  }
}
