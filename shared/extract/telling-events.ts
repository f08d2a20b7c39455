// Reported speech in a dated clause (family 8): the telling and what it tells as events of their own, each dated by
// its own expression when it has one, else placed before publication ("said") or on it ("says").

import type { EventDate } from '../document';
import { fmtDay } from '../time-value';
import { datesTheTelling, decisionInfinitiveAt, participle, statementStart, writtenTellingEnd } from './anchor';
import { clauseWithoutDates, dateSpans, subjectText, trimmedEnd } from './clause-words';
import type { ClauseWork } from './draft';
import { isPastForm, isPresentTelling, REPORTED_THAT, SUBJECT_DETERMINER, TELLING_VERB_RE } from './lexicon';
import { beforePublication, dateFromTimex, fmtHuman, relativeTo } from './resolve';
import { tellingOccasionBefore } from './tense';
import type { Timex } from './types';
import { datedOccasionOpening, onOrBeforeTelling, OPENING_BEFORE_DATE, TELLING_AFTER, TELLING_DAY_GAP, tellingDate, titledRunOn, toldHappening, toldVerbPastAside, toldWithout, trailingTeller, trailingTelling, trailingTellingAhead, trailingTellingTitle, toldSubject } from './tellings';
import { opensHowTold, patternVerb, titled, withoutSpans } from './title';
import { spanUpToPublicationIn } from './undated-sentences';

/**
 * The events a telling in the clause makes. True when they stand for the whole clause (no event of its own is
 * left); false when the clause goes on to be dated as it is, perhaps cut before a telling that closed it.
 */
export function tellingEvents(w: ClauseWork): boolean {
  const { a, main } = w;
  if (!a.end && !a.bound && main.value !== 'PAST_REF' && (toldDoneEvents(w) || toldFirstEvents(w) || toldAheadEvents(w))) return true;
  const told = REPORTED_THAT.exec(w.u.paraText.slice(w.c.start, main.start)) ?? bareToldClause(w);
  if (told) return main.value !== 'PAST_REF' && reportedEvents(w, told);
  if (main.value !== 'PAST_REF' && toldOnlyEvent(w)) return true;
  if (!decisionOnItsDay(w) && !a.end) tellingOnItsDay(w);
  tellingAfterDate(w);
  return false;
}

// "The council said the bridge had failed a test in May": "that" left out before a short noun phrase and its
// auxiliary. The telling is not the date's: it is an event of its own.
const REPORTED_NP = new RegExp(String.raw`\b(${TELLING_VERB_RE})\s+(?=the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:had|has|was|were)\s+[a-z])`, 'i');

/**
 * A telling before the date with "that" left out (REPORTED_NP). Not when a clause after the date orders another
 * happening against it (", before the old mill was pulled down"): the clause keeps the date for that ordering.
 */
function bareToldClause(w: ClauseWork): RegExpExecArray | null {
  const told = REPORTED_NP.exec(w.u.paraText.slice(w.c.start, w.main.start));
  if (!told || /,\s+(?:before|after|when|while|until|since)\b/i.test(w.u.paraText.slice(w.main.end, w.c.end))) return null;
  return told;
}

/**
 * "The coast guard said Sunday it had rescued 40 people", "In a statement on Sunday, the army said it had …": the
 * only date is the telling's. What it tells as done is the event (the reported happening), on that day or before
 * it; the telling is another, on its day, when its words are more than the teller. A state or a plan told ("said
 * Sunday the streets were calm") stays on the telling's day.
 */
