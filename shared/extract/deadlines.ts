// "by <date>": a deadline ahead, a state expected by then, or something done by then.

import type { EventDate } from '../document';
import { addDays, fmtDay, parseYmd, toDayNumber, type Ymd } from '../time-value';
import { pastPerfectAt } from './anaphor-anchors';
import { withSubject } from './clause-words';
import { lastDayOf } from './date-stretches';
import { type ClauseWork, pastDay } from './draft';
import { REPORTED_THAT } from './lexicon';
import { beforePublication, fmtHuman } from './resolve';
import { happeningOf, tenseAt } from './tense';
import { draftTitle, titled } from './title';
import type { Timex } from './types';
import { UNTIL_OPEN } from './until-spans';

// "be profitable by 2011", "be back in service by May": a state (be + an adjective or a place, not a passive).
const STATE_BY = /\bbe\s+["“]?(?:[a-z]+ly\s+)?(?!(?:[a-z]+ed|done|made|built|paid|sold|cut|shut|set|met|taken|given|seen|known|held|run|won|lost)\b)[a-z]+["”]?(?:\s+(?:again|once\s+more))?\s+by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
// "no later than" is "by" in full.
const BY_DEADLINE = /\b(?:by|not?\s+later\s+than)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

// A past "be" told as a state: an adjective, a measure, a place or a doing under way ("was full", "were five inches
// thick", "was back in service", "was falling"), not a passive ("was closed", "were sold"), a plan ("was to report",
// "was due to") or a perfect ("had been …", told as done). "there was/were" counts: "there were 40 boats in the bay".
const PAST_STATE = /\b(?:was|were)\s+(?:(?:already|still|almost|nearly|fully|completely|well|so|far|too)\s+)?(?!(?:to|due|about|going|set|expected|scheduled|supposed|made|done|built|paid|sold|cut|shut|hit|put|met|taken|given|seen|known|held|run|won|lost|told|found|shown|brought|bought|caught|left|kept|sent|spent)\b|[a-z]+ed\b)(?:[a-z]+|\d[\d,.]*)\b/i;

/**
 * The words of a past state in the clause around a "by <day>": after the date up to a comma ("By Friday the ice was a
 * foot thick"), else before it when what follows tells no perfect ("the pool was full by Wednesday").
 */
function pastStateAt(before: string, after: string): string | null {
  const own = /^[^,;:]*/.exec(after)![0];
  const text = PAST_STATE.test(own) ? own : /\b(?:had|has|have)\b/i.test(own) ? '' : before;
  const m = PAST_STATE.exec(text);
  return m ? m[0] : null;
}

/**
 * The one convention for a bound's words ("by", "no later than", "until", "till", "before", "up to", "through"):
 * the bound is the date written, up to and including it at its own precision. "By Friday" told as done is Friday or
 * earlier, "by April" April or earlier (to its last day), "by 2015" that year or earlier. It is stored as that date
 * with mod "before", which every reader of a date already takes up to the end of the value: the scorer (its interval
 * ends at the value's last day), the timeline's merges (`dateWindow`), "before publication" (the publication day
 * itself included) and "by then". The gold files read "by", "until", "through" and "no later than" so in every entry
 * we found, and "before" so in all but one. A past "by <day>" with no step before it in its paragraph to count from
 * is then put on the day itself (onBoundDay, step-before.ts), as the later golds date it.
 */
/**
 * How a past "by <day>" is placed in its note: on the day the "by" names or before it. onBoundDay (step-before.ts)
 * puts ON_BOUND_DAY in its place when no step told before it gives the doing a start.
 */
export const ON_DAY_OR_BEFORE = 'on that day or before it';
/** The day itself, for a past "by <day>" with nothing told before it to count from (onBoundDay, step-before.ts). */
export const ON_BOUND_DAY = 'on that day, with no step told before it to count from';

function doneBy(date: EventDate, when: string, main: Timex): void {
  date.note = `“by ${main.text}”: done by then, ${when}.${date.note ? ` ${date.note}` : ''}`;
  date.mod = 'before';
  date.rule = `${date.rule}/by-past`;
}

// "has pledged to", "promised to", "have agreed to": a promise made, told in the past or present perfect, of what is
// to be done by a deadline.
export const PLEDGED = /\b(?:(?:has|have|had)\s+(?:(?:also|now|already|since|publicly)\s+)?)?(?:pledged|promised|vowed|agreed|undertaken|committed\s+(?:itself|themselves|himself|herself)|sworn|swore|undertook)(?=\s+to\s+[a-z])/i;
// "is seeking to", "are planning to": an aim under way, told in the present progressive, before what it aims at.
const AIMING = /\b(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:seeking|trying|planning|hoping|aiming|looking|working|preparing|striving)(?=\s+to\s+[a-z])/i;

/**
 * "by <date>" after the clause's date is read: a deadline ahead, a state expected by then, or done by then. True
 * when a pledge was made an event of its own, so that the deadline's title leaves the pledging words out.
 */
