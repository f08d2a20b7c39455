// Stage 4b's placing of undated sentences, one paragraph's units at a time: each unit goes through the steps below
// in turn, and the first that places it ends its turn (see placeUnit).

import { DAY_VALUE, fmtDay, parseYmd, toDayNumber } from '../time-value';
import type { Draft } from './draft';
import { insideQuote } from './anaphor-anchors';
import { type NarrativeContext, type Placing, plain } from './narrative';
import { flashbackFrom, hoursFrom, laterInSequence, sinceThen, sinceUpToTelling } from './narrative-sequence';
import { anaphoricOrder, orderingClause, reportedOrdering } from './ordering-clauses';
import { releaseTimexes, type Unit } from './segment';
import { happeningOf } from './tense';
import { presentAsides, ROLE_VERB, undatedHappening } from './undated-sentences';

// A speaking occasion a sentence brings in: "gave his opening keynote", "in a televised speech", "at a news conference",
// "at this year's developers conference", "in a statement".
const SPEAKING_OCCASION = /\b(?:a|an|his|her|their|its|the|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:speech|keynote|address|conference|briefing|presentation|interview|remarks|statement)\b/i;

/** Undated events of one paragraph's units, in reading order; `dated` is what stage 3 dated in the paragraph. */
export function orderedEvents(units: Unit[], ctx: NarrativeContext, dated: readonly Draft[] = []): Draft[] {
  const out: Draft[] = [];
  const nextDated = nextDatedEvents(units, ctx);
  let prevDated: Draft | undefined;
  units.forEach((u, i) => {
    const w = placing(u, units[i - 1], ctx, out, prevDated, nextDated[i], dated);
    prevDated = noteRead(placeUnit(w));
    releaseTimexes(u);
  });
  return out;
}

/**
 * The nearest plainly dated event after each unit, found in one backward sweep; the one before is carried forward
 * as the units are read, so each lookup is constant time.
 */
function nextDatedEvents(units: Unit[], ctx: NarrativeContext): (Draft | undefined)[] {
  const nextDated: (Draft | undefined)[] = new Array(units.length);
  let after: Draft | undefined;
  for (let i = units.length - 1; i >= 0; i--) {
    nextDated[i] = after;
    const d = ctx.unitEvent.get(units[i]);
    if (plain(d)) after = d;
  }
  return nextDated;
}

/** A unit as the steps read it, with the paragraph's events so far. */
function placing(u: Unit, previous: Unit | undefined, ctx: NarrativeContext, out: Draft[], prevDated: Draft | undefined, nextDated: Draft | undefined, dated: readonly Draft[]): Placing {
  return {
    u,
    previous,
    text: u.paraText.slice(u.start, u.end),
    hasOwn: ctx.unitEvent.has(u),
    ctx,
    out,
    dated,
    before: out.length,
    prevDated,
    nextDated,
    // Every caller passes a new object of its own, so it is given its order in place: a copy made here (by
    // spreading it) for every undated sentence was promoted to the old space, and counted dead in the import's
    // peak memory (a quarter of a megabyte for a 256 KB article).
    push: (d) => {
      const draft = d as Draft;
      draft.order = ctx.nextOrder();
      out.push(draft);
      return draft;
    },
  };
}

/**
 * The steps, in this order: the first of the five in the chain that places the unit ends its turn (the reported
 * one only for a unit with a date of its own); a unit none of them placed may still follow the happening told
 * before it, or be an undated happening of its own. Asides under way now are events beside the unit's, first.
 * Returns the Placing the last step read: after a closing attribution that names an occasion, the steps left read only
 * the words before it (reportedOrdering), and so does noteRead.
 */
function placeUnit(w: Placing): Placing {
  presentAsides(w);
  sinceUpToTelling(w);
  if (anaphoricOrder(w) || orderingClause(w)) return w;
  const rest = reportedOrdering(w);
  if (!rest) return w;
  if (sinceThen(rest) || hoursFrom(rest)) return rest;
  laterInSequence(rest);
  undatedHappening(rest);
  return rest;
}