function toldDoneEvents(w: ClauseWork): boolean {
  const { u, a, c, main, date } = w;
  const toldDone = toldHappening(u.paraText, c, main, a.inClause);
  const toldDate = toldDone && onOrBeforeTelling(date, main);
  if (!toldDone || !toldDate) return false;
  // "it had rescued …" names its teller: "Coast guard had rescued …" (not "he"/"she", who may be anyone).
  const teller = `${c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ` : ''}${toldDone.teller}`.trim();
  const pronoun = /^(?:it|they|we)\s+(?=[a-z])/i.exec(toldDone.reported);
  // "Police said Monday he had fled": "he" may be anyone, so the telling stays ("Police said he fled").
  const personal = /^(?:he|she)\s+(?=[a-z])/i.test(toldDone.reported);
  const { title, drafted } = titled(
    pronoun && teller ? `${teller} ${toldDone.reported.slice(pronoun[0].length)}` : personal && teller ? `${teller} ${toldDone.verb} ${toldDone.reported}` : toldDone.reported,
  );
  if (!title) return false;
  // The telling is an event of its own on its day (the gold's convention: the saying on the day of saying),
  // and what it told, done by then, the other; each has its own words as evidence.
  let tellingEnd = toldDone.reportAt > main.end ? trimmedEnd(u.paraText, c.start, toldDone.reportAt) : c.end;
  if (tellingEnd < c.end && /\sthat$/i.test(u.paraText.slice(main.end, tellingEnd))) tellingEnd = trimmedEnd(u.paraText, c.start, tellingEnd - 4);
  // After "he" or "she" too ("Police said Monday he had fled"): the told event's title names the teller, but the
  // telling is still a happening on its own day.
  const tellingText = tellingEnd < c.end ? clauseWithoutDates(u, c, a) : '';
  const said = tellingText ? titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${tellingText}` : tellingText, { telling: true }) : null;
  if (said?.title) {
    // The telling's evidence runs on over what it told, whose own event (from "that" on) stays the shorter, more
    // specific one: words that take in both ("estimated on Friday that it had lost …") are the telling's.
    w.emit({ paragraphId: u.paragraphId, start: c.start, end: c.end, ...said, date: { ...date, rule: `${date.rule}/telling` } });
    // Beside the telling's own event, which names the teller, "he"/"she" titles what was told ("She signed the order"),
    // so the two events do not read alike.
    const told = personal ? titled(toldDone.reported) : null;
    const toldStart = skipSpaces(u.paraText, tellingEnd);
    const upToNow = w.published && spanUpToPublicationIn(u, toldStart, c.end, w.published);
    w.emit({ paragraphId: u.paragraphId, start: toldStart, end: c.end, ...(told?.title ? told : { title, drafted }), date: upToNow || toldDate });
  } else w.emit({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date: toldDate });
  return true;
}

/**
 * "The ferry sank, the coast guard said Friday": the day is the telling's, after what it tells. What is told as done
 * is one event, on or before that day; the telling is another, on its day (MEANTIME's gold links such a "said" to its
 * day and the happening before it or before publication).
 */
function toldFirstEvents(w: ClauseWork): boolean {
  const { u, a, c, main, date } = w;
  const toldFirst = trailingTelling(u.paraText, c, main, a.inClause);
  // "Sales have fallen by a third over the last five years, its owners said on Monday": a present perfect counting a
  // length up to now is that stretch, up to publication, not only something done by the telling.
  const toldFirstDate = toldFirst && ((w.published && spanUpToPublicationIn(u, c.start, toldFirst.happeningEnd, w.published)) || onOrBeforeTelling(date, main));
  const toldFirstTitle = toldFirst ? titled(`${subjectText(u, c)}${u.paraText.slice(c.start, toldFirst.happeningEnd)}`) : null;
  const tellerTitle = toldFirst ? trailingTellingTitle(u, a, c, toldFirst, main) : null;
  if (!toldFirst || !toldFirstDate || !toldFirstTitle?.title || !tellerTitle?.title) return false;
  const relative = toldFirstDate.mod === 'before' ? relativeWithItsNoun(u.paraText, c.start, toldFirst.happeningEnd) : null;
  // The relative clause told with its noun, up to the end of its "since" clause: "Charge has been paid since the car
  // park opened", on or before the telling's day as before.
  const relativeTitle = relative && titled(u.paraText.slice(relative.start, c.start) + u.paraText.slice(c.start, relative.end).replace(/^that\s+/i, ''));
  if (relative && relativeTitle?.title) w.emit({ paragraphId: u.paragraphId, start: relative.start, end: relative.end, ...relativeTitle, date: toldFirstDate });
  else w.emit({ paragraphId: u.paragraphId, start: c.start, end: toldFirst.happeningEnd, ...toldFirstTitle, date: toldFirstDate });
  emitTeller(w, toldFirst, tellerTitle, date);
  return true;
}