export function byDeadline(w: ClauseWork): boolean {
  const { u, a, c, main, date, published } = w;
  // "By the end of March" is the same deadline as "by March": any time up to then, not late March.
  const byEndOf = date.mod === 'end' && /^the\s+end\s+of\b/i.test(main.text);
  const afterBy = BY_DEADLINE.test(u.paraText.slice(Math.max(0, main.start - 32), main.start));
  let pledged = false;
  if (published && afterBy && date.mod === 'mid' && /^(?:the\s+middle\s+of|mid)\b/i.test(main.text)) byMiddleOf(w, published);
  if (published && !a.end && !date.end && (!date.mod || byEndOf) && afterBy) promisedAhead(w, published);
  if (published && !a.end && !date.end && (!date.mod || byEndOf) && /^\d{4}(?:-\d{2})?$/.test(date.start) && afterBy) pledged = deadlineOfMonthOrYear(w, published, byEndOf);
  // With no publication date a goal "by 2015" may be met in any year up to then: at the latest then, not in it.
  if (!published && !a.end && !date.end && (!date.mod || byEndOf) && /^\d{4}(?:-\d{2})?$/.test(date.start) && afterBy) {
    const state = STATE_BY.exec(u.paraText.slice(Math.max(c.start, main.start - 60), main.start));
    if (!state) {
      doneBy(date, `at the latest in ${main.text.replace(/^the\s+end\s+of\s+/i, '')}`, main);
      date.rule = (date.rule ?? '').replace(/\/by-past$/, '/by-deadline-unplaced');
    }
  }
  // "By Friday the river had burst its banks": done by that day, told in the past, so on it or before it.
  const byDay = published && afterBy && !a.end && pastDay(date, fmtDay(published));
  if (byDay && happeningOf(u.paraText.slice(c.start, c.end)) === 'past') {
    // "By Friday the ice was a foot thick", "the hall was full by Monday": a state told as holding on that day, so
    // the day itself, not a stretch that led up to it.
    const state = pastStateAt(u.paraText.slice(c.start, main.start), u.paraText.slice(main.end, c.end));
    if (state) {
      date.note = `“by ${main.text}” … “${state}”: a state the article tells as holding then, so on that day.${date.note ? ` ${date.note}` : ''}`;
      date.rule = `${date.rule}/by-state`;
      return pledged;
    }
    doneBy(date, ON_DAY_OR_BEFORE, main);
    // From the happening told before it, when there is one (spanToUntil): "Fire broke out on Tuesday. By Friday
    // it had destroyed 40 homes."
    date.rule = `${date.rule}${UNTIL_OPEN}`;
  }
  return pledged;
}

