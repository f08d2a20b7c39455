// Sentences with no date that the text places by an ordering word: "Before that she ran the port" (before the
// happening told last), "After the talks failed, the army moved in" (the ordering clause against its main clause),
// and "X said after the talks" (the talks before the remarks).

import type { EventDate } from '../document';
import { fmtDay, parseYmd, type Ymd } from '../time-value';
import type { Draft } from './draft';
import { CLOCK_HOUR_WORDS, NUMBER_WORD_RE, parseCount, SUN_TURN_RE } from './lexicon';
import { type Placing, startBefore } from './narrative';
import { beforePublication, fmtHuman, relativeTo } from './resolve';
import { happeningOf } from './tense';
import { draftTitle, titled } from './title';
import { usable } from './anchor';
import { occasionDay, occasionNoun } from './occasions';

// "After 31 years in Aarby, he moved back …": the stretch the opening counts, which ends at the clause's date.
const SPELL_HEAD = new RegExp(`^(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\s+(?:in|of|at|as|with|on|abroad|away)\\b`, 'i');

// "After a 40-day crossing", "Following a six-month refit": the happening given its length as an adjective.
const LENGTH_HEAD = new RegExp(`^(?:a|an|the|its|his|her|their)\\s+(\\d{1,3}|${NUMBER_WORD_RE})-(day|week|month|year)\\s+[a-z]`, 'i');

