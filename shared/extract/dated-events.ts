// The events of one unit (a sentence, or a clause that is one): one per dated clause, and the events its
// tellings, asides and counts name beside it.
import { AND_OPENING, UNTIL_BEFORE, UNTIL_NOT_SPAN, UNTIL_OPEN, untilClauseSplit } from './until-spans';
import { HAS_SINCE, pastPerfectSinceEnd, PRESENT_PERFECT, SINCE_HAPPENING, sinceClause, sinceUpToNow, START_ASIDE, WHICH_LATER } from './since-spans';
import { onOrBeforeTelling, OPENING_BEFORE_DATE, PRESENT_TELLING, REPORTED_THAT, TELLING_AFTER, TELLING_DAY_GAP, tellingDate, toldHappening, toldIn, toldWithout, trailingTeller, trailingTelling, trailingTellingTitle } from './tellings';
import { durationFrom, endAfter, lastDayOf, nextUnit, periodUpTo, sideOfPublication } from './date-stretches';
import { clauseWithoutDates, continuesWithVerb, dateSpans, leadSubject, subjectText, trimmedEnd, withSubject } from './clause-words';
import { OPENING_HOURS, separatedSchedule } from './schedules';
import { whenClauses, whenTitle } from './when-clauses';
import { countedFrom, countedShift, countedShiftFromSub, subordinateOnDate } from './counted-shifts';
import { CHANGE_FROM, changeDone } from './date-changes';
import { AIMING, BY_DEADLINE, doneBy, PLEDGED, STATE_BY } from './deadlines';
import { BARE_DATE_PHRASE, BUT_PAST, LATER_AND, sinceThenAnd, SPENT_AND, TELLING_WORD, TRAILING_ORDER, TRAILING_ORDER_LAST } from './later-predicates';
import { AFTER_DOING_FOR, AFTER_SPELL, BEGAN_BEFORE, ENDING_ASIDE, RETURN_FROM_SPELL, RETURN_VERB, RUN_FROM } from './stretches-beside';
import { clauseYearCertainty, UNPLACED } from './clause-year';
import { fmtDay, type Ymd } from '../time-value';
import { anchorUnit, datesTheTelling, statementStart, type SubjectYear, undatedClauses } from './anchor';
import type { Draft } from './draft';
import { startBefore } from './narrative';
import { beforePublication, dateFromTimex, fmtHuman, relativeTo } from './resolve';
import { happeningOf, tenseAt } from './tense';
import type { Unit } from './segment';
import { draftTitle, gerundTitle, participleAside, removeRanges, titled, type TitleDraft } from './title';
import { isSchedule } from './rules/sets';
import { IRREGULAR_PAST, NOT_PAST_ED, parseCount } from './lexicon';