// "They have been promised a new footpath by", "has been assured a decision by": a thing promised, told in the present
// perfect as the promise's object (a past promise's deadline may be past too).
const PROMISED_THING = /\b(?:has|have)\s+been\s+(?:promised|assured|guaranteed)\s+(?!to\b)(?:[a-z'’-]+\s+){1,6}?$/i;

/**
 * "They have been promised a new footpath by the end of June", told in March: what is promised still stands, so a month
 * written without its year and later in the year than publication is that year's, not the year before's that the
 * perfect's past reading gave it.
 */
function promisedAhead(w: ClauseWork, published: Ymd): void {
  const { u, c, main, date } = w;
  const month = /^(\d{4})-(\d{2})$/.exec(date.start);
  const now = fmtDay(published).slice(0, 7);
  if (!month || date.start > now || /\b\d{4}\b/.test(main.text)) return;
  const by = BY_DEADLINE.exec(u.paraText.slice(Math.max(0, main.start - 32), main.start));
  if (!by || !PROMISED_THING.test(u.paraText.slice(c.start, main.start - by[0].length))) return;
  const ahead = `${now.slice(0, 4)}-${month[2]}`;
  if (ahead <= now) return;
  date.start = ahead;
  date.rule = `${date.rule}/promised-ahead`;
  date.note = `“${main.text}” is written without its year, in what is promised: the one after publication (${fmtHuman(published)}), in its year.`;
}

/**
 * "hopes to reopen the road by the middle of October", "plan to be home by the middle of next week", "by mid-2030":
 * a deadline ahead at the period's middle day (the 15th of a month, the Wednesday of a week, 30 June of a year), as
 * "by the end of March" is that month's last day; the state or the doing reached by then is the same deadline. A
 * middle day not after publication is left alone: what was done by then is told as before it.
 */
function byMiddleOf(w: ClauseWork, published: Ymd): void {
  const { main, date } = w;
  const start = parseYmd(date.start);
  const end = date.end ? parseYmd(date.end) : null;
  let mid: string | null = null;
  if (/^\d{4}$/.test(date.start)) mid = `${date.start}-06-30`;
  else if (/^\d{4}-\d{2}$/.test(date.start) && !date.end) mid = `${date.start}-15`;
  else if (start && end && toDayNumber(end) - toDayNumber(start) === 6) mid = fmtDay(addDays(start, 2));
  if (!mid || mid <= fmtDay(published)) return;
  date.note = `“by ${main.text}”: a deadline, that period's middle day.${date.note ? ` ${date.note}` : ''}`;
  date.start = mid;
  delete date.end;
  delete date.mod;
  date.rule = `${date.rule}/by-deadline-day`;
}

/**
 * "aims to end its losses by 2012": a goal with a deadline, some time between publication and then; "would be
 * profitable by 2011", a state that holds in that year; "had been completed by the end of February", done then or
 * earlier. True when a pledge was made an event of its own.
 */
function deadlineOfMonthOrYear(w: ClauseWork, published: Ymd, byEndOf: boolean): boolean {
  const { u, c, main, date } = w;
  const pub = fmtDay(published);
  const state = STATE_BY.exec(u.paraText.slice(Math.max(c.start, main.start - 60), main.start));
  const now = pub.slice(0, date.start.length);
  // The tense of what is to be done by then, not of its telling ("said it would cut 500 jobs by March").
  const before = u.paraText.slice(c.start, main.start);
  const reported = REPORTED_THAT.exec(before);
  // "By March the tenants had moved out": a fronted bound takes the past perfect after it (not a state, "By March the
  // club had the best record", nor a plain past, which pastStateAt and the tense after it leave to the date itself).
  const fronted = !before.replace(BY_DEADLINE, '').trim() && pastPerfectAt(u.paraText, main.start, c.start, c.end);
  // "told the firm to refund its tenants by the end of this year": an infinitive after a past verb that looks ahead holds
  // what is to be done, still to come, though the ordering is past.
  const done = fronted || (happeningOf(reported ? before.slice(reported.index + reported[0].length) : before) === 'past' && tenseAt(u.paraText, main.start) !== 'future');
  if (state && byEndOf) {
    // "would be profitable by the end of 2011": left as the end of that year.
  } else if (state && date.start >= now) {
    // "would be profitable by 2011": a state reached by then holds in that year; no span from publication.
    date.note = `“${state[0].trim()} ${main.text}”: a state the article expects to hold by then, so in ${main.text}.${date.note ? ` ${date.note}` : ''}`;
    date.rule = `${date.rule}/state-by`;
  } else if (date.start > now || (date.start === now && !done)) {
    if (byEndOf) {
      // "will be finished by the end of March": the deadline is a day, the period's last, as "by Friday" is.
      date.note = `“by ${main.text}”: a deadline, that period's last day.${date.note ? ` ${date.note}` : ''}`;
      date.start = lastDayOf(date.start);
      date.rule = `${date.rule}/by-deadline-day`;
    } else {
      date.note = `“by ${main.text}”: some time between publication (${pub}) and ${main.text}.${date.note ? ` ${date.note}` : ''}`;
      date.end = date.start;
      date.start = pub;
      date.rule = `${date.rule}/by-deadline`;
    }
    delete date.mod;
    return aimOrPledgeEvent(w, before, published);
  } else if (!state && date.start <= now && done) {
    // "The repairs had been completed by the end of February": done then or earlier, not in late February.
    doneBy(date, `at the latest in ${main.text.replace(/^the\s+end\s+of\s+/i, '')}`, main);
  }
  return false;
}

/**
 * What leads up to a deadline ahead, as an event of its own: "GM, which is seeking to cut 31,500 jobs by 2012" (the
 * seeking is under way now), "The government has pledged to inspect the dams by 2015" (the pledge was made, before
 * publication; its evidence stops before the deadline's words). True for a pledge.
 */
function aimOrPledgeEvent(w: ClauseWork, before: string, published: Ymd): boolean {
  const { u, c, main } = w;
  const pub = fmtDay(published);
  const aim = AIMING.exec(before);
  const aimTitle = aim ? titled(withSubject(u, c, u.paraText.slice(c.start, c.start + aim.index + aim[0].length))) : null;
  if (aim && aimTitle?.title) {
    const note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
    w.emit({ paragraphId: u.paragraphId, start: c.start, end: c.start + aim.index + aim[0].length, ...aimTitle, date: { start: pub, basis: 'publication', rule: 'present-tense/publication', note } });
  }
  const pledge = !aim ? PLEDGED.exec(before) : null;
  const byAt = main.start - (BY_DEADLINE.exec(u.paraText.slice(Math.max(0, main.start - 32), main.start))?.[0].length ?? 0);
  let pledgeEnd = byAt;
  while (pledgeEnd > c.start && /[\s,]/.test(u.paraText[pledgeEnd - 1])) pledgeEnd--;
  const pledgeTitle = pledge && draftTitle(withSubject(u, c, u.paraText.slice(c.start, pledgeEnd)));
  const pledgeDate = pledge && pledgeTitle ? beforePublication(published, 'narrative-order/before-publication', 'A promise told as made:') : null;
  if (pledgeTitle && pledgeDate) w.emit({ paragraphId: u.paragraphId, start: c.start, end: pledgeEnd, title: pledgeTitle, date: pledgeDate });
  return !!(pledgeTitle && pledgeDate);
}
