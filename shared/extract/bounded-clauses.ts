// A clause bounded by its date ("after the vote in May", "since March", "before Friday"): a count from the date, a
// stretch up to now or up to a later time, a deadline, or only a bound. The subordinate happening the date belongs
// to ("since suffering a stroke in 1995") is an event of its own, on the date.

import type { EventDate } from '../document';
import { DAY_VALUE, fmtDay } from '../time-value';
import { dateSpans, trimmedEnd, withSubject } from './clause-words';
import { countedShift, countedShiftFromSub, subordinateOnDate } from './counted-shifts';
import { lastedUpTo, periodUpTo, stayBeside } from './date-stretches';
import { spellBeforeSub, spellTitleWords } from './stretches-beside';
import { subjectVerbAt } from './anchor';
import type { ClauseWork } from './draft';
import { PERFECT_HAVE, SENTENCE_OR_CONJUNCT_OPEN, SUPERLATIVE_RE } from './lexicon';
import { copulaFirstSince, RECORD_LAST_TIME, RECORD_STORY } from './record-since';
import { dateFromTimex, fmtHuman } from './resolve';
import { asideStateEnd, asideStateUpTo, pastPerfectSince, pastPerfectSinceEnd, SINCE_HAPPENING, SINCE_OPEN, SINCE_TOLD, sinceClause, sinceUpToNow, tellingDayBefore } from './since-spans';
import { happeningOf, tenseAt } from './tense';
import { draftTitle, gerundTitle, titled, withoutSpans } from './title';
import { isPartOfPeriod } from '../document-core';

/** A count from the date that moved the clause's own event, and the words of the count, cut from its title. */
export type Shift = { date: Partial<EventDate>; cut: { start: number; end: number } };

/**
 * The clause's date as its bound makes it. "left a week before Christmas", "reopened three days after Oct. 1": a count
 * from the date, not a bound, returned for the title to leave out; else the bound read by boundOfClause.
 */
export function boundedClause(w: ClauseWork): Shift | null {
  const { u, a, c, main, date, published } = w;
  // "stood empty for four years after the flood of 2011": a stay of that length from the date, not a point it leads to.
  const stay = a.bound && !date.mod && !date.end ? stayBeside(u.paraText, u.timexes, c.start, main, date) : null;
  if (stay) {
    Object.assign(date, stay);
    if (a.sub) subordinateEvent(w);
    return null;
  }
  // "After the breakup in the early 1990s, war broke out": a part of a stretch still bounds the clause's event.
  const shifted = a.bound && !date.mod && !date.end ? (a.sub ? countedShiftFromSub(u, a.sub, date) : countedShift(u, c, main, date)) : null;
  if (shifted) {
    Object.assign(date, shifted.date);
    // The subordinate happening is still on the date; the clause's own event is counted from it.
    const sub = a.sub ? subordinateOnDate(u, a, main, published) : null;
    if (sub) w.emit(sub);
  } else if (a.bound && (!date.mod || isPartOfPeriod(date.mod))) {
    // The subordinate happening is on the date; the clause's own event only after (or before) it.
    const own = a.sub ? subordinateEvent(w) : null;
    boundOfClause(w, a.bound);
    // "The weir was rebuilt after a thaw in the spring of 1982": the dated words are the happening's evidence, not the
    // evidence of a clause they only bound; a clause they start a stretch for ("since", placed later) keeps them.
    if (own && (date.mod === 'after' || date.mod === 'before') && !/^since\b/i.test(u.paraText.slice(own.start, own.start + 6))) w.ownSub = own;
  }
  return shifted;
}

/**
 * The subordinate happening ("after suffering a stroke in 1995"), on the clause's date, titled with the clause's subject.
 * Returns the words of its evidence, or null when it made none.
 */