const ORDERING_HEAD = /^(After|Following|Before|Prior to|Shortly after|Soon after|Shortly before)\s+([^,]+),\s+(.+)$/;
// "Shortly after dawn, …", "Soon after ten, …": a time of the day the tagger leaves untagged names no happening to place
// the clause against; the sentence is on the day the story is at.
const TIME_OF_DAY_HEAD = new RegExp(`^(?:${SUN_TURN_RE}|${CLOCK_HOUR_WORDS.join('|')})$`, 'i');
// "Before that, …", "After it, …": a pronoun stands for a happening told elsewhere and is no happening of its own to
// make an event of; a sentence with no date of its own is read by anaphoricOrder, one with a date by its clauses.
const PRONOUN_HEAD = /^(?:that|this|it|then|these|those|them)$/i;
// "Before that she ran the port", "After that, the talks stalled", "After it, the board vowed …": the demonstrative
// or pronoun stands for the happening told last ("Before that happened, …" the same); a clause follows at once (a
// pronoun, a name or a determiner), or a comma.
const ANAPHORIC_ORDER = /^(Before|After|Prior\s+to)\s+(?:(?:that|this|it)\s+(?:happened|occurred|took\s+place)|that|then|it)(?:,\s*|\s+(?=(?:she|he|they|it|we|I|the|a|an|his|her|its|their)\s|[A-Z][a-z]))/;
export const SPELL_FOR = new RegExp(`\\bfor\\s+(?:(?:about|almost|nearly|more\\s+than)\\s+)?(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\b`, 'i');
const REPORTED_AFTER = /\b(?:said|told\s+\w+|stressed|added|spoke|commented)\s+(?:\w+\s+)?(after|following|before)\s+(the\s+[^,.;:"“”]{6,90})/i;
// "Following these rules will get mail there sooner": a gerund subject, not an ordering clause; a modal or a
// present verb right in the head, with no subject of its own, gives it away.
const GERUND_SUBJECT = /^(?:[A-Za-z'’-]+\s+){0,4}?(?:will|would|can|could|should|must|may|might|is|are|helps|makes|means|keeps)\b/;

/** "after X", told in the past: also before publication, so a closed span from X to publication. */
export function untilPublication(date: EventDate, text: string, published: Ymd | null): EventDate {
  if (!published || date.mod !== 'after' || happeningOf(text) !== 'past') return date;
  const pub = fmtDay(published);
  if (!(date.start < pub)) return date;
  const { mod: _after, ...rest } = date;
  return { ...rest, end: pub, note: `${date.note ?? ''} Told in the past, it is before publication (${fmtHuman(published)}).`.trim() };
}

/**
 * "Before that she ran the port": "that" is the happening the story last dated, not a clause of its own. Whether the
 * sentence was placed so.
 */
export function anaphoricOrder(w: Placing): boolean {
  const { u, text } = w;
  const anaphor = !w.hasOwn ? ANAPHORIC_ORDER.exec(text) : null;
  const antecedent = w.prevDated ?? w.ctx.lastDated;
  if (!(anaphor && antecedent && happeningOf(text.slice(anaphor[0].length)) === 'past')) return false;
  const rest = text.slice(anaphor[0].length);
  const date = anaphoricDate(anaphor, antecedent, rest, w.ctx.published);
  const { title, drafted } = titled(rest);
  if (!(date && title)) return false;
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
  return true;
}

/** The date of a sentence opened by "Before that", "After that": against the antecedent's. */
function anaphoricDate(anaphor: RegExpExecArray, antecedent: Draft, rest: string, published: Ymd | null): EventDate | null {
  const word = anaphor[1].toLowerCase().replace(/\s+/g, '-');
  const before = word !== 'after';
  // "Before that she served for two years as minister": the stretch ends where the happening begins.
  const spell = before ? SPELL_FOR.exec(rest) : null;
  const spellStart = spell && !antecedent.date.mod ? startBefore(antecedent.date.start, parseCount(spell[1]), spell[2]) : null;
  const { mod: _mod, end: _end, ...plainDate } = antecedent.date;
  return spellStart
    ? { ...plainDate, start: spellStart, end: antecedent.date.start, rule: 'sequence/spell-before-antecedent', note: `“${anaphor[0].trim()} … for ${spell![1]} ${spell![2]}”: the ${spell![1]} ${spell![2]} up to “${antecedent.title}”.` }
    : before
      ? relativeTo(antecedent.date, 'before', `sequence/${word}-antecedent`, `“${anaphor[0].trim()}”: before “${antecedent.title}”, the happening the article told of last.`)
      : untilPublication(relativeTo(antecedent.date, 'after', 'sequence/after-antecedent', `“${anaphor[0].trim()}”: after “${antecedent.title}”, the happening the article told of last.`), rest, published);
}

/**
 * "After the talks failed, the army moved in": the ordering clause is placed against its main clause's date, which,
 * when the sentence has none, is placed against the dated events around it. Whether the sentence opens so.
 */
export function orderingClause(w: Placing): boolean {
  const { u, text } = w;
  const head = ORDERING_HEAD.exec(text);
  if (!head || (head[1] === 'Following' && GERUND_SUBJECT.test(head[2])) || TIME_OF_DAY_HEAD.test(head[2]) || PRONOUN_HEAD.test(head[2]) || u.timexes.some((t) => usable(t) && t.start < u.start + head[1].length + head[2].length + 1)) return false;
  const subStart = u.start + head[1].length + 1;
  const subEnd = subStart + head[2].length;
  const mainStart = subEnd + text.slice(subEnd - u.start).indexOf(head[3]);
  const mainDate = orderedMainDate(w, head, mainStart);
  if (mainDate) orderedSubEvent(w, head, subEnd, mainDate);
  return true;
}

/** The date of the main clause after an ordering clause: the sentence's own, else one it is given here as an event. */
function orderedMainDate(w: Placing, head: RegExpExecArray, mainStart: number): EventDate | undefined | null {
  const { u, ctx } = w;
  const { published, unitEvent } = ctx;
  let mainDate: EventDate | undefined | null = unitEvent.get(u)?.date;
  if (!mainDate) {
    const next = w.nextDated;
    if (next) {
      mainDate = relativeTo(next.date, 'before', 'narrative-order/before-next-dated', `The article gives no date; it tells of this before “${next.title}”.`);
    } else if (w.prevDated ?? ctx.lastDated) {
      const prev = (w.prevDated ?? ctx.lastDated)!;
      mainDate = untilPublication(relativeTo(prev.date, 'after', 'narrative-order/after-previous-dated', `The article gives no date; it tells of this after “${prev.title}”.`), head[3], published);
    } else {
      mainDate = beforePublication(published, 'narrative-order/before-publication', '', ctx.writing);
    }
    if (mainDate) unitEvent.set(u, w.push({ paragraphId: u.paragraphId, start: mainStart, end: u.end, ...titled(head[3]), date: mainDate }));
  }
  return mainDate;
}

/** The ordering clause's own event: before or after the main clause's date, or the stretch it counts up to it. */
function orderedSubEvent(w: Placing, head: RegExpExecArray, subEnd: number, mainDate: EventDate): void {
  const { u } = w;
  const { published } = w.ctx;
  const word = head[1].toLowerCase();
  const subMod: 'before' | 'after' = /before|prior/.test(word) ? 'after' : 'before';
  // Before a span means before its end at the latest.
  const bound = mainDate.mod && mainDate.mod !== subMod ? null : subMod === 'before' && mainDate.end ? { ...mainDate, start: mainDate.end } : mainDate;
  const anchorDate = bound ?? beforePublication(published, 'ordering-clause/before-publication', '', w.ctx.writing);
  // "After 40 years of mending nets, he closes his shed at the end of the month": a spell up to the month's end is
  // counted to the month, as the month's end is shown.
  const spell = word !== 'before' && word !== 'prior to' && (!mainDate.mod || mainDate.mod === 'end') && !mainDate.end ? (SPELL_HEAD.exec(head[2]) ?? LENGTH_HEAD.exec(head[2])) : null;
  const spellStart = spell ? startBefore(mainDate.start, parseCount(spell[1]), spell[2]) : null;
  if (spell && spellStart) {
    const { mod: _mod, ...plain } = mainDate;
    w.push({
      paragraphId: u.paragraphId,
      start: u.start,
      end: subEnd,
      title: draftTitle(head[2]),
      date: { ...plain, start: spellStart, end: mainDate.start, rule: 'sequence/spell-before-date', note: `“${head[1]} ${head[2]}”: the ${/s$/i.test(spell[2]) ? `${spell[1]} ${spell[2]}` : `${spell[1]}-${spell[2]} stretch`} up to “${draftTitle(head[3])}”.` },
    });
  } else if (anchorDate) {
    w.push({
      paragraphId: u.paragraphId,
      start: u.start,
      end: subEnd,
      ...titled(head[2]),
      date: relativeTo(anchorDate, subMod, `ordering-clause/${word.replace(/\s+/g, '-')}`, `The article gives no date; it places this ${subMod} “${draftTitle(head[3])}”.`),
    });
  }
}

/**
 * "X said after the talks": the talks are an event before (or after) the remarks. What the later steps read of the
 * sentence: null when it is done with (one with a date of its own is, once its reported happening is placed), the
 * words before a closing attribution (closingReport), else the sentence as it was.
 */
export function reportedOrdering(w: Placing): Placing | null {
  const { u, text } = w;
  const reported = REPORTED_AFTER.exec(text);
  if (!reported) return w;
  // "told reporters after the hearing that the brothers had …": the happening ends where what was told begins.
  const thatAt = /\sthat\s/.exec(reported[2]);
  const np = thatAt ? reported[2].slice(0, thatAt.index) : reported[2];
  const npStart = u.start + reported.index! + reported[0].length - reported[2].length;
  const npEnd = npStart + np.trimEnd().length;
  const evStart = u.start + reported.index!;
  const word = reported[1].toLowerCase();
  const dl = w.ctx.dateline;
  // A date only in what was told ("… that they had met in the summer of 2012") is no date of the remarks.
  const dates = u.timexes.filter((t) => t.start >= u.start && t.end <= u.end && usable(t));
  const toldOnly = np !== reported[2] && dates.length > 0 && dates.every((t) => t.start >= npEnd);
  const date = reportedDate(w, word, toldOnly, np);
  if (date) {
    w.push({
      paragraphId: u.paragraphId,
      start: evStart,
      end: npEnd,
      ...titled(np),
      date,
      extraEvidence: dl && date.rule?.endsWith('/dateline') ? dl.extraEvidence : undefined,
    });
    if (!w.hasOwn) return closingReport(w, reported.index!);
  }
  return w.hasOwn ? null : w;
}

// ", the river trust said", ", its owner said": a closing attribution's teller, a few words after a comma.
const CLOSING_TELLER = /,\s+(?:[\w'’.-]+\s+){1,6}$/;

/**
 * "Wardens have fined nine anglers, the trust said after the hearing": the hearing is an event beside the sentence's,
 * which, with no date of its own, may still be placed as an undated happening (as an aside's is), told by the words
 * before the attribution and ending there, so that its evidence does not take in the hearing's. The Placing the later
 * steps read for it: `w` itself when there is no such attribution.
 */
function closingReport(w: Placing, saidAt: number): Placing {
  const teller = CLOSING_TELLER.exec(w.text.slice(0, saidAt));
  if (!teller || teller.index < 12) return w;
  const cut = w.u.start + teller.index;
  const end = w.u.end;
  const { push } = w;
  return { ...w, text: w.text.slice(0, teller.index), push: (d) => push(d.start < cut && d.end === end ? { ...d, end: cut } : d), before: w.out.length };
}

/** The date of the happening the remarks were made after or before: against the sentence's date, or the dateline's. */
function reportedDate(w: Placing, word: string, toldOnly: boolean, np: string): EventDate | null {
  const { published } = w.ctx;
  const own = toldOnly ? undefined : w.ctx.unitEvent.get(w.u)?.date;
  const dl = w.ctx.dateline;
  if (own) return relativeTo(own, word === 'before' ? 'after' : 'before', `reported-${word}/sentence-date`, 'The article gives no date; it comes before the remarks reported here.');
  // "the authority said after the hearing": the hearing is the occasion the story tells of, on its day.
  const noun = word === 'after' ? occasionNoun(np) : null;
  const occasion = noun ? occasionDay(w.ctx, noun) : undefined;
  if (occasion) return { ...occasion.date, rule: `reported-${word}/occasion`, note: `The remarks were made after the ${noun}, the occasion the story tells of, that of “${occasion.title}”.` };
  if (dl && word !== 'before') {
    // "X said after the talks" in a datelined report: the remarks are the dateline's, and a speaker
    // who speaks "after the talks" speaks as they end, so the talks share the dateline's day.
    const day = parseYmd(dl.date.start) ?? published;
    return {
      ...dl.date,
      rule: `reported-${word}/dateline`,
      note: `The remarks were made ${word} it; the dateline dates them ${day ? fmtHuman(day) : dl.date.start}${dl.date.basis === 'publication' ? ', with the year of the publication date' : ''}.`,
    };
  }
  return beforePublication(published, `reported-${word}/before-publication`, '', w.ctx.writing);
}