/** The trailing telling ("…, the coast guard said Friday") as an event of its own, on the telling's day. */
function emitTeller(w: ClauseWork, told: { tellerStart: number; end: number }, tellerTitle: ReturnType<typeof titled>, date: EventDate): void {
  w.emit({ paragraphId: w.u.paragraphId, start: told.tellerStart, end: told.end, ...tellerTitle, date: { ...date, rule: `${date.rule}/telling` } });
}

// "… when the charge that has been paid since the car park opened is scrapped, the council said": a clause cut at a
// restrictive "that" right after its noun, in the present perfect (its participle the first group), running on through
// a "since" clause with its own subject and verb (the second group: "opened", "began", "was built") to a finite verb
// with no subject of its own ("is scrapped"), which is the noun's clause's. relativeWithItsNoun checks both verbs.
const NOUN_BEFORE_THAT = new RegExp(String.raw`\b(?:${SUBJECT_DETERMINER})\s+(?:[a-z][\w'’-]*\s+){0,2}$`, 'i');
const PERFECT_SINCE_THEN_VERB = new RegExp(
  String.raw`^that\s+(?:has|have)\s+(?:(?:not|also|already|now|just|long|never|[a-z]+ly)\s+)?([a-z]{2,})\b[^,;.]{0,60}?\bsince\s+(?:${SUBJECT_DETERMINER})\s+(?:[\w'’-]+\s+){1,3}?([a-z]{2,})(?=\s+(?:is|are|was|were|will|would|has|have|had)\s)`,
  'i',
);

/**
 * The relative clause at `start` (cut at its "that") told with its noun, ending at its "since" clause, when the words
 * up to `end` run on to the noun's own verb (PERFECT_SINCE_THEN_VERB); null otherwise. Its date is its own (a stretch
 * up to now, on or before the telling), not the date of the clause its noun sits in ("when the charge … is scrapped").
 */
function relativeWithItsNoun(text: string, start: number, end: number): { start: number; end: number } | null {
  const noun = NOUN_BEFORE_THAT.exec(text.slice(Math.max(0, start - 40), start));
  const clause = PERFECT_SINCE_THEN_VERB.exec(text.slice(start, end));
  if (!noun || !clause || !noun[0].trim()) return null;
  const [perfect, since] = [clause[1].toLowerCase(), clause[2].toLowerCase()];
  if (!participle(perfect) || !(isPastForm(since) || participle(since))) return null;
  return { start: start - noun[0].length, end: start + clause[0].length };
}

/**
 * "The council will close the library, a spokesman said Friday": the day is the telling's; what it tells, in the plain
 * future, still lay ahead when the article was written, so it is after publication (after the telling's day when the
 * article has no date). Two events, as for a happening told as done (toldFirstEvents).
 */
function toldAheadEvents(w: ClauseWork): boolean {
  const { u, a, c, main, date, published } = w;
  const ahead = !date.mod ? trailingTellingAhead(u.paraText, c, main, a.inClause) : null;
  if (!ahead) return false;
  const tellingLast = date.end ?? date.start;
  // A telling after publication is no report of what was said: leave the clause as it is.
  if (published && tellingLast > fmtDay(published)) return false;
  const aheadDate: EventDate = published
    ? { start: fmtDay(published), mod: 'after', basis: 'publication', rule: `${date.rule}/told-ahead`, note: `Told (“${main.text}”) as still to come: some time after publication (${fmtHuman(published)}).` }
    : relativeTo(date, 'after', `${date.rule}/told-ahead`, `Told (“${main.text}”) as still to come: after the telling.`);
  const aheadTitle = titled(`${subjectText(u, c)}${u.paraText.slice(c.start, ahead.happeningEnd)}`);
  const tellerTitle = trailingTellingTitle(u, a, c, ahead, main);
  if (!aheadTitle.title || !tellerTitle.title) return false;
  w.emit({ paragraphId: u.paragraphId, start: c.start, end: ahead.happeningEnd, ...aheadTitle, date: aheadDate });
  emitTeller(w, ahead, tellerTitle, date);
  return true;
}