function subordinateEvent(w: ClauseWork): { start: number; end: number } | null {
  const { u, a, c, main, published } = w;
  const sub = a.sub!;
  const subDate = dateFromTimex(main, published);
  // "after the pupils came back in the week beginning Jan. 12": the happening's stretch, as the clause's own date has it.
  const upTo = subDate && !subDate.end && !subDate.mod ? periodUpTo(u.paraText, main, subDate) : null;
  if (upTo) Object.assign(subDate!, upTo);
  // "since the ground reopened in 1947 after five years as an airfield": the spell up to the date is its own event.
  const spell = subDate && main.end < sub.end ? spellBeforeSub(u.paraText, main.end, sub.end, subDate) : null;
  const spellTitle = spell && titled(spellTitleWords(spell.what));
  // "Since the fair in mid-May the Ravens have won 30 games": with no comma, the present perfect after the date is the
  // main clause's, not the happening's; the happening's words end at its date.
  const mainAfter = /^since\s/i.test(u.paraText.slice(sub.start, sub.start + 6)) && main.end < sub.end && MAIN_PERFECT_AFTER.test(u.paraText.slice(main.end, sub.end));
  const subEnd = spell && spellTitle?.title ? spell.start : mainAfter ? main.end : sub.end;
  let subText = u.paraText.slice(sub.start, subEnd).replace(/^(?:after|since|following|before|prior\s+to|ahead\s+of)\s+/i, '');
  const skip = subEnd - sub.start - subText.length;
  const from = sub.start + skip;
  subText = withoutSpans(u.paraText, from, subEnd, dateSpans(a).filter((t) => t.start >= from && t.end <= subEnd));
  // "since suffering a stroke": who suffered it is the clause's subject.
  const lead = u.paraText.slice(c.start, sub.start);
  const mainTitle = draftTitle(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${lead}` : withSubject(u, c, lead));
  const subTitle = gerundTitle(subText, mainTitle) ?? titled(subText).drafted;
  if (subDate && subTitle.title) {
    if (spell && spellTitle?.title) w.emit({ paragraphId: u.paragraphId, start: spell.start, end: spell.end, title: spellTitle.title, drafted: spellTitle.drafted, date: spell.date });
    subDate.rule = `${subDate.rule}/subordinate`;
    const end = trimmedEnd(u.paraText, sub.start, subEnd);
    w.emit({ paragraphId: u.paragraphId, start: sub.start, end, title: subTitle.title, drafted: subTitle, date: subDate });
    return { start: sub.start, end };
  }
  return null;
}

// A present perfect closing a clause the date began: "... in mid-May the Ravens have won".
const MAIN_PERFECT_AFTER = new RegExp(String.raw`^[^,;:.]{0,60}?${PERFECT_HAVE}\s+(?:(?:not|never|already|also)\s+)?[a-z]{3,}`, 'i');

// "since Tuesday's semi-final": only "since" before the day whose happening follows it; the stretch is still the clause's.
const SINCE_DAY_ONLY = /^since(?:\s+(?:the|last|this))?\s*$/i;

// "she had been ill with pneumonia since": a state in the past perfect, with no present perfect after it.
const HAD_BEEN_STATE = /\bhad\s+(?:(?:not|also|long)\s+)?been\s+(?![^,;]*\b(?:has|have)\s)[^,;]*$/i;

/** What a bound makes of the clause's date: a deadline ahead, a stretch since the date, under way now, or the bound. */
function boundOfClause(w: ClauseWork, bound: 'after' | 'before'): void {
  const { u, a, c, main, date, published, anchored } = w;
  // "must register before midnight Friday", "get into the system before the April 14 deadline": what is
  // still to be done before a day names that day as its deadline, the event the reader must see.
  if (bound === 'before' && !a.sub && tenseAt(u.paraText.slice(c.start, main.end), main.start - c.start) === 'future') {
    date.rule = `${date.rule}/deadline`;
    date.note = `A deadline still ahead: this is to be done before “${main.text}”.${date.note ? ` ${date.note}` : ''}`;
  } else if (bound === 'after' && (!a.sub || SINCE_HAPPENING.test(u.paraText.slice(Math.max(c.start, main.start - 60), main.start)) || sinceClause(u.paraText, a.sub) || SINCE_DAY_ONLY.test(u.paraText.slice(a.sub.start, main.start))) && (!date.mod || isPartOfPeriod(date.mod)) && published && sinceUpToNow(u.paraText, c, main) && (date.end ?? date.start) < fmtDay(published)) {
    // "have lost half their value since March": the present perfect runs from the date up to publication. From
    // "mid-November" or "late 2015" it runs from inside that month or year: the stretch starts there, at its precision.
    // Put into the past by a dated telling ("told staff on Tuesday that sales had slumped since …"), up to its day.
    const hadForm = /\bhad\s/i.test(u.paraText.slice(c.start, main.start));
    const told = hadForm ? tellingDayBefore(u, main.start, date.end ?? date.start, published) : null;
    // "closed since Oct. 29, will reopen on Jan. 11": up to the day before the reopening the sentence names.
    const ends = told ? null : asideStateEnd(u, c, main, anchored, published);
    delete date.mod;
    if (ends) {
      date.end = ends.end;
      date.rule = `${date.rule}/since-until-reopening`;
      date.note = `“since ${main.text}”, a state the sentence ends with “${ends.what}”: from then up to the day before.${date.note ? ` ${date.note}` : ''}`;
      if (ends.yearUncertain) date.yearUncertain = true;
      return;
    }
    date.end = told ? told.date.start : fmtDay(published);
    // Put into the past by a telling with no day ("Her son said she had been ill since April"): up to the story's day
    // when it has one (sinceToldToStoryDay).
    // Only a state ("had been ill"): a count of happenings ("had changed suppliers twice since 1990") runs up to the
    // telling, now.
    const toldState = !told && HAD_BEEN_STATE.test(u.paraText.slice(c.start, main.start));
    date.rule = `${date.rule}/since-until-${told ? 'telling' : 'publication'}${toldState ? SINCE_TOLD : ''}`;
    date.note = told
      ? `“since ${main.text}”, told in the past perfect: from then up to the telling, “${told.text}”.${date.note ? ` ${date.note}` : ''}`
      : `“since ${main.text}”, told in the present perfect: from then up to publication (${fmtHuman(published)}).${date.note ? ` ${date.note}` : ''}`;
    if (told?.date.yearUncertain) date.yearUncertain = true;
    if (!told) relativeSinceStretch(w);
  } else if (bound === 'after' && !a.sub && published && date.start === fmtDay(published) && !date.end && (!date.mod || isPartOfPeriod(date.mod)) && sinceUpToNow(u.paraText, c, main)) {
    // "have been queuing since early this morning", told that day: the stretch up to now lies within the day.
    delete date.mod;
    date.rule = `${date.rule}/since-today`;
    date.note = `“since ${main.text}”, told in the present perfect on that same day: within the day.${date.note ? ` ${date.note}` : ''}`;
  } else if (bound === 'after' && a.sub && a.sub.start > c.start && published && !date.mod && (date.end ?? date.start) <= fmtDay(published) && happeningOf(u.paraText.slice(c.start, a.sub.start)) === 'ongoing') {
    // "Rescue teams are searching for people missing after a ferry capsized Friday": under way at publication.
    for (const k of ['end', 'mod', 'yearUncertain'] as const) delete date[k];
    date.start = fmtDay(published);
    date.basis = 'publication';
    date.rule = 'present-tense/publication';
    date.note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
  } else {
    // "had been in hospital since a fall in January and came home on Thursday": a state told in the past perfect
    // lasted from its "since" up to the time the sentence tells of, which a later date of it names.
    // "said his crew had not been paid since the middle of December": a hedged start ("mid-", "early", "late") is still
    // where the stretch starts, at the date's precision, as a present perfect's is above.
    const hedged = isPartOfPeriod(date.mod);
    const until = bound === 'after' && (!date.mod || hedged) ? pastPerfectSinceEnd(u, c, main, date, anchored, published) : null;
    let ends: { end: string; what: string; yearUncertain?: boolean } | null = null;
    if (until) {
      delete date.mod;
      date.end = until.end;
      date.rule = `${date.rule}/since-until-${until.to}${until.to === 'publication' && HAD_BEEN_STATE.test(u.paraText.slice(c.start, main.start)) ? SINCE_TOLD : ''}`;
      date.note = `“since ${main.text}”, told in the past perfect: from then up to ${until.to === 'later-date' ? `“${until.what}”, the later time the sentence tells of` : `publication, when it was told`}.${date.note ? ` ${date.note}` : ''}`;
      if (until.yearUncertain) date.yearUncertain = true;
    } else if (bound === 'after' && !date.mod && !date.end && published && (ends = asideStateUpTo(u, c, main, date, anchored, published))) {
      // "The mill, idle since 1990, was pulled down in May": up to the happening the clause goes on to.
      date.end = ends.end;
      date.rule = `${date.rule}/since-until-later-date`;
      date.note = `“since ${main.text}”, a state set off before “${ends.what}”: from then up to that time.${date.note ? ` ${date.note}` : ''}`;
      if (ends.yearUncertain) date.yearUncertain = true;
    } else if (bound === 'after' && !date.mod && !date.end && afterOccasion(w)) {
      // "he said after Saturday's game", "will shut after the last tour on Sunday": on the occasion's date.
    } else if (bound === 'after' && !date.mod && !date.end && afterHappeningInYear(w)) {
      // "After the 1902 flood, the town raised its banks": with only the year known and no count, within that year.
    } else if (bound === 'before' && !date.mod && !date.end && lastedBefore(w)) {
      // "spent two years painting sets before a post came up in 1981": the stretch of that length up to the date.
    } else if (bound === 'after' && nowOrAhead(w)) {
      // "is the second model, after the first came out in May", "will cut jobs after a loss last year": placed by its
      // present or future tense, which the past bound only weakens (done in nowOrAhead).
    } else if (bound === 'after' && doneByPublication(w)) {
      // "After the talks failed this week, the firm has said …": done after the bound, and done by publication.
    } else if (bound === 'after' && !date.mod && !date.end && !a.sub && copulaFirstSince(u.paraText.slice(c.start, main.start))) {
      // "It was the club's first title since 1994": the clause tells only of the last time, on the date.
      date.rule = `${date.rule}${RECORD_LAST_TIME}`;
      date.note = `“since ${main.text}”: the last time before this first one.${date.note ? ` ${date.note}` : ''}`;
    } else {
      // The state's end is the story's day, which the paragraph's pass knows (sinceToStoryDay).
      const open = bound === 'after' && !date.mod && !!pastPerfectSince(u, c, main);
      // "The explosion was the strongest since the volcano woke on Dec. 28": the date is the record's yardstick; the
      // paragraph's pass puts the clause on the story's day (recordToStoryDay).
      const lead = u.paraText.slice(c.start, a.sub ? a.sub.end : main.start);
      const record = bound === 'after' && !date.mod && !open && (PAST_RECORD_SINCE.test(lead) || pastRecordSetOff(lead));
      date.mod = bound;
      date.rule = `${date.rule}/${bound}-clause${open ? SINCE_OPEN : record ? RECORD_STORY : ''}`;
    }
  }
}

// "…, the old building on Mill Street that has stood empty since its tenants left in 2004": a relative clause in the
// present perfect, after a noun, holding the clause's only "since".
const RELATIVE_PERFECT_SINCE = /\s(?:that|which|who)\s+(?:has|have)\s+(?:(?:not|never|long|largely|mostly)\s+)?[a-z]{3,}\b[^,;:"“”]{0,60}?$/i;

/**
 * The relative clause that holds a present-perfect "since" is an event of its own, the stretch up to publication;
 * the clause around it may be told in another tense ("The council will spend £2 million on the hall, which has stood
 * empty since 2004").
 */
function relativeSinceStretch(w: ClauseWork): void {
  const { u, a, c, main, date } = w;
  const sinceAt = a.sub ? a.sub.start : main.start - 'since '.length;
  const rel = sinceAt > c.start ? RELATIVE_PERFECT_SINCE.exec(u.paraText.slice(c.start, sinceAt)) : null;
  if (!rel) return;
  const start = c.start + rel.index + 1;
  const end = trimmedEnd(u.paraText, start, a.sub ? a.sub.end : main.end);
  const noun = /([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s*,?\s*$/.exec(u.paraText.slice(Math.max(c.start, start - 60), start));
  const { title, drafted } = titled(`${noun ? noun[1] : ''} ${u.paraText.slice(start, sinceAt).replace(/^(?:that|which|who)\s+/i, '')}`.trim());
  if (!title) return;
  w.emit({ paragraphId: u.paragraphId, start, end, title, drafted, date: { ...date, rule: `${date.rule}/relative` } });
}

// A record told in the past against a "since" ("was the strongest since", "were the lowest in a decade since").
const PAST_RECORD_SINCE = new RegExp(String.raw`\b(?:was|were)\s+(?:the|its|their|his|her|our|my)\s+(?:most|least|best|worst|${SUPERLATIVE_RE})\b[^,.;:!?]{0,60}?\s*\bsince\s`, 'i');

// "Its shares fell 18 percent, their biggest fall since 1968", "Turnout reached 71 percent, the highest since the war
// ended in 1945": a record set off after a clause told in the past is news of that clause's day too.
const RECORD_SET_OFF = new RegExp(String.raw`,\s+(?:the|its|their|his|her|our|my)\s+(?:most|least|best|worst|${SUPERLATIVE_RE})\b[^,.;:!?]{0,60}?\s*\bsince\s`, 'i');
function pastRecordSetOff(lead: string): boolean {
  const m = RECORD_SET_OFF.exec(lead);
  return !!m && happeningOf(lead.slice(0, m.index)) === 'past';
}

// A modal that puts the main verb in a past's future or in a condition ("would reopen", "could close"): not a plain future.
const NOT_PLAIN_FUTURE = /\b(?:would|could|might|should|may|must)\b|\bwas\s+to\b|\bwere\s+to\b/i;

/**
 * "The new model is the second one, after the first came out in May", "The firm will cut jobs after a loss last year":
 * a main verb in the present (a state) or the future, bounded by a date before publication. "after May" says less than
 * the tense does: the state holds at publication, the plan lies after it. The clause's date is made so, in place.
 * Not when the main clause tells of anything done (past, perfect, a telling). A guessed year of the bound may go: the
 * date made is the publication's, which the tense gives, not the bound's.
 */
function nowOrAhead(w: ClauseWork): boolean {
  const { u, a, c, main, date, published } = w;
  if (!published || date.mod || (date.end ?? date.start) >= fmtDay(published)) return false;
  // Only a happening of its own that the clause comes after ("after the first came out in May"): not a yardstick
  // ("an improvement from 2008") or an age ("older than us, put up in 1846").
  if (!a.sub || a.sub.start <= c.start || !/^(?:after|following)\s/i.test(u.paraText.slice(a.sub.start, a.sub.end))) return false;
  const lead = u.paraText.slice(c.start, a.sub.start);
  if (happeningOf(lead) === 'past' || NOT_PLAIN_FUTURE.test(lead)) return false;
  const tense = tenseAt(lead, lead.length);
  if (tense !== 'present' && tense !== 'future') return false;
  const day = fmtDay(published);
  const when = `“after ${main.text}”, told in the ${tense} tense`;
  for (const k of ['end', 'yearUncertain'] as const) delete date[k];
  Object.assign(date, {
    start: day,
    basis: 'publication',
    rule: tense === 'present' ? 'present-tense/publication-after-clause' : 'future-tense/after-publication-after-clause',
    note: tense === 'present' ? `${when}: it holds at publication (${fmtHuman(published)}).` : `${when}: some time after publication (${fmtHuman(published)}).`,
  });
  if (tense === 'future') date.mod = 'after';
  return true;
}

/**
 * "After the talks failed this week, the firm has said it will close the plant": a main clause in the past or the
 * perfect tells of something already done, so "after" a bound that reaches publication ("this week", "this month")
 * ends at publication, not somewhere beyond it. The clause's date is made that stretch, in place. Only a bound that
 * opens the sentence as a happening of its own ("After X failed …"); the bound's year is kept as it was.
 */
function doneByPublication(w: ClauseWork): boolean {
  const { u, a, c, date, published } = w;
  if (!published || date.mod || !a.sub || a.sub.start > c.start || a.sub.end >= c.end) return false;
  if (!/^(?:after|following)\s/i.test(u.paraText.slice(a.sub.start, a.sub.end))) return false;
  const day = fmtDay(published);
  const last = date.end ?? date.start;
  // The bound must reach the publication's day, month or year at its own precision, and not lie beyond it.
  if (last !== day.slice(0, last.length) && last < day) return false;
  if (date.start > day) return false;
  if (happeningOf(u.paraText.slice(a.sub.end, c.end)) !== 'past') return false;
  date.end = day;
  date.rule = `${date.rule}/after-clause-until-publication`;
  date.note = `Done after “${w.main.text}” and told as done: by publication (${fmtHuman(published)}).${date.note ? ` ${date.note}` : ''}`;
  return true;
}

// "after Saturday's game": a possessive date names the occasion, right after "after".
const OCCASION_POSSESSIVE = /^['’]s\s+(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*\s*(?:[,.;:!?"”]|$)/i;
// "after the last tour on", "after the holidays on", "after the final in": a noun phrase of an occasion, then its date.
const OCCASION_LEAD = /^(?:after|following)\s+(?:the|this|last|next|a|an|its|their|his|her|our|my)\s+(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*\s+(?:on|in|at)\s*$/i;
const BARE_AFTER = /^(?:after|following)\s*$/i;
// A count or a stretch of doings after the occasion ("lost only twice after"), not one doing at it.
// "have risen", "has also lost": a present perfect, which runs up to now.
const PERFECT_DONE = new RegExp(String.raw`\b${PERFECT_HAVE}\s+(?:(?:not|never|also|already|just|since)\s+)?[a-z]{2,}(?:ed|en|wn|t)\b`, 'i');
const LENGTH_BEFORE = /\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|moments?)\s+$/i;
const MANY_DOINGS = /\b(?:twice|times|again|still|every|each|since|until|ever)\b/i;

/**
 * "he said after Saturday's game", "will shut to the public after the last tour on Sunday 5 January", "was evacuated
 * after a fire alarm on Friday": after a one-off occasion on a day the date names, with no clause of its own between
 * "after" and the date, the doing is on that day; only "after" it says less than the words do. Not a state or a count of doings after it ("lost only twice after the
 * restart"), nor one told in the present perfect (which runs up to now).
 */
function afterOccasion(w: ClauseWork): boolean {
  const { u, a, c, main, date } = w;
  const text = u.paraText;
  // "after Saturday's game" may have no happening of its own before the date: the bound's word is right before it.
  const subStart = a.sub ? a.sub.start : main.start - (/\b(?:after|following)\s+(?:(?:last|this|next)\s+)?$/i.exec(text.slice(Math.max(c.start, main.start - 16), main.start))?.[0].length ?? 0);
  // A day only: after a season, a vote in March or last year's drought, the doing may come a month or a year later.
  if (subStart <= c.start || subStart === main.start || a.inClause.length !== 1 || !DAY_VALUE.test(date.start)) return false;
  const lead = text.slice(subStart, main.start);
  const possessive = (BARE_AFTER.test(lead) || /^(?:after|following)\s+(?:last|this|next)\s*$/i.test(lead)) && OCCASION_POSSESSIVE.test(text.slice(main.end, main.end + 40));
  if (!possessive && !OCCASION_LEAD.test(lead)) return false;
  // No verb of its own among the occasion's words ("after the men came on Monday" is a clause, placed elsewhere).
  // A participle before the occasion's noun ("the last guided tour on") is no verb of its own.
  const verb = subjectVerbAt(text, subStart + lead.search(/\s/));
  if ((verb >= 0 && !/^[a-z]+ed\s+[a-z][a-z-]*\s+(?:on|in|at)\s*$/i.test(text.slice(verb, main.start))) || /\b[a-z]+(?:ed|ing)\s+(?:on|in|at)\s*$/i.test(lead)) return false;
  const head = text.slice(c.start, subStart);
  // "sank twenty hours after the collision on Sunday": a length before "after" counts away from the day.
  if (MANY_DOINGS.test(head) || PERFECT_DONE.test(head) || LENGTH_BEFORE.test(head)) return false;
  if (tenseAt(head, head.length) === 'present') return false;
  date.rule = `${date.rule}/after-occasion`;
  date.note = `Right after “${text.slice(subStart, a.sub ? a.sub.end : main.end).replace(/^(?:after|following)\s+/i, '')}”, at its date.${date.note ? ` ${date.note}` : ''}`;
  return true;
}

// A happening that is itself a stretch ("a dry season", "the war"): what follows it may fall in a later year.
const STRETCH_HAPPENING = /\b(?:seasons?|years?|decades?|months?|weeks?|droughts?|wars?|recessions?|downturns?|slumps?|spells?|winters?|summers?|springs?|autumns?|campaigns?|careers?|terms?|reigns?)\b/i;

/**
 * "After the 1902 flood, the town raised its banks": a past doing set after an opening happening known only to its
 * year, with no count between, is read as within that year, as a reader would place it; a happening that is itself a
 * stretch ("After the 1911 drought"), or several doings, may reach into a later year and keep the bare bound.
 */
function afterHappeningInYear(w: ClauseWork): boolean {
  const { u, a, c, main, date } = w;
  const text = u.paraText;
  if (a.inClause.length !== 1 || !/^\d{4}$/.test(date.start)) return false;
  // "After the 1902 flood": the year inside the happening's noun, with no verb of its own, up to the clause's comma.
  const bare = a.sub ? null : /\b(?:after|following)\s+(?:the|a|an)\s+$/i.exec(text.slice(Math.max(0, main.start - 16), main.start));
  const noun = bare ? /^\s+[a-z][a-z-]*(?=\s*,)/i.exec(text.slice(main.end, main.end + 30)) : null;
  // A happening with words of its own ("after a fire at the mill in 1871") may have come well before the doing: left.
  const sub = bare && noun ? { start: main.start - bare[0].length, end: main.end + noun[0].length } : null;
  // Only an opening "After the 1902 flood," sets the scene for the doing; one closing a clause ("who led the rebuilding
  // after the 1902 flood, died …") may bound a long work that ran on for years.
  if (!sub || !SENTENCE_OR_CONJUNCT_OPEN.test(text.slice(Math.max(0, sub.start - 8), sub.start))) return false;
  if (STRETCH_HAPPENING.test(text.slice(sub.start, sub.end))) return false;
  const head = text.slice(Math.min(c.start, sub.start), sub.start);
  if (MANY_DOINGS.test(head) || PERFECT_DONE.test(head) || LENGTH_BEFORE.test(head)) return false;
  const from = Math.min(c.start, sub.start);
  const clause = text.slice(from, Math.max(c.end, sub.end, main.end));
  if (tenseAt(clause, main.start - from) !== 'past') return false;
  date.rule = `${date.rule}/after-happening-in-year`;
  date.note = `After “${text.slice(sub.start, sub.end).replace(/^(?:after|following)\s+/i, '')}”, with no count: within that year.${date.note ? ` ${date.note}` : ''}`;
  return true;
}

/** "spent two years painting sets before a post came up in 1981": the clause's date made that stretch, in place. */
function lastedBefore(w: ClauseWork): boolean {
  const { u, a, c, main, date } = w;
  const lasted = lastedUpTo(u.paraText, u.timexes, c.start, a.sub ? a.sub.start : main.start, date, `${date.rule}/lasted-until`);
  if (lasted) Object.assign(date, lasted);
  return !!lasted;
}
