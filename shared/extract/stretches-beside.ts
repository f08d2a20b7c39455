// A stretch told beside a dated clause that ends or starts at its date ("after two days of talks", "from a
// nine-month deployment", "three days of mourning beginning Monday").

import type { EventDate } from '../document';
import { addDays, DAY_VALUE, fmtDay, parseYmd } from '../time-value';
import { trimmedEnd } from './clause-words';
import { countedYears, endAfter, lengthBeside } from './date-stretches';
import { type ClauseWork, singleDay } from './draft';
import { hedgeWords, NUMBER_WORD_RE, parseCount, SEASON_NOUN_PLURAL_ALTS } from './lexicon';
import { lastMatchOf } from './matches';
import { seasonsBefore, startBefore, stretchEnd, wholeDaysOn } from './narrative';
import { dateFromTimex } from './resolve';
import { happeningOf, tenseAt } from './tense';
import { titled } from './title';

// ", ending a 12-month tour that began in May 2008": an aside telling of what the clause's happening ended.
const ENDING_ASIDE = /^(?:ending|concluding|capping|closing|completing)\s/i;
const SEASON = /^\d{4}-(?:SP|SU|FA|WI)$/;
const BEGAN_BEFORE = /\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\s+(?:in|on)\s+$/i;
// "opened a shop of his own in 1990 after twelve years as a baker": a spell in a role ("as") ends at the date as well,
// and so does one at a place or with an employer ("took the top job in 1991 after 14 years at a rival bank").
// "declared extinct in 1972 after five summers of searches": seasons too, counted as seasons (seasonsBefore).
const AFTER_SPELL = new RegExp(`\\b(?:after|following|ended|ending)\\s+(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?|${SEASON_NOUN_PLURAL_ALTS})\\s+(?:of|as|at|with|in|on)\\s+(?=[a-z])`, 'i');
// "convicted him on Friday after a six-week trial", "agreed on Monday, ending a three-month standoff": a happening given
// its length as an adjective ends at the date too, counted as the spell is.
const AFTER_LENGTH = new RegExp(`\\b(?:after|following|ended|ending|concluding|capping)\\s+(?:a|an|the|its|their|his|her)\\s+(\\d{1,2}|${NUMBER_WORD_RE})-(day|week|month|year)(?:-long)?\\s+(?=[a-z])`, 'i');
// ", ending a three-month standoff between the firms": the same, as a participle phrase set off after the clause.
const ENDING_PHRASE = /^,\s+(?=(?:ending|concluding|capping)\s)[^,;:.!?"“”]+/i;
// ", ending a strike that had lasted six weeks", ", ending a search that lasted almost two years": the same, the length
// told by a relative clause after the noun. A bound ("more than six weeks") gives no start.
const ENDING_LASTED = new RegExp(`^(?:ending|concluding|capping)\\s+(?:a|an|the|its|their|his|her)\\s+(?:[a-z'’-]+\\s+){1,3}?(?:that|which)\\s+(?:had\\s+)?(?:lasted|(?:gone|went|run|ran)\\s+on\\s+for|run\\s+for|ran\\s+for|dragged\\s+on\\s+for)\\s+(?:(${hedgeWords('around', 'roughly')})\\s+)?(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\b`, 'i');
// "after 22 years as harbour master and 35 years on the quays": a second spell joined on, up to the same date.
const AND_SPELL = new RegExp(`\\s+and\\s+(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\s+(?:of|as|in|on|at)\\s+(?=[a-z])`, 'i');
// ", after running trials every night for three weeks": a gerund phrase after the date, with its own length of time.
const AFTER_DOING_FOR = new RegExp(`^[\\s,]*(?:after|following)\\s+[a-z]{3,}ing\\s[^,;.:]{0,80}?\\bfor\\s+(?:the\\s+(?:past|last|previous)\\s+)?(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)(?=[\\s.,;]*$)`, 'i');
// "returned in August from a nine-month deployment": the stay is the months up to the return.
const RETURN_FROM_SPELL = new RegExp(`^\\s+from\\s+(?:a|an|its|their|his|her|the)\\s+(\\d{1,2}|${NUMBER_WORD_RE})-(day|week|month|year)\\s+(?:[a-z-]+\\s+){0,2}?(?:deployment|tour|mission|stint|posting|assignment|trip|voyage|expedition|journey|stay|absence|exile|rotation)\\b[^,;.]*`, 'i');
const RETURN_VERB = /\b(?:returned|came\s+(?:back|home)|arrived\s+(?:back|home)|flew\s+(?:back|home)|got\s+back)\s+(?:home\s+)?(?:in|on|late|early)?\s*$/i;
// "taught for 34 years until she retired in", "took four years to build and opened in": a length of years told before
// the clause's date, and what ended it joined on after it.
// The words that give a count of years its length before the date ("for 22 years", "took about four years"), and the
// verb a "took" may go on with ("took four years to build"); "took her eleven years" names who spent them.
const YEARS_BEFORE_LEAD = new RegExp(String.raw`\b(?:for|took(?:\s+(?:him|her|them|us|me|it))?)\s+(?:${hedgeWords()}\s+)?$`, 'i');
const TO_VERB = /^\s+to\s+[a-z]{3,}/i;
const DAYS_AND_NIGHTS = /^\s+and\s+nights\b/i;
// "for nine years until 2019": the date right after "until" ends the years as well. So does a participle of leaving
// set off after the length ("taught there for 22 years, retiring in 1995", "ran the inn for 18 years, handing it to
// his son in 2003"); one of starting ("for 18 years, starting in 1985") gives the other end and is read elsewhere.
const LEAVING = String.raw`(?:retiring|leaving|quitting|resigning|stepping\s+down|standing\s+down|handing|selling|closing|ending|giving\s+up|moving|emigrating)`;
// "until he retired last spring", "until her knees gave out the winter before": an until-clause's own date may follow
// its verb with no preposition.
const ENDED_BY = new RegExp(String.raw`\b(?:until|till|before|and|then)\s[^.;:]{0,100}?\b(?:in|on|at)\s+(?:the\s+)?$|\b(?:until|till)\s+(?:he|she|they|it|we|I|his|her|their|its|the)\s[^.;:,]{0,80}?\b(?:[a-z]{2,20}ed|out|off|down|up|away)\s+$|\b(?:until|till)\s+$|^\s*,\s+${LEAVING}\b[^.;:,]{0,60}?\b(?:in|on|at)\s+(?:the\s+)?$`, 'i');
// "kept the lock for 33 years, starting the day after her husband died and retiring in 1999": the start told first,
// then the leaving; the "after" of the starting phrase orders its own clause, so the year it seems to put after is the end.
const STARTED_THEN_LEFT = new RegExp(String.raw`^\s*,\s+(?:starting|beginning)\s[^.;:]{0,80}?\sand\s+${LEAVING}\s[^.;:,]{0,60}?\b(?:in|on|at)\s+(?:the\s+)?$`, 'i');
const BARE_UNTIL = /^\s+(?:until|till)\s+$/i;
// "had been treasurer for nine years when he resigned in May 2004": told in the past perfect, the years lead up to the
// when-clause's happening and its date.
const WHEN_ENDED = /^\s*,?\s+when\s[^.;:,]{0,80}?\b(?:in|on)\s+(?:the\s+)?$/i;
const PAST_PERFECT = /\bhad\s+(?!to\b)[a-z]/i;
const RUN_FROM = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?)\\s+of\\s+(?:[a-z]+\\s+){1,4}?(?:beginning|starting)\\s+(?:on\\s+)?$`, 'i');

/**
 * "landed on Dec. 28, ending a deployment that began in December 2008": what the aside ends began on its own date
 * and ended on the date of the clause before it: the span between them. True when the clause's date became that span.
 */
export function endedByClauseBefore(w: ClauseWork): boolean {
  const { u, a, c, main, date, published, anchored } = w;
  // A season is a stretch of its own, whose start the span takes ("a quarrel that began in the autumn of 1962").
  const ending = c.aside && !a.end && (!date.end || SEASON.test(main.value)) && !date.mod && ENDING_ASIDE.test(u.paraText.slice(c.start, c.end)) && BEGAN_BEFORE.test(u.paraText.slice(Math.max(c.start, main.start - 24), main.start));
  // "will make its last run tomorrow, closing a route first run in 1925": an end still ahead is a plan, and the
  // span is not yet one; the service keeps the date it began.
  const endedBy = ending ? anchored.findLast((p) => p.clause.end <= c.start && !p.end && happeningOf(u.paraText.slice(p.clause.start, p.clause.end)) === 'past') : undefined;
  const endedDate = endedBy && dateFromTimex(endedBy.main, published);
  if (!endedDate || endedDate.mod || !((endedDate.end ?? endedDate.start) > date.start)) return false;
  date.end = endedDate.end ?? endedDate.start;
  date.rule = `${date.rule}/ended-by-clause-before`;
  date.note = `“${main.text}” is when it began; the clause before (“${endedBy!.main.text}”) is when it ended.${date.note ? ` ${date.note}` : ''}`;
  if (endedDate.yearUncertain) date.yearUncertain = true;
  if (endedDate.basis !== date.basis) date.basis = 'publication';
  return true;
}

/** "three days of mourning beginning Monday": the days from that one on. */
export function runFrom(w: ClauseWork): void {
  const { u, a, c, main, date } = w;
  const run = !a.end && singleDay({ date }) ? RUN_FROM.exec(u.paraText.slice(Math.max(c.start, main.start - 80), main.start)) : null;
  const runEnd = run ? endAfter(date.start, parseCount(run[1]), run[2]) : null;
  if (run && runEnd) {
    date.end = runEnd;
    date.rule = `${date.rule}/run-from`;
    date.note = `“${run[0].trim()} ${main.text}”: from that day on.${date.note ? ` ${date.note}` : ''}`;
  }
}

/** A spell's words for its title, without the word that sets it before its date ("after five years as an airfield"). */
export const spellTitleWords = (what: string): string => what.replace(/^(?:after|following|ended|ending)\s+/i, '');

/**
 * "since the ground reopened in 1947 after five years as an airfield": a spell closing a subordinate happening, up to
 * its date. The spell's place in the text and its date; null when the words after the date hold none.
 */
export function spellBeforeSub(text: string, from: number, to: number, date: EventDate): { start: number; end: number; what: string; date: EventDate } | null {
  const spell = !date.end && !date.mod ? AFTER_SPELL.exec(text.slice(from, to)) : null;
  const seasons = spell ? seasonsBefore(date.start, parseCount(spell[1]), spell[2]) : null;
  const start = seasons ? seasons.start : spell ? startBefore(date.start, parseCount(spell[1]), spell[2]) : null;
  if (!spell || !start) return null;
  const at = from + spell.index;
  const what = text.slice(at, to).replace(/[\s,.;]+$/, '');
  const upTo = seasons ? `up to the last one over before ${date.start}` : `up to ${date.start}`;
  return { start: at, end: at + what.length, what, date: { start, end: seasons?.end ?? date.start, basis: date.basis, rule: 'sequence/spell-before-date', note: `“${spell[0].trim()}”: the ${spell[1]} ${spell[2]} ${upTo}.`, ...(date.yearUncertain ? { yearUncertain: true } : {}) } };
}

/**
 * A stretch told beside the clause that ends at the clause's date: "reached a deal late Sunday after two days of
 * talks", "completed the checks on Monday, after running trials every night for three weeks", "returned in August
 * from a nine-month deployment". Each is an event of its own, from its start up to that date, cut from the clause's
 * evidence: the clause's end is returned, `clauseEnd` or before. None beside a second predicate (`hasLater`).
 */
export function stretchesUpToDate(w: ClauseWork, clauseEnd: number, hasLater: boolean): number {
  const { u, a, c, main, date } = w;
  const stretchUpTo = (at: number, what: string, titleText: string, start: string, rule: string, note: string, end = date.start) => {
    const { title, drafted } = titled(titleText);
    if (!title) return;
    w.emit({
      paragraphId: u.paragraphId,
      start: at,
      end: at + what.length,
      title,
      drafted,
      date: { start, end, basis: date.basis, rule, note, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
    });
    clauseEnd = Math.min(clauseEnd, trimmedEnd(u.paraText, main.end, at));
  };
  // "opened in 1955 after four years of construction", "signed the accord that ended eleven years of emergency rule":
  // the stretch ends at the clause's date, at its precision.
  const spellText = u.paraText.slice(main.end, c.end);
  const spell = !hasLater && !a.end && !date.end && (!date.mod || date.mod === 'end') ? (AFTER_SPELL.exec(spellText) ?? AFTER_LENGTH.exec(spellText)) : null;
  const seasons = spell ? seasonsBefore(date.start, parseCount(spell[1]), spell[2]) : null;
  const spellStart = seasons ? seasons.start : spell ? startBefore(date.start, parseCount(spell[1]), spell[2]) : null;
  // "retires on Sunday, after 22 years as harbour master": a spell in a role ends at the date whatever the tense; a
  // spell of doing ("opened in 1955 after four years of construction") only when the clause tells of it as done.
  // An "after" phrase already made an event of its own (orderingClauseEvent, which cut the clause there) is not made twice.
  const cutOff = spell !== null && main.end + spell.index >= clauseEnd;
  if (spell && spellStart && !cutOff && (/\s+as\s+$/i.test(spell[0]) || happeningOf(u.paraText.slice(c.start, c.end)) === 'past')) {
    const at = main.end + spell.index;
    const whole = u.paraText.slice(at, c.end).replace(/[\s,.;]+$/, '');
    const more = AND_SPELL.exec(whole);
    const what = more ? whole.slice(0, more.index) : whole;
    const upTo = seasons ? `up to the last one over before ${main.text}` : `up to ${main.text}`;
    stretchUpTo(at, what, spellTitleWords(what), spellStart, 'sequence/spell-before-date', `“${spell[0].trim()}”: the ${spell[1]} ${spell[2]} ${upTo}.`, seasons?.end);
    const moreStart = more ? startBefore(date.start, parseCount(more[1]), more[2]) : null;
    if (more && moreStart) {
      const from = at + more.index + /^\s+and\s+/i.exec(more[0])![0].length;
      const second = u.paraText.slice(from, at + whole.length);
      stretchUpTo(from, second, second, moreStart, 'sequence/spell-before-date', `“${second}”: the ${more[1]} ${more[2]} up to ${main.text}.`);
    }
  }
  const doing = !spell && !hasLater && !a.end && !date.end && !date.mod ? AFTER_DOING_FOR.exec(u.paraText.slice(main.end, c.end)) : null;
  const doingStart = doing ? startBefore(date.start, parseCount(doing[1]), doing[2]) : null;
  if (doing && doingStart && happeningOf(u.paraText.slice(c.start, main.end)) === 'past') {
    const at = main.end + doing.index + doing[0].search(/after|following/i);
    const what = u.paraText.slice(at, main.end + doing.index + doing[0].length);
    stretchUpTo(at, what, what.replace(/^(?:after|following)\s+/i, ''), doingStart, 'sequence/doing-before-date', `“${what}”: the ${doing[1]} ${doing[2]} up to ${main.text}.`);
  }
  const back = !hasLater && !a.end && !date.end && !date.mod && RETURN_VERB.test(u.paraText.slice(Math.max(c.start, main.start - 40), main.start)) ? RETURN_FROM_SPELL.exec(u.paraText.slice(main.end, c.end)) : null;
  const backStart = back ? startBefore(date.start, parseCount(back[1]), back[2]) : null;
  if (back && backStart) {
    const at = main.end + back.index + back[0].search(/\S/);
    const what = back[0].trim();
    stretchUpTo(at, what, what.replace(/^from\s+/i, ''), backStart, 'sequence/stay-before-return', `“${what}”: the ${back[1]} ${back[2]}s up to the return, ${main.text}.`);
  }
  if (!spell && !hasLater && !a.end && !date.end && !date.mod) endingPhrase(w);
  yearsUpToDate(w);
  relativeHadFor(w);
  return clauseEnd;
}

/**
 * "Halvern agreed on Monday to buy the brewery, ending a three-month standoff": the participle phrase set off after a
 * clause told in the past names a stretch that ended at the clause's date, an event of its own up to it. `told`: the
 * clause is a telling, whose own verb gives the tense.
 */
export function endingPhrase(w: ClauseWork, told = false): void {
  const { u, c, main, date, published } = w;
  // What ends on a day still to come has not ended.
  if (published && date.start > fmtDay(published).slice(0, date.start.length)) return;
  const phrase = ENDING_PHRASE.exec(u.paraText.slice(c.end, u.end));
  const lasted = phrase ? ENDING_LASTED.exec(phrase[0].replace(/^,\s+/, '')) : null;
  const m = lasted ? [lasted[0], lasted[2], lasted[3]] : phrase && (AFTER_LENGTH.exec(phrase[0]) ?? AFTER_SPELL.exec(phrase[0]));
  const start = m ? startBefore(date.start, parseCount(m[1]), m[2]) : null;
  // After a telling, its own verb is the one read ("… is valid, the court ruled on Thursday, ending …").
  const clause = u.paraText.slice(c.start, c.end);
  const past = told ? tenseAt(clause, main.start - c.start) === 'past' : happeningOf(clause) === 'past';
  if (!phrase || !m || !start || !past) return;
  const at = c.end + phrase[0].search(/[a-z]/i);
  const what = u.paraText.slice(at, c.end + phrase[0].length).trimEnd();
  const { title, drafted } = titled(what.replace(/^(?:ending|concluding|capping)\s+(?:an?\s+|the\s+)?/i, ''));
  if (!title) return;
  w.emit({ paragraphId: u.paragraphId, start: at, end: at + what.length, title, drafted, date: { start, end: date.start, basis: date.basis, rule: 'sequence/spell-before-date', note: `“${what}”: the ${m[1]} ${m[2]}${/s$/i.test(m[2]) ? '' : 's'} up to ${main.text}.`, ...(lasted?.[1] ? { mod: 'approx' as const } : {}), ...(date.yearUncertain ? { yearUncertain: true } : {}) } });
}

// "Five climbers who had been trapped for nine days in a snow cave were lifted off on Thursday": a relative clause in
// the subject, told in the past perfect with a length, ran that long up to the main clause's date.
const WHO_HAD_FOR = new RegExp(`\\b(?:who|which|that)\\s+had\\s+(?:(?:not|never|already|also)\\s+)?[a-z]{3,}\\b[^,;:"“”]{0,40}?\\bfor\\s+(?:${hedgeWords('more\\s+than', 'less\\s+than')}\\s+)?(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\b`, 'i');
// Where the relative clause gives way to the main verb: a comma, or the main clause's auxiliary.
const RELATIVE_STOP = /,|\s(?=(?:was|were|is|are|has|have|had)\s)/i;

/** The relative past-perfect length before a clause's date, up to that date, as an event of its own. */
function relativeHadFor(w: ClauseWork): void {
  const { u, a, c, main, date } = w;
  if (a.end || date.end || date.mod) return;
  const head = u.paraText.slice(c.start, main.start);
  const m = WHO_HAD_FOR.exec(head);
  const stop = m ? RELATIVE_STOP.exec(head.slice(m.index + m[0].length)) : null;
  const n = m ? parseCount(m[1]) : undefined;
  if (!m || !stop || !n || !Number.isInteger(n)) return;
  const relEnd = m.index + m[0].length + stop.index;
  if (happeningOf(head.slice(relEnd) + main.text) !== 'past') return;
  const unit = m[2].toLowerCase().replace(/s$/, '');
  // Days and weeks counted back whole from the day, as hadStoodFor counts them.
  const day = DAY_VALUE.test(date.start) ? parseYmd(date.start) : null;
  const start = day && (unit === 'day' || unit === 'week') ? fmtDay(wholeDaysOn(day, -n, unit)) : startBefore(date.start, n, unit);
  const subject = head.slice(0, m.index).trim();
  const { title, drafted } = titled(`${subject} ${head.slice(m.index, relEnd).replace(/^(?:who|which|that)\s+/i, '')}`);
  if (!start || !title || !subject) return;
  w.emit({
    paragraphId: u.paragraphId,
    start: c.start + m.index,
    end: c.start + relEnd,
    title,
    drafted,
    date: { start, end: date.start, basis: date.basis, rule: 'sequence/relative-had-for', note: `“${m[0].slice(m[0].search(/\bfor\s/i))}”, told in the past perfect: up to ${main.text}.`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
  });
}

// "closed for five months and reopened in July": a length set on the first of two conjuncts, the second told in the
// past right up to its date. Only the conjunction and the second verb (with a particle or an object of a word or two)
// stand between the length and the date.
const FOR_LENGTH = new RegExp(String.raw`\bfor\s+(?:(${hedgeWords('around', 'roughly')})\s+)?$`, 'i');
const AND_THEN_DATED = /^(?:\s*,)?\s+and\s+(?:then\s+)?((?:was\s+|were\s+)?[a-z]{3,}(?:\s+[a-z]+){0,2}?)\s+(?:on\s+|in\s+)?$/i;
// No more words than that between the length and the date: the test reads no longer a stretch.
const AND_THEN_REACH = 60;
const ENDING = /^(?:ended|finished|closed|concluded|stopped|ceased|expired)$/i;
const UNIT_OF: Record<string, string> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/**
 * "The road closed for five months and reopened in April": the first conjunct lasted its length up to the dated
 * second (November to April), an event of its own; the clause goes on as the second conjunct alone, on its date.
 * At a day's precision the stretch ends the day before ("shut for three weeks and reopened on April 20": March 30 to
 * April 19). Nothing when the second conjunct is not told in the past ("and will reopen in July": still closed).
 */
export function lengthBeforeDatedConjunct(w: ClauseWork): void {
  const { u, a, c, main, date } = w;
  if (a.end || date.end || date.mod) return;
  const d = u.timexes.find((t) => t.type === 'DURATION' && t.start > c.start && t.end < main.start && main.start - t.end <= AND_THEN_REACH && AND_THEN_DATED.test(u.paraText.slice(t.end, main.start)));
  const m = d && /^P(\d{1,3})([DWMY])$/.exec(d.value);
  const lead = d && FOR_LENGTH.exec(u.paraText.slice(Math.max(c.start, d.start - 20), d.start));
  if (!d || !m || !lead || (d.mod && d.mod !== 'APPROX')) return;
  const second = AND_THEN_DATED.exec(u.paraText.slice(d.end, main.start))!;
  const first = u.paraText.slice(c.start, d.end);
  if (happeningOf(first) !== 'past' || tenseAt(second[1], 0) !== 'past') return;
  // "ran for three days and ended on Sunday": the ending is the stretch's last day (month, year), counted in, as
  // lengthToEnd counts "a three-day closure that ended on"; after any other happening the stretch lies before it.
  const ends = ENDING.test(second[1]);
  const day = !ends && DAY_VALUE.test(date.start) ? parseYmd(date.start) : null;
  const end = day ? fmtDay(addDays(day, -1)) : date.start;
  const start = day || ends ? stretchEnd(end, +m[1], UNIT_OF[m[2]], 'before') : startBefore(date.start, +m[1], UNIT_OF[m[2]]);
  const { title, drafted } = titled(first);
  if (!start || !title) return;
  const upTo = ends ? `${main.text}, when it ended` : `${day ? 'the day before ' : ''}${main.text}, when the next conjunct happened`;
  const note = `“${first.slice(first.length - d.text.length - lead[0].length)} … ${main.text}”: the ${d.text} up to ${upTo}.${date.note ? ` ${date.note}` : ''}`;
  w.emit({ paragraphId: u.paragraphId, start: c.start, end: d.end, title, drafted, date: { start, end, basis: date.basis, rule: `${date.rule}/length-before-next`, note, ...(lead[1] || d.mod ? { mod: 'approx' } : {}), ...(date.yearUncertain ? { yearUncertain: true } : {}) } });
  const secondStart = d.end + /^(?:\s*,)?\s+and\s+(?:then\s+)?/i.exec(second[0])![0].length;
  const subject = c.subject ?? subjectSpan(u.paraText, c.start, d.start);
  w.c = { ...c, start: secondStart, ...(subject ? { subject } : {}) };
}

/** The subject opening `from` up to `to`: its words before the first verb-like word ("The old road"), or none. */
function subjectSpan(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const m = /^((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[Ss]he|[Hh]e|[Tt]hey|[Ww]e|[Ii]t)\s+(?:was|were|had|has|have|[a-z]{3,}ed|shut|closed|stood|sat|lay|ran|kept|went|stayed)\b/.exec(text.slice(from, to));
  return m ? { start: from, end: from + m[1].length } : undefined;
}

/**
 * "He worked for them for 22 years, …, before setting up on his own in 1939", "took four years to build and opened in
 * 1952": the years up to the date's year are an event of their own, its words the clause's up to the length. The
 * clause keeps its date and its words, the more specific length event inside them. Days and weeks up to a day alike.
 */
function yearsUpToDate(w: ClauseWork): void {
  const { u, a, c, main, date } = w;
  const before = u.paraText.slice(c.start, main.start);
  const sameYear = !date.end || date.end.slice(0, 4) === date.start.slice(0, 4);
  if (a.end || (date.mod && date.mod !== 'before' && date.mod !== 'after') || !sameYear || /\b(?:has|have)\b/i.test(before)) return;
  const d = lengthBeside(u.paraText, u.timexes, main, { side: 'before', limit: c.start, lead: { words: YEARS_BEFORE_LEAD, reach: 20 }, length: (t) => !/^the\s/i.test(t.text) });
  // "searched for four days, and the boat was found on May 9": days or weeks end at a date written to its day, counted
  // whole up to it (May 6 to 9), as years end at a year.
  const days = d && singleDay({ date }) ? /^P(\d{1,2})([DW])$/.exec(d.value) : null;
  const length = d && countedYears(d) ? { n: countedYears(d)!, unit: 'years' } : days && !d!.mod ? { n: +days[1], unit: days[2] === 'W' ? 'weeks' : 'days' } : null;
  // "for four days and nights" is one length, its words the event's.
  const after = d ? u.paraText.slice(d.end, main.start) : '';
  const tail = d ? (TO_VERB.exec(after) ?? (days ? DAYS_AND_NIGHTS.exec(after) : null)) : null;
  const lengthEnd = d ? d.end + (tail?.[0].length ?? 0) : 0;
  const between = u.paraText.slice(lengthEnd, main.start);
  if (date.mod === 'after' && !STARTED_THEN_LEFT.test(between)) return;
  const ended = ENDED_BY.test(between) || (WHEN_ENDED.test(between) && PAST_PERFECT.test(before));
  if (!d || !length || !ended || a.inClause.some((t) => t !== main && t.type !== 'DURATION' && t.start >= lengthEnd && t.end <= main.start)) return;
  if (happeningOf(before) !== 'past') return;
  const end = date.end ? date.start.slice(0, 4) : date.start;
  const start = startBefore(end, length.n, length.unit);
  const { title, drafted } = titled(u.paraText.slice(c.start, lengthEnd));
  if (!start || !title) return;
  const leadStart = c.start + YEARS_BEFORE_LEAD.exec(u.paraText.slice(c.start, d.start))!.index;
  const note = `“${u.paraText.slice(leadStart, lengthEnd)}” up to ${main.text}, where it ended.`;
  const rule = length.unit === 'years' ? 'sequence/years-up-to-date' : 'sequence/days-up-to-date';
  // "managed the depot for four years until 2015": nothing else happened at the date; the clause is the years.
  if (BARE_UNTIL.test(u.paraText.slice(lengthEnd, main.start)) && !date.mod) {
    Object.assign(date, { start, end, rule, note });
    return;
  }
  w.emit({ paragraphId: u.paragraphId, start: c.start, end: lengthEnd, title, drafted, date: { start, end, basis: date.basis, rule, note, ...(date.yearUncertain ? { yearUncertain: true } : {}) } });
  // The starting phrase is the stretch's first year, and the clause's year, no longer after anything, the leaving's.
  const started = date.mod === 'after' ? STARTED_THEN_LEFT.exec(between) : null;
  const phraseAt = started ? lengthEnd + started[0].search(/[a-z]/i) : -1;
  const phraseEnd = started ? lengthEnd + started[0].search(/\sand\s/i) : -1;
  const opening = started ? titled(u.paraText.slice(phraseAt, phraseEnd)) : null;
  if (!opening?.title) return;
  w.emit({ paragraphId: u.paragraphId, start: phraseAt, end: phraseEnd, ...opening, date: { start, basis: date.basis, rule: 'sequence/stretch-start-from-end', note: `the first year of “${u.paraText.slice(leadStart, lengthEnd)}”, which ended at ${main.text}.`, ...(date.yearUncertain ? { yearUncertain: true } : {}) } });
  delete date.mod;
}

// "…, and ran it for thirty years before selling it in 1990": the conjunct's length is ended by a happening told after
// it, its date written in the sentence.
const AND_CONJUNCT = /,?\s+and\s+(?:then\s+)?(?=[a-z])/gi;
const LATER_END = /^[\s,]*(?:before|until|till)\s+[^.;:!?"“”]{0,80}?\b(?:in|on)\s+(?:the\s+)?$/i;
const LENGTH_LEAD = new RegExp(String.raw`\b(?:for|spent|spending|took)\s+(?:${hedgeWords('around', 'roughly')}\s+)?$`, 'i');

/**
 * "Bell opened the forge in the 1950s and ran it for thirty years before selling it in 1990": the second conjunct,
 * told in the past with a length, lasted that length up to the date of what the "before" (or "until") clause after it
 * tells (1960 to 1990), an event of its own; the clause keeps its first conjunct on its own date. Only a date that
 * writes its year ends it: one read from the story's time is the other clause's to place.
 */
export function lengthBeforeLaterDate(w: ClauseWork): void {
  const { u, a, c, main, published } = w;
  if (a.end || a.bound) return;
  const text = u.paraText;
  const next = w.anchored.find((x) => x.unit === u && x.main.start >= c.end && !x.end);
  if (!next || !/\d{4}/.test(next.main.text) || !LATER_END.test(text.slice(c.end, next.main.start))) return;
  const d = u.timexes.find((t) => t.type === 'DURATION' && t.start > main.end && t.end <= c.end && (!t.mod || t.mod === 'APPROX') && LENGTH_LEAD.test(text.slice(Math.max(main.end, t.start - 24), t.start)));
  const m = d && /^P(\d{1,3})([DWMY])$/.exec(d.value);
  if (!d || !m) return;
  const and = lastMatchOf(AND_CONJUNCT, text.slice(main.end, d.start));
  if (!and) return;
  const at = main.end + and.index + and[0].length;
  if (u.timexes.some((t) => t !== d && t.type !== 'DURATION' && t.start >= at && t.end <= c.end)) return;
  const words = text.slice(at, c.end).replace(/[\s,.]+$/, '');
  if (happeningOf(words) !== 'past') return;
  const to = dateFromTimex(next.main, published);
  const start = to && !to.mod && !to.end ? startBefore(to.start, +m[1], UNIT_OF[m[2]]) : null;
  const { title, drafted } = titled(words);
  if (!start || !title) return;
  const note = `“${d.text}” up to ${next.main.text}, when the clause after it ends it.`;
  w.emit({ paragraphId: u.paragraphId, start: at, end: at + words.length, title, drafted, date: { start, end: to!.start, basis: to!.basis, rule: 'sequence/length-before-later-date', note, ...(d.mod ? { mod: 'approx' as const } : {}), ...(to!.yearUncertain ? { yearUncertain: true } : {}) } });
  w.c = { ...c, end: main.end + and.index };
}