/**
 * "GM admitted Thursday night that the loss could grow", "In a statement on Sunday, the army said …": the only date
 * is the telling's, before "that"; the happening told has none of its own and is not given the telling's day. The
 * telling is the clause's one event, its title saying what was told.
 */
function toldOnlyEvent(w: ClauseWork): boolean {
  const { u, a, c, main, date } = w;
  const toldOnly = REPORTED_THAT.exec(u.paraText.slice(c.start, c.end));
  const statementAt = toldOnly ? statementStart(u.paraText, main) : -1;
  const ofStatement = toldOnly && statementAt >= c.start && c.start + toldOnly.index >= main.end;
  if (!toldOnly || !(ofStatement || (c.start + toldOnly.index < main.start && c.start + toldOnly.index + toldOnly[0].length >= main.end))) return false;
  const thatEnd = c.start + toldOnly.index + toldOnly[0].length;
  if (a.inClause.some((t) => t.start >= thatEnd)) return false;
  // The title says what was told, not only who told it ("Mayor said the tram line would reopen").
  const cut = withoutSpans(u.paraText, c.start, c.end, [{ start: ofStatement ? statementAt : main.start, end: main.end }]);
  // "… said on Tuesday that the old viaduct, which …, would be closed": what was told goes on past the aside.
  const { title, drafted } = titledRunOn(cut, toldVerbPastAside(u, c), (said) => (c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${said}` : said), { telling: true });
  if (!title) return false;
  date.rule = `${date.rule}/telling`;
  // "Police said Tuesday they found the van", "admitted Friday that the loss could grow": what is told has no date
  // of its own (checked above) and makes no event, so the telling's evidence runs on over it, as its title does.
  // (Round 42: a plan told was left out before; a reader names the telling by what it told, "said on Monday that
  // the pool would reopen", and those words were then no event's evidence.)
  w.emit({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date });
  return true;
}

/**
 * "The council announced Monday a hearing to be held on March 30", "Police said Friday the suspect was arrested on
 * Monday": a telling dated by its own expression, with what it tells dated by another and no "that" between them, is
 * two events: the telling on its day (here), what is told on the other (the clause, cut after the telling's day).
 */
function tellingOnItsDay(w: ClauseWork): void {
  const { u, a, c, main, published } = w;
  const tellingAt = a.inClause.find((t) => t !== main && t.start >= c.start && t.end <= main.start && datesTheTelling(u.paraText, t));
  const tellingDay = tellingAt && dateFromTimex(tellingAt, published);
  if (!tellingAt || !tellingDay) return;
  let restStart = tellingAt.end;
  while (restStart < main.start && /[\s,]/.test(u.paraText[restStart])) restStart++;
  const { title, drafted } = titled(withoutSpans(u.paraText, c.start, c.end, dateSpans(a)));
  if (title && restStart < main.start) {
    tellingDay.rule = `${tellingDay.rule}/telling`;
    w.emit({ paragraphId: u.paragraphId, start: c.start, end: tellingAt.end, ...(c.subject ? titled(`${u.paraText.slice(c.subject.start, c.subject.end)} ${title}`) : { title, drafted }), date: tellingDay });
    w.c = { start: restStart, end: c.end };
  }
}

/**
 * "The board agreed on Tuesday to raise rents next year", "At its meeting last Tuesday, the council voted by six votes
 * to two to sell the school next spring": the decision (or promise) on its day is one event, and what was decided, its
 * infinitive with a date of its own (the clause's main date), another; the clause goes on from "to". True when cut.
 */
function decisionOnItsDay(w: ClauseWork): boolean {
  const { u, a, c, main, published } = w;
  let day: Timex | undefined;
  let infAt = -1;
  for (const t of a.inClause) {
    if (t === main || t.start < c.start || t.end > main.start) continue;
    const at = decisionInfinitiveAt(u.paraText, t);
    if (at >= 0 && at < main.start) {
      day = t;
      infAt = at;
      break;
    }
  }
  const dayDate = day && dateFromTimex(day, published);
  if (!day || !dayDate) return false;
  const end = trimmedEnd(u.paraText, c.start, infAt);
  const { title, drafted } = titled(withoutSpans(u.paraText, c.start, end, dateSpans(a).filter((t) => t.end <= end)));
  if (!title) return false;
  w.emit({ paragraphId: u.paragraphId, start: c.start, end, ...(c.subject ? titled(`${u.paraText.slice(c.subject.start, c.subject.end)} ${title}`) : { title, drafted }), date: dayDate });
  w.c = { start: infAt, end: c.end };
  return true;
}

// A participle and its phrase, all that stands before a teller: "Speaking by telephone on Friday", "Reached at home",
// with an aside after it ("…, 15 kilometres short of the hut,"); opensHowTold sees that none of it is a clause.
const HOW_TOLD = /^[A-Z][a-z]+(?:ing|ed)\b[^;:.!?"“”]{0,160}$/;

/**
 * "For the last quarter of 2009, Ford says it made …", "This, he said, would happen next year": a telling after the
 * date is an event of its own, on its own day ("…, the ministry said on Tuesday"), else as of publication ("says")
 * or before it ("said"). A telling closing the clause with its own day is cut from the clause's evidence and title.
 */
function tellingAfterDate(w: ClauseWork): void {
  const { u, a, c, main, published } = w;
  const clauseText = u.paraText.slice(c.start, c.end);
  const after = TELLING_AFTER.exec(clauseText);
  if (!after) return closingTellerEvent(w);
  const at = c.start + after.index + after[0].length - after[1].length;
  // "On Tuesday, the ministry said …", "In his keynote address Wednesday, Jobs announced …": a past telling
  // right after an opening date is dated by it, and the clause's event on that date already holds it.
  const openingGap = u.paraText.slice(main.end, at);
  const openingWords = u.paraText.slice(c.start, main.start);
  const opened =
    !isPresentTelling(after[2]) &&
    ((/^[\s,]*$/.test(openingGap) && OPENING_BEFORE_DATE.test(openingWords)) || datedOccasionOpening(openingWords, openingGap));
  // Before the date only as an aside ("This, he said, would …").
  const placed = !opened && (at >= main.end || /^,/.test(clauseText.slice(at - c.start + after[1].length)));
  const sayEnd = at + after[1].length;
  // "…, the mayor said at a ceremony in Holt on Wednesday": the telling's occasion may stand before its day.
  const ownGap = (t: Timex) => TELLING_DAY_GAP.test(u.paraText.slice(sayEnd, t.start)) || tellingOccasionBefore(u.paraText, t.start) === sayEnd;
  const own = placed ? a.inClause.find((t) => t !== main && t.start >= sayEnd && ownGap(t) && datesTheTelling(u.paraText, t)) : undefined;
  const ownDate = own && dateFromTimex(own, published);
  if (ownDate) ownDate.rule = `${ownDate.rule}/telling`;
  const sayDate = placed && (ownDate || tellingDate(after[2], published, w.writing));
  if (!sayDate) return;
  // "This, he said, would happen next year": "He said this would happen", not "He said".
  const offset = after.index + after[0].length - after[1].length;
  // "Reached at home on Tuesday, Mr Pellow said he …": a participle phrase before the teller says how the telling was
  // had; it goes with the teller, or it lands after "said" ("Mr Pellow said Reached at home he …").
  const howTold = HOW_TOLD.test(clauseText.slice(0, after.index)) && opensHowTold(clauseText.slice(0, after.index));
  const told = toldWithout(clauseText, a, c.start, { start: howTold ? 0 : after.index, end: offset + after[1].length }, u.paraText);
  // "The probe, which …, will be switched off on March 31, the agency said": what was told opens on its verb after
  // the aside; its subject comes first ("Agency said the probe will be switched off", not "… said will be …").
  const subject = patternVerb(/^[a-z]+/.exec(told)?.[0] ?? '') ? toldSubject(u, c) : '';
  w.emit({ paragraphId: u.paragraphId, start: at, end: ownDate ? own!.end : sayEnd, ...titled(`${after[1]} ${subject}${told}`, { telling: true }), date: sayDate });
  if (ownDate && at > main.end && /^[\s.!"”]*$/.test(u.paraText.slice(own!.end, c.end))) w.c = { ...c, end: trimmedEnd(u.paraText, main.end, at) };
}

/**
 * "…, the coast guard said on Tuesday.": a teller of more words than TELLING_AFTER takes, when the telling's own day
 * closes the clause after the clause's date, or comes before a closing ", after <happening>" (an event of its own) or
 * a closing participle ("…, experts said on Friday, making it the oldest find"), which says what the telling meant.
 * What was told ends where its teller starts: the teller is not its evidence or its title.
 */
function closingTellerEvent(w: ClauseWork): void {
  const { u, a, c, main, published } = w;
  const closing = (t: Timex) => {
    if (/^(?:[\s.!]*$|,\s(?:after|before|following|[a-z]{3,}ing)\s)/.test(u.paraText.slice(t.end, c.end))) return true;
    const written = writtenTellingEnd(u.paraText, t);
    return written >= 0 && /^[\s.!]*$/.test(u.paraText.slice(written, c.end));
  };
  const day = a.inClause.find((t) => t !== main && t.start >= main.end && datesTheTelling(u.paraText, t) && closing(t));
  const teller = day && trailingTeller(u.paraText, main.end, day);
  const dayDate = teller && dateFromTimex(day!, published);
  // The comma before the teller stays with what was told: what is cut runs from the teller to its day.
  const tellerTitle = teller ? trailingTellingTitle(u, a, c, { ...teller, happeningEnd: teller.tellerStart }, day!) : null;
  if (!dayDate || !tellerTitle?.title) return;
  dayDate.rule = `${dayDate.rule}/telling`;
  w.emit({ paragraphId: u.paragraphId, start: teller!.tellerStart, end: teller!.end, ...tellerTitle, date: dayDate });
  if (teller!.tellerStart > main.end && /^[\s.!"”]*$/.test(u.paraText.slice(teller!.end, c.end))) w.c = { ...c, end: teller!.tellerStart };
}

/**
 * "The ministry said on Tuesday that exports fell in March": the happening reported, from "that" on, is one event
 * (dated by the clause's date); the saying is another, dated by its own expression when it has one, else placed
 * before publication ("said") or on it ("says"). True when the reported happening has a title.
 */
function reportedEvents(w: ClauseWork, told: RegExpExecArray): boolean {
  const { u, a, c, main, date, published } = w;
  const thatEnd = c.start + told.index + told[0].length;
  const telling = a.inClause.find((t) => t !== main && t.end <= thatEnd && t.start >= c.start);
  const present = isPresentTelling(told[1]);
  const sayDate = telling
    ? dateFromTimex(telling, published)
    : present && published
      ? { start: fmtDay(published), basis: 'publication' as const, rule: 'reported-speech/present-telling', note: `“${told[1]}”: the telling is as of publication.` }
      : beforePublication(published, 'reported-speech/before-publication', '', w.writing);
  const sayEnd = c.start + u.paraText.slice(c.start, thatEnd).replace(/\s*that\s*$/i, '').length;
  let ranOn = false;
  if (sayDate) {
    // The saying's title holds what it tells, without the dates ("He stated he expected …", not "He stated").
    const whole = clauseWithoutDates(u, c, a);
    const { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${whole}` : whole, { telling: true });
    // As for a telling whose day is the clause's only date (toldDoneEvents): its evidence runs on over what it told.
    ranOn = !!title && !!telling;
    if (title) w.emit({ paragraphId: u.paragraphId, start: c.start, end: ranOn ? c.end : sayEnd, title, drafted, date: sayDate });
  }
  const { title, drafted } = titled(withoutSpans(u.paraText, thatEnd, c.end, a.inClause.filter((t) => t.start >= thatEnd)));
  if (!title) return false;
  // When the telling's evidence runs on over it, what is told starts at "that", so that it stays the shorter of the two.
  const toldStart = ranOn ? skipSpaces(u.paraText, sayEnd) : thatEnd;
  w.emit({ paragraphId: u.paragraphId, start: toldStart, end: c.end, title, drafted, date });
  return true;
}

/** Where the words after `at` start: past spaces and commas. */
function skipSpaces(text: string, at: number): number {
  return at + (/^[\s,]*/.exec(text.slice(at))?.[0].length ?? 0);
}
