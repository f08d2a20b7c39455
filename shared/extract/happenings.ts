// Sentences with no date of their own that the text still places: counted from a happening or a change of date
// it told before ("In the days after the collapse, …", "Within five years, …", "an additional 30 days").

import type { EventDate, NewslineEvent } from '../document';
import { addDays, addMonths, fmtDay, parseYmd, toDayNumber, type Ymd } from '../time-value';
import { endAfter } from './date-stretches';
import type { Draft } from './draft';
import { NUMBER_WORD_RE, parseCount, SUDDEN_HAPPENING } from './lexicon';
import type { NarrativeContext } from './narrative';
import { fmtHuman } from './resolve';
import type { Unit } from './segment';
import { happeningOf } from './tense';
import { removeRanges, titled, type TitleDraft } from './title';

const ADDED_TIME = new RegExp(`\\b(?:additional|extra|further)\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?)\\b`, 'i');
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44 };

/**
 * "The extension gives applicants an additional 30 days": the time a change of deadline told before it ("from
 * January 9 to February 8") adds, from the old day to the new, when the count agrees with the gap between them
 * (within a tenth, or three days).
 */
export function addedTime(u: Unit, change: { from: EventDate; to: EventDate } | null): Draft | null {
  if (!change) return null;
  const text = u.paraText.slice(u.start, u.end);
  const m = ADDED_TIME.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  const from = parseYmd(change.from.start);
  const to = parseYmd(change.to.start);
  if (!m || !n || !from || !to || change.from.end || change.to.end || change.from.mod || change.to.mod) return null;
  const want = n * UNIT_DAYS[m[2].toLowerCase().replace(/s$/, '')];
  const gap = toDayNumber(to) - toDayNumber(from);
  const { title, drafted } = titled(text);
  if (gap <= 0 || Math.abs(gap - want) > Math.max(3, want / 10) || !title) return null;
  const uncertain = change.from.yearUncertain || change.to.yearUncertain;
  return wholeUnit(u, { title, drafted }, {
      start: change.from.start,
      end: change.to.start,
      basis: change.to.basis,
      rule: 'change/added-time',
      note: `“${m[0]}”: the time the change from ${fmtHuman(from)} to ${fmtHuman(to)} adds.`,
      ...(uncertain ? { yearUncertain: true } : {}),
    });
}

/** A draft whose evidence is its whole unit (a sentence, or the clause the unit is), placed by the order it is kept in. */
function wholeUnit(u: Unit, t: { title: string; drafted: TitleDraft }, date: EventDate): Draft {
  return { paragraphId: u.paragraphId, start: u.start, end: u.end, ...t, date, order: 0 };
}

/** How many of the events already kept "the <happening>" may name, newest first. */
export const RECENT_EVENTS = 12;

const WITHIN_OPENING = new RegExp(`^\\W*within\\s+(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)\\s*,`, 'i');

/**
 * "In 1952 she was sent to the district. … Within five years, deaths had fallen by half": a sentence that opens
 * with "Within N years", told in the past, is counted from the last date its paragraph gave before it.
 */
export function withinOf(u: Unit, dated: Draft[], ctx?: NarrativeContext): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  const m = WITHIN_OPENING.exec(text);
  if (!m || happeningOf(text) !== 'past') return null;
  let from: Draft | null = null;
  for (const d of dated) if (d.paragraphId === u.paragraphId && d.end <= u.start && !d.date.mod && !d.date.end && (!from || d.start > from.start)) from = d;
  // "In the days after the collapse, … Within a month, …": with no date of its own before it in the paragraph, the
  // count runs on from the happening a span was just counted from, from its start to a month after its end.
  const happening = !from && ctx?.happening?.paragraphId === u.paragraphId ? ctx.happening.draft : null;
  const n = /^an?$/i.test(m[1]) ? 1 : parseCount(m[1]);
  const base = from ?? happening;
  const end = base ? endAfter(base.date.end ?? base.date.start, n, m[2]) : null;
  const { title, drafted } = titled(text.slice(m[0].length));
  if (!base || !end || !title) return null;
  return wholeUnit(u, { title, drafted }, { start: base.date.start, end, basis: base.date.basis, rule: 'sequence/within-from-date', note: `“${m[0].replace(/,$/, '')}” of “${base.title}”.`, ...(base.date.yearUncertain ? { yearUncertain: true } : {}) });
}

// "In the days after the collapse, …", "In the weeks following the vote, …": an opening span after a happening named.
const AFTER_HAPPENING = /^\W*(?:in|during|over)\s+the\s+(?:(?:first|few|following|next)\s+)?(hours|days|weeks|months)\s+(?:after|following)\s+the\s+((?:[a-z-]+\s+){0,2}?([a-z-]{4,}))\s*,\s*/i;
// "in the first 48 hours of the incident period": the first stretch of a happening or period named.
const FIRST_OF = new RegExp(`\\b(?:in|during|over|within)\\s+the\\s+first\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(hours|days|weeks)\\s+of\\s+the\\s+((?:[a-z-]+\\s+){0,2}([a-z-]{4,}))(?=\\s*[,.;:!?]|\\s*$)`, 'i');
// How long "the days (weeks, months, hours) after" a happening runs past its last day.
const AFTER_REACH: Record<string, number> = { hours: 1, days: 14, weeks: 42 };

