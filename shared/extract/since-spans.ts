// "since <date>": whether the clause tells a stretch from then up to now (the present perfect), or up to a later
// time the sentence names (the past perfect), rather than one happening after the date.

import type { EventDate } from '../document';
import { addDays, DAY_VALUE, fmtDay, parseYmd, type Ymd } from '../time-value';
import { type Anchored, type Clause, datesTheTelling, subjectVerbAt, usable } from './anchor';
import { NUMBER_WORD_RE, ORDINAL_WORDS, PAST_PARTICIPLES, PERFECT_AUXILIARY, recordSinceBefore, REPORTED_THAT, SUPERLATIVE_RE, TELLING_VERB_RE, TELLING_VERB_WORD } from './lexicon';
import { dateFromTimex } from './resolve';
import type { Unit } from './segment';
import { happeningOf } from './tense';
import type { Timex } from './types';
import { type Draft, singleDay } from './draft';

export const HAS_SINCE = /^(?:and\s+)?(?:has|have|had)\s+since\s+[a-z]/i;
export const START_ASIDE = /^(?:which|that|who)\s+(?:first\s+)?(?:started|began|broke\s+out|erupted|opened|founded|launched|set\s+up|took\s+over|(?:was|were)\s+(?:founded|launched|set\s+up|opened|started))\b/i;
export const WHICH_LATER = /^(?:which|who)\s+(?:then\s+)?later\s+[a-z]/i;
// "the only strike since 1990" is one happening after the year, and so is "the first since early 1990".
const RECORD_LEAD_SINCE = recordSinceBefore(String.raw`(?:the\s+)?\S*\s*`);
// "has been closed to the largest ships since May", "have been barred from the busiest streets since": a superlative
// naming whom a state of access leaves out is no record, and the state lasts from the date (not "driven to the lowest
// level since", a record).
const ACCESS_SUPERLATIVE = new RegExp(String.raw`\b(?:been|remained|stayed|kept)\s+(?:closed|shut|barred|banned|open|off-limits|restricted|forbidden|limited|unavailable|inaccessible)\s+(?:to|from|for)\s+(?:all\s+but\s+)?(?:the|its|their)\s+(?:most|least|${SUPERLATIVE_RE})\b[^,.;:!?]{0,60}?\bsince\s`, 'i');
const FIRST_SINCE = { test: (lead: string): boolean => RECORD_LEAD_SINCE.test(lead) && !ACCESS_SUPERLATIVE.test(lead) };
// "since at least 1742": a hedge on the start leaves the stretch one.
const SINCE_BEFORE = /\bsince\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;
// "since the wet autumn of 2013", "since the dry summer": a season that a word of weather or mood describes is still the
// season the stretch starts in. Not a first or a last ("since the first summer"), which counts a happening.
const SINCE_THE_ADJECTIVE = /\bsince\s+the\s+([a-z]{3,})\s+$/i;
function sinceSeasonWithAdjective(text: string, c: Clause, main: Timex): boolean {
  if (!/^season/.test(main.rule ?? '')) return false;
  const m = SINCE_THE_ADJECTIVE.exec(text.slice(Math.max(c.start, main.start - 30), main.start));
  return !!m && !SUPERLATIVE.test(m[1]) && !/^(?:next|same|following|previous|coming|past)$/i.test(m[1]);
}
// Irregular participles with no regular ending among them ("has stood empty since 2003", "have sat idle since May",
// "has made glass there since 1884"); "has had to" is a duty held since ("has had to queue since May"), where a bare
// "has had" may be a habit ("has had floods every spring since 2015"); with a definite object it is a thing held ("who
// have had the hotel since 1952"), a state. A degree before the participle ("have nearly
// doubled since March", "has more than halved") leaves the tense as it is.
// Also contracted: "I've lived here since 1979", "she's worked there since May", "it's been shut since Monday" ("'s"
// only after a pronoun, where it is no possessive).
export const PRESENT_PERFECT = new RegExp(String.raw`${PERFECT_AUXILIARY}\s+(?:(?:not|already|also|now|only|just|barely|slowly|steadily|gradually|quietly|largely|partly|mostly|since|nearly|almost|roughly|more\s+than|sharply|rapidly|greatly|virtually)\s+)?(?:been|had(?=\s+(?:to|the|its|his|her|their|our|my|your)\s)|hit|shut|met|led|set|put|cut|won|got|stood|sat|spent|sent|come|become|run|hung|stuck|slept|made|found|heard|sung|rung|swung|clung|stung|swum|dug|sunk|shrunk|[a-z]{2,}(?:ed|en|wn|un|ht|lt|st|id|ne|ld|ft|pt))\b`, 'i');
// "the ranges, closed since Oct. 29, will reopen", "the pool, empty since May, is to be sold": any state set off so.
// "the car park, shut since the gales in March, reopens": since a happening the date is given to, the same state.
const UNCHANGED_SINCE = /(?:^|,\s+)(?:still\s+)?(?:[a-z]{3,}(?:ed|en)|shut|idle|empty|vacant|dark|silent|dormant)\s+since\s+(?:(?:the|a|an|its|their|his|her|our|my)\s+(?:[\w'’-]+\s+){1,3}?(?:on|in)\s+)?$/i;
// How far before the date that state is looked for: the participle, "since" and a short noun phrase.
const UNCHANGED_REACH = 70;
// "has had no doctor since 2015", "have not had a day off since May": a lack that has lasted, a state up to now
// ("has had" alone is left out: "has had restrictions every summer since 2020" is a habit, no stretch).
// "has had a customs post since 1911", "have had their own school since 1950": a thing held since then, a state up to
// now too (unless "every" or "each" makes it a habit); so is a bare plural ("has had buckets under the roof since").
const HAD_NONE = /\b(?:(?:has|have)\s+had\s+(?:no|none)\b|(?:has|have)\s+(?:not|never)\s+had\b|(?:has|have)\s+had\s+(?:a|an|its|their|his|her|our|my|[a-z]{3,}s)\s(?![^,;.]*\b(?:every|each)\b))/i;
// "Since the centers opened on June 16", "since the declaration on October 21": a happening dated after "since"; so is
// one told by a gerund ("since taking office in May").
export const SINCE_HAPPENING = /\bsince\s+(?:(?:the|a|an|its|their|his|her|our|my)\s+(?:[\w'’-]+\s+){1,4}?|[a-z]{2,}ing\s+(?:[\w'’-]+\s+){0,4}?)(?:on|in)\s+$/i;

/** "since the first centre opened on May 2": a clause of its own after "since", its subject and verb first. */
export function sinceClause(text: string, sub: { start: number; end: number }): boolean {
  return /^since\s/i.test(text.slice(sub.start, sub.start + 6)) && subjectVerbAt(text, sub.start + 5) >= 0;
}

// A state told in the past perfect ("had been closed", "had worked") or as the state a happening ended ("reopened after
// being closed", "shut after failing to sell a bell since 1967", a gerund after "after" looking back as "having failed"
// does): it held up to a time in the past, not up to now.
// "Shares rose on Wednesday, having fallen since July": a perfect participle set off after a dated clause also held up
// to that clause's time.
const PAST_PERFECT_STATE = /\b(?:had\s+(?:(?:not|never|also|already|only|just|long)\s+)?(?!(?:a|an|the|no|to|his|her|its|their)\b)[a-z]{2,}|(?:after|before)\s+(?:being|having\s+been)\s+[a-z]{3,}|after\s+(?:not\s+)?[a-z]{3,}ing|having\s+(?:(?:not|never|also|already|only|just|long)\s+)?[a-z]{3,})\b/i;
// "since she hurt her knee in", "since the old mill closed in": a clause of its own after "since", up to the date.
const SINCE_CLAUSE_LEAD = /\bsince\s+(?:(?:she|he|they|it|we|I)\s|(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]{3,}ed|was|were|had|closed|began|opened|left)\s)[^,;:.]*$/;
const AND_THAT = /,?\s+and\s+that\s/i;
const AND_BEFORE = /,\s+and\s/i;
const AND_HAD = /\s(?:and|but)\s+(?:(?:she|he|it|they|we|I)\s+)?had\s+(?!(?:(?:not|never|also|already|only|just|finally)\s+)?(?:returned|recovered|reopened|resumed|restarted|died|left|come|gone|ended|finished|been\s+(?:released|freed|discharged|found|rescued|reopened))\b)[a-z]{3,}/i;

/**
 * Where a stretch from "since <date>" told in the past perfect ends: at the nearest later date the sentence gives
 * another of its clauses ("had been missing since Friday and was found on Sunday"), else, when a telling puts it
 * in the past ("said her knee had hurt since Monday"), at publication; null when the sentence names no such time.
 */
export function pastPerfectSinceEnd(u: Unit, c: Clause, main: Timex, date: EventDate, anchored: Anchored[], published: Ymd | null): { end: string; to: 'later-date' | 'publication'; what?: string; yearUncertain?: boolean } | null {
  const since = pastPerfectSince(u, c, main);
  if (!since) return null;
  const { leadStart, sinceAt } = since;
  const hadBefore = /\bhad\s/i.test(u.paraText.slice(leadStart, leadStart + sinceAt));
  const from = date.end ?? date.start;
  let best: { end: string; what: string; yearUncertain?: boolean; gap: number } | null = null;
  for (const p of anchored) {
    if (p.main === main || p.end || (p.clause.start < c.end && p.clause.end > c.start)) continue;
    // "…, in her first race since she hurt her knee in March": a date a "since" of its own counts from is where another
    // stretch began, no later time this one lasted up to.
    // ("since Friday's quarter-final", a happening named, may still be the later time: only a clause of its own counts.)
    if (SINCE_CLAUSE_LEAD.test(u.paraText.slice(Math.max(p.clause.start, p.main.start - 60), p.main.start))) continue;
    // "said sales had risen since May 3, and that June 1 had been the best day": a second thing told, beside the
    // stretch, falls inside it and does not end it.
    if (p.main.start > main.end && AND_THAT.test(u.paraText.slice(main.end, p.main.start))) continue;
    // "had been in poor health since the spring and had stopped writing in August": a conjunct told in the past
    // perfect too is another thing that happened within the stretch, no end to it ("… and was found on Sunday" is,
    // and so is one whose verb ends the state: "… and had returned home on Thursday").
    if (p.main.start > main.end && AND_HAD.test(u.paraText.slice(main.end, p.main.start))) continue;
    // "worked there until he retired in 2018, and had been a regular since 2017": a date in a conjunct before the
    // stretch's own ends that conjunct, not this stretch.
    if (p.main.end < main.start && AND_BEFORE.test(u.paraText.slice(p.main.end, main.start))) continue;
    const d = dateFromTimex(p.main, published);
    if (!d || d.mod || d.end || d.start.length < from.length || d.start <= from) continue;
    // "said the Trust had built forty boats since 1990 and would order two more next year": a time after publication is
    // a plan beside the stretch; what had been done by the telling cannot last up to it. (A state told ahead, "reopens
    // on May 21 after being closed since April 12", does last up to the later day.)
    if (published && hadBefore && d.start > fmtDay(published).slice(0, d.start.length)) continue;
    const gap = Math.abs(p.main.start - main.start);
    if (!best || gap < best.gap) best = { end: d.start, what: p.main.text, yearUncertain: d.yearUncertain, gap };
  }
  if (best) return { end: best.end, to: 'later-date', what: best.what, yearUncertain: best.yearUncertain };
  // "told shareholders at the annual meeting on Tuesday that orders had stopped since …": up to the telling's day.
  const told = tellingDayBefore(u, leadStart + sinceAt, from, published);
  if (told) return { end: told.date.start, to: 'later-date', what: told.text, yearUncertain: told.date.yearUncertain };
  const pub = published && fmtDay(published);
  if (pub && from < pub && TELLING_VERB_WORD.test(u.paraText.slice(u.start, leadStart + sinceAt))) return { end: pub, to: 'publication' };
  return null;
}

/**
 * The day of a telling before `at` in the unit ("said on Tuesday that …"), when it is a plain date later than `from`:
 * where a stretch the telling reports in the past perfect ends.
 */
export function tellingDayBefore(u: Unit, at: number, from: string, published: Ymd | null): { date: EventDate; text: string } | null {
  const told = u.timexes.find((t) => t.start >= u.start && t.end <= at && usable(t) && datesTheTelling(u.paraText, t));
  const date = told && dateFromTimex(told, published);
  if (!told || !date || date.mod || date.end || date.start.length < from.length || date.start <= from) return null;
  return { date, text: told.text };
}

/**
 * Where "since" and the clause's opening words before it start, when the clause tells a state in the past perfect
 * from the date ("had lived there since 1968"); null otherwise.
 */
export function pastPerfectSince(u: Unit, c: Clause, main: Timex): { leadStart: number; sinceAt: number } | null {
  // Read no further back than a clause's opening words: the search below is slow on a long stretch without a comma.
  const leadStart = Math.max(u.start, c.start - 24, main.start - 160);
  const lead = u.paraText.slice(leadStart, main.start);
  const sinceAt = lead.search(/\bsince\s[^,;:]*$/i);
  if (sinceAt < 0 || FIRST_SINCE.test(lead) || !PAST_PERFECT_STATE.test(lead.slice(0, sinceAt))) return null;
  return { leadStart, sinceAt };
}

/**
 * A past-perfect stretch from "since" that an undated telling put before publication ("Her son said she had been ill
 * since April"): the paragraph's pass ends it at the story's day instead, when it has one in between
 * (sinceToldToStoryDay).
 */
export const SINCE_TOLD = '/since-told';

/**
 * "She died on Saturday. … Her son said she had been ill since April": the state the telling reports in the past
 * perfect held up to the day the story tells of, not up to publication. Left up to publication when the story has no
 * single day after the stretch's start and before publication.
 */
export function sinceToldToStoryDay(d: Draft, story: Draft | undefined): void {
  d.date.rule = d.date.rule!.slice(0, -SINCE_TOLD.length);
  const day = singleDay(story);
  if (!day || !d.date.end || !(d.date.start < day.slice(0, d.date.start.length)) || !(day < d.date.end)) return;
  d.date.end = day;
  d.date.rule = d.date.rule.replace(/\/since-until-publication$/, '/since-until-story-day');
  d.date.note = `“since”, told in the past perfect: from then up to “${story!.title}”, the day the story tells of.`;
  if (story!.date.yearUncertain) d.date.yearUncertain = true;
}

/** A past-perfect stretch from "since" whose sentence names no end: the paragraph's pass ends it at the story's day. */
export const SINCE_OPEN = '/since-open';

/**
 * "The climbers had been stranded on the ridge since Sunday": told after the story's own day ("were rescued on
 * Tuesday"), a past-perfect state with no end in its sentence lasted up to that day. Left as "after" the date when
 * the story has no day before publication, or its day is not after the date.
 */
export function sinceToStoryDay(d: Draft, story: Draft | undefined): void {
  d.date.rule = d.date.rule!.slice(0, -SINCE_OPEN.length);
  const day = story && !story.date.end && story.date.mod !== 'before' && story.date.mod !== 'after' && DAY_VALUE.test(story.date.start) ? story.date.start : null;
  if (!day || d.date.mod !== 'after' || !(d.date.start < day.slice(0, d.date.start.length))) return;
  delete d.date.mod;
  d.date.end = day;
  d.date.rule = `${d.date.rule}/since-until-story-day`;
  d.date.note = `“since”, told in the past perfect: from then up to “${story!.title}”, the day the story tells of.${d.date.note ? ` ${d.date.note}` : ''}`;
  if (story!.date.yearUncertain) d.date.yearUncertain = true;
}

// A finite verb, or a past participle, of a clause's own.
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|[a-z]{3,}ed)\b/i;

/**
 * "has served the village since 1887, first from a shop and since 1952 from the store", "has lived in Oslo since 1990
 * and in Bergen since 2001": a conjunct with no verb of its own shares the present perfect of its sentence before it.
 */
function sharesPerfect(text: string, c: Clause, clause: string): boolean {
  if (FINITE.test(clause)) return false;
  const before = text.slice(Math.max(0, c.start - 200), c.start);
  const sentence = before.slice(before.search(/[^.!?]*$/));
  return PRESENT_PERFECT.test(sentence);
}

/**
 * "since March" in a clause told in the present perfect ("has sat since July"): a stretch up to now. With bareTelling, a
 * reported past perfect needs no "that" after its telling verb.
 */
export function sinceUpToNow(text: string, c: Clause, main: Timex, bareTelling = false): boolean {
  const lead = text.slice(Math.max(c.start, main.start - 80), main.start);
  // "has posted its first annual loss since 1992": a first (a record) since then is one happening after it.
  if (FIRST_SINCE.test(lead)) return false;
  const k = lead.search(/\bsince\s[^,;:]*$/i);
  const since = SINCE_BEFORE.test(text.slice(Math.max(c.start, main.start - 16), main.start)) || sinceSeasonWithAdjective(text, c, main) || SINCE_HAPPENING.test(text.slice(Math.max(c.start, main.start - 60), main.start)) || (k >= 0 && sinceClause(text, { start: main.start - lead.length + k, end: main.start }));
  if (!since) return false;
  const clause = text.slice(c.start, c.end);
  if (PRESENT_PERFECT.test(clause) || HAD_NONE.test(clause)) return true;
  if (sharesPerfect(text, c, clause)) return true;
  if (COUNT_SINCE.test(text.slice(Math.max(c.start, main.start - 100), main.start))) return true;
  // "thanked callers for more than 300 calls since Christmas Eve", "praised crews for 40 rescues since May": a tally of
  // things since the date runs up to the telling, now.
  // Not in the past perfect ("had raised 8,000 since the autumn"): that runs up to a time the story is at.
  if (TALLY_SINCE.test(text.slice(Math.max(c.start, main.start - 60), main.start)) && !/\bhad\s/i.test(text.slice(c.start, main.start))) return true;
  // "the rules, unchanged since 1961, pay the bearer": a state set off after a noun whose clause goes on untold in the
  // past holds up to now.
  if (UNCHANGED_SINCE.test(text.slice(Math.max(c.start, main.start - UNCHANGED_REACH), main.start))) {
    const rest = text.slice(main.end, Math.min(text.length, main.end + 120)).split(/[.!?]/)[0];
    if (/^,\s/.test(rest) && happeningOf(rest) !== 'past') return true;
  }
  // "Tickets sold since Easter will be refunded": a participle right after its plural noun tells what has been done
  // from the date up to now, when the clause goes on untold in the past (not "the worst storms recorded since", a
  // record; "tickets sold since Easter were withdrawn on Monday" ended then).
  const done = PARTICIPLE_SINCE.exec(text.slice(Math.max(c.start, main.start - 40), main.start));
  if (done && (done[1] !== undefined || PAST_PARTICIPLES.has(done[2].toLowerCase())) && !SUPERLATIVE.test(text.slice(Math.max(c.start, main.start - 60), main.start))) {
    const rest = text.slice(main.end, Math.min(text.length, main.end + 120)).split(/[.!?,;]/)[0];
    if (happeningOf(rest) !== 'past' && !/\bhad\s/i.test(rest)) return true;
  }
  // "Who runs the yard now? / Ivo Crane, my foreman since 1996.": a role set off as a noun phrase of its own holds
  // up to now too, unless a past clause goes on after it ("a teacher since 1990, retired on Monday" ended then).
  const role = ROLE_SINCE.exec(text.slice(Math.max(c.start, main.start - 60), main.start));
  if (role && !FINITE.test(role[0]) && !SUPERLATIVE.test(role[0])) {
    const rest = text.slice(main.end, Math.min(text.length, main.end + 120)).split(/[.!?]/)[0];
    if (/^\s*$/.test(rest) || (/^,\s/.test(rest) && happeningOf(rest) !== 'past')) return true;
  }
  // "told analysts that the company had struggled since …": a present perfect put into the past by the telling (which
  // a clause of its own may hold, just before).
  const before = text.slice(Math.max(0, c.start - 160), main.start);
  // A habit's reported clause may come with no "that" and a noun for its subject ("said demand had risen every month
  // since the spring"): then the last telling verb before the date opens it (bareTelling, asked by scheduleCutOf).
  const told = REPORTED_THAT.exec(before) ?? (bareTelling ? lastTelling(before) : null);
  const reported = told ? before.slice(told.index + told[0].length) : '';
  return !!told && !/[.!?]\s/.test(reported) && REPORTED_PAST_PERFECT.test(reported);
}
const TELLING_BARE = new RegExp(String.raw`\b${TELLING_VERB_RE}\s+`, 'gi');
function lastTelling(before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(TELLING_BARE)) last = m as RegExpExecArray;
  return last;
}
// "This is the third fire at the mill since May": a count of happenings since the date, told in the present, runs up
// to now. Not "the first" (a record, FIRST_SINCE), nor "was the third" (up to a time the sentence does not give).
const COUNT_SINCE = new RegExp(String.raw`\b(?:is|are)\s+(?:now\s+)?(?:the|its|their|his|her)\s+(?:${ORDINAL_WORDS.slice(1).join('|')}|\d+(?:st|nd|rd|th))\s[^,.;:!?]{0,60}?\bsince\s+(?:the\s+)?$`, 'i');
// A number and its plural noun right before "since" ("300 calls since", "forty rescues since the", "nine cases of
// scurvy since"); not a length ("two years since").
const TALLY_SINCE = new RegExp(String.raw`\b(?:\d[\d,]*|${NUMBER_WORD_RE})\s+(?:[a-z-]+\s+)?(?!(?:years|months|weeks|days|hours|minutes|decades|centuries)\b)[a-z]{3,}s\s+(?:of\s+(?:[a-z-]{3,}\s+){1,2})?since\s+(?:the\s+)?$`, 'i');
// A plural noun and the participle right after it, "-ed" or irregular ("tickets sold since", "claims settled since the").
// Not after a word that makes the plural a verb's subject in the present ("it sells", no "-s" verb before is read).
const PARTICIPLE_SINCE = /\b[a-z]+[a-rt-z]s\s+(?:[a-z]{2,}(ed)|([a-z]{3,}))\s+since\s+(?:the\s+)?$/i;
// ", my foreman since": a noun phrase opened by a determiner and set off by a comma (or opening its clause).
const ROLE_SINCE = /(?:^|,\s+)(?:my|his|her|their|our|its|the|a|an)\s+(?:[a-z-]+\s+){0,4}?[a-z]{3,}\s+since\s+(?:the\s+)?$/i;
// "the worst storm since 1987", "its first loss since 2001": one happening measured against the years since, no state.
const SUPERLATIVE = /\b(?:first|last|worst|best|most|least|only|[a-z]{2,}est)\b/i;
const REPORTED_PAST_PERFECT = /^[^,;:.!?"“”]{0,60}?\bhad\s+(?:(?:not|also|been)\s+)?[a-z]{2,}(?:ed|en|wn|un|ht|lt|st|id|ne|ld|ft|pt)\b/i;

/**
 * "the ranges, closed since Oct. 29, will reopen on Jan. 11": a state set off after its noun, whose clause goes on to
 * the day it ends, lasts up to the day before that later day rather than up to publication. Null when the clause
 * right after the aside names no single day after publication.
 */
export function asideStateEnd(u: Unit, c: Clause, main: Timex, anchored: Anchored[], published: Ymd): { end: string; what: string; yearUncertain?: boolean } | null {
  if (!UNCHANGED_SINCE.test(u.paraText.slice(Math.max(c.start, main.start - UNCHANGED_REACH), main.start))) return null;
  const next = anchored.find((p) => p.main !== main && !p.end && p.clause.start >= c.end && p.clause.start <= c.end + 3);
  const d = next && dateFromTimex(next.main, published);
  const day = d && singleDay({ date: d }) ? parseYmd(d.start) : null;
  if (!day || d!.start <= fmtDay(published) || !/\b(?:re-?open|resume|restart|return)/i.test(u.paraText.slice(next!.clause.start, next!.main.start))) return null;
  return { end: fmtDay(addDays(day, -1)), what: next!.main.text, yearUncertain: d!.yearUncertain };
}

/**
 * "The mill, idle since 1990, was pulled down in May": a state set off after its noun, whose clause goes on in the past
 * to a happening on a date of its own, lasted up to that date. Null when the clause right after the aside gives no
 * single plain date after the state's start and no later than publication.
 */
export function asideStateUpTo(u: Unit, c: Clause, main: Timex, date: EventDate, anchored: Anchored[], published: Ymd): { end: string; what: string; yearUncertain?: boolean } | null {
  if (!UNCHANGED_SINCE.test(u.paraText.slice(Math.max(c.start, main.start - UNCHANGED_REACH), main.start))) return null;
  const next = anchored.find((p) => p.main !== main && !p.end && p.clause.start >= c.end && p.clause.start <= c.end + 3);
  const d = next && dateFromTimex(next.main, published);
  const from = date.end ?? date.start;
  if (!next || !d || d.mod || d.end || d.start.length < from.length || d.start.slice(0, from.length) <= from) return null;
  if (d.start > fmtDay(published).slice(0, d.start.length) || happeningOf(u.paraText.slice(next.clause.start, next.main.start)) !== 'past') return null;
  return { end: d.start, what: next.main.text, yearUncertain: d.yearUncertain };
}