// "'s vote for governor", "'s runoff": the noun a possessive date names, and a few words of its phrase, up to a
// clause break, a verb or a joining word.
const POSSESSIVE_HAPPENING = /^['’]s\s+((?:[a-z][a-z-]+)(?:\s+(?!(?:after|before|when|which|that|who|and|but|or|was|were|is|are|has|had|have|will|would|in|on|at|by|since|with|to)\b)[a-z][a-z-]*){0,3})/;
const POSSESSIVE_LEAD = /\b(?:from|of|in|after|before|since|at|during|over|for|ahead\s+of)\s+$/i;
/** One event per dated clause of a unit. */
export function datedEvents(u: Unit, published: Ymd | null, nextOrder: () => number): Draft[] {
  const out: Draft[] = [];
  const subjectYears: SubjectYear[] = [];
  const anchored = anchorUnit(u, published, subjectYears);
  // "1991 Nobel peace prizewinner Aung San Suu Kyi spent …": the prize is the year's event; the clause is not.
  for (const y of subjectYears) {
    const date = dateFromTimex(y.timex, published);
    const { title, drafted } = titled(`${u.paraText.slice(y.timex.end, y.subjectEnd)}`);
    if (date && title) {
      date.rule = `${date.rule}/names-subject`;
      out.push({ paragraphId: u.paragraphId, start: y.timex.start, end: y.phraseEnd, title, drafted, date, order: nextOrder() });
    }
  }
  // "an improvement from 2008, when the company posted a loss": the when-clause after a date happened then,
  // whatever the date is to the main clause (its yardstick, or a bound).
  const whens = whenClauses(u);
  for (const w of whens) {
    const date = dateFromTimex(w.timex, published);
    const { title, drafted } = whenTitle(u, w);
    if (date && title) {
      date.rule = `${date.rule}/when-clause`;
      out.push({ paragraphId: u.paragraphId, start: w.start, end: w.end, title, drafted, date, order: nextOrder() });
    }
  }
  let last: { title: string; drafted?: TitleDraft } = { title: '' };
  // The unit's expressions left unplaced for want of a publication date, read once for all its clauses.
  const unplaced = anchored.length ? u.timexes.filter((t) => t.type === 'DATE' && UNPLACED.test(t.rule)) : [];
  for (const a of anchored) {
    const { main } = a;
    // The pledge is an event of its own (below): the deadline's title says what is to be done ("Government to inspect …").
    let pledgedDeadline = false;
    // The aside names what the clause before ended: its title is that thing ("12-month deployment to Iraq").
    let endedSpan = false;
    // "began a recount of ballots from last Sunday's vote": a day made possessive names a happening of its own, on
    // that day, beside the clause's event on its own date.
    for (const t of a.inClause) {
      if (t === main || (u.paraText[t.end] !== "'" && u.paraText[t.end] !== '’') || t === a.end || t.type !== 'DATE' || t.start < a.clause.start || t.end > a.clause.end || datesTheTelling(u.paraText, t)) continue;
      const np = POSSESSIVE_HAPPENING.exec(u.paraText.slice(t.end, Math.min(a.clause.end, t.end + 80)));
      const d = np && dateFromTimex(t, published);
      // A day's ("Sunday's vote", "Tuesday's recount") is a happening; a year's or a month's ("this year's work",
      // "last month's sales") more often names an amount or a season's business.
      if (!np || !d || d.mod || d.end || d.start.length !== 10) continue;
      const lead = POSSESSIVE_LEAD.exec(u.paraText.slice(Math.max(a.clause.start, t.start - 12), t.start));
      const title = draftTitle(np[1].replace(/^[a-z]/, (x) => x.toUpperCase()));
      if (!title) continue;
      d.rule = `${d.rule}/possessive`;
      out.push({ paragraphId: u.paragraphId, start: t.start - (lead?.[0].length ?? 0), end: t.end + np[0].length, title, date: d, order: nextOrder() });
    }
    let c = a.clause;
    // "twice a day in summer", "on Tuesdays": a habit or a schedule is not an event (family 7). One set off after
    // the dated event ("called a strike for May 3 and promised marches every Saturday", "passed a law in June
    // requiring checks every year") leaves that event whole; the title stops before it.
    const set = u.timexes.find((t) => t.type === 'SET' && t.start >= c.start && t.end <= c.end);
    const scheduleCut = set ? separatedSchedule(u.paraText, c, main, set) : -1;
    // "below average in every year from 2020 to 2023": a habit bounded by a stated range is a span of the calendar.
    const bounded = !!set && !!a.end && set.end <= main.start && /^\s+(?:from|between)\s+$/i.test(u.paraText.slice(set.end, main.start));
    // "have gathered every evening since Monday": a habit told in the present perfect since a date is the stretch
    // from that date to publication (below), not a schedule with no place on the calendar.
    const sinceHabit = !!set && !a.end && set.end <= main.start && /^\s+since\s+$/i.test(u.paraText.slice(set.end, main.start)) && sinceUpToNow(u.paraText, c, main) && !OPENING_HOURS.test(u.paraText.slice(c.start, c.end));
    if ((set && scheduleCut < 0 && !bounded && !sinceHabit) || isSchedule(u.paraText.slice(c.start, scheduleCut < 0 ? c.end : scheduleCut))) continue;
    const date = dateFromTimex(main, published, a.end);
    if (!date) continue;
    clauseYearCertainty(date, main, a, unplaced);
    // "will close for six months from 1 April": the stretch the duration runs from the date, not its first day.
    const lastsTo = !a.end && !date.mod && !date.end ? durationFrom(u.paraText, u.timexes, main, date.start) : null;
    if (lastsTo) {
      date.end = lastsTo;
      date.rule = `${date.rule}/for-duration`;
    }
    // "The deadline was moved from May 3 to June 7", "the extension from January 11 to March 11": a change
    // from one date to another names two days, not the span between them.
    if (a.end && date.end && CHANGE_FROM.test(u.paraText.slice(Math.max(c.start, main.start - 60), main.start))) {
      const toAt = u.paraText.lastIndexOf('to', a.end.start) >= main.end ? u.paraText.lastIndexOf('to', a.end.start) : a.end.start;
      const { title: base, drafted } = titled(clauseWithoutDates(u, c, a).replace(/\s+from\s+to\b/i, ''));
      const { end: newDay, ...rest } = date;
      const note = (day: string) => `A change from one date to another (“${u.paraText.slice(main.start, a.end!.end)}”): ${day}.${rest.note ? ` ${rest.note}` : ''}`;
      if (base) {
        out.push({ paragraphId: u.paragraphId, start: c.start, end: main.end, title: `${base}: the date it moves from`, drafted, date: { ...rest, rule: `${rest.rule}/change-from`, note: note('the date it moves from') }, order: nextOrder() });
        out.push({ paragraphId: u.paragraphId, start: toAt, end: a.end.end, title: `${base}: the date it moves to`, drafted, date: { ...rest, start: newDay!, rule: `${rest.rule}/change-to`, note: note('the date it moves to') }, order: nextOrder() });
        // The change itself ("… was granted"), when the clause tells of it after the dates, is placed by its tense.
        const restStart = a.end.end;
        const how = c.end - restStart > 8 ? happeningOf(u.paraText.slice(restStart, c.end)) : null;
        const decided = how === 'past' ? beforePublication(published, 'narrative-order/before-publication') : null;
        if (decided) out.push({ paragraphId: u.paragraphId, start: restStart, end: c.end, title: base, drafted, date: decided, order: nextOrder() });
        // "FEMA has extended the deadline from January 9 to …": the extending is done, before publication; the old
        // deadline is only what it moved away from, so it does not date the act.
        const fromAt = main.start - (/\bfrom\s+$/i.exec(u.paraText.slice(c.start, main.start))?.[0].length ?? 0);
        const done = !decided && fromAt > c.start + 8 && changeDone(u.paraText.slice(c.start, main.start));
        const act = done ? beforePublication(published, 'narrative-order/before-publication') : null;
        if (act) out.push({ paragraphId: u.paragraphId, start: c.start, end: fromAt, title: base, drafted, date: act, order: nextOrder() });
        continue;
      }
    }
    // "retired in 1996 but kept teaching until last year": the second predicate runs from the first one's date.
    const untilAt = !a.end && !date.end && !date.mod && UNTIL_BEFORE.test(u.paraText.slice(Math.max(c.start, main.start - 48), main.start));
    const prevClause = untilAt ? [...anchored].reverse().find((p) => p.clause.end <= c.start && !p.end) : undefined;
    const prevDate = prevClause && dateFromTimex(prevClause.main, published);
    if (prevDate && !prevDate.mod && !prevDate.end && AND_OPENING.test(u.paraText.slice(prevClause!.main.end, c.start + 12)) && prevDate.start < date.start) {
      date.note = `“until ${main.text}”, after ${prevClause!.main.text} in the clause before: from then to then.${date.note ? ` ${date.note}` : ''}`;
      date.end = date.start;
      date.start = prevDate.start;
      date.rule = `${date.rule}/until-from-clause-before`;
      if (prevDate.yearUncertain) date.yearUncertain = true;
    }
    // "went on to coach the team until he retired in 1989", "was listed from 1986 until the family bought the shares
    // back in 2001": a clause of its own after "until", with its own date, ends the stretch and is a happening of its
    // own on that date.
    const untilSplit = !a.end && !date.end ? untilClauseSplit(u, c, a, main, date, anchored, published) : null;
    if (untilSplit) {
      const { endDate, at, ownEnd, title: ownTitle } = untilSplit;
      if (untilSplit.keep) {
        // The clause's date stays its own.
      } else if (untilSplit.from) {
        date.end = date.start;
        date.start = untilSplit.from.start;
        if (untilSplit.from.yearUncertain) date.yearUncertain = true;
      } else {
        date.end = endDate.start;
        if (endDate.yearUncertain) date.yearUncertain = true;
      }
      if (!untilSplit.keep) {
        date.rule = `${date.rule}/until-clause`;
        date.note = `Up to “${u.paraText.slice(at, ownEnd).trim()}”, a happening the article dates on its own.${date.note ? ` ${date.note}` : ''}`;
      }
      out.push({ paragraphId: u.paragraphId, start: at, end: ownEnd, ...ownTitle, date: { ...endDate, rule: `${endDate.rule}/until-clause-own` }, order: nextOrder() });
      c = { ...c, end: trimmedEnd(u.paraText, c.start, at) };
    }
    // "should watch for a rash until Nov. 26": told in the present or the future, a stretch from publication up to the
    // date; told in the past ("the celebrations went on until dawn on Monday"), from the happening told before it,
    // which the paragraph's pass fills in (spanToUntil).
    const lead = untilAt && !date.end ? u.paraText.slice(c.start, main.start) : '';
    if (lead && published && !UNTIL_NOT_SPAN.test(lead) && date.start.length === 10) {
      const tense = tenseAt(lead, lead.search(/\buntil\s/i));
      const pub = fmtDay(published);
      if (tense !== 'past' && date.start > pub) {
        date.note = `“until ${main.text}”: from publication (${fmtHuman(published)}) up to then.${date.note ? ` ${date.note}` : ''}`;
        date.end = date.start;
        date.start = pub;
        date.rule = `${date.rule}/until-from-publication`;
      }
    }
    if (lead && !date.end && !UNTIL_NOT_SPAN.test(lead) && happeningOf(lead) === 'past') date.rule = `${date.rule}${UNTIL_OPEN}`;
    // "landed on Dec. 28, ending a deployment that began in December 2008": what the aside ends began on its own
    // date and ended on the date of the clause before it: the span between them.
    const ending = c.aside && !a.end && !date.end && !date.mod && ENDING_ASIDE.test(u.paraText.slice(c.start, c.end)) && BEGAN_BEFORE.test(u.paraText.slice(Math.max(c.start, main.start - 24), main.start));
    const endedBy = ending ? [...anchored].reverse().find((p) => p.clause.end <= c.start && !p.end) : undefined;
    const endedDate = endedBy && dateFromTimex(endedBy.main, published);
    if (endedDate && !endedDate.mod && (endedDate.end ?? endedDate.start) > date.start) {
      endedSpan = true;
      date.end = endedDate.end ?? endedDate.start;
      date.rule = `${date.rule}/ended-by-clause-before`;
      date.note = `“${main.text}” is when it began; the clause before (“${endedBy!.main.text}”) is when it ended.${date.note ? ` ${date.note}` : ''}`;
      if (endedDate.yearUncertain) date.yearUncertain = true;
      if (endedDate.basis !== date.basis) date.basis = 'publication';
    }
    // "rose 4 % in the year to February": the twelve months that end with February, not February.
    const upTo = !a.end && !date.end && !date.mod ? periodUpTo(u.paraText, main, date) : null;
    if (upTo) Object.assign(date, upTo);
    // "earlier this week", "later this month": the part of the week (month, year) before or after publication.
    const side = !a.end && !date.mod ? sideOfPublication(main, date, published) : null;
    if (side) {
      Object.assign(date, side);
      if (date.end === undefined) delete date.end;
    }
    if (a.present && published) {
      const { title, drafted } = titled(withSubject(u, a.present, u.paraText.slice(a.present.start, a.present.end).replace(/^that\s+/i, '')));
      const note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
      if (title) out.push({ paragraphId: u.paragraphId, start: a.present.start, end: a.present.end, title, drafted, date: { start: fmtDay(published), basis: 'publication', rule: 'present-tense/publication', note }, order: nextOrder() });
    }
    if (a.named) {
      const namedDate = dateFromTimex(main, published);
      // The year stays in the title: it is what names the thing ("1991 agreement").
      const { title, drafted } = titled(u.paraText.slice(a.named.start, a.named.end));
      if (namedDate && title) {
        namedDate.rule = `${namedDate.rule}/named-thing`;
        out.push({ paragraphId: u.paragraphId, start: a.named.start, end: a.named.end, title, drafted, date: namedDate, order: nextOrder() });
      }
    }
    // "After the breakup in the early 1990s, war broke out": a part of a stretch still bounds the clause's event.
    // "left a week before Christmas", "reopened three days after Oct. 1": a count from the date, not a bound.
    const shifted = a.bound && !date.mod && !date.end ? (a.sub ? countedShiftFromSub(u, a.sub, date) : countedShift(u, c, main, date)) : null;
    if (shifted) {
      Object.assign(date, shifted.date);
      // The subordinate happening is still on the date; the clause's own event is counted from it.
      const sub = a.sub ? subordinateOnDate(u, a, main, published) : null;
      if (sub) out.push({ ...sub, order: nextOrder() });
    } else if (a.bound && (!date.mod || date.mod === 'start' || date.mod === 'mid' || date.mod === 'end')) {
      // The subordinate happening is on the date; the clause's own event only after (or before) it.
      if (a.sub) {
        const subDate = dateFromTimex(main, published);
        let subText = u.paraText.slice(a.sub.start, a.sub.end).replace(/^(?:after|since|following|before|prior\s+to|ahead\s+of)\s+/i, '');
        const skip = a.sub.end - a.sub.start - subText.length;
        subText = removeRanges(subText, dateSpans(a).filter((t) => t.start >= a.sub!.start + skip && t.end <= a.sub!.end).map((t) => ({ start: t.start - a.sub!.start - skip, end: t.end - a.sub!.start - skip })));
        // "since suffering a stroke": who suffered it is the clause's subject.
        const lead = u.paraText.slice(c.start, a.sub.start);
        const mainTitle = draftTitle(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${lead}` : withSubject(u, c, lead));
        const subTitle = gerundTitle(subText, mainTitle) ?? titled(subText).drafted;
        if (subDate && subTitle.title) {
          subDate.rule = `${subDate.rule}/subordinate`;
          out.push({ paragraphId: u.paragraphId, start: a.sub.start, end: a.sub.end, title: subTitle.title, drafted: subTitle, date: subDate, order: nextOrder() });
        }
      }
      // "must register before midnight Friday", "get into the system before the April 14 deadline": what is
      // still to be done before a day names that day as its deadline, the event the reader must see.
      if (a.bound === 'before' && !a.sub && tenseAt(u.paraText.slice(c.start, main.end), main.start - c.start) === 'future') {
        date.rule = `${date.rule}/deadline`;
        date.note = `A deadline still ahead: this is to be done before “${main.text}”.${date.note ? ` ${date.note}` : ''}`;
      } else if (a.bound === 'after' && (!a.sub || SINCE_HAPPENING.test(u.paraText.slice(Math.max(c.start, main.start - 60), main.start)) || sinceClause(u.paraText, a.sub)) && (!date.mod || date.mod === 'mid' || date.mod === 'end') && published && sinceUpToNow(u.paraText, c, main) && (date.end ?? date.start) < fmtDay(published)) {
        // "have lost half their value since March": the present perfect runs from the date up to publication. From
        // "mid-November" or "late 2015" it runs from inside that month or year: the stretch starts there, at its precision.
        delete date.mod;
        date.end = fmtDay(published);
        date.rule = `${date.rule}/since-until-publication`;
        date.note = `“since ${main.text}”, told in the present perfect: from then up to publication (${fmtHuman(published)}).${date.note ? ` ${date.note}` : ''}`;
      } else if (a.bound === 'after' && a.sub && a.sub.start > c.start && published && !date.mod && (date.end ?? date.start) <= fmtDay(published) && happeningOf(u.paraText.slice(c.start, a.sub.start)) === 'ongoing') {
        // "Rescue teams are searching for people missing after a ferry capsized Friday": under way at publication.
        for (const k of ['end', 'mod', 'yearUncertain'] as const) delete date[k];
        date.start = fmtDay(published);
        date.basis = 'publication';
        date.rule = 'present-tense/publication';
        date.note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
      } else {
        // "had been in hospital since a fall in January and came home on Thursday": a state told in the past perfect
        // lasted from its "since" up to the time the sentence tells of, which a later date of it names.
        const until = a.bound === 'after' && !date.mod ? pastPerfectSinceEnd(u, c, main, date, anchored, published) : null;
        if (until) {
          date.end = until.end;
          date.rule = `${date.rule}/since-until-${until.to}`;
          date.note = `“since ${main.text}”, told in the past perfect: from then up to ${until.to === 'later-date' ? `“${until.what}”, the later time the sentence tells of` : `publication, when it was told`}.${date.note ? ` ${date.note}` : ''}`;
          if (until.yearUncertain) date.yearUncertain = true;
        } else {
          date.mod = a.bound;
          date.rule = `${date.rule}/${a.bound}-clause`;
        }
      }
    }
    // "aims to end its losses by 2012": a goal with a deadline, some time between publication and then. "By
    // the end of March" is the same deadline: any time up to then, not late March.
    const byEndOf = date.mod === 'end' && /^the\s+end\s+of\b/i.test(main.text);
    const afterBy = BY_DEADLINE.test(u.paraText.slice(Math.max(0, main.start - 20), main.start));
    if (published && !a.end && !date.end && (!date.mod || byEndOf) && /^\d{4}(?:-\d{2})?$/.test(date.start) && afterBy) {
      const pub = fmtDay(published);
      const state = STATE_BY.exec(u.paraText.slice(Math.max(c.start, main.start - 60), main.start));
      const next = nextUnit(date.start);
      const now = pub.slice(0, date.start.length);
      // The tense of what is to be done by then, not of its telling ("said it would cut 500 jobs by March").
      const before = u.paraText.slice(c.start, main.start);
      const reported = REPORTED_THAT.exec(before);
      const done = happeningOf(reported ? before.slice(reported.index + reported[0].length) : before) === 'past';
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
        // "GM, which is seeking to cut 31,500 jobs by 2012": the seeking is under way now; the cut has the deadline.
        const aim = AIMING.exec(before);
        const aimTitle = aim ? titled(withSubject(u, c, u.paraText.slice(c.start, c.start + aim.index + aim[0].length))) : null;
        if (aim && aimTitle?.title) {
          const note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
          out.push({ paragraphId: u.paragraphId, start: c.start, end: c.start + aim.index + aim[0].length, ...aimTitle, date: { start: pub, basis: 'publication', rule: 'present-tense/publication', note }, order: nextOrder() });
        }
        // "The government has pledged to inspect the dams by 2015": the pledge was made, before publication; the
        // deadline is what was pledged. The pledge's evidence stops before the deadline's words.
        const pledge = !aim ? PLEDGED.exec(before) : null;
        const byAt = main.start - (BY_DEADLINE.exec(u.paraText.slice(Math.max(0, main.start - 20), main.start))?.[0].length ?? 0);
        let pledgeEnd = byAt;
        while (pledgeEnd > c.start && /[\s,]/.test(u.paraText[pledgeEnd - 1])) pledgeEnd--;
        const pledgeTitle = pledge && draftTitle(withSubject(u, c, u.paraText.slice(c.start, pledgeEnd)));
        const pledgeDate = pledge && pledgeTitle ? beforePublication(published, 'narrative-order/before-publication', 'A promise told as made:') : null;
        if (pledgeTitle && pledgeDate) out.push({ paragraphId: u.paragraphId, start: c.start, end: pledgeEnd, title: pledgeTitle, date: pledgeDate, order: nextOrder() });
        if (pledgeTitle && pledgeDate) pledgedDeadline = true;
      } else if (!state && next && date.start <= now && done) {
        // "The repairs had been completed by the end of February": done then or earlier, not in late February.
        doneBy(date, next, `at the latest in ${main.text.replace(/^the\s+end\s+of\s+/i, '')}`, main);
      }
    }
    // With no publication date a goal "by 2015" may be met in any year up to then: at the latest then, not in it.
    if (!published && !a.end && !date.end && (!date.mod || byEndOf) && /^\d{4}(?:-\d{2})?$/.test(date.start) && afterBy) {
      const next = nextUnit(date.start);
      const state = STATE_BY.exec(u.paraText.slice(Math.max(c.start, main.start - 60), main.start));
      if (next && !state) {
        doneBy(date, next, `at the latest in ${main.text.replace(/^the\s+end\s+of\s+/i, '')}`, main);
        date.rule = (date.rule ?? '').replace(/\/by-past$/, '/by-deadline-unplaced');
      }
    }
    // "By Friday the river had burst its banks": done by that day, told in the past, so on it or before it.
    const byDay = published && afterBy && !a.end && !date.end && !date.mod && date.start.length === 10 && date.start <= fmtDay(published);
    if (byDay && happeningOf(u.paraText.slice(c.start, c.end)) === 'past') {
      const next = nextUnit(date.start);
      if (next) doneBy(date, next, 'on that day or before it', main);
      // From the happening told before it, when there is one (spanToUntil): "Fire broke out on Tuesday. By Friday
      // it had destroyed 40 homes."
      if (next) date.rule = `${date.rule}${UNTIL_OPEN}`;
    }
    // "The coast guard said Sunday it had rescued 40 people", "In a statement on Sunday, the army said it had
    // …": the only date is the telling's. What it tells as done is the event (family 8: the reported happening),
    // on that day or before it; the telling is in its evidence and its note, as in a dateline lead, and is no
    // event of its own. A state or a plan told ("said Sunday the streets were calm") stays on the telling's day.
    const toldDone = !a.end && !a.bound && main.value !== 'PAST_REF' ? toldHappening(u.paraText, c, main, a.inClause) : null;
    const toldDate = toldDone && onOrBeforeTelling(date, main);
    if (toldDone && toldDate) {
      // "it had rescued …" names its teller: "Coast guard had rescued …" (not "he"/"she", who may be anyone).
      const teller = `${c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ` : ''}${toldDone.teller}`.trim();
      const pronoun = /^(?:it|they|we)\s+(?=[a-z])/i.exec(toldDone.reported);
      // "Police said Monday he had fled": "he" may be anyone, so the telling stays ("Police said he fled").
      const personal = /^(?:he|she)\s+(?=[a-z])/i.test(toldDone.reported);
      const { title, drafted } = titled(
        pronoun && teller ? `${teller} ${toldDone.reported.slice(pronoun[0].length)}` : personal && teller ? `${teller} ${toldDone.verb} ${toldDone.reported}` : toldDone.reported,
      );
      if (title) {
        // The telling is an event of its own on its day (the gold's convention: the saying on the day of saying),
        // and what it told, done by then, the other; each has its own words as evidence.
        let tellingEnd = toldDone.reportAt > main.end ? trimmedEnd(u.paraText, c.start, toldDone.reportAt) : c.end;
        if (tellingEnd < c.end && /\sthat$/i.test(u.paraText.slice(main.end, tellingEnd))) tellingEnd = trimmedEnd(u.paraText, c.start, tellingEnd - 4);
        // Not after "he" or "she", whose title already names the teller ("Police said he fled").
        const tellingText = tellingEnd < c.end && !personal ? clauseWithoutDates(u, c, a) : '';
        const said = tellingText ? titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${tellingText}` : tellingText, { telling: true }) : null;
        if (said?.title) {
          out.push({ paragraphId: u.paragraphId, start: c.start, end: tellingEnd, ...said, date: { ...date, rule: `${date.rule}/telling` }, order: nextOrder() });
          out.push({ paragraphId: u.paragraphId, start: toldDone.reportAt, end: c.end, title, drafted, date: toldDate, order: nextOrder() });
        } else out.push({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date: toldDate, order: nextOrder() });
        continue;
      }
    }
    // "The ferry sank, the coast guard said Friday": the day is the telling's, after what it tells. What is told
    // as done is one event, on or before that day; the telling is another, on its day (MEANTIME's gold links
    // such a "said" to its day and the happening before it or before publication).
    const toldFirst = !a.end && !a.bound && main.value !== 'PAST_REF' ? trailingTelling(u.paraText, c, main, a.inClause) : null;
    const toldFirstDate = toldFirst && onOrBeforeTelling(date, main);
    const toldFirstTitle = toldFirst ? titled(`${subjectText(u, c)}${u.paraText.slice(c.start, toldFirst.happeningEnd)}`) : null;
    const tellerTitle = toldFirst ? trailingTellingTitle(u, a, c, toldFirst, main) : null;
    if (toldFirst && toldFirstDate && toldFirstTitle?.title && tellerTitle?.title) {
      out.push({ paragraphId: u.paragraphId, start: c.start, end: toldFirst.happeningEnd, ...toldFirstTitle, date: toldFirstDate, order: nextOrder() });
      out.push({ paragraphId: u.paragraphId, start: toldFirst.tellerStart, end: main.end, ...tellerTitle, date: { ...date, rule: `${date.rule}/telling` }, order: nextOrder() });
      continue;
    }
    // Reported speech (family 8): "The ministry said on Tuesday that exports fell in March". The happening
    // reported, from "that" on, is one event; the saying is another, dated by its own expression when it
    // has one ("on Tuesday"), else placed before publication ("said") or on it ("says"), as undated
    // sentences are.
    let told = REPORTED_THAT.exec(u.paraText.slice(c.start, main.start));
    // "GM admitted Thursday night that the loss could grow": the only date is the telling's; the happening
    // told has none of its own and is not given the telling's day.
    const toldOnly = !told && main.value !== 'PAST_REF' ? REPORTED_THAT.exec(u.paraText.slice(c.start, c.end)) : null;
    // "In a statement on Sunday, the army said it had …": the statement's date is the saying's, after it or not.
    const statementAt = toldOnly ? statementStart(u.paraText, main) : -1;
    const ofStatement = toldOnly && statementAt >= c.start && c.start + toldOnly.index >= main.end;
    if (toldOnly && (ofStatement || (c.start + toldOnly.index < main.start && c.start + toldOnly.index + toldOnly[0].length >= main.end))) {
      const thatEnd = c.start + toldOnly.index + toldOnly[0].length;
      if (!a.inClause.some((t) => t.start >= thatEnd)) {
        const sayText = u.paraText.slice(c.start, thatEnd).replace(/\s*that\s*$/i, '');
        // The title says what was told, not only who told it ("Mayor said the tram line would reopen").
        const said = removeRanges(u.paraText.slice(c.start, c.end), [{ start: (ofStatement ? statementAt : main.start) - c.start, end: main.end - c.start }]);
        const { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${said}` : said, { telling: true });
        if (title) {
          date.rule = `${date.rule}/telling`;
          out.push({ paragraphId: u.paragraphId, start: c.start, end: c.start + sayText.length, title, drafted, date, order: nextOrder() });
          continue;
        }
      }
      told = null;
    }
    // "The council announced Monday a hearing to be held on March 30", "Police said Friday the suspect was
    // arrested on Monday": a telling dated by its own expression, with what it tells dated by another and no
    // "that" between them, is two events: the telling on its day, what is told on the other.
    const tellingAt = !told && !a.end ? a.inClause.find((t) => t !== main && t.start >= c.start && t.end <= main.start && datesTheTelling(u.paraText, t)) : undefined;
    const tellingDay = tellingAt && dateFromTimex(tellingAt, published);
    if (tellingAt && tellingDay) {
      let restStart = tellingAt.end;
      while (restStart < main.start && /[\s,]/.test(u.paraText[restStart])) restStart++;
      const sayText = u.paraText.slice(c.start, c.end);
      const { title, drafted } = titled(removeRanges(sayText, dateSpans(a).map((t) => ({ start: t.start - c.start, end: t.end - c.start }))));
      if (title && restStart < main.start) {
        tellingDay.rule = `${tellingDay.rule}/telling`;
        out.push({ paragraphId: u.paragraphId, start: c.start, end: tellingAt.end, ...(c.subject ? titled(`${u.paraText.slice(c.subject.start, c.subject.end)} ${title}`) : { title, drafted }), date: tellingDay, order: nextOrder() });
        c = { start: restStart, end: c.end };
      }
    }
    // "For the last quarter of 2009, Ford says it made …", "This, he said, would happen next year": a telling
    // after the date is an event of its own, as of publication ("says") or before it ("said").
    if (!told) {
      const clauseText = u.paraText.slice(c.start, c.end);
      const after = TELLING_AFTER.exec(clauseText);
      const at = after ? c.start + after.index + after[0].length - after[1].length : 0;
      // "On Tuesday, the ministry said …", "In his keynote address Wednesday, Jobs announced …": a past telling
      // right after an opening date is dated by it, and the clause's event on that date already holds it.
      const opened = after && !PRESENT_TELLING.test(after[2]) && /^[\s,]*$/.test(u.paraText.slice(main.end, at)) && OPENING_BEFORE_DATE.test(u.paraText.slice(c.start, main.start));
      // Before the date only as an aside ("This, he said, would …").
      const placed = after && !opened && (at >= main.end || /^,/.test(clauseText.slice(at - c.start + after[1].length)));
      // "…, the ministry said on Tuesday": the telling's own day, when it has one, not a place before publication.
      const sayEnd = at + (after?.[1].length ?? 0);
      const own = placed ? a.inClause.find((t) => t !== main && t.start >= sayEnd && TELLING_DAY_GAP.test(u.paraText.slice(sayEnd, t.start)) && datesTheTelling(u.paraText, t)) : undefined;
      const ownDate = own && dateFromTimex(own, published);
      if (ownDate) ownDate.rule = `${ownDate.rule}/telling`;
      const sayDate = placed && (ownDate || tellingDate(after![2], published));
      if (after && sayDate) {
        const start = at;
        // "This, he said, would happen next year": "He said this would happen", not "He said".
        const offset = after.index + after[0].length - after[1].length;
        const told = toldWithout(clauseText, a, c.start, { start: after.index, end: offset + after[1].length }, u.paraText);
        out.push({ paragraphId: u.paragraphId, start, end: ownDate ? own!.end : sayEnd, ...titled(`${after[1]} ${told}`, { telling: true }), date: sayDate, order: nextOrder() });
        // A telling closing the clause with its own day is no part of what it told (evidence, title).
        if (ownDate && at > main.end && /^[\s.!"”]*$/.test(u.paraText.slice(own!.end, c.end))) c = { ...c, end: trimmedEnd(u.paraText, main.end, at) };
      } else if (!after) {
        // "…, the coast guard said on Tuesday.": a teller of more words than the pattern above takes, when the
        // telling's own day closes the clause after the clause's date.
        // Or before a closing ", after <happening>", which is an event of its own (below).
        const day = a.inClause.find((t) => t !== main && t.start >= main.end && /^(?:[\s.!]*$|,\s(?:after|before|following)\s)/.test(u.paraText.slice(t.end, c.end)) && datesTheTelling(u.paraText, t));
        const teller = day && trailingTeller(u.paraText, main.end, day);
        const dayDate = teller && dateFromTimex(day!, published);
        // The comma before the teller stays with what was told: what is cut runs from the teller to its day.
        const tellerTitle = teller ? trailingTellingTitle(u, a, c, { ...teller, happeningEnd: teller.tellerStart }, day!) : null;
        if (dayDate && tellerTitle?.title) {
          dayDate.rule = `${dayDate.rule}/telling`;
          out.push({ paragraphId: u.paragraphId, start: teller!.tellerStart, end: day!.end, ...tellerTitle, date: dayDate, order: nextOrder() });
          // What was told ends where its teller starts, when the teller's day closes the clause: the teller is not
          // its evidence or its title.
          if (teller!.tellerStart > main.end && /^[\s.!"”]*$/.test(u.paraText.slice(day!.end, c.end))) c = { ...c, end: teller!.tellerStart };
        }
      }
    }
    if (told && main.value !== 'PAST_REF') {
      const thatEnd = c.start + told.index + told[0].length;
      const telling = a.inClause.find((t) => t !== main && t.end <= thatEnd && t.start >= c.start);
      const present = PRESENT_TELLING.test(told[1]);
      const sayDate = telling
        ? dateFromTimex(telling, published)
        : present && published
          ? { start: fmtDay(published), basis: 'publication' as const, rule: 'reported-speech/present-telling', note: `“${told[1]}”: the telling is as of publication.` }
          : beforePublication(published, 'reported-speech/before-publication');
      if (sayDate) {
        const sayText = u.paraText.slice(c.start, thatEnd).replace(/\s*that\s*$/i, '');
        // The saying's title holds what it tells, without the dates ("He stated he expected …", not "He stated").
        const whole = clauseWithoutDates(u, c, a);
        const { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${whole}` : whole, { telling: true });
        if (title) out.push({ paragraphId: u.paragraphId, start: c.start, end: c.start + sayText.length, title, drafted, date: sayDate, order: nextOrder() });
      }
      const reported = u.paraText.slice(thatEnd, c.end);
      const { title, drafted } = titled(removeRanges(reported, a.inClause.filter((t) => t.start >= thatEnd).map((t) => ({ start: t.start - thatEnd, end: t.end - thatEnd }))));
      if (title) {
        out.push({ paragraphId: u.paragraphId, start: thatEnd, end: c.end, title, drafted, date, order: nextOrder() });
        continue;
      }
    }
    let clauseEnd = c.end;
    let laterDraft: Draft | null = null;
    // "took over in 1982, 50 years after his father unified the tribes", "Five years after its launch, the
    // service in February passed its rival": the happening named after "after" is counted back (or, after
    // "before", forward) from the clause's own date.
    // "She was detained in May 2003 after soldiers attacked her convoy": the happening after "after" is its
    // own event, before the clause's date (after it, for "before"); the date is not its.
    let trailing = !a.end && !date.mod && !a.bound ? TRAILING_ORDER.exec(u.paraText.slice(main.end, c.end)) : null;
    let orderDate = date;
    let orderText = main.text;
    if (!trailing && !a.end && !date.mod && !a.bound) {
      // "was called in June, a year early, after the government lost a vote", "will close from 1 April, the council
      // confirmed on Wednesday, after inspectors found corrosion": further on, the happening is placed against the
      // last date before it.
      let tailEnd = c.end;
      while (tailEnd > main.end && /[\s.;]/.test(u.paraText[tailEnd - 1])) tailEnd--;
      const far = TRAILING_ORDER_LAST.exec(u.paraText.slice(main.end, tailEnd));
      const near = far && a.inClause.filter((t) => t.end <= main.end + far.index).pop();
      const nearDate = near && (near === main ? date : dateFromTimex(near, published));
      if (far && near && nearDate && !nearDate.mod && !nearDate.end) {
        trailing = far;
        orderDate = nearDate;
        orderText = near.text;
      }
    }
    if (trailing) {
      const at = main.end + trailing.index + trailing[0].length - trailing[2].length;
      const what = trailing[2].replace(/[\s,.;]+$/, '');
      const word = trailing[1].toLowerCase();
      // "after it broadcast an interview": a pronoun subject opens a clause, whatever its verb.
      const pronounClause = /^(?:it|he|she|they|we)\s+[a-z]{3,}/.test(what);
      if (pronounClause || /\b(?:[a-z]{3,}ed|was|were|had|did|made|took|began|broke|fell|won|lost|left|came|went|gave|ran|hit|struck)\b/.test(what) || (what.match(/[a-z]+/g) ?? []).some((w) => IRREGULAR_PAST.has(w))) {
        // "will return on Tuesday after the union suspended its strike late Sunday": a happening with a date of its
        // own is on that date, not merely before the clause's.
        const ownTimex = a.inClause.find((t) => t.start >= at && t.end <= at + what.length);
        const ownDate = ownTimex && dateFromTimex(ownTimex, published);
        const { title, drafted } = titled(ownTimex ? removeRanges(what, [{ start: ownTimex.start - at, end: ownTimex.end - at }]) : what);
        if (title) {
          out.push({
            paragraphId: u.paragraphId,
            start: main.end + trailing.index + trailing[0].search(/[^\s,]/),
            end: at + what.length,
            title,
            drafted,
            date: ownDate
              ? { ...ownDate, rule: `${ownDate.rule}/ordering-clause-own-date`, ...(toldIn(u.paraText.slice(at, ownTimex.start)) ? { yearUncertain: true } : {}) }
              : relativeTo(orderDate, word === 'before' ? 'after' : 'before', `ordering-clause/${word}`, `The article gives no date; it places this ${word === 'before' ? 'after' : 'before'} “${orderText}”.`),
            order: nextOrder(),
          });
          clauseEnd = main.end + trailing.index;
        }
      }
    }
    let counted: { draft: Draft; cut: { start: number; end: number } } | null = null;
    // "walked out late Tuesday, three months after she was arrested": a part of a day is still that day to count from.
    const partOfDay = date.start.length === 10 && (date.mod === 'start' || date.mod === 'mid' || date.mod === 'end');
    if (!a.end && (!date.mod || partOfDay) && (!date.end || date.end.slice(0, 4) === date.start.slice(0, 4))) counted = countedFrom(u, c, main, date, published);
    if (counted) {
      out.push({ ...counted.draft, order: nextOrder() });
      if (counted.cut.start > main.end) {
        clauseEnd = counted.cut.start;
        while (clauseEnd > main.end && /[\s,]/.test(u.paraText[clauseEnd - 1])) clauseEnd--;
      }
    }
    // "… attacked the United States in 2001, and later struck inside Saudi Arabia": the later happening is
    // after the clause's date and, told in the past, before publication: that span, not the clause's date.
    // "was arrested in 1983 and spent four years in prison": the stay is a span from the clause's date, its own event.
    const spent = !a.end && !date.mod && !date.end && main.value !== 'PAST_REF' ? SPENT_AND.exec(u.paraText.slice(main.end, c.end)) : null;
    const spentEnd = spent ? endAfter(date.start, parseCount(spent[2]), spent[3]) : null;
    if (spent && spentEnd) {
      const at = main.end + spent.index;
      const tail = u.paraText.slice(at, c.end);
      const spentTitle = titled(`${leadSubject(u, c, main, at)} ${tail.replace(/^[\s,]*and\s+(?:then\s+)?/i, '')}`.trim());
      if (spentTitle.title) {
        laterDraft = {
          paragraphId: u.paragraphId,
          start: at + (/^[\s,]*and\s+(?:then\s+)?/i.exec(tail)?.[0].length ?? 0),
          end: c.end,
          ...spentTitle,
          date: { start: date.start, end: spentEnd, basis: date.basis, rule: 'sequence/spent-from-date', note: `“${spent[0].replace(/^[\s,]*and\s+/i, '')}” counted from ${main.text}.`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
          order: 0,
        };
        clauseEnd = at;
      }
    }
    // "three days of mourning beginning Monday": the days from that one on.
    const run = !a.end && !date.end && !date.mod && date.start.length === 10 ? RUN_FROM.exec(u.paraText.slice(Math.max(c.start, main.start - 80), main.start)) : null;
    const runEnd = run ? endAfter(date.start, parseCount(run[1]), run[2]) : null;
    if (run && runEnd) {
      date.end = runEnd;
      date.rule = `${date.rule}/run-from`;
      date.note = `“${run[0].trim()} ${main.text}”: from that day on.${date.note ? ` ${date.note}` : ''}`;
    }
    // A stretch told beside the clause that ends at the clause's date ("after four years of construction", "from a
    // nine-month deployment"): an event of its own, from `start` up to that date, cut from the clause's evidence.
    const stretchUpTo = (at: number, what: string, titleText: string, start: string, rule: string, note: string) => {
      const { title, drafted } = titled(titleText);
      if (!title) return;
      out.push({
        paragraphId: u.paragraphId,
        start: at,
        end: at + what.length,
        title,
        drafted,
        date: { start, end: date.start, basis: date.basis, rule, note, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
        order: nextOrder(),
      });
      clauseEnd = Math.min(clauseEnd, trimmedEnd(u.paraText, main.end, at));
    };
    // "reached a deal late Sunday after two days of talks": the talks are the days up to and including that day.
    // "opened in 1955 after four years of construction", "signed the accord that ended eleven years of emergency rule":
    // the stretch ends at the clause's date, at its precision.
    const spell = !laterDraft && !a.end && !date.end && (!date.mod || date.mod === 'end') ? AFTER_SPELL.exec(u.paraText.slice(main.end, c.end)) : null;
    const spellStart = spell ? startBefore(date.start, parseCount(spell[1]), spell[2]) : null;
    if (spell && spellStart && happeningOf(u.paraText.slice(c.start, c.end)) === 'past') {
      const at = main.end + spell.index;
      const what = u.paraText.slice(at, c.end).replace(/[\s,.;]+$/, '');
      stretchUpTo(at, what, what.replace(/^(?:after|following|ended|ending)\s+/i, ''), spellStart, 'sequence/spell-before-date', `“${spell[0].trim()}”: the ${spell[1]} ${spell[2]} up to ${main.text}.`);
    }
    // "completed the checks on Monday, after running trials every night for three weeks": what was done "for" a
    // length of time before the clause's happening is the stretch of that length up to its date.
    const doing = !spell && !laterDraft && !a.end && !date.end && !date.mod ? AFTER_DOING_FOR.exec(u.paraText.slice(main.end, c.end)) : null;
    const doingStart = doing ? startBefore(date.start, parseCount(doing[1]), doing[2]) : null;
    if (doing && doingStart && happeningOf(u.paraText.slice(c.start, main.end)) === 'past') {
      const at = main.end + doing.index + doing[0].search(/after|following/i);
      const what = u.paraText.slice(at, main.end + doing.index + doing[0].length);
      stretchUpTo(at, what, what.replace(/^(?:after|following)\s+/i, ''), doingStart, 'sequence/doing-before-date', `“${what}”: the ${doing[1]} ${doing[2]} up to ${main.text}.`);
    }
    const back = !laterDraft && !a.end && !date.end && !date.mod && RETURN_VERB.test(u.paraText.slice(Math.max(c.start, main.start - 40), main.start)) ? RETURN_FROM_SPELL.exec(u.paraText.slice(main.end, c.end)) : null;
    const backStart = back ? startBefore(date.start, parseCount(back[1]), back[2]) : null;
    if (back && backStart) {
      const at = main.end + back.index + back[0].search(/\S/);
      const what = back[0].trim();
      stretchUpTo(at, what, what.replace(/^from\s+/i, ''), backStart, 'sequence/stay-before-return', `“${what}”: the ${back[1]} ${back[2]}s up to the return, ${main.text}.`);
    }
    const afterMain = u.paraText.slice(main.end, c.end);
    // "had threatened on September 5 to order them back, but withdrew the threat after protests": the second
    // predicate, with no date of its own, comes after the first one's date and, told in the past, before
    // publication. Not a telling ("but said …"), which is dated as tellings are.
    const but = !laterDraft && main.value !== 'PAST_REF' && !a.end && !date.mod && !a.bound && published ? BUT_PAST.exec(afterMain) : null;
    const butVerb = but?.[1].toLowerCase() ?? '';
    if (but && !TELLING_WORD.test(butVerb) && !/^(?:was|were|had|did)$/.test(butVerb) && (IRREGULAR_PAST.has(butVerb) || (/[a-z]{2,}ed$/.test(butVerb) && !NOT_PAST_ED.has(butVerb)))) {
      const at = main.end + but.index;
      const tail = u.paraText.slice(at, c.end);
      const from = date.end ?? date.start;
      const pub = fmtDay(published!);
      const butTitle = draftTitle(`${leadSubject(u, c, main, at)} ${tail.replace(/^[\s,]*but\s+(?:then\s+|later\s+)?/i, '')}`.trim());
      if (butTitle && happeningOf(tail) === 'past' && from < pub) {
        laterDraft = {
          paragraphId: u.paragraphId,
          start: at + (/^[\s,]*but\s+/i.exec(tail)?.[0].length ?? 0),
          end: c.end,
          title: butTitle,
          date: { start: from, end: pub, basis: date.basis, rule: 'sequence/but-until-publication', note: `“but ${but[1]}”: after ${main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
          order: 0,
        };
        clauseEnd = Math.min(clauseEnd, at);
      }
    }
    const later = !laterDraft && main.value !== 'PAST_REF' && !a.end && published ? (LATER_AND.exec(afterMain) ?? sinceThenAnd(afterMain)) : null;
    if (later && !date.mod) {
      const at = main.end + later.index;
      const word = (later[1] ?? later[3] ?? 'since').toLowerCase();
      const tail = u.paraText.slice(at, c.end);
      const lead = later[2] ? '' : leadSubject(u, c, main, at);
      const laterTitle = titled(`${lead} ${tail.replace(/^[\s,]*and\s+(?:then\s+)?/i, '')}`.trim());
      const from = date.end ?? date.start;
      const pub = fmtDay(published!);
      if (laterTitle.title && happeningOf(tail) === 'past' && from < pub) {
        laterDraft = {
          paragraphId: u.paragraphId,
          start: at + (/^[\s,]*/.exec(tail)?.[0].length ?? 0),
          end: c.end,
          ...laterTitle,
          date: { start: from, end: pub, basis: date.basis, rule: `sequence/${word}-until-publication`, note: `“${word}”: after ${main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
          order: 0,
        };
        clauseEnd = Math.min(clauseEnd, at);
      }
    }
    // The when-clause closing the clause is an event of its own (above).
    const closing = whens.find((w) => w.open >= main.end && w.start < clauseEnd && w.end >= clauseEnd - 1);
    if (closing) {
      clauseEnd = closing.open;
    }
    const evidenceEnd = clauseEnd;
    if (scheduleCut >= 0) clauseEnd = Math.min(clauseEnd, scheduleCut);
    const clauseText = u.paraText.slice(c.start, clauseEnd);
    let title: string;
    let drafted: TitleDraft | undefined;
    if (main.value === 'PAST_REF') {
      // "Some time ago, when the Taliban was fighting …": the event is the when-clause, not the sentence.
      const rest = u.paraText.slice(main.end, c.end).replace(/^[\s,]+/, '');
      const when = /^when\s+([^,;:]+)/i.exec(rest);
      ({ title, drafted } = titled(when ? when[1] : removeRanges(clauseText, [{ start: main.start - c.start, end: main.end - c.start }])));
    } else {
      // The subordinate happening has its own event; the main one's title leaves it out ("She moved to Paris").
      const cut = a.sub && (a.sub.start > c.start || a.sub.end < clauseEnd - 8) ? [...dateSpans(a), a.sub] : dateSpans(a);
      for (const w of whens) if (w.start >= c.start && w.end <= clauseEnd) cut.push({ start: w.open, end: w.end });
      if (counted && counted.cut.end <= main.start) cut.push(counted.cut);
      if (shifted) cut.push(shifted.cut);
      const rest = removeRanges(clauseText, cut.map((t) => ({ start: t.start - c.start, end: t.end - c.start })));
      // "Smith, who in 1990 founded the firm, died on March 3": the main clause's title names its subject.
      // "the main, laid in 1961, was still in service": a participle aside tells of its noun in the passive ("The main
      // was laid"). Only one the clause goes on after with its verb: in "His design, the Orm bridge, opened in 1955"
      // the "aside" is the predicate.
      const subject = c.subject ? u.paraText.slice(c.subject.start, c.subject.end) : '';
      const aside = c.aside && /^\s*,\s*$/.test(u.paraText.slice(c.subject?.end ?? 0, c.start)) && continuesWithVerb(u.paraText.slice(c.end, c.end + 40));
      ({ title, drafted } = titled(c.subject ? (aside ? participleAside(subject, rest) : `${subject} ${rest}`) : withSubject(u, c, rest)));
    }
    // "… hold sessions on Thursday, December 21, and on Saturday, January 6": a date phrase with no words of its own
    // after "and" is the clause before it again, on its own date.
    if (!title && last.title && BARE_DATE_PHRASE.test(removeRanges(clauseText, dateSpans(a).map((t) => ({ start: t.start - c.start, end: t.end - c.start }))))) ({ title, drafted } = last);
    if (title) last = { title, drafted };
    const redrafted = (t: string) => {
      const again = titled(t);
      if (again.title) ({ title, drafted } = again);
    };
    if (endedSpan && title) redrafted(title.replace(/^(?:ending|concluding|capping|closing|completing)\s+(?:an?\s+|the\s+)?/i, '').replace(/\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)$/i, ''));
    if (pledgedDeadline && title) redrafted(title.replace(PLEDGED, '').replace(/\s{2,}/g, ' '));
    if (date.rule?.endsWith('/deadline') && title) title = `Deadline: ${title.replace(/\s+(?:before|prior\s+to|ahead\s+of)(?:\s+the\s+deadline)?$/i, '')}`;
    // "Apple's suit, filed in September 2003, …": the evidence of a participle aside holds the subject it tells of.
    const from = c.aside && c.subject ? c.subject.start : c.start;
    out.push({ paragraphId: u.paragraphId, start: from, end: evidenceEnd, title, drafted, date, order: nextOrder() });
    if (laterDraft) out.push({ ...laterDraft, order: nextOrder() });
  }
  // The main clause around a dated aside, when it has no date of its own: placed by its tense, as an undated
  // sentence is ("Aid reached the island, which the storm hit a week ago": before publication).
  for (const c of undatedClauses(u)) {
    const text = u.paraText.slice(c.start, c.end);
    // An aside a count already dated ("…, 2016, two days after police searched his office").
    if (out.some((d) => d.date.rule?.startsWith('count-from-clause') && d.start <= c.start + 2 && d.end >= c.start + text.trimEnd().replace(/[.!?]$/, '').length)) continue;
    const how = happeningOf(text);
    let { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${text}` : withSubject(u, c, text));
    // "In 2009, Fiat bought a stake, which …, and has since raised it": from the date of the clause before
    // up to publication, as "since then" is.
    // "left the yard in 1975 to start a studio, which later built 200 yachts": the same, from a relative "later".
    const whichLater = how === 'past' && WHICH_LATER.test(text);
    const prev = how === 'past' && published && (HAS_SINCE.test(text) || whichLater) ? [...anchored].reverse().find((a) => a.clause.end <= c.start && !a.end) : undefined;
    const prevDate = prev && dateFromTimex(prev.main, published);
    const pub = published && fmtDay(published);
    const since =
      prevDate && pub && !prevDate.mod && (prevDate.end ?? prevDate.start) < pub
        ? { start: prevDate.end ?? prevDate.start, end: pub, basis: prevDate.basis, rule: `sequence/${whichLater ? 'later' : 'since'}-until-publication`, note: `“${whichLater ? 'later' : 'since'}”: after ${prev!.main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(prevDate.yearUncertain ? { yearUncertain: true } : {}) }
        : null;
    if (since && !whichLater) ({ title, drafted } = titled(`${leadSubject(u, prev!.clause, prev!.main, c.start)} ${text.replace(/^and\s+/i, '')}`.trim()));
    // "The fire, which started on July 27, has burned 86,000 acres": told in the present perfect of a thing whose
    // start an aside dates, it is the stretch from that start up to publication.
    const started = !since && how === 'past' && pub && PRESENT_PERFECT.test(text) ? anchored.find((a) => a.clause.aside && !a.end && START_ASIDE.test(u.paraText.slice(a.clause.start, a.clause.end))) : undefined;
    const startDate = started && dateFromTimex(started.main, published);
    const fromStart =
      startDate && pub && !startDate.mod && (startDate.end ?? startDate.start) < pub
        ? { start: startDate.start, end: pub, basis: startDate.basis, rule: 'sequence/since-start-until-publication', note: `Told in the present perfect of what began ${started!.main.text}: from then up to publication (${fmtHuman(published!)}).`, ...(startDate.yearUncertain ? { yearUncertain: true } : {}) }
        : null;
    const date =
      since ??
      fromStart ??
      (how === 'past'
        ? beforePublication(published, 'narrative-order/before-publication')
        : how === 'ongoing' && published
          ? { start: fmtDay(published), basis: 'publication' as const, rule: 'present-tense/publication', note: `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).` }
          : null);
    if (date && title) out.push({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date, order: nextOrder() });
  }
  return out;
}