/**
 * The dated event "the <noun>" names: one whose words hold the noun (`guessed` false), else the story's lead for a
 * happening noun, or the first range for "the … period" (`guessed` true: which happening is meant is a reading).
 */
function namedHappening(u: Unit, ctx: NarrativeContext, phrase: string, noun: string, recent: Draft[]): { draft: Draft; guessed: boolean } | undefined {
  const stem = noun.toLowerCase().replace(/(?:es|s|e|ing)$/, '');
  const before = (d: Draft) => d.paragraphId !== u.paragraphId || d.end <= u.start;
  const root = (stem.length >= 4 ? stem : noun.toLowerCase()).replace(/[^a-z-]/g, '');
  const word = new RegExp(`\\b${root}`, 'i');
  for (let i = recent.length - 1; i >= 0; i--) if (root.length >= 3 && word.test(recent[i].title)) return { draft: recent[i], guessed: false };
  // "the incident period": the first stretch of days the text gave.
  if (/^period$/i.test(noun)) return ctx.firstRange && before(ctx.firstRange) ? { draft: ctx.firstRange, guessed: true } : undefined;
  const lead = SUDDEN_HAPPENING.test(noun) && !/\b(?:next|first|second|last|previous|coming)\b/i.test(phrase) && ctx.storyLead && before(ctx.storyLead) ? ctx.storyLead : undefined;
  return lead && { draft: lead, guessed: true };
}

/**
 * "In the days after the collapse, rescue teams arrived", "recorded 14 inches in the first 48 hours of the
 * incident period": a stretch counted from a happening the text dated, told in the past with no date of its own.
 */
export function afterHappening(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[]): Draft | null {
  const opening = AFTER_HAPPENING.exec(u.paraText.slice(u.start, u.end));
  const first = opening ? null : FIRST_OF.exec(u.paraText.slice(u.start, u.end));
  const m = opening ?? first;
  if (!m) return null;
  const text = u.paraText.slice(u.start, u.end);
  if (happeningOf(text) !== 'past') return null;
  // The dated events read before it, newest last: the article's last few kept, then this paragraph's.
  const recent: Draft[] = kept()
    .filter((e) => e.date.mod !== 'before' && e.date.mod !== 'after')
    .map((e) => ({ paragraphId: e.evidence[0].paragraphId, start: e.evidence[0].start, end: e.evidence[0].end, title: e.title, date: e.date, order: 0 }));
  for (const d of drafts) if (d.paragraphId === u.paragraphId && d.end <= u.start && d.date.mod !== 'before' && d.date.mod !== 'after') recent.push(d);
  const named = namedHappening(u, ctx, m[opening ? 2 : 3], m[opening ? 3 : 4], recent);
  const h = named?.draft;
  const start = h && parseYmd(h.date.start);
  const last = h && parseYmd(h.date.end ?? h.date.start);
  if (!h || !start || !last || h.date.mod) return null;
  let end: Ymd;
  if (opening) {
    const unit = m[1].toLowerCase();
    end = unit === 'months' ? (() => { const e = addMonths(last.y, last.m, 3); return { ...e, d: Math.min(last.d, new Date(Date.UTC(e.y, e.m, 0)).getUTCDate()) }; })() : addDays(last, AFTER_REACH[unit]);
  } else {
    const n = parseCount(m[1]);
    if (!n || !Number.isInteger(n)) return null;
    const days = m[2].toLowerCase() === 'hours' ? Math.ceil(n / 24) : m[2].toLowerCase() === 'weeks' ? 7 * n : n;
    end = addDays(start, days - 1);
    if (toDayNumber(end) > toDayNumber(last)) return null;
  }
  const { title, drafted } = titled(opening ? text.slice(m[0].length) : removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  if (!title) return null;
  // What is counted from it next ("Within a month", "Since then") rests on the same reading, and is flagged with it.
  const from = named!.guessed ? { ...h, date: { ...h.date, yearUncertain: true } } : h;
  ctx.happening = { draft: from, paragraphId: u.paragraphId };
  ctx.lastDated = from;
  return wholeUnit(u, { title, drafted }, {
      start: h.date.start,
      ...(fmtDay(end) !== h.date.start ? { end: fmtDay(end) } : {}),
      basis: h.date.basis,
      rule: 'sequence/counted-from-happening',
      note: `“${m[0].replace(/[\s,]+$/, '').replace(/^\W+/, '')}”: counted from “${h.title}”${opening ? ', up to some days (weeks, months) after it' : ''}.${named!.guessed ? ' The article does not name it again; that it is meant is a reading, so the date is shown as a guess.' : ''}`,
      ...(h.date.yearUncertain || named!.guessed ? { yearUncertain: true } : {}),
    });
}
