// Sentences with no date that go on from the happening the story told last: "Since then, the party has been in
// decline" (from it up to publication), "an hour after the final whistle" (its day), "Later, the crowd dispersed"
// (after it).

import type { EventDate } from '../document';
import { addDays, DAY_VALUE, fmtDay, parseYmd } from '../time-value';
import { pastPerfectAt } from './anaphor-anchors';
import { type Draft, singleDay } from './draft';
import { CLOCK_HOUR_WORDS, countWords, NAMED_TIME_OF_DAY_RE } from './lexicon';
import { type NarrativeContext, type Placing, shortSpan } from './narrative';
import type { Unit } from './segment';
import { fmtHuman, relativeTo } from './resolve';
import { happeningOf, tenseAt } from './tense';
import { titled } from './title';

// "Since then, the party has been in decline": from the date in narrative focus up to publication.
// "In the years since, the town has lost its shops", "In the two decades since then …": the stretch named whole, the same.
const SINCE_THEN = /^["“]?(?:Since\s+then|Ever\s+since|Since\s+that\s+time|(?:In|Over|During)\s+the\s+(?:[a-z]+\s+)?(?:years|months|weeks|days|decades)\s+since(?:\s+then)?(?=\s*,))\b,?\s*/i;
// "The firm has since moved its plant": "since" after the verb, the same span.
const HAS_SINCE = /^[^.;:"“”]{0,120}?\b(?:has|have)\s+since\s+[a-z]/i;
// "has not", "has never", "hasn't": a present perfect denied, which both since-patterns here read alike.
const DENIAL = String.raw`(?:\s+(?:not|never)|n['’]t)`;
// "We have worked together since then": "since then" closing a present perfect, the same span; "It has stood empty
// ever since." the same.
// "They have not lost since.", "have spent the years since rebuilding it": a bare "since" closing the clause, or one
// after a plural of time and before a gerund, counts from the same happening; so does one denied with "never" or
// "n't" ("It has never reopened since", "They haven't lost since").
const HAS_SINCE_THEN = new RegExp(String.raw`^[^.;:"“”]{0,120}?\b(?:has|have)${DENIAL}?\s+[a-z]{2,}(?:ed|en|wn|un|ht|lt|st|id|ne|ld|ft|pt|od|nt)\s+(?:[a-z]+\s+){0,6}?(?:(?:ever\s+)?since\s+then\b|(?:ever\s+)?since(?=\s*(?:[,;.!?]|$))|the\s+(?:years|months|weeks|days|decades)\s+since(?=\s+[a-z]{3,}ing\b))`, 'i');
// "The bell had hung since then in the church", "replied that they had wasted the months since then": the same, told
// in the past perfect, which looks back from the day the story has got to.
const HAD_SINCE_THEN = /^[^.;:"“”]{0,120}?\bhad\s+(?:not\s+)?(?:been\s+)?(?!(?:a|an|the|no|to|his|her|its|their|some|any|it|them)\s)[a-z]{3,}\s+(?:[a-z]+\s+){0,6}?(?:ever\s+)?since\s+then\b/i;
// A clause ending on "since" or "since then" right before "and"/"but" (no comma, no other sentence mark before it).
const SINCE_BEFORE_AND = /^[^.;:,"“”]{0,160}?\b(?:ever\s+)?since(?:\s+then)?(?=\s+(?:and|but)\s)/i;
// What a telling reports with "since" after the verb: "have since rebuilt", or "had since rebuilt" when reported in the past.
const TOLD_SINCE = /^[^.;:"“”]{0,120}?\b(?:has|have|had)\s+since\s+[a-z]/i;
// The clause after an opening "Since then" told in the past perfect: "it had lost", "the town had not seen".
const HAD_AFTER_SINCE = /^[^.;:"“”]{0,60}?\bhad\s+(?:(?:not|never|only|already|also|twice|rarely|seldom)\s+)?(?:been\s+)?(?!(?:a|an|the|no|to|his|her|its|their|some|any|it|them)\s)[a-z]{3,}\b/i;
// "The bell went to a dealer abroad and has not been rung since": a first conjunct with no "has" or "have" of its own
// before one in the present perfect, with no comma, semicolon or quote between.
const PAST_BEFORE_PERFECT = /^((?:(?!\b(?:has|have)\b)[^.;:,"“”]){5,119}?[^\s.;:,"“”])\s+and\s(?=(?:has|have)\b)/i;
// ", except in 1917,", ", except for a spell in 1940": a time a stretch told before it left out.
const EXCEPTION = /,\s+except\s+(?:in|for|during|on)\s/i;
const BY_THEN = /^\W*By\s+(?:then|that\s+time)\b,?\s*/i;
// "within 14 minutes", "within the hour", "within minutes": too short a wait to leave the day either.
const HOURS_FROM = new RegExp(String.raw`\b(?:an?|${countWords(1, 4)}|several|a\s+few)\s+(?:hours?|minutes?)\s+(?:after|before)\s+(?:the|his|her|its|their)\s+[a-z]|\bwithin\s+(?:(?:\d{1,3}|an?|${countWords(1, 5)}|ten|twenty|thirty|several|a\s+few)\s+)?(?:hours?|minutes?)\b|\bwithin\s+the\s+hour\b`, 'i');
// "Hours later", "Minutes later": no count, but too short a wait to leave the day.
const HOURS_LATER = /^\W*(?:(?:only|just|a\s+few|several|some)\s+)?(?:hours|minutes|moments)\s+later\b/i;
// "shortly after ten", "soon after 9 p.m.", "shortly after noon": a time of the day in focus, not a step on from the
// happening told last.
const SEQUENCE = new RegExp(String.raw`\b(subsequently|afterwards|afterward|thereafter|later|then|(?:soon|shortly)\s+after(?!\s+(?:\d|(?:${CLOCK_HOUR_WORDS.join('|')}|${NAMED_TIME_OF_DAY_RE})\b)))\b`, 'i');

/**
 * Where the clause opening a sentence ends (at its first comma or semicolon after a word or two), when the sentence's
 * first own date (at `ownAt`) lies beyond it; -1 otherwise.
 */
function sinceOpeningEnd(text: string, ownAt: number): number {
  const m = /[,;]\s/.exec(text.slice(14, Math.max(14, ownAt)));
  return m ? 14 + m.index : -1;
}

/**
 * What "since then" counts from: the happening told last, unless that was only the telling of an earlier one ("A van
 * was stolen on May 3. Police said on Friday they had no leads. The firm has since fitted trackers": since the theft).
 */
function sinceFocus(w: Placing): Draft | undefined {
  const told = w.prevDated ?? w.ctx.lastDated;
  const last = (told && w.ctx.latestBeside?.get(told)) ?? told;
  const happening = w.ctx.lastHappening;
  if (!last?.date.rule?.endsWith('/telling') || !happening || happening === last) return last;
  return happening.date.start <= last.date.start ? happening : last;
}

// "They lost at home on May 2 and have not lost since", "It has never flooded since": a denied present perfect closing
// on "since" counts from the last time the same thing happened, not from whatever the story told last.
const DENIED_SINCE = new RegExp(String.raw`\b(?:has|have)${DENIAL}\s+([a-z]{3,})\s+(?:[a-z]+\s+){0,3}?since\b`, 'i');
const WORD = /[a-z]+/g;

/**
 * The happening a denied "has not <done> since" counts from: the newest plainly dated event of the paragraph, before
 * the unit, whose words hold the same past form ("lost", "flooded"). Undefined when the verb's past differs from its
 * participle, or nothing before it tells it.
 */
function lastSameHappening(w: Placing, text: string): Draft | undefined {
  const m = DENIED_SINCE.exec(text);
  if (!m) return undefined;
  const done = m[1].toLowerCase();
  let best: Draft | undefined;
  for (const d of w.dated) {
    if (d.paragraphId !== w.u.paragraphId || d.end > w.u.start || d.date.mod || d.date.end || (best && best.start > d.start)) continue;
    if (w.u.paraText.slice(d.start, d.end).toLowerCase().match(WORD)?.includes(done)) best = d;
  }
  return best;
}

// A stretch of days written with both its ends ("on January 9 and 10", "from May 4 to May 6"): its rule joins two.
const BOTH_DAYS_WRITTEN = /\.\./;

/**
 * Where what came "since" a happening starts. A week or less is when one happening took place ("ten years ago this
 * week"): "since then" starts in it. Not when both its days are written ("won five games on January 9 and 10. Since
 * then …"): the happening ran over them, and what came after starts at its end, as after a longer stretch.
 */
function sinceStart(d: EventDate): string {
  return shortSpan(d) && !BOTH_DAYS_WRITTEN.test(d.rule ?? '') ? d.start : (d.end ?? d.start);
}

/** Whether the unit names a time of its own (a date or a time, with or without a value) before `at` in its text. */
function ownTimeBefore(u: Unit, at: number): boolean {
  return u.timexes.some((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= u.start && t.end - u.start <= at);
}

// "The pier, opened in 1902, has stood closed ever since": a subject, a participle set off after it (holding the
// sentence's only date), and a state of disuse closing on "since". No such state began with what the participle tells
// (the making or opening of the thing), so "since" goes back to the happening told before, not to the aside's date.
const DISUSE_SINCE_AFTER_ASIDE = new RegExp(String.raw`^([^,;:"“”]{3,60}?),\s+[a-z]{1,16}(?:ed|en|lt)\s[^,;:"“”]{2,60},\s+((?:has|have)\s+(?:(?:been|stood|remained|stayed|lain|sat)\s+)?(?:closed|shut|empty|vacant|derelict|idle|abandoned|disused|dark|silent|dormant|boarded\s+up)\b[^,;:.!?"“”]{0,40}?\s(?:ever\s+since|since\s+then))(?=\s*(?:[.!?]|,\s+(?:and|but)\s|$))`, 'i');

/**
 * The state of disuse after a dated participle aside (DISUSE_SINCE_AFTER_ASIDE): from the happening the paragraph told
 * before the sentence up to publication, its evidence the words after the aside. Whether it was placed so.
 */
function disuseSinceAfterAside(w: Placing): boolean {
  const { u, text } = w;
  const m = w.hasOwn && w.ctx.published ? DISUSE_SINCE_AFTER_ASIDE.exec(text) : null;
  const focus = m ? w.prevDated : undefined;
  if (!m || !focus || focus.date.mod || focus.paragraphId !== u.paragraphId || focus.end > u.start) return false;
  const from = sinceStart(focus.date);
  const pub = fmtDay(w.ctx.published!);
  if (!(from < pub)) return false;
  const start = u.start + m[0].length - m[2].length;
  const t = titled(`${m[1]} ${m[2]}`);
  if (!t.title) return false;
  w.push({ paragraphId: u.paragraphId, start, end: u.start + m[0].length, ...t, date: { start: from, end: pub, basis: focus.date.basis, rule: 'narrative-focus/since-then', note: `“since”: from the time of “${focus.title}” up to publication (${fmtHuman(w.ctx.published!)}); the date set off beside the subject is not where a state of disuse began.`, ...(focus.date.yearUncertain ? { yearUncertain: true } : {}) } });
  return true;
}

/**
 * "Since then …", "has since …": from the happening told last up to publication. Whether the sentence (or its
 * opening clause) was placed so.
 */
export function sinceThen(w: Placing): boolean {
  const { u, text, hasOwn } = w;
  const { published } = w.ctx;
  if (disuseSinceAfterAside(w)) return true;
  // "Since then the city has built two plants, but the district, which grew up in the 1970s, …": a date of the
  // sentence's own that only a later clause holds leaves the opening clause counted from the happening before.
  const own = w.ctx.unitEvent.get(u);
  // A closing relative clause's evidence may open on its noun ("collected 40,000 pounds, which the council matched
  // on 2 May"): its own clause starts after the comma.
  const ownRelative = own ? /^(?:[^,;]|,(?=\d)){1,80}?,\s+(?:which|who)\s/i.exec(text.slice(own.start - u.start)) : null;
  let openingEnd = hasOwn && own ? sinceOpeningEnd(text, own.start - u.start + (ownRelative ? ownRelative[0].length : 0)) : -1;
  const since = !hasOwn || openingEnd > 0 ? SINCE_THEN.exec(text) : null;
  // "She has since paid off the debts", "They have trained together since then": the same span, with "since" after the verb.
  // "They have since rebuilt it, and it reopened in May 2023": so is an opening clause the sentence's date is not in.
  // "It has stood empty ever since, and its owners hope to sell it at Easter": the same for a clause closing on "ever
  // since" before a later clause's own date.
  const perfectSince = (t: string) => HAS_SINCE.test(t) || HAS_SINCE_THEN.test(t);
  // "has reprinted it twice since then and expects to sell more by June": a clause closing on "since (then)" before
  // "and" or "but", with no comma, is the opening too when the later clause holds the sentence's own date.
  if (hasOwn && own && openingEnd < 0 && !since) {
    const m = SINCE_BEFORE_AND.exec(text);
    if (m && perfectSince(m[0])) openingEnd = m[0].length;
  }
  // "It has held one every summer since then, except in 1917, when the field was ploughed": the exception is a time the
  // stretch left out, told with its own date; the stretch ends before it.
  if (openingEnd < 0) {
    const except = EXCEPTION.exec(text);
    if (except && /\bsince\b/i.test(text.slice(0, except.index))) openingEnd = except.index;
  }
  const hasSince = !since && (hasOwn ? openingEnd > 0 && perfectSince(text.slice(0, openingEnd)) : perfectSince(text));
  let focus = sinceFocus(w);
  if (!since && !hasSince && !hasOwn && focus && published && HAD_SINCE_THEN.test(text)) return hadSinceThen(w, focus, fmtDay(published));
  // "Since then it had been beaten only once": opened with "since then" but told in the past perfect, the stretch looks back
  // from the day the story has got to, as "had … since then" does.
  if (since && !hasOwn && focus && published && HAD_AFTER_SINCE.test(text.slice(since[0].length)) && hadSinceThen(w, focus, fmtDay(published))) return true;
  if (!((since || hasSince) && focus)) return false;
  const again = lastSameHappening(w, text);
  if (again) focus = again;
  // "It was gone by a wet evening in May, and we have missed it ever since": "since" may count from the time the
  // sentence names before it (undated here), not from the happening told before: the year is a guess.
  const ownBefore = hasSince && ownTimeBefore(u, text.search(/\bsince\b/i));
  const from = sinceStart(focus.date);
  const opening = openingEnd > 0 ? text.slice(0, openingEnd) : text;
  const rest = since ? opening.slice(since[0].length) : opening;
  const said = since ? since[0].replace(/[,\s]+$/, '') : 'since';
  // Without a publication date the stretch has no end to run to: it is after the happening, all that is known.
  if (!published) {
    if (!happeningOf(rest)) return false;
    w.push({ paragraphId: u.paragraphId, start: u.start, end: openingEnd > 0 ? u.start + openingEnd : u.end, ...titled(rest), date: { ...relativeTo(focus.date, 'after', 'narrative-focus/since-then-after', `“${said}”: after the time of “${focus.title}”.`), ...(ownBefore ? { yearUncertain: true } : {}) } });
    return true;
  }
  const pub = fmtDay(published);
  if (!(from < pub && happeningOf(rest))) return false;
  // "The bell went to a dealer abroad and has not been rung since": "since" counts from the happening the first
  // conjunct tells, so that simple past is where the stretch starts, not a part of it.
  const first = !since && openingEnd < 0 ? PAST_BEFORE_PERFECT.exec(text) : null;
  const start = first && tenseAt(first[1], first[1].length - 1) === 'past' && happeningOf(first[1]) === 'past' ? first[0].length - 4 : 0;
  if (start > 0) {
    w.push({
      paragraphId: u.paragraphId,
      start: u.start,
      end: u.start + first![1].length,
      ...titled(first![1]),
      date: { start: from, basis: focus.date.basis, rule: 'narrative-focus/since-start', note: `The happening a “since” later in the sentence counts from: the time of “${focus.title}”.`, ...(focus.date.yearUncertain || ownBefore ? { yearUncertain: true } : {}) },
    });
  }
  w.push({
    paragraphId: u.paragraphId,
    start: u.start + start,
    end: openingEnd > 0 ? u.start + openingEnd : u.end,
    ...titled(start > 0 ? text.slice(start) : rest),
    date: { start: from, end: pub, basis: focus.date.basis, rule: 'narrative-focus/since-then', note: `“${since ? since[0].replace(/[,\s]+$/, '') : 'since'}”: from the time of “${focus.title}” up to publication (${fmtHuman(published!)}).`, ...(focus.date.yearUncertain || ownBefore ? { yearUncertain: true } : {}) },
  });
  return true;
}

/**
 * "The bell was raised from the wreck in 1974. It had hung since then in the church at Tollby, until it was sold on
 * Wednesday": a sentence with no date of its own told in the past perfect with "since then" runs from the happening told
 * last up to the day the story has got to (when that is after it, by publication), not up to publication. Whether it
 * was placed so; left to the other readings when the story has no such day.
 */
function hadSinceThen(w: Placing, focus: Draft, pub: string): boolean {
  const { u, text } = w;
  const story = w.ctx.storyDay;
  const from = sinceStart(focus.date);
  const day = story && story !== focus && !story.date.end && !story.date.mod ? story.date.start : null;
  if (!day || !(from < day.slice(0, from.length)) || day > pub || happeningOf(text) !== 'past') return false;
  const { title, drafted } = titled(text);
  if (!title) return false;
  w.push({
    paragraphId: u.paragraphId,
    start: u.start,
    end: u.end,
    title,
    drafted,
    date: { start: from, end: day, basis: focus.date.basis, rule: 'narrative-focus/since-then-story-day', note: `“since then”, told in the past perfect: from the time of “${focus.title}” up to “${story!.title}”, the day the story has got to.`, ...(focus.date.yearUncertain || story!.date.yearUncertain ? { yearUncertain: true } : {}) },
  });
  return true;
}

/**
 * "The wheel broke in May. Engineers have since rebuilt it, the manager said on Tuesday" (or "The manager said on
 * Tuesday that engineers have since rebuilt it"): what the telling reports with
 * "have since" runs from the happening told before it up to the telling's day, not on or before that day alone. The
 * unit's own event, dated before the telling's day (tellings.ts), is given the stretch in place. Whether it was.
 */
export function sinceUpToTelling(w: Placing): boolean {
  // The telling may come first ("The manager said on Tuesday that engineers have since …"): its event is then the
  // unit's first, and what it reports the next.
  const own = w.ctx.unitTold?.get(w.u);
  const toldBy = own && own.date.mod === 'before' ? parseYmd(own.date.start) : null;
  const focus = w.prevDated ?? w.ctx.lastDated;
  // "said on Tuesday that 12 singers had been hired since then": "since then" closing what it reports, the same.
  const reported = own ? w.u.paraText.slice(own.start, own.end) : '';
  if (!toldBy || !focus || !(TOLD_SINCE.test(reported) || HAS_SINCE_THEN.test(reported) || HAD_SINCE_THEN.test(reported))) return false;
  // The telling's own day bounds what it tells, that day included (onOrBeforeTelling, tellings.ts).
  const toldDay = toldBy;
  const told = fmtDay(toldDay);
  // A telling read as still ahead is a misreading of its tense, not the end of a stretch done by now.
  if (w.ctx.published && told > fmtDay(w.ctx.published)) return false;
  const from = sinceStart(focus.date);
  if (!(from < told.slice(0, from.length))) return false;
  const { yearUncertain } = own!.date;
  own!.date = { start: from, end: told, basis: focus.date.basis, rule: 'narrative-focus/since-until-telling', note: `“since”: from the time of “${focus.title}” up to the telling (${fmtHuman(toldDay)}).`, ...(yearUncertain || focus.date.yearUncertain ? { yearUncertain: true } : {}) };
  return true;
}

/**
 * "On Friday the mill caught fire. It had burned down once before, in 1911. Hours later …": a date told in the past
 * perfect, before the day the story is at, steps back from that day without moving the story; the flashback and the
 * story's day, or none when `told` (the unit's last dated event) is no such step back. A run of flashbacks keeps the
 * day the first stepped back from.
 */
export function flashbackFrom(u: Unit, told: Draft, ctx: NarrativeContext): NarrativeContext['flashback'] {
  const story = ctx.flashback?.story ?? ctx.focus;
  const pub = ctx.published && fmtDay(ctx.published);
  if (!story || !DAY_VALUE.test(story.date.start) || story.date.end || (pub && story.date.start > pub)) return undefined;
  if (!(told.date.start < story.date.start.slice(0, told.date.start.length)) || !/\bhad\s/i.test(u.paraText.slice(told.start, told.end))) return undefined;
  const t = u.timexes.find((x) => (x.type === 'DATE' || x.type === 'TIME') && x.start >= told.start && x.end <= told.end);
  return t && pastPerfectAt(u.paraText, t.start, u.start, u.end) ? { from: told, story } : undefined;
}

/**
 * The event a sequence word ("Hours later", "Later") goes on from: the one told last, unless that was a flashback
 * (flashbackFrom) and the unit is not itself still told in the past perfect, in which case the story's day.
 */
function goesOnFrom(w: Placing): Draft | undefined {
  const f = w.ctx.flashback;
  if (!f || w.prevDated !== f.from || pastPerfectAt(w.u.paraText, w.u.start, w.u.start, w.u.end)) return w.prevDated;
  return f.story;
}

/**
 * "were still celebrating an hour after the final whistle": a few hours from a happening of the day in focus keep
 * that day. Whether the sentence was placed so.
 */
export function hoursFrom(w: Placing): boolean {
  const { u, text } = w;
  // "…on Friday, when it hit a wreck that had been charted in 1987. Two deckhands waded ashore within an hour": hours
  // from a flashback told in the past perfect are hours from the story's day it stepped back from (goesOnFrom).
  const lastDated = goesOnFrom(w) ?? w.ctx.lastDated;
  const dayBefore = singleDay(lastDated) ? lastDated : undefined;
  if (!(!w.hasOwn && dayBefore && HOURS_FROM.test(text) && happeningOf(text) === 'past')) return false;
  const { title, drafted } = titled(text);
  if (!title) return false;
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date: { ...dayBefore.date, rule: 'sequence/hours-from', note: `The article gives no date; it tells of this hours from “${dayBefore.title}”, on the same day.` } });
  return true;
}

export const AFTER_MIDNIGHT = /\b(?:(?:shortly|just|soon|well|an\s+hour|some\s+time)\s+)?after\s+midnight\b/i;

/** "Later, the crowd dispersed": after the happening told last in the paragraph; "Hours later" on its day. */
export function laterInSequence(w: Placing): void {
  const { u, text } = w;
  const prevDated = w.hasOwn ? undefined : goesOnFrom(w);
  if (!(!w.hasOwn && SEQUENCE.test(text) && prevDated)) return;
  const tense = tenseAt(text, text.search(SEQUENCE));
  // "Hours later, detectives found …": a count of hours after a day keeps that day, as "two hours later" does.
  const oneDay = singleDay(prevDated) !== null;
  const sameDay = HOURS_LATER.test(text) && oneDay;
  if (tense === 'future') return;
  // "He ran the festival from 1955 to 1975. By then he had sold kites in eleven countries": what "by then" tells in
  // the past perfect was done by the end of the time told last, not after it.
  if (BY_THEN.test(text) && pastPerfectAt(u.paraText, u.start, u.start, u.end)) {
    const end = prevDated.date.end ?? prevDated.date.start;
    const date: EventDate = { start: end, mod: 'before', basis: prevDated.date.basis, rule: 'sequence/by-then', note: `“by then”: done by the end of the time of “${prevDated.title}”.` };
    if (prevDated.date.yearUncertain) date.yearUncertain = true;
    w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, ...titled(text.replace(BY_THEN, '')), date });
    return;
  }
  // "warned the fleet on the evening of Nov. 3. … The gale struck shortly after midnight": past the midnight that ends
  // the day told last, so the day after it.
  if (oneDay && AFTER_MIDNIGHT.test(text) && u.timexes.every((t) => /^midnight$/i.test(t.text))) {
    const next = fmtDay(addDays(parseYmd(prevDated.date.start)!, 1));
    w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, ...titled(text), date: { ...prevDated.date, start: next, rule: 'sequence/after-midnight', note: `The article gives no date; it tells of this after the midnight that ended the day of “${prevDated.title}”.` } });
    return;
  }
  w.push({
    paragraphId: u.paragraphId,
    start: u.start,
    end: u.end,
    ...titled(text),
    date: sameDay
      ? { ...prevDated.date, rule: 'sequence/hours-later', note: `The article gives no date; it tells of this hours after “${prevDated.title}”, on the same day.` }
      : relativeTo(prevDated.date, 'after', 'sequence/after-previous-dated', `The article gives no date; it tells of this after “${prevDated.title}”.`),
  });
}