/** The unit's one day lies before the day in focus, inside a quote that closes within the unit. */
function quotedBackground(u: Unit, d: Draft, focus: Draft | undefined): boolean {
  if (!focus || !plain(focus) || !DAY_VALUE.test(focus.date.start) || d.date.start >= focus.date.start) return false;
  const day = u.timexes.find((t) => t.start >= d.start && t.end <= d.end && t.value.startsWith(d.date.start));
  return !!day && insideQuote(u.paraText, 0, day.start) && /["”]/.test(u.paraText.slice(day.end, u.end));
}

// ", a rise of a tenth on its price on Monday", ", the highest since the count on 4 May": a noun phrase set off at the end
// of its sentence, with no verb of its own, up to the sentence's last date.
const TRAILING_NOUN_PHRASE = /,\s+(?:a|an|the|its|their|his|her)\s[^,;:"“”]{0,120}$/i;

/**
 * "The offer values the mill at £9 million, a fifth more than its market value on Monday": a present main clause whose
 * one day dates a noun phrase set off after it (a price or count the news is set against) tells no happening of that
 * day; the story stays at the later day it was at.
 */
function baselineBeside(u: Unit, d: Draft, focus: Draft | undefined): boolean {
  if (!focus || !plain(focus) || !DAY_VALUE.test(focus.date.start) || d.date.start >= focus.date.start) return false;
  const day = u.timexes.find((t) => t.start >= d.start && t.end <= d.end && t.value.startsWith(d.date.start));
  if (!day) return false;
  const phrase = TRAILING_NOUN_PHRASE.exec(u.paraText.slice(u.start, day.end));
  return !!phrase && !ROLE_VERB.test(phrase[0]) && happeningOf(u.paraText.slice(u.start, u.end)) !== 'past';
}

/**
 * "The ferry ran aground on Friday, when it hit a wreck that had been charted in 1987.": a flashback told after a day of
 * its own sentence steps back from that day, not from the one the story was at before the sentence.
 */
function flashbackInSentence(w: Placing, told: Draft): NarrativeContext['flashback'] {
  const { u } = w;
  let day: Draft | undefined;
  for (const x of w.dated) {
    const fits = x !== told && x.paragraphId === u.paragraphId && x.start >= u.start && x.start < told.start && plain(x) && DAY_VALUE.test(x.date.start);
    if (fits && (!day || x.start > day.start)) day = x;
  }
  return day ? flashbackFrom(u, told, { ...w.ctx, flashback: undefined, focus: day }) : undefined;
}

/**
 * Notes in the context what the unit leaves for those after it (the event told last, the day in focus, the story's
 * lead), and returns the paragraph's plainly dated event told last.
 */
// "opened on 2 June", "reopened in 1998": a place or a run opened; not "opened fire", "opened an inquiry".
const OPENED = /\b(?:re)?opened\b(?!\s+(?:fire|an?)\b)/i;
// "started at the bakery in 1971", "began work there", "joined in May": someone's start somewhere.
const STARTED = /\b(?:started|began|joined)\b/i;
// "the regatta, held over the second weekend of July", "the fair, which ran from 3 to 6 June": a happening of a few days,
// whose days "the first evening" counts into as it counts into an opening's.
const HELD = /\b(?:held|ran|took\s+place)\b/i;
const HELD_DAYS_AT_MOST = 14;

/** Whether `x` is dated as a stretch of whole days, two to HELD_DAYS_AT_MOST of them. */
function fewDays(x: Draft): boolean {
  const from = parseYmd(x.date.start);
  const to = x.date.end && DAY_VALUE.test(x.date.end) ? parseYmd(x.date.end) : null;
  const days = from && to && DAY_VALUE.test(x.date.start) ? toDayNumber(to) - toDayNumber(from) + 1 : 0;
  return days >= 2 && days <= HELD_DAYS_AT_MOST;
}

/**
 * Notes the unit's plainly dated happenings that tell an opening or a start, or a happening held over a few days, up to
 * publication: what a later "on the opening day", "on the first evening" or "on my first morning" with no date of its
 * own counts from (dayOfStart, undated-sentences.ts).
 */
function noteStart(u: Unit, read: (Draft | undefined)[], ctx: NarrativeContext): void {
  const pub = ctx.published ? fmtDay(ctx.published) : null;
  for (const x of read) {
    if (!x || x.date.mod || (pub && (x.date.end ?? x.date.start) > pub)) continue;
    const words = u.paraText.slice(x.start, x.end);
    if (x.date.end) {
      if (HELD.test(words) && fewDays(x)) ctx.openedOn = x;
      continue;
    }
    if (OPENED.test(words)) ctx.openedOn = x;
    if (STARTED.test(words)) ctx.startedOn = x;
  }
}

function noteRead(w: Placing): Draft | undefined {
  const { u, ctx } = w;
  const { published } = ctx;
  let prevDated = w.prevDated;
  const d = ctx.unitEvent.get(u);
  // "first elected in 2006, pushed through an amendment in 2013. Since then, …": the nearest happening told.
  const last = ctx.unitLast?.get(u) ?? d;
  const told = plain(last) ? last : plain(d) ? d : undefined;
  if (told) ctx.flashback = flashbackInSentence(w, told) ?? flashbackFrom(u, told, ctx);
  if (plain(last)) prevDated = ctx.lastDated = last;
  else if (plain(d)) prevDated = ctx.lastDated = d;
  // A plan still ahead is no start for "since".
  const happening = [last, d].find((x) => plain(x) && !x!.date.rule?.endsWith('/telling') && (!published || x!.date.start <= fmtDay(published)));
  if (happening) ctx.lastHappening = happening;
  const oneDay = (x: Draft | undefined) => plain(x) && DAY_VALUE.test(x!.date.start) && !x!.date.end;
  if (oneDay(d)) {
    // "Rain began late on Saturday, and by dawn on Sunday the river was up. … The signals failed at 3 a.m.": a sentence
    // that goes on to a later day leaves the story at that day, the last happening's.
    // Not a telling's day ("It happened on Friday, police said on Sunday") nor what is under way at publication.
    const movedOn = oneDay(last) && last!.date.start > d!.date.start && !last!.date.yearUncertain && last !== ctx.unitTold?.get(u) && !/publication|telling|reported|spoken/.test(last!.date.rule ?? '');
    // '"The shop closed on Friday, so the yard was empty," a guard said.': an earlier day in a quote closed within
    // its sentence is the speaker's background; the story stays at its day.
    if (!movedOn && quotedBackground(u, d!, ctx.focus)) return prevDated;
    // The story's day, not moved by a day that only dates what the news is set against, is still its lead.
    if (movedOn || !baselineBeside(u, d!, ctx.focus)) {
      ctx.focus = movedOn ? last : d;
      // "Jobs said yesterday …" after the press conference of that day: still the occasion's day.
      ctx.occasion = SPEAKING_OCCASION.test(w.text) ? d : ctx.occasion?.date.start === d!.date.start ? ctx.occasion : undefined;
      ctx.focusTold = last !== d && oneDay(last) && last!.date.start.slice(0, 4) !== d!.date.start.slice(0, 4) ? last : undefined;
    }
  } else if (d && last !== d && oneDay(last) && !last!.date.yearUncertain && /^reported-speech\//.test(d.date.rule ?? '')) {
    // "A landslide blocked the pass on Sunday, Smith said.": the unit's own event is the undated saying; the story is at
    // the day of what was said, so a following "at about 4 p.m." is of that day.
    ctx.focus = last;
  }
  if (!ctx.lead && ctx.focus && (!published || ctx.focus.date.start <= fmtDay(published))) ctx.lead = ctx.focus;
  noteStart(u, [d, last], ctx);
  return prevDated;
}
