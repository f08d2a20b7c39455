import { BE_HAVE_AUXILIARIES, countWords, DO_AUXILIARIES, ENTRY_MARK_RE, HABIT_WORD, HEADLINE_TELLING_THAT, hedgeWords, isOneOf, isPastForm, LEADING_ON_ALTS, MODALS, MONTH_NAME_ALTS, NUMBER_WORD_RE, ORDINAL_WORD_ALTS, OWN_SUBJECT_WORDS, PART_OF_DAY_ALTS, SUBJECT_DETERMINER, table, TELLING_VERB_RE, tellingForms, WEEKDAY_RE } from './lexicon';
import type { Unit } from './segment';
import { bounded, clauseParts, fittedTitle, fitsWhole, MAX_WORDS, MIN_WORDS, bodyOfTeller, oneClause, shapeTitle, tellsAsPerson, tenWordsAtMost, titleHasVerb, withoutAsides } from './title-syntax';

// Turns a clause into a short event title: the time phrase, attribution and asides are dropped, since the
// date and the evidence span already carry them, and what is left is cut at a clause boundary.

export const MAX_TITLE = 80;
/** The most of a clause a title is drafted from: longer than any sentence of prose. */
const TITLE_SOURCE = 1000;
// Issue 8: a title says who did what in 3 to 10 words (title-syntax.ts holds the bounds).
export { MAX_WORDS };

// Verbs a title may turn on that VERB_LIKE leaves out: modals and common present forms.
const HEAD_VERB =
  /^(?:will|would|can|could|may|might|must|should|shall|am|be|been|being|remain|remains|say|says|want|wants|hold|holds|make|makes|take|takes|go|goes|come|comes|get|gets|show|shows|need|needs|plan|plans|expect|expects|continue|continues|seek|seeks|face|faces|appear|appears|begin|begins|give|gives|keep|keeps|call|calls|ask|asks|tell|tells|run|runs|see|sees|lead|leads|cut|cuts|offer|offers|remains|stands|stand|lies|lie|sits|sit|intends|intend|leaves|leave|uses|use|means|mean|puts|put|sets|set|brings|bring|allows|allow|includes|include|requires|require|becomes|become|hopes|hope|believes|believe|considers|consider|owns|sells|sell|buys|buy|pays|pay|loses|lose|wins|win|gains|gain|rises|rise|falls|fall|grows|grow|drops|drop|reports|report|announces|announce|provides|provide|supports|support|opposes|oppose|controls|control|produces|produce|operates|operate|burst|bursts)$/;
// Words that open a phrase after the verb and its object: a title may end before one of them. "of" is none:
// "agreed the majority" would be a fragment.
const PHRASE_OPENER = /^(?:in|on|at|for|from|with|by|after|before|during|since|as|that|which|who|when|while|because|and|but|amid|despite|under|over|into|near|about|through|across|against|until|following|including|without|to|than|where|if|although|though|so|whose|saying)$/i;

/**
 * A title of more than ten words cut at the last phrase boundary within ten words that keeps three or more: the
 * subject, its verb and its object, without the phrases after them ("Iranian officials say many people have been
 * killed", not "… in a powerful early morning…"). Unchanged when no boundary is found.
 */
export function atPhraseEnd(t: string): string {
  const words = t.split(' ');
  const cutBefore = (re: RegExp) => {
    for (let k = Math.min(MAX_WORDS, words.length - 1); k >= 3; k--) {
      if (!re.test(words[k])) continue;
      const kept = words.slice(0, k);
      // Never after a word that leads into what was cut ("the", "of", "to").
      if (/^(?:the|a|an|of|to|be|and|or|but|with|by|in|on|at|for|from|as|than|their|its|his|her|our|my|your)$/i.test(kept[k - 1].replace(/[,;:]+$/, ''))) continue;
      // Nor between a verb and the infinitive it governs ("managed | to keep the peace", "was forced | to resign").
      if (/^to$/i.test(words[k]) && isVerb(kept[k - 1]) && /^[a-z]+$/.test(words[k + 1] ?? '') && !NOT_NOUN.test(words[k + 1])) continue;
      // Who did what: the part kept holds a verb ("Aung San Suu Kyi", cut before "and", would not).
      if (!holdsVerb(kept)) continue;
      return kept.join(' ').replace(/[\s,;:]+$/, '');
    }
    return '';
  };
  return cutBefore(PHRASE_OPENER) || t;
}

// "unarmed", "unnamed", "unexpected": adjectives, not the verb a title turns on.
const isVerb = (w: string) => (VERB_LIKE.test(w) && !NOT_PARTICIPLE.has(w.toLowerCase()) && !/^un[a-z]{3,}ed$/i.test(w)) || HEAD_VERB.test(w);
const holdsVerb = (words: string[]) => words.some((w, i) => isVerb(w) || (i === 0 && /^[A-Z][a-z]{2,}ing$/.test(w)));

// Only after a comma: "Ford Motor Company said" is a telling of its own, not a tail to cut. A teller of two
// lowercase words is a plural's ("health officials", "state media"), so that a clause is not taken for one.
const TAIL_WHO = String.raw`(?:(?:a|an|the|their|his|her|its|our)\s+[^,.;"“”]{0,80}?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|he|she|they|(?!(?:and|but|or|so|which|who|whom|that|then|also|has|had|have|was|were|is|are|it|we|i|you)\b)[a-z]+(?:(?:\s+[A-Z][\w.'’-]*){1,4}|\s+(?:[a-z]*[a-rt-z]s|media|police|people|staff))?)`;
const TAIL_VERB = String.raw`\s+(?:${tellingForms('said', 'added', 'stressed', 'noted', 'reported', 'stated', 'explained', 'claimed')}|say|told\s+\w+)`;
const TAIL_TELLER = TAIL_WHO + TAIL_VERB;
// A teller with the name of its post set off after it ("the regulator, Coastwise Ltd, said") or a plural placed by a
// name ("dealers in Harbrook said"): no clause runs on between the comma and the telling, so the tail is still one.
const TAIL_TELLER_NAMED = String.raw`${TAIL_WHO}(?:,\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&|and|of)){0,4},|(?<=[a-z][a-rt-z]s)\s+(?:in|at|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?${TAIL_VERB}`;
const ATTRIBUTION_TAIL = new RegExp(String.raw`,\s+${TAIL_TELLER_NAMED}(?:\s+\w+)?\s*[.!?]?$`);
// The same tail after a time phrase, before its own date words are cut ("…, the ministry said on Tuesday."): the
// comma before it stays, or the tail above no longer finds it. So it does when the tail is set off by a second comma
// (", he said, a week later than …", ", the trust said, so …"): the telling is an aside the title drops whole.
const ATTRIBUTION_NEXT = new RegExp(String.raw`^\s*,["”]?\s+${TAIL_TELLER_NAMED}(?:\b[^,;]{0,40}$|\s*,\s)`);
// "in the year to", "over the three months ended", "the week to", "the week beginning": a stretch that ends (or opens)
// with the date leads into it
// and goes with it ("Exports rose 4 %", not "Exports rose 4 % in the year").
const PERIOD_LEAD = new RegExp(
  String.raw`(?:\b(?:in|over|during|for|from)\s+)?\bthe\s+(?:(?:fiscal|financial|trading)\s+)?(?:year|quarter|week|fortnight|(?:\d{1,2}|${countWords(2, 12)})\s+(?:months|weeks))\s+(?:to|ending|ended|through|beginning|starting|commencing)\s+(?:(?:the\s+)?end\s+of\s+|on\s+)?$`,
  'i',
);
// "LAKEVILLE - ": a single hyphen only with a space either side, so that a hyphenated word is never taken for one.
export const LEADING_DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: ?(?:--|—|–) ?| - )/;
const ATTRIBUTION_HEAD = /^(?:according\s+to\s+[^,]+,\s*)/i;
// "X said (on Monday) (that) it/he …": the teller, the telling verb, the pronoun opening what is told, the rest.
const SAID_THAT = new RegExp(
  String.raw`^(.{3,80}?)\s+(${tellingForms('said', 'announced', 'stated', 'claimed')}|told\s+\w+)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(he|she|it|they)\s+(.+)$`,
  'i',
);
// ", he said,", ", officials say,": a telling set off inside the clause it tells.
const TELLING_ASIDE = new RegExp(
  String.raw`,\s+(?:he|she|they|it|we|officials?|police|[a-z]{3,}[^s\W]s|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:${tellingForms('said', 'added', 'noted', 'insisted', 'argued', 'stressed')}|say)\s*,\s+`,
  'g',
);
const CLAUSE_CONJUNCTION = /^(?:so|and|but|or|yet|because|while|whereas|although|though)\s/i;
// "a fortnight later than promised", "twelve days earlier in the year than they used to": a gap between two times compared
// (agoRule reads it as a length), which says when only against the other time; the title keeps neither.
// Set off by a comma it is an aside on the clause, and what follows it goes with it, as TIME_APPOSITION's does.
// "earlier in spring" may have gone with the date it leads into, leaving the count before "than"; a title drafted up
// to that date ends on the gap, its "than" cut off with it.
const GAP_COUNT = String.raw`(?:(?:about|some|nearly|almost|around|roughly|only|just|on\s+average)\s+)?(?:an?|\d+|${countWords(1, 12)})\s+(?:days?|weeks?|fortnights?|months?|years?|decades?)`;
const GAP_HEAD = String.raw`${GAP_COUNT}\s+(?:earlier|later)`;
const GAP = String.raw`${GAP_COUNT}(?:\s+(?:earlier|later))?\s+(?:in\s+(?:the\s+)?[\w'’]+\s+)?than\b`;
// (?<!\s): a run of spaces is tried from its first only, or each would be a start of its own (ReDoS).
const COMPARED_GAP = new RegExp(String.raw`,\s+${GAP}[^;]*$|(?<!\s)\s+${GAP}[^,;.]*`, 'gi');
const GAP_AT_END = new RegExp(String.raw`(?<!\s)\s+${GAP_HEAD}\s*$`, 'i');
/** The title without a compared gap; one ending on the gap keeps it when fewer than three words would be left. */
function withoutComparedGap(t: string): string {
  const cut = t.replace(COMPARED_GAP, '');
  const end = GAP_AT_END.exec(cut);
  return end && cut.slice(0, end.index).trim().split(/\s+/).length >= 3 ? cut.slice(0, end.index) : cut;
}
// Not "then" after a preposition: "by then retired", "until then" name a time the clause is set at; without it the
// preposition is left leading nowhere ("Strenn, by retired from the firm").
// "Hours later" goes whole: "later" alone left "Hours the council met".
const SEQUENCE_ADVERBS = /\b(?:subsequently|(?<!\b(?:by|until|till|since|from|before)\s+)then|(?:(?:(?:a\s+few|several|some|only|just)\s+)?(?:hours|minutes|moments)\s+)?later|afterwards|thereafter|eventually|also)\s+/gi;
const CUT_AT = /\s+(?:without|while|which|who|whereas|because|although|though|in order to|to prevent|to avoid|despite|as well as|so that)\s+|,\s+(?!(?:and|or)\b)|;\s+|\s+[—–-]\s+/g;

function capitalise(s: string): string {
  // "iPhone", "eBay" keep their spelling.
  if (/^[a-z][A-Z]/.test(s)) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// The words that only lead into a time phrase: a preposition ("in", "until", "to", "past"), with the words that
// soften or sharpen it ("shortly after", "at around", "no later than") or start it ("starting in", "effective from"),
// and the demonstrative that points at it ("published that December"), or the "every (second)" of a round ("calls
// every second Tuesday": left, "every second" reads as a time of its own).
const LEADING_INTO = new RegExp(
  String.raw`(?:\b(?:(?:early|late|earlier|later|shortly|just|soon|right|well|long|only|ever|immediately|sometime|at\s+least|starting|beginning|effective)\s+)?(?:on|in|at|by|since|after|before|following|prior\s+to|from|during|until|till|through|thru|to|up\s+to|into|past|as\s+of|as\s+(?:early|late|recently|soon)\s+as|no\s+later\s+than|ahead\s+of|early|late|of|for|between|throughout|within|toward|towards)\s+(?:${hedgeWords('around', 'approximately', 'roughly', 'exactly')}\s+)?(?:the\s+)?|\b(?:around|about|approximately|roughly|circa)\s+(?:the\s+)?|\b(?:this|that|(?:every|each)(?:\s+(?:other|alternate|${ORDINAL_WORD_ALTS}))?)\s+)$`,
  'i',
);
// Verbs whose "over" is a particle ("took over", "handed over"), not a preposition of time.
const PARTICLE_VERB =
  /^(?:take|takes|took|taken|taking|hand|hands|handed|handing|turn|turns|turned|turning|win|wins|won|winning|carry|carries|carried|pass|passes|passed|come|comes|came|move|moves|moved|switch|switched|sign|signs|signed|roll|rolled|blow|blew|boil|boiled|think|thought|talk|talked|get|got|fall|fell|fell|start|started|run|ran|left|hung|knocked|bowled|flipped|tipped|keeled|spilled|spilt|stayed|stop|stopped|stops)$/i;

export const FRONTED_OPEN = /^(?:during|in|on|at|for|with|after|before|following|despite|under|amid|through|throughout|from|of|within|upon|across|among)\s/i;
// A participle phrase opening a sentence ends at its comma too ("Elected in 2010, the mayor …", "Built in 1889, …").
const opensOnParticiple = (text: string) => isParticiple(/^[A-Z][a-z]{2,}(?=\s)/.exec(text)?.[0].toLowerCase() ?? '');
// A clause opened by one of these ends at its comma ("When the polls closed on Sunday, the count began").
const SUBORDINATE_OPEN = /^(?:when|while|once|as|until|since|if|because|although|though|whenever)\s/i;

/** Removes the given character ranges (time phrases) and the prepositions and commas around them. */
export function removeRanges(text: string, ranges: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    // "during last Sunday's runoff": a possessive date after a preposition leaves the preposition, with "the"
    // for the date ("during the runoff"); taken with the preposition, it left "papers runoff".
    if (/^['’]s\s+[A-Za-z]/.test(text.slice(r.end)) && POSSESSIVE_AFTER.test(text.slice(Math.max(at, r.start - 20), r.start))) {
      out += `${text.slice(at, r.start)}the`;
      at = r.end + 2;
      continue;
    }
    const lead = leadStart(text, at, r);
    const cut = commaCut(text, at, lead, trailEnd(text, r, lead));
    if (cut.loneAside) out += text.slice(at, cut.start) + ' ';
    const start = Math.max(cut.start, at);
    // A time phrase that is the clause's subject ("This week marks the anniversary") stays: the title needs it,
    // as does one that is what was spent or served ("has spent much of the past ten years in exile").
    if (!text.slice(0, start).trim() && TIME_AS_SUBJECT.test(text.slice(r.end))) continue;
    if (TIME_AS_OBJECT.test(text.slice(Math.max(0, r.start - 40), r.start))) continue;
    if (!cut.loneAside) out += text.slice(at, start);
    // "have until May 13 to apply": without its date, "have to apply" would tell a duty, not a time allowed.
    if (!cut.loneAside && HAVE_UNTIL.test(text.slice(Math.max(at, start - 24), r.start)) && toAfterDate(text.slice(r.end, r.end + 60))) out += ' a deadline ';
    at = Math.max(at, cut.end);
  }
  out += text.slice(at);
  if (out.includes(' a deadline ')) out = out.replace(DEADLINE_COMMA, ' ');
  // The space before a mark goes by a lookahead and an empty replacement: V8 replaces with '' on a fast path, while
  // a replacement naming a group ('$1') takes the slow one, for every title.
  return out.replace(/\s{2,}/g, ' ').replace(/\s+(?=[,.;:])/g, '').trim();
}

/**
 * The paragraph's words from `from` to `to` without the spans (paragraph offsets, inside those words) that a title
 * leaves out: removeRanges over the slice, each span moved to the slice's offsets.
 */
export function withoutSpans(paraText: string, from: number, to: number, spans: readonly { start: number; end: number }[]): string {
  return removeRanges(paraText.slice(from, to), spans.map((x) => ({ start: x.start - from, end: x.end - from })));
}

/** Where the cut of the time phrase `r` starts: the words before it (from `at` on) that only lead into it go with it. */
function leadStart(text: string, at: number, r: { start: number; end: number }): number {
  let start = r.start;
  const before = text.slice(at, start);
  // "Early on Sunday", "over the weekend", "between 2010 and 2015", "This past summer": the words that only
  // lead into the time phrase go with it, or the title is a fragment ("Early gunmen attacked …").
  // "from May to June", "on Monday and Tuesday": what joins two time phrases goes with them.
  if (at > 0 && before.length <= 12 && /^[\s,]*(?:and|or|&|-|–|—)?[\s,]*$/.test(before)) start = at;
  const period = PERIOD_LEAD.exec(before) ?? PART_OF_DAY_LEAD.exec(before);
  const prep = period ?? LEADING_INTO.exec(before);
  // "won in the 2019 election": a year naming the thing after it goes alone ("won in the election").
  const namesNoun = NAMING_DATE.test(text.slice(r.start, r.end)) && /\bthe\s+$/i.test(before) && /^\s+(?!(?:and|or|but|when|after|before|because|while|until|as|was|were|is|are|had|has|have|to|for|in|on|at|of)\b)[a-z]{3,}/.test(text.slice(r.end));
  if (prep && !namesNoun && start > at) {
    start -= prep[0].length;
    // "developed two days after the fall": the length that counts from the date goes with it.
    if (/^\s*(?:after|before|following)\b/i.test(prep[0])) start -= LENGTH_BEFORE.exec(text.slice(at, start))?.[0].length ?? 0;
  }
  // "died the winter after that trip": an article left before the date, with no noun after it to name, goes with it.
  else if (!prep && !namesNoun && start > at && /^(?:\s+(?:after|before|of|when)\b|\s*[,.;:]|\s*$)/i.test(text.slice(r.end))) start -= /\bthe\s+$/i.exec(before)?.[0].length ?? 0;
  // "over the weekend", "closed over Christmas"; not "took over Monday", where "over" belongs to the verb.
  const over = /(?:^|(\S+)\s+)(over\s+(?:the\s+)?)$/i.exec(text.slice(Math.max(at, start - 40), start));
  if (over && !(over[1] && PARTICLE_VERB.test(over[1]))) start -= over[2].length;
  return start;
}

const WEEKDAY_APPOSED = new RegExp(String.raw`^,\s(?:a|the)\s${WEEKDAY_RE}(?=[,.;:]|$)`);

/** Where the cut of the time phrase `r` (its cut starting at `start`) ends: the words after it that belong to it go with it. */
function trailEnd(text: string, r: { start: number; end: number }, start: number): number {
  let end = r.end;
  // "about 5:30 in the morning local time": the zone goes with the hour.
  const zone = /^\s+(?:local\s+time|GMT|UTC)\b/.exec(text.slice(end));
  if (zone) end += zone[0].length;
  // "over the New Year holiday", "the Christmas break": the holiday's noun goes with its name.
  const holidayNoun = start < r.start && /^[A-Z]/.test(text.slice(r.start, r.end)) ? /^\s+(?:holidays?|break|season|period)\b/.exec(text.slice(end, end + 12)) : null;
  if (holidayNoun) end += holidayNoun[0].length;
  // "Friday's revoting": the possessive goes with its date.
  if (/^['’]s\b/.test(text.slice(end))) end += 2;
  // "on 3 May 2019, a Sunday, while …": the weekday set off after its date is the date's; left, it read "went
  // missing a Sunday" (or, its own date cut too, "went missing a while").
  const weekday = WEEKDAY_APPOSED.exec(text.slice(end, end + 16));
  if (weekday) end += weekday[0].length;
  return end;
}

/**
 * The cut from `start` to `end` with the commas around it: the comma after the phrase goes with it unless the title is
 * cut there; an aside the phrase leaves with one word goes whole (`loneAside`: the words before it are kept).
 */
function commaCut(text: string, at: number, start: number, end: number): { start: number; end: number; loneAside: boolean } {
  // "the longest closure of the harbour, in the spring of 2011, had cost the town …": a time phrase that is an aside
  // alone, a comma either side, goes with both; the one before left standing parted the subject from its verb.
  const lead = text.slice(Math.max(at, start - 4), start);
  const opened = lead.trimEnd().endsWith(',') ? lead.length - lead.trimEnd().length + 1 : 0;
  const after = /^\s*,\s/.exec(text.slice(end));
  if (opened && after && start - opened > at && /\w$/.test(text.slice(at, start - opened)) && ASIDE_VERB_AFTER.test(text.slice(end + after[0].length))) return { start: start - opened, end: end + after[0].length - 1, loneAside: false };
  // The comma after the time phrase goes with it, unless it closes a fronted phrase the phrase sat in ("In a
  // speech on Monday, the mayor …"): that phrase is cut from the title at its comma.
  const closesFronted = start > 0 && (FRONTED_OPEN.test(text) || SUBORDINATE_OPEN.test(text) || opensOnParticiple(text)) && !/[,;]/.test(text.slice(0, start));
  // "Next year's elections, due in June, will …": an aside left with one word once its date is gone goes whole.
  // Not after a teller's aside ("The turning point, players say, came on …"), where the word is the verb.
  const loneAside = /^\s*,/.test(text.slice(end)) ? LONE_ASIDE.exec(text.slice(at, start)) : null;
  if (loneAside) start -= loneAside[0].length;
  // "approved the grant in May, weeks after a review …": a time told against the date after its comma keeps the
  // comma, where the title is cut; taken with the date, it left "approved the grant weeks".
  // "Holm, whose last visit was in 1990, has come back": the comma that closes an aside the date ended stays, and the
  // aside goes with it later; taken with the date, it left "was has come back".
  // "a display at midnight, paid for by the council": so does the comma before a participle's phrase that tells of
  // the noun before the date, or the title keeps the participle alone ("a display paid").
  const participle = /^\s*,\s+([a-z]{3,20})\s+(?:for|by|with|from|to)\s/.exec(text.slice(end));
  const timeAside = !loneAside && (TIME_APPOSITION.test(text.slice(end)) || (/,(?![\s,]*$)/.test(text.slice(at, start)) && ASIDE_CLOSED.test(text.slice(end))) || (!!participle && isParticiple(participle[1])));
  const attribution = ATTRIBUTION_NEXT.test(text.slice(end));
  // "lost 7-1 at Korrabay on Boxing Day, a result that …", "drew 9,000 people last year, a record": a phrase set off
  // after the date that sums up the clause (or names the date: "on 9 October, a Tuesday,") goes with the date; left
  // behind, it was run into the clause ("lost 7-1 at Korrabay a result").
  // Only for a date in the clause itself: one in an aside ("At the last election, in April 2018, fewer …") is followed
  // by the clause, not by a phrase about it.
  const inClause = !/[;:]|,(?!\d)/.test(text.slice(0, start)) && /\S\s+\S/.test(text.slice(0, start).trim());
  const summed = inClause && !loneAside && !timeAside && !closesFronted && !attribution ? summingUpEnd(text, end) : -1;
  if (summed >= 0) return { start, end: summed, loneAside: false };
  if (/^\s*,/.test(text.slice(end)) && !timeAside && !closesFronted && !attribution) end += /^\s*,/.exec(text.slice(end))![0].length;
  return { start, end, loneAside: !!loneAside };
}

// What opens a phrase that sums up the clause before it or names its date: "a record", "the most on record", "the
// earliest …", "one of two women …", "twice as many as …", "up from …", "their fixtures sold off …". Not a length
// ("a year later", "a few days after": TIME_APPOSITION's, or the title's "opened a year late").
const SUMMING_UP =
  /^\s*,\s+(?:(?:a|an)\s+(?!(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|moments?|few|couple|spokes(?:man|woman|person))\b)[a-z]|the\s+(?:most|least|first|second|third|fourth|fifth|last|latest|only|[a-z]{2,}est)\b|one\s+of\s|(?:twice|three\s+times|more|fewer|less)\s+(?:than|as)\s|(?:up|down)\s+from\s|(?:its|their)\s+[a-z])/i;

/**
 * Where a summing-up phrase set off by a comma right after `end` ends: before its closing comma when a conjunction
 * follows it ("…, the most on record, and the state paid"), after it otherwise ("on 9 October, a Tuesday, in the
 * canteen"), before a semicolon, or at the end of `text`; -1 when no such phrase follows or it runs on too long.
 */
function summingUpEnd(text: string, end: number): number {
  const after = text.slice(end);
  if (!SUMMING_UP.test(after)) return -1;
  const open = after.indexOf(',');
  // "6,000 kilometres": a comma inside a number closes nothing.
  const close = /[,;](?!\d)/.exec(after.slice(open + 1));
  const stop = close ? open + 1 + close.index : after.length;
  if (stop - open > 140) return -1;
  if (!close || close[0] === ';' || /^,\s+(?:and|but|or|yet|while)\s/i.test(after.slice(stop))) return end + stop;
  // A phrase closed by a comma with the clause going on after it is taken only when short ("on 9 October, a
  // Tuesday, in the canteen"); a longer one may be the clause's own ("…, the only time I saw him cry," she says).
  return after.slice(open + 1, stop).trim().split(/\s+/).length <= 3 && /^,\s+[a-z]/.test(after.slice(stop)) ? end + stop + 1 : -1;
}

// What follows an aside of time alone that the clause goes on with: its verb ("…, in 2011, had cost", "…, last May,
// closed"); not another phrase or clause ("…, in 2011, and …", "…, in 2011, the town …").
const ASIDE_VERB_AFTER = /^(?:has|have|had|is|are|was|were|will|would|could|may|might|must|should|did|[a-z]{3,}ed)\s/;
const LONE_ASIDE = /(?<!\b(?:say|says|said|add|adds|added|think|thinks|believe|believes|insist|insists|insisted|argue|argues|argued|note|notes|noted|write|writes|wrote))(?<!,[^,]*),\s+(?:[a-z]+\s+(?=[a-z]+ly\s*$))?[a-z]+\s*$/;
const ASIDE_CLOSED = /^\s*,\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does)\s/;
const TOLD_THAT_OPEN = /^that\s+(?=(?:the|a|an|his|her|its|their|our|my|your|he|she|it|they|we|i|you|no|nobody|none|some|all|every|each|these|those|[\d][\d,.]*|[a-z]{3,}[^s\W]s)\s+\S+\s)/i;
// A length counted from a date: "two days (after the fall)", "a few weeks", "nearly three years".
const LENGTH_BEFORE =
  new RegExp(String.raw`(?<=\s)(?:${hedgeWords('just', 'only', 'barely', 'exactly')}\s+)?(?:a\s+few|a|an|${countWords(1, 12)}|few|several|many|[\d,.]+)\s+(?:(?:full|long|short)\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+$`, 'i');
// A time told against a date just named, set off by a comma: "weeks after …", "three years before …", "the year
// after …", "most recently …", "its fourth loss in a row", "after which …".
const TIME_APPOSITION = new RegExp(
  String.raw`^\s*,\s+(?:(?:(?:the|a|an|some|several|only|just|about|nearly|almost|barely|[\d,.]+|${countWords(1, 12)}|few|a\s+few)\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|moments?)\s+(?:after|before|later|earlier|ago)\b|most\s+recently\b|(?:its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|last|latest|biggest|largest|highest|lowest|worst|best)\s+[a-z]+\s+(?:in|of|since)\b|most\s+of\s+them\b|(?:after|before|during|since|until|by)\s+which\b)`,
  'i',
);
// "on the evening of", "in the early hours of", "at the end of": the part of the day (or stretch) a date is of goes with it.
const PART_OF_DAY_LEAD = new RegExp(String.raw`\b(?:on|in|at|by|until|from|during|since|before|after)\s+the\s+(?:(?:early|late)\s+)?(?:${PART_OF_DAY_ALTS}|hours|weekend|eve|end|beginning|start|middle)\s+of\s+$`, 'i');
// A date that names the thing after it ("the 2019 election", "the October floods"): it goes alone, the article stays.
const NAMING_DATE = new RegExp(`^(?:\\d{4}|${MONTH_NAME_ALTS})$`);
const POSSESSIVE_AFTER = /\b(?:during|in|at|after|before|since|following|for|of|on|from|until|ahead\s+of|amid|despite|with|by|about|against|over|under|through|into|to)\s+$/i;
// Verbs whose "that" opens what is said or made sure of.
const THAT_VERB = /^(?:assure|assures|ensure|ensures|insure|say|says|believe|believes|know|knows|think|thinks|show|shows|hope|hopes|expect|expects|feel|feels|fear|fears|argue|argues|claim|claims|warn|warns|suggest|suggests|mean|means|agree|agrees|confirm|confirms|indicate|indicates|decide|decides|require|requires|demand|demands|recommend|recommends|note|notes|learn|learns)$/i;
// A telling verb a few words before, with whom it told ("told supporters in the") or where ("said in a").
const TOLD_WHOM = /\b(?:(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds|warned|warns|promised|promises|convinced|persuaded)\s+|(?:said|says|announced|announces|stated|states|wrote|writes)\s+(?:in|at|on|to|during|after|before)\s+)(?:[^\s,;]+\s+){0,5}$/i;
const TIME_AS_OBJECT = /\b(?:spent|spend|spends|spending|served|serve|serves|serving)\s+(?:(?:much|most|all|part|some|half|nearly|almost)\s+(?:of\s+)?)?(?:the\s+)?$/i;
const TIME_AS_SUBJECT = /^\s+(?:marks|marked|will\s+mark|saw|sees|brought|brings|is|was|has\s+been|had\s+been)\s/;

// "has until …", "now have until …": a time allowed for what follows ("to apply").
const HAVE_UNTIL = /\b(?:has|have|had|having)\s+(?:(?:now|only|still|just)\s+)?(?:until|till)\s+(?:the\s+)?$/i;
/** Whether `after` (the words after a date) goes on with "to" and a verb once the date's own words are past ("Friday, October 22, to apply"). */
function toAfterDate(after: string): boolean {
  const words = after.trim().split(/\s+/);
  let k = 0;
  while (k < 5 && /^(?:,|,?(?:[A-Z][a-z]{0,8}\.?|\d{1,4}),?)$/.test(words[k] ?? '')) k++;
  return /^,?to$/.test(words[k] ?? '') && /^[a-z]/.test(words[k + 1] ?? '');
}
// The comma the date's own commas left before "to" ("have until Friday, October 22, to apply").
const DEADLINE_COMMA = /(?<=\sa deadline)\s*,\s+(?=to\s)/;

// Words that cannot end a title: once the time phrase is gone, "propelled the country into" or "accepted
// through" would be a fragment.
const DANGLING = new RegExp(String.raw`(?:\s+|^)(?:${LEADING_ON_ALTS}|though|although)$`, 'i');

// "has burst four times, most" (of "…, most recently on 2 December"): a word set off by a comma that only qualifies
// a time phrase gone with the date.
const DANGLING_ASIDE = /,\s+(?:most|more|less|least|every|each|some|all|both|just|only|ever|even|then|still|also|mostly|largely|mainly)$/i;

// "has been closed ever" (of "… ever since", its "since" gone with the date it counts from): "ever" left alone
// modifies nothing. After a superlative, an ordinal or a comparison it is the record's ("the biggest crowd ever",
// "the first ever", "more than ever", "for ever") and stays.
// Read after a space only, so that a run of spaces is not scanned again from each of them.
const LONE_EVER = /(?<=\s)ever$/i;
const EVER_KEPT = /\b(?:[a-z]{2,}est|most|least|best|worst|first|last|only|than|for|hardly|rarely|seldom|never)(?:\s+\S+){0,3}\s+ever$/i;

/** The clause or title without an "ever" its "since" has left behind. */
export function withoutLoneEver(t: string): string {
  return LONE_EVER.test(t) && !EVER_KEPT.test(t) ? t.slice(0, -'ever'.length).trimEnd() : t;
}

function dropDanglingWords(t: string): string {
  let out = t.replace(DANGLING_ASIDE, '');
  for (let i = 0; i < 4 && DANGLING.test(out); i++) out = out.replace(DANGLING, '').replace(/[\s,;:]+$/, '');
  out = withoutLoneEver(out);
  return out || t;
}

// "After the war he …", "Before 40 years in exile, she …": "after", "before" or "during" and a short noun phrase,
// then a comma or a pronoun opening the clause.
const FRONTED_NOUN_PHRASE = /^(?:after|before|during|following)\s+((?:the|a|an|his|her|their|its|some|\d[\d,]*|[a-z]+)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:,\s+|\s+(?=(?:he|she|they|we|it|i)\s+[a-z]))(?=\S)/i;
const FRONTED_PHRASE =
  /^(?:during|in|on|at|for|with|since|after|before|following|despite|under|amid|through|throughout|from|by|to|of|within|upon|across|among|alongside|besides|beyond|unlike|outside|inside|against|without)\s[^,;:]{1,70},\s+(?!(?:and|but|or|which|who|whom|whose|that|when|where|while|as)\b)(?=\S)/i;

// Past participles whose simple past differs; a participle of the same form as its past needs no entry.
const PAST_OF: Record<string, string> = table({
  gone: 'went', taken: 'took', given: 'gave', seen: 'saw', done: 'did', fallen: 'fell', written: 'wrote', driven: 'drove',
  risen: 'rose', begun: 'began', broken: 'broke', chosen: 'chose', spoken: 'spoke', stolen: 'stole', frozen: 'froze',
  eaten: 'ate', known: 'knew', grown: 'grew', thrown: 'threw', flown: 'flew', drawn: 'drew', shown: 'showed', blown: 'blew',
  beaten: 'beat', hidden: 'hid', forgotten: 'forgot', sworn: 'swore', torn: 'tore', shaken: 'shook', ridden: 'rode',
  sunk: 'sank', sung: 'sang', swum: 'swam', rung: 'rang', run: 'ran', come: 'came', become: 'became', withdrawn: 'withdrew',
  undertaken: 'undertook', overtaken: 'overtook', undergone: 'underwent', arisen: 'arose', forgiven: 'forgave',
  shrunk: 'shrank', sprung: 'sprang', woken: 'woke', overrun: 'overran', bitten: 'bit', overseen: 'oversaw', mistaken: 'mistook',
  gotten: 'got', forbidden: 'forbade', striven: 'strove', slain: 'slew', worn: 'wore', foreseen: 'foresaw', retaken: 'retook',
  borne: 'bore', overthrown: 'overthrew', awoken: 'awoke',
});
const SAME_PAST = new Set(
  ('fled left made won lost held built rebuilt sold paid said told sent spent kept met led fought brought bought thought caught taught found hit cut put set ' +
    'shut quit spread hurt struck hung stood understood sat slept felt dealt meant heard had laid lit shot bent lent read fed sought swept stuck spun ' +
    'dug got let burst cast cost bid split upset wound bound ground withheld upheld overheard mislaid misled slid swung stung wept crept knelt sped ' +
    'bet fit broadcast forecast outbid outsold oversold overpaid underpaid resold repaid rewound beset').split(' '),
);
// "-ed" words that are no participle, and participles that, before a bare noun, are more often an adjective
// ("had limited funds", "had broken bones"): there the "had" is a verb of its own and stays.
const NOT_PARTICIPLE = new Set(['need', 'seed', 'speed', 'feed', 'greed', 'breed', 'steed', 'weed', 'deed', 'heed', 'hundred', 'red', 'bed', 'shed', 'bred', 'sled', 'naked', 'wicked', 'sacred', 'rugged', 'kindred', 'wretched', 'crooked', 'beloved']);
const ADJECTIVE_FIRST = /^(?:limited|talented|armed|experienced|skilled|detailed|mixed|advanced|sophisticated|dedicated|qualified|trained|reduced|increased|improved|renewed|united|broken|frozen|stolen|hidden|written|spoken|sworn|known|grown|fallen|torn|worn|beaten|sunken|shaken|mistaken|undisclosed|unspecified|unexpected|unprecedented|unlimited|guaranteed|fixed|varied|combined|used|registered|elected|appointed|skewed)$/i;
const ADVERB = /^(?:already|just|also|since|previously|earlier|recently|never|first|long|once|briefly|again|finally|quickly|initially|originally)$/i;
const PLURAL_SUBJECT = /^(?:they|we|you|these|those|police|people|children|men|women|both|many|several|others|residents|officials|\d[\d,.]*)$/i;

/**
 * "Coast guard had rescued 40 people" reads as a headline in the simple past: "Coast guard rescued 40 people".
 * "had" as a verb of its own ("had a meeting", "had limited funds") stays, and so does "had not".
 */
export function simplePast(t: string): string {
  // Most titles have no "had": splitting every one into words was a needless share of titling.
  if (!t.toLowerCase().includes('had')) return t;
  const w = t.split(' ');
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i].toLowerCase() !== 'had') continue;
    let j = i + 1;
    if (ADVERB.test(w[j]) && j + 1 < w.length) j++;
    const word = w[j].replace(/[,.;:!?…]+$/, '');
    const past = pastOf(word, i > 0 ? subjectHead(w.slice(0, i)) : '', w[j + 1] ?? '');
    if (!past) continue;
    w[j] = past + w[j].slice(word.length);
    w.splice(i, 1);
  }
  return w.join(' ');
}

// "Traders on Quay Street had been given": a subject's number is its head's, the noun before the phrase that places
// it, not the last word before the verb ("Street").
// Not "of": "two of his rowers" is as many as its number says.
const PLACING = /^(?:on|in|at|from|near|with|across|outside|inside|around)$/i;

/** The word a short subject (the words before its verb) turns on: the noun before its first placing phrase, else its last word. */
function subjectHead(words: string[]): string {
  const p = words.length <= 6 ? words.findIndex((x, k) => k > 0 && PLACING.test(x)) : -1;
  return p > 0 && !/[,;:]$/.test(words[p - 1]) ? words[p - 1] : words[words.length - 1];
}

function pastOf(word: string, before: string, next: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return null;
  // "had limited funds", "had broken bones": before a bare noun these are adjectives, and "had" a verb of its own.
  const bareNoun = /^[a-z][a-z-]*$/.test(next) && !NOT_NOUN.test(next);
  if (lower === 'been') {
    const subject = before.replace(/[^A-Za-z\d]/g, '');
    return PLURAL_SUBJECT.test(subject) || (/^[a-z]{3,}s$/i.test(subject) && !/(?:ss|us|is)$/i.test(subject)) ? 'were' : 'was';
  }
  if (ADJECTIVE_FIRST.test(lower) && bareNoun) return null;
  if (PAST_OF[lower]) return PAST_OF[lower];
  if (SAME_PAST.has(lower)) return lower;
  if (/^[a-z]{3,}ed$/.test(lower) && !NOT_PARTICIPLE.has(lower)) return lower;
  return null;
}

const NOT_NOUN =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|to|in|on|at|by|for|from|with|into|after|before|over|off|out|up|down|back|away|and|or|but|as|than|since|until|during|when|while|because|if|some|all|any|no|more|most|about|around|through|across|against|under|there|here|them|him|us|it|me|several|many|much|each|every|both|nearly|almost|only|also|not|already|just|himself|herself|itself|themselves)$/i;

const RELATIVE_OPEN = /^(who|which|whom|whose)\s+(\S+)/i;
// "where a ferry sank": a where-clause with a subject of its own; its title leaves the place word out.
export const WHERE_OWN_SUBJECT = /^where\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|[A-Z][a-z]+)\s)/i;
// "Every visitor who …": a phrase opened by "every" or "each" is a noun phrase as one opened by "the" is.
const DETERMINER_NP = /\b(?:the|a|an|its|his|her|their|our|this|these|those|every|each)\s+(?:[\w'’.&-]+\s+){0,3}[\w'’.&-]+$/i;
const NAME_NP = /(?<![\w'’.&-])(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*$/;
const VERB_LIKE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|found|took|made|won|lost|hit|left|held|met|led|sent|sold|built|bought|gave|saw|went|came|got|put|set|told|fell|ran|began|broke|struck|shot|paid|kept|brought|thought|became|chose|rose|drove|wrote|spoke|stole|knew|grew|threw|flew|drew|[a-z]{3,}ed)$/;

// "fell to 40", "February's 9.12 million", "a 45 % drop": a figure, with what owns it and the unit it counts.
const FIGURE_NP =
  /(?:\b(?:[A-Z][\w’.&-]*['’]s|the|a|an|its|his|her|their|our)\s+)?(?:US)?[$€£]?\d[\d,.]*(?:\s?(?:%|percent|per\s+cent))?(?:\s(?:million|billion|trillion|thousand|hundred))?(?:\s(?!(?:on|in|at|by|to|of|for|and|or|but|from|with|since|until|after|before)$)[a-z]{3,})?$/;
// "used it to buy two new incubators": things counted in words, a plural closing the phrase.
const COUNTED_NP = new RegExp(String.raw`\b${NUMBER_WORD_RE}\s+(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+[^s\W]s$`);
// "disagreements over pay cuts": a bare plural after a preposition.
const PLURAL_NP = /\b(?:over|of|about|on|for|against|with|to|from|in)\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+[^s\W]s)$/;
// "noise from piling work", "the weak spot was attendance": a bare noun (one to three words, no determiner) after a
// preposition or a copula closes the phrase; its words are checked for verbs and function words (bareNoun).
const BARE_NP = /\b(?:over|of|about|on|for|against|with|to|from|in|was|were|is|are)\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)$/;
// "the text Wrayburn revised", "the letter she wrote", "a Dorset boy she had taught": a noun phrase (a name may stand
// before its noun) and a clause that leaves out "that" (a name or a pronoun, then a past verb, in the perfect too): the
// noun phrase is the antecedent.
const CONTACT_NP = /\b((?:the|a|an|its|his|her|their|our|this|these|those)\s+(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*|he|she|they|we|I|you|(?:his|her|their|my|our)\s+[a-z]+)\s+(?:(?:had|has|have)\s+)?([a-z]+)$/;
// "waiting for the first release before jumping in": a gerund phrase closing the clause tells how, and the
// noun phrase before it is what a "which" after it refers to.
const GERUND_TAIL = /\s+(?:before|after|while|without|by|since|when|instead\s+of)\s+[a-z]+ing\b[^,;]{0,60}$/;

// A determiner and an adjective closing the words before a comma: "a similar", "the long".
const COORDINATE_LEAD = /\b(?:the|a|an|its|his|her|their|our|this)\s+[a-z]{3,}$/i;

/** The noun phrase that ends `before` (the text up to a comma): a bare subject whole, else the phrase closing it. */
export function antecedentOf(before: string): string {
  // The antecedent ends the words just before the clause: a bounded look back is enough.
  // An age set off after a name ("Penhale, 61, who …") is the name's, not the antecedent.
  const head = before.slice(-200).replace(/[\s,;:—–-]+$/, '').replace(/,\s+\d{1,3}$/, '');
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  const last = head.slice(cut + 1).trim();
  const np = nounPhraseEnding(last);
  if (np) return np;
  // "over a similar, shorter failure, which …", "after a long, dry summer, which …": adjectives set off by a comma
  // inside one noun phrase; its determiner is before the comma.
  const lead = cut > 0 && head[cut] === ',' && /^[a-z]+\s+[a-z]/.test(last) ? COORDINATE_LEAD.exec(head.slice(Math.max(0, cut - 40), cut)) : null;
  const joined = lead ? nounPhraseEnding(`${lead[0]}, ${last}`) : '';
  if (joined) return joined;
  // Quotes and a parenthesis leave the phrase whole ("the first “point” release (10.4.1)").
  const plain = last.replace(/\s*\([^()]*\)/g, '').replace(/["“”]/g, '').replace(GERUND_TAIL, '');
  return plain !== last ? nounPhraseEnding(plain) : '';
}

// The noun phrase after a preposition closing a noun phrase of two: a determiner or a possessive opens it.
const PREPOSITION_TAIL = /\s(?:for|to|at|in|on|from|with)\s((?:the|a|an|its|his|her|their|our|(?:[a-z]+\s)?[a-z]+['’]s|[A-Z][\w-]*['’]s)\s[^,;:]{1,60})$/i;
// The noun phrase after the last "of" of a noun phrase of two, "the wardens of the signal tower".
const OF_TAIL = /^(?:the|a|an|its|his|her|their|our)\s[^,;:]+$/i;

/**
 * The noun a relative clause's verb agrees with, when the antecedent is a noun and an "of" phrase of another number:
 * "the wardens of the signal tower, which was first used" tells of the tower; "the roof of the stables, which were
 * …" of the stables. `np` unchanged otherwise.
 */
export function agreeingAntecedent(np: string, verb: string | undefined): string {
  const of = np.toLowerCase().lastIndexOf(' of ');
  let parts = of > 0 && OF_TAIL.test(np.slice(of + 4)) ? [np, np.slice(0, of), np.slice(of + 4)] : null;
  // "tickets for next season's final, which starts …": a phrase after another preposition, a possessive's noun too.
  const other = parts ? null : PREPOSITION_TAIL.exec(np);
  if (other && other.index > 0) parts = [np, np.slice(0, other.index), other[1]];
  if (!parts || !verb) return np;
  // A present in "-s" ("starts", "opens") agrees with a singular as "is" does.
  const singular = /^(?:is|was|has)$/i.test(verb) || (other !== null && /^[a-z]{2,}[^s'’]s$/.test(verb) && !/^(?:is|was|has|this|thus|plus|us)$/i.test(verb));
  if (!singular && !/^(?:are|were|have)$/i.test(verb)) return np;
  const plural = (phrase: string) => /[^s]s$/i.test(phrase.split(/\s+/).pop() ?? '');
  const head = plural(parts[1]);
  const tail = plural(parts[2]);
  return head !== tail && head === singular ? parts[2] : np;
}

function nounPhraseEnding(last: string): string {
  const words = last.split(/\s+/);
  // A bare subject ("The minister, who …") is the antecedent whole; after a verb, the noun phrase that ends it.
  // Not a phrase opening on a preposition ("According to The Daily Courier"): the name closing it is.
  let np = words.length <= 8 && /^(?:[A-Z]|[a-z][A-Z]|(?:the|a|an|its|his|her|their|our|this|these|those)\s)/.test(last) && !/^according\s/i.test(last) && !FRONTED_OPEN.test(last) && !hasVerbLike(last) && !hasPastAfterNoun(words) ? last : '';
  if (np) return np;
  // "… was Tom Reed": the phrase after a determiner may run back over a verb ("the news was Tom Reed"); the name that
  // closes it is then the noun phrase.
  const candidates = [determinerPhrase(last), NAME_NP.exec(last)?.[0]?.replace(/^(?:In|On|At|For|From|With|By|During|After|Before|Since|To|Of)\s+(?=[A-Z])/, ''), FIGURE_NP.exec(last)?.[0], PLURAL_NP.exec(last)?.[1], COUNTED_NP.exec(last)?.[0]];
  const first = candidates.find((c) => c !== undefined);
  if (first !== undefined && !hasVerbLike(first)) return first;
  const name = candidates[1];
  if (first !== undefined && first === candidates[0] && name && !hasVerbLike(name)) return name;
  const contact = CONTACT_NP.exec(last);
  if (contact && (VERB_LIKE.test(contact[2]) || isPastForm(contact[2])) && !hasVerbLike(contact[1])) return contact[1];
  const bare = BARE_NP.exec(last)?.[1];
  return bare && bareNoun(bare) ? bare : '';
}

/**
 * The phrase a determiner opens at the end of `last`, the first that runs back over no verb: in "the council sold its
 * depot" that is "its depot", not the whole clause (a relative clause after it would then be titled by the council).
 * The first phrase found when every one does.
 */
function determinerPhrase(last: string): string | undefined {
  let found: string | undefined;
  for (let from = 0, tries = 0; tries < 6; tries++) {
    const m = DETERMINER_NP.exec(last.slice(from));
    if (!m) return found;
    found ??= m[0];
    if (!hasVerbLike(m[0]) && !hasPastAfterNoun(m[0].split(/\s+/))) return m[0];
    // On past the determiner this phrase opened on.
    from += m.index + m[0].search(/\s/);
  }
  return found;
}

// "Firm shut its mill", "The trust cut its staff": an irregular past VERB_LIKE leaves out, after a lowercase noun, is
// the verb, so the words are a clause, not a noun phrase. After a determiner it is a noun ("the cut").
function hasPastAfterNoun(words: string[]): boolean {
  return words.some((w, i) => i > 0 && IRREGULAR_PAST.has(w) && !VERB_LIKE.test(w) && /^[A-Za-z][a-z]*$/.test(words[i - 1]) && !DETERMINED_WORD.test(words[i - 1]) && !NOT_NOUN.test(words[i - 1]));
}

// No verb, function word or adverb among a bare noun phrase's words ("from work on", "was quickly").
function bareNoun(phrase: string): boolean {
  return phrase.split(/\s+/).every((w) => !VERB_LIKE.test(w) && !NOT_NOUN.test(w) && !/ly$/.test(w));
}

// "the fell", "a set", "the left": a word right after a determiner is its noun, whatever verb it may also spell.
const DETERMINED_WORD = /^(?:the|a|an|its|his|her|their|our|this|these|those)$/i;
function hasVerbLike(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.some((w, i) => VERB_LIKE.test(w) && !(i > 0 && DETERMINED_WORD.test(words[i - 1])));
}

/**
 * "The minister, who resigned last week, …": a relative clause's title names its antecedent in the relative
 * pronoun's place ("Minister resigned"; "whose sales fell" → "Firm's sales fell"; "which the storm hit" →
 * "Storm hit the island"). `before` is the text before the clause, up to its comma. The clause is returned
 * as it is when it opens with no relative pronoun or no antecedent is found.
 */
export function withAntecedent(before: string, clause: string): string {
  const rel = RELATIVE_OPEN.exec(clause);
  if (!rel) return clause;
  const np = agreeingAntecedent(antecedentOf(before), rel[2]);
  if (!np) return clause;
  const pronoun = rel[1].toLowerCase();
  const rest = clause.slice(rel[1].length).trim();
  if (pronoun === 'whose') return `${np}${/s$/i.test(np) ? '’' : '’s'} ${rest}`;
  // "which the storm hit", "whom police arrested": the antecedent is the object, after the verb that ends it.
  const objectOf = pronoun === 'whom' || /^(?:the|a|an|his|her|its|their|he|she|they|we|it|police|officials|[A-Z][\w'’.-]*)$/.test(rel[2]);
  if (!objectOf) return `${np} ${rest}`;
  const bare = rest.replace(/[\s,.;:!?]+$/, '');
  const lastWord = bare.split(/\s+/).pop() ?? '';
  return /^(?:[a-z]{3,}ed|hit|struck|won|lost|built|sold|bought|made|took|left|held|saw|found|caught|shot|hurt|cut|set|shut|led|sent|paid|chose|broke|stole|took)$/i.test(lastWord) ? `${bare} ${np.replace(/^(?:the|a|an)\s+/i, (d) => d.toLowerCase())}` : rest;
}

const PERIOD_VERB = /^which\s+(?:(?:had|has|will|would)\s+)?(?:ended|ends|end|began|begins|begin|begun|started|starts|start|ran|runs|run|closed|closes|close|finished|finishes|lasted|lasts|last|saw|sees)\b/i;
export const RELATIVE_PRONOUN = /^(?:who|which|whom|whose)\s/i;
const NEGATED = /\b(?:not|never|no\s+longer)\b|n['’]t\b/i;
// A relative pronoun its clause's own subject follows: a personal pronoun or a determiner opening a noun phrase
// (OWN_SUBJECT_WORDS), the first and second person too ("which I bought", "which my father won"). anchor.ts's clauses
// after "where" and "when" do not take those three.
const OWN_SUBJECT_RELATIVE = new RegExp(String.raw`^(?:which|whom)\s+(?=(?:${OWN_SUBJECT_WORDS}|i|you|my)\s+[a-z])`, 'i');
// The words that lead into a time phrase closing a clause ("fell to 40 on Monday", "will meet in March").
const TIME_LEAD = /(?:\s+(?:on|in|at|by|since|during|until|from|of|for|early|late|last|this|next|the))+\s*$/i;

/**
 * The text of a relative clause with its antecedent named ("Minister resigned"). A date is no antecedent:
 * "fell to 40 on Monday, which was the lowest number" tells of 40, so the time phrase is passed over; and with no
 * noun phrase found ("The board will meet in March, which is expected to …" refers to the whole clause), the
 * clause would be titled by a fragment ("Which is expected"), so it is no event: empty.
 */
export function relativeTitle(u: Unit, before: string, beforeStart: number, text: string): string {
  let head = before.replace(/[\s,;:]+$/, '');
  // "a farmer who owned it and who died in March": a second relative clause joined to the first tells of the same
  // antecedent, the noun before the first pronoun.
  const pronoun = RELATIVE_PRONOUN.exec(text)?.[0].trim().toLowerCase();
  const first = pronoun && / (?:and|but)$/i.test(head) ? head.toLowerCase().lastIndexOf(` ${pronoun} `) : -1;
  if (first > 0 && head.length - first < 200 && !/[,;:.!?]/.test(head.slice(first))) head = head.slice(0, first).replace(/[\s,;:]+$/, '');
  const headEnd = beforeStart + head.length;
  // "the last quarter, which ended on December 30": a stretch of time that ends, begins or runs is the subject.
  const date = PERIOD_VERB.test(text) ? undefined : u.timexes.find((t) => t.end === headEnd && t.start >= beforeStart);
  if (date) head = head.slice(0, date.start - beforeStart).replace(TIME_LEAD, '');
  const related = withAntecedent(`${head}, `, text);
  if (!RELATIVE_PRONOUN.test(related)) return related;
  // "…, which she first swam in 2004": a clause with a subject of its own tells its happening whole without its
  // antecedent ("She first swam"), as it is titled when the antecedent is found (withAntecedent).
  // Not one told in the negative ("…, which I had never seen"), which comments on the clause before, nor a habit
  // ("whom he drew every spring"): neither tells one happening. The habit word is read in the article's words, where
  // the date it goes with has not been cut.
  const own = OWN_SUBJECT_RELATIVE.exec(text);
  if (own && !NEGATED.test(text) && !HABIT_WORD.test(u.paraText.slice(headEnd, u.end))) return text.slice(own[0].length);
  // A "which" that refers to the whole clause ("The board will meet in March, which is expected to bring a
  // decision") tells more of that clause's subject: "Board is expected to bring a decision".
  const subject = /^(?:who|which)\s+(?!(?:the|a|an|his|her|its|their|he|she|they|we|it|police|officials)\b)[a-z]/i.test(text) ? clauseSubject(u.paraText.slice(u.start, date ? date.start : headEnd)) : '';
  return subject ? `${subject} ${text.replace(RELATIVE_PRONOUN, '')}` : '';
}

/**
 * "She failed the exam in 2017 and passed it the next spring": a clause that opens on its verb, joined by "and" or
 * "but" to the clause before it (`before`, its sentence up to the clause), shares that clause's subject ("She
 * passed it"). The clause as it is when it opens with no verb, is not so joined, or no subject is found. A name
 * set off after the subject ("Halvek, a former engineer, was elected") is passed over. `original`: the clause as
 * the article has it, before its dates were cut.
 */
export function withJoinedSubject(before: string, clause: string, original = clause): string {
  // The clause opens on its verb as the article has it, not once a date before the verb is cut ("and this year's
  // were the longest").
  if (!original.replace(/^\s*(?:(?:and|but)\s+)?(?:then\s+)?/i, '').startsWith(firstWord(clause.replace(/^(?:(?:and|but)\s+)?(?:then\s+)?/i, '')))) return clause;
  const joined = /^((?:and|but)\s+)?(?:then\s+)?([a-z][a-z-]*)(?:[\s.,;!?]|$)/.exec(clause);
  if (!joined || !(joined[1] || /(?:^|[\s,])(?:and|but)\s*$/i.test(before))) return clause;
  const verb = joined[2];
  if (!isVerb(verb) && !IRREGULAR_PAST.has(verb) && !/^[a-z]+-[a-z]{3,}ed$/.test(verb)) return clause;
  const sentence = before.replace(/^[\s"“]+/, '').replace(/^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:a|an|the)\s[^,;]{1,60},\s+/, '$1 ');
  // One clause before it, whole: after a comma ("a project first proposed in 2001 and rejected …") or inside a
  // relative clause ("Residents who applied and have not …"), the verb is another subject's.
  if (/[,;:]/.test(sentence) || /\b(?:who|which|that|whose|whom)\b/i.test(sentence)) return clause;
  const subject = clauseSubject(sentence);
  return subject && !/^(?:it|they|this|that|these|those)$/i.test(subject) ? `${subject} ${clause.slice(joined[1]?.length ?? 0)}` : clause;
}

/** The text up to its first space or mark (a search, not a split of the whole clause into words). */
function firstWord(text: string): string {
  const end = text.search(/[\s.,;!?]/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * "Born in a mining village, Holloway was the first …", "Founded by two brothers, the brewery was sold": a
 * participle phrase opening a sentence, up to its comma, tells of the subject after that comma ("Holloway born in a
 * mining village", "Brewery founded by two brothers"). The clause as it is when it opens on no participle, or the
 * subject after the comma is none or a pronoun.
 */
export function withFrontedSubject(clause: string): string {
  // "Born, in a fishing village, Vask was …": the date between the participle and its phrase gone, a comma stays.
  const m = /^([A-Z][a-z]{2,})(?:,?\s([^,;]{1,120}))?,\s+(\S.*)$/.exec(clause);
  const word = m?.[1].toLowerCase() ?? '';
  const subject = m && isParticiple(word) ? clauseSubject(capitalise(m[3])) : '';
  if (!subject || /^(?:i|he|she|it|we|they|you|this|that|these|those)$/i.test(subject)) return clause;
  return m![2] ? `${subject} ${word} ${m![2]}` : `${subject} ${word}`;
}

/**
 * A participle phrase set off after a noun phrase ("the main, laid in 1961, was …"; "Its report, published in June,
 * made …"), its date taken out, told as the passive it stands for: "main was laid", "Its report was published". The
 * participle describes its noun, which is what it was done to. `rest` is the phrase from its participle on.
 */
export function participleAside(subject: string, rest: string): string {
  const phrase = rest.trim();
  const first = /^(?:(?:first|originally|once|newly|recently|later|only)\s+)?([a-z]+)/.exec(phrase)?.[1] ?? '';
  // Not one with an object after it, which tells of what the noun did ("…, who designed the library").
  const next = phrase.split(/\s+/)[phrase.split(/\s+/).indexOf(first) + 1] ?? '';
  if ((!isParticiple(first) && first !== 'set') || /^(?:the|a|an|his|her|its|their|this|that)$/i.test(next)) return `${subject} ${rest}`;
  // The head is the noun before any phrase after it ("Traders | on Quay Street").
  const words = subject.trim().split(/\s+(?:of|on|in|at|for|from|with|near|by)\s/i)[0].split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // "Samples", "the engineers": a plural head; a name ("Harlow Motors") or a mass noun is singular. A capital on
  // the subject's only word is the sentence's.
  const plural = (words.length === 1 ? /^[A-Za-z][a-z'’-]*[^su'’]s$/ : /^[a-z][a-z'’-]*[^su'’]s$/).test(head) || /^(?:people|police|men|women|children)$/i.test(head);
  return `${subject} ${plural ? 'were' : 'was'} ${phrase}`;
}

/** A past participle: "born", an irregular one ("built", "written") or one in "-ed". */
function isParticiple(word: string): boolean {
  return word === 'born' || PAST_OF[word] !== undefined || SAME_PAST.has(word) || (/^[a-z]{3,}ed$/.test(word) && !NOT_PARTICIPLE.has(word));
}

/** The subject opening a clause: a few words up to its verb, opening with a name or a determiner. Empty if none. */
export function clauseSubject(clause: string): string {
  const words = clause.replace(/^["“]/, '').split(/\s+/);
  for (let i = 1; i <= 4 && i < words.length; i++) {
    if (!VERB_LIKE.test(words[i]) && !/^(?:will|would|could|may|might|must|should)$/.test(words[i])) continue;
    const subject = words.slice(0, i);
    const ok = /^(?:[A-Z][\w'’.&-]*|[a-z][A-Z][\w'’.&-]*)$/.test(subject[0]) && !FRONTED_OPEN.test(`${subject[0]} `) && subject.every((w) => /^[\w'’.&-]+$/.test(w) && !NOT_NOUN.test(w) || /^(?:the|a|an|its|his|her|their|our)$/i.test(w));
    return ok ? subject.join(' ') : '';
  }
  return '';
}

/** The title with its subject cut to the name just before the verb, or to the subject's head; unchanged if neither is found. */
function withShortSubject(t: string): string {
  const words = t.split(' ');
  const v = words.findIndex((w, i) => i >= 3 && (isVerb(w) || IRREGULAR_PAST.has(w)));
  if (v < 0) return t;
  let j = v;
  while (j > 0 && v - j < 5 && /^[A-Z]/.test(words[j - 1]) && !/[,;:]$/.test(words[j - 1])) j--;
  let subject = words.slice(j, v);
  if (subject.length < 2) {
    const end = words.findIndex((w, i) => i >= 1 && (/,$/.test(w) || /^and$/i.test(words[i + 1] ?? '')));
    if (end < 1 || end >= v) return t;
    subject = words.slice(0, end + 1);
  }
  return [...subject, ...words.slice(v)].join(' ').replace(/,(?= )/, '');
}

// An irregular past VERB_LIKE leaves out ("spent", "fled", "swore"): the tables simplePast reads.
const IRREGULAR_PAST = new Set([...SAME_PAST, ...Object.values(PAST_OF)]);

// An aside after the subject, set off by commas, up to the comma before its verb: a noun phrase ("Smith, a
// lawyer at the firm, says"), or a participle that places it ("the town, located 40 km north of the capital, has").
// Anchored at the start, with words of bounded length, so it is tried once and reads a bounded stretch.
const BY_THEN_ASIDE = /^([A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,4}|(?:[Tt]he|[Aa]n?)\s+[a-z][\w'’-]{0,30}(?:\s+[a-z][\w'’-]{0,30}){0,2}),\s+(?:by\s+then|then|by\s+now|now|long|still)\s+[a-z]{3,20}(?:ed|en)\b[^,;]{0,90},\s+(?=[a-z])/;
// A subject, then an aside set off by commas that says what or where it is ("Greta Holm, a clerk from Oss, …").
const SUBJECT_THEN_ASIDE = String.raw`^([A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,4}|(?:[A-Za-z][\w'’-]{0,30}\s+){0,6}[a-z][\w'’-]{0,30}),\s+(?:(?:a|an|the)\s|(?:located|based|situated|headquartered|born|aged)\s)[^;]{1,90}?,\s+`;
const SUBJECT_ASIDE = new RegExp(String.raw`${SUBJECT_THEN_ASIDE}(?=(?:says|said|has|have|had|is|are|was|were|will|would|can|could|[a-z]{3,}ed)\b)`);
/**
 * The clause without an aside between its subject and an irregular past, which no ending tells for a verb and the
 * tags may not ("Greta Holm, a clerk from Oss, swam the strait" → "Greta Holm swam the strait"); null if none.
 */
function withoutAsideBeforePast(clause: string): string | null {
  const m = SUBJECT_ASIDE_BEFORE_WORD.exec(clause);
  return m && IRREGULAR_PAST.has(m[2]) ? `${m[1]} ${clause.slice(m[0].length)}` : null;
}
const SUBJECT_ASIDE_BEFORE_WORD = new RegExp(String.raw`${SUBJECT_THEN_ASIDE}(?=([a-z]{3,20})\b)`);

/**
 * The title of a clause, both passes: the patterns' (titleDraft) and the tagger's (finishTitle).
 */
export function makeTitle(clause: string, opts: { telling?: boolean } = {}): string {
  const drafted = titleDraft(clause, opts);
  return finishTitle(drafted.title, drafted);
}

/**
 * A title as the patterns drafted it, with the clause it was made from (the date words and asides already out,
 * bounded): the tagger's pass makes a fragment again from that clause. Extraction drafts a title for every dated
 * clause but keeps only the first events of a long text (events.ts, keeper), so a draft carries this until its
 * title is finished, or dropped.
 */
export interface TitleDraft {
  title: string;
  clause: string;
  /** The event is the telling itself (titleDraft's `telling`), not what was told: its title keeps who told. */
  telling?: boolean;
}

/**
 * The tagger's pass over a drafted title (title-syntax.ts): 3 to 10 words with a verb, never a fragment, made
 * again from the clause it was drafted from (`drafted`) when it is one. A title joined of two ("Deadline: …",
 * "…: the date it moves from") is finished by its drafted part.
 */
export function finishTitle(title: string, drafted?: TitleDraft): string {
  const finished = finishedTitle(title, drafted);
  if (!drafted || title !== drafted.title) return finished;
  return toldAfterTelling(drafted.telling ? tellerKept(finished, drafted) : finished, drafted);
}

/**
 * A telling's title cut after its telling verb and whom it told ("Mayor told the committee", of "Mayor told the
 * committee that the bridge would close"): it says that someone spoke, not what they said. Told again with the told
 * clause's own title, fitted to ten words, as tellerKept does; `finished` unchanged when that does not fit whole.
 */
function toldAfterTelling(finished: string, drafted: TitleDraft): string {
  const ends = TELLING_ENDS.exec(finished);
  if (!ends || ends[1].split(' ').slice(1).some(patternVerb)) return finished;
  const [, teller, telling] = ends;
  const lower = drafted.clause.toLowerCase();
  const at = lower.indexOf(` ${telling.toLowerCase()} `);
  // Who told is the clause's own subject, as the title has it ("Mayor Mervyn Drake" or the end of "Its chair, Ann Lee").
  // So is a name set off by commas before the verb ("Its chair, Wilna Prewett, told"), or one with its post set off after it
  // ("Wilna Prewett, the club's chair, told").
  const who = teller.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  const before = at < 0 ? '' : lower.slice(0, at).replace(/[\s,]+$/, '');
  if (at < 0 || !(before.endsWith(who) || (before.startsWith(`${who}, `) && !/[;:]/.test(before)))) return finished;
  const rest = drafted.clause.slice(at + telling.length + 2).replace(/^that\s+/i, '');
  // What follows whom it told opens the told clause, not a phrase of place or time still about the telling.
  if (PHRASE_OPENER.test(rest.split(' ', 1)[0]) || rest.split(' ').length < MIN_WORDS) return finished;
  // Too long whole, what was told is cut at a phrase's end within the words the teller leaves, its subject kept; a
  // teller named with a rank or post before the name ("Chief Inspector Ann Lee") is told by the name alone.
  const told = makeTitle(rest);
  if (told.endsWith('…')) return finished;
  const first = told.split(' ', 1)[0];
  const names = teller.split(' ');
  const short = names.length > 2 && names.every((w) => /^[A-Z]/.test(w)) ? names.slice(-2).join(' ') : null;
  // Capitalised as a title opens, the told subject takes its case and its article in the clause back ("told the
  // committee the bridge"); the article goes before any word of the told clause does.
  const article = /^(?:the|a|an)\s+/i.exec(rest)?.[0] ?? '';
  const lowered = /^[a-z]/.test(rest.slice(article.length)) || QUOTE_OPENING_WORD.test(first);
  const whole = toldWhole(teller, telling, rest);
  const lead = `${teller} ${telling} `;
  if (whole) return lowered && whole.startsWith(lead) ? lead + whole.charAt(lead.length).toLowerCase() + whole.slice(lead.length + 1) : whole;
  for (const art of article ? [article, ''] : ['']) {
    for (const who of short ? [teller, short] : [teller]) {
      const budget = MAX_WORDS - who.split(' ').length - telling.split(' ').length - (art ? 1 : 0);
      const cut = budget >= MIN_WORDS ? fittedTitle(told, budget) : '';
      if (!cut || cut.split(' ').length > budget || !cut.startsWith(`${first} `) || !fitsWhole(cut) || !titleHasVerb(cut, patternVerb)) continue;
      return `${who} ${telling} ${art}${lowered ? cut.charAt(0).toLowerCase() + cut.slice(1) : cut}`;
    }
  }
  return finished;
}
// A title ending on its telling, or on whom it told ("Mayor told the committee").
const TELLING_ENDS = new RegExp(String.raw`^(.{1,80}?)\s((?:told|tells)(?:\s[^\s,;:]+){1,3}|${TELLING_VERB_RE})$`, 'i');

/** Teller, telling verb and the told clause's own title within ten words, the told subject kept; null if no fit. */
function toldWhole(teller: string, telling: string, toldClause: string): string | null {
  const told = makeTitle(toldClause);
  if (!titleHasVerb(told, patternVerb) || told.endsWith('…')) return null;
  const made = fittedTitle(`${teller} ${telling} ${told}`);
  const rest = made.startsWith(`${teller} ${telling} `) ? made.slice(teller.length + telling.length + 2) : '';
  // What was told keeps its subject: the fit may not cut it away ("Company said was last performed").
  const subject = told.split(' ', 1)[0].toLowerCase();
  return rest.toLowerCase().startsWith(subject) && fitsWhole(made) && titleHasVerb(rest, patternVerb) ? made : null;
}

// A telling ending the words before a colon, a quotation (its marks gone) after it: who told may hold asides.
// Not a quotation that opens on a clause leading into its main one ("said: When we began, …"), whose title would be
// that clause alone.
const TELLING_COLON = new RegExp(
  String.raw`^([^:;]{1,120}?\s${TELLING_VERB_RE}):\s+(?!(?:when|whenever|while|once|as|until|since|if|because|although|though|before|after|what|where|how|why|whether|unless)\b)([A-Z0-9][\w'’-]*)`,
  'i',
);
const QUOTE_OPENING_WORD = new RegExp(String.raw`^(?:${SUBJECT_DETERMINER}|we|us|it|they|them|he|she|you|your|my|me|this|that|these|those|there|some|somebody|someone|something|everyone|everybody|everything|every|each|all|no|nobody|nothing|none|both|many|most|one)$`, 'i');

// A teller of one to eight words with no mark inside (no aside of its own), its telling verb ("said", "told
// reporters") and what it told.
const TELLER_TOLD = new RegExp(String.raw`^((?:[^\s,;:]+\s){0,7}?[^\s,;:]+)\s(${TELLING_VERB_RE})\s(?:that\s)?(\S.*)$`, 'i');

/**
 * A telling's title that the tagger's pass left without its telling ("Launch director Anna Vell" or "Left booster cut
 * out early", of "Launch director Anna Vell said the left booster cut out early"): the telling and what it
 * told are two events, and titled alike, or by the teller alone, the telling reads as the told happening or as no
 * happening. Told again as teller, telling verb and the told clause's own title, fitted to ten words; `finished`
 * unchanged when that keeps no verb after the telling or does not fit.
 */
function tellerKept(finished: string, drafted: TitleDraft): string {
  const draft = TELLER_TOLD.exec(drafted.title);
  if (!draft || finished.split(' ').includes(draft[2].split(/\s+/)[0])) return finished;
  const clause = TELLER_TOLD.exec(drafted.clause);
  if (!clause || clause[2] !== draft[2]) return finished;
  const teller = draft[1];
  if (teller.split(' ').slice(1).some(patternVerb)) return finished;
  return toldWhole(teller, draft[2], clause[3]) ?? finished;
}

function finishedTitle(title: string, drafted?: TitleDraft): string {
  // "The bell, cast" (of "The bell, cast in 1561, was sent …"): a noun phrase and the participle set off after it,
  // its date gone, is the passive it stands for ("The bell was cast").
  // Only a participle alone or with its agent: one with a phrase after it may be an active past ("The engineer,
  // worked on the broadcast"), and a noun phrase holding a verb is a clause ("The paper survived, passed …").
  const aside = NOUN_THEN_PARTICIPLE.exec(title);
  if (drafted && title === drafted.title && aside && isParticiple(aside[2].split(' ')[0]) && /^\S+(?:\s+by\s.*)?$/.test(aside[2]) && !aside[1].split(' ').slice(1).some(patternVerb)) {
    const told = participleAside(aside[1], aside[2]);
    if (told !== `${aside[1]} ${aside[2]}` && told.split(' ').length <= MAX_WORDS) return told;
  }
  if (drafted && title === drafted.title) {
    const made = oneClause(shapeTitle(title, drafted.clause, patternVerb));
    // "My aunt told me was last painted": the tagger's cut kept whom a telling told and the told clause's verb, not
    // that clause's subject. The drafted title, cut at a phrase's end, keeps it ("My aunt told me the old pier was
    // last painted").
    if (toldPastItsSubject(made)) {
      const fitted = fittedTitle(title);
      if (fitsWhole(fitted) && !toldPastItsSubject(fitted) && titleHasVerb(fitted, patternVerb) && runOf(fitted, drafted.clause) && !secondCopula(fitted)) return fitted;
    }
    // "Ruth Calloway of the agency, Department of Homeland Security, named …": cut at the aside's comma, the title
    // is its subject alone; made again without the asides, it has its verb.
    // "Walker from village, Ines Marrow, found …": a name set off after a noun phrase says who; told with it, the
    // title keeps the noun phrase and the aside ("Ines Marrow found …").
    // The same verb after the name: "said it sent" stays a telling, not "Corvane Aero sent".
    // Not a name that belongs to an agent or an object in the noun phrase ("A formal opening by the board's chairman,
    // Sir Tancred Wrathall, is planned"): the name is the phrase's own only after phrases of place or belonging.
    const found = NAME_SET_OFF.exec(drafted.clause);
    const setOff = found && !NOT_OWN_NAME.test(found[0].slice(0, found[0].length - found[1].length - 4)) ? found : null;
    const named = setOff && !made.startsWith(setOff[1]) ? withoutAsides(drafted.clause) : null;
    if (setOff && named?.startsWith(setOff[1])) {
      const own = makeTitle(named);
      const verb = drafted.clause.slice(setOff[0].length).split(' ', 1)[0];
      if (own.startsWith(`${setOff[1]} ${verb} `) && titleHasVerb(own, patternVerb) && own.split(' ').length <= MAX_WORDS && !own.endsWith('…')) return own;
    }
    // "Second medical, at a clinic in Berrow, was passed": a phrase of place set off after the subject, kept whole in
    // a short title, goes as it does from a long one ("A second medical was passed").
    const placed = made.includes(', ') ? PLACE_SET_OFF.exec(drafted.clause) : null;
    const unplaced = placed ? withoutAsides(drafted.clause) : null;
    if (placed && unplaced) {
      const own = makeTitle(unplaced);
      const verb = drafted.clause.slice(placed[0].length).split(' ', 1)[0];
      if (own.split(' ').slice(1).includes(verb) && !own.includes(',') && titleHasVerb(own, patternVerb) && own.split(' ').length <= MAX_WORDS && !own.endsWith('…')) return own;
    }
    if (titleHasVerb(made, patternVerb)) return made;
    const plain = withoutAsides(drafted.clause) ?? withoutAsideBeforePast(drafted.clause);
    const whole = plain ? makeTitle(plain) : '';
    // Told whole, the clause may run past ten words: it is cut at a phrase's end.
    const again = whole.split(' ').length > MAX_WORDS && !whole.endsWith('…') ? fittedTitle(whole) : whole;
    if (again && titleHasVerb(again, patternVerb) && again.split(' ').length <= MAX_WORDS && !again.endsWith('…')) return again;
    // Too long to tell whole, it is told by its subject, verb and object ("Ilse Brandvik told reporters", not "Its
    // leader, Ilse Brandvik").
    const parts = plain ? clauseParts(plain) : null;
    // A telling's object is the told clause's subject ("Mrs Orrisey said a gale", of "… said a gale had already cost
    // the club its boats"): with no room for the teller, what was told is the title; the evidence says who told it.
    // Not when the event is the telling itself: its title keeps who told.
    const told = parts?.tells && plain && !drafted.telling ? toldWithoutTeller(plain) : null;
    if (told) return told;
    const core = parts ? `${parts.subject} ${parts.verbs}${parts.object ? ` ${parts.object}` : ''}` : '';
    return core.split(' ').length >= 3 && core.split(' ').length <= MAX_WORDS ? capitalise(core.replace(/^(?:the|a|an)\s+/i, '')) : made;
  }
  const colon = title.indexOf(': ');
  if (colon > 0) {
    const head = title.slice(0, colon);
    const tail = title.slice(colon + 2);
    const isDrafted = (part: string) => !!drafted && part === drafted.title;
    if (isDrafted(head) || (!isDrafted(tail) && head.length >= tail.length)) return `${finishTitle(head, drafted)}: ${tail}`;
    return `${head}: ${finishTitle(tail, drafted)}`;
  }
  return oneClause(shapeTitle(title, title, patternVerb));
}

// "told me", "tells them": a telling and an object pronoun for whom it told, then the next word.
const TOLD_PRONOUN_NEXT = /\b(?:told|tells)\s+(?:me|him|her|us|them|you)\s+([a-z]+)\b/i;
/**
 * Whether what a "told me" title told runs on to a second verb of being after its own verb ("told him he robbed people
 * is on fire"): a clause its draft lost the middle of, no cut of one.
 */
function secondCopula(title: string): boolean {
  const at = TOLD_PRONOUN_NEXT.exec(title);
  const words = at ? title.slice(at.index + at[0].length - at[1].length).split(/\s+/) : [];
  const verb = words.findIndex((w) => patternVerb(w) || isOneOf(w, BE_HAVE_AUXILIARIES, MODALS));
  return verb >= 0 && words.slice(verb + 2).some((w) => /^(?:is|are|was|were)$/i.test(w));
}
/** Whether `part`'s words, "the" and "that" aside, run on in `whole` as they stand: a cut, not words picked apart. */
function runOf(part: string, whole: string): boolean {
  const words = (t: string) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ').split(/\s+/).filter((w) => w && w !== 'the' && w !== 'that').join(' ')} `;
  return words(whole).includes(words(part));
}
/** Whether a title goes from whom a telling told straight on to a verb ("told me was painted"): the told subject is cut. */
function toldPastItsSubject(title: string): boolean {
  const next = TOLD_PRONOUN_NEXT.exec(title)?.[1];
  return !!next && (patternVerb(next) || isOneOf(next, BE_HAVE_AUXILIARIES, MODALS));
}

// A personal pronoun subject, which opens a title capitalised as it is.
export const PERSONAL_PRONOUN = /^(?:he|she|they|we)$/i;

/**
 * What a telling told, titled alone: its own subject, its verb, within ten words; null when the clause is no
 * "<teller> said <clause>" or what it told is no whole title.
 */
function toldWithoutTeller(clause: string): string | null {
  const told = TELLER_TOLD.exec(clause);
  if (!told) return null;
  const made = makeTitle(told[3]);
  const words = made.split(' ');
  // What was told keeps its own subject's first word (an article aside): not a title cut to its predicate.
  const first = told[3].split(/\s+/).find((w) => !/^(?:the|a|an)$/i.test(w)) ?? '';
  // A pronoun subject ("said she woke …") is told of someone the title would have to name, most often the teller.
  if (PERSONAL_PRONOUN.test(first) || /^(?:it|i|you)$/i.test(first)) return null;
  const subjectKept = words.some((w, i) => i < 2 && w.toLowerCase() === first.toLowerCase());
  return subjectKept && !made.endsWith('…') && words.length >= MIN_WORDS && titleHasVerb(made, patternVerb) ? tenWordsAtMost(made, null) : null;
}

// A noun phrase, then a name of two to four words set off by commas: "Farmer in Eskell, Per Lund, was killed".
// A noun phrase, then a phrase of place set off by commas before the verb: "second medical, at a clinic in Berrow, was".
const PLACE_SET_OFF = /^[A-Za-z][^,;:]{2,60}, (?:at|near|inside|outside|in (?=the |a |[A-Z])) [^,;:]{2,60}, (?=[a-z])/;
const NOT_OWN_NAME = /\b(?:by|with|to|against|about|after|before|over|under|than)\s/i;
const NAME_SET_OFF = /^[A-Za-z][^,;:]{2,60}, ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}), (?=[a-z])/;

const NOUN_THEN_PARTICIPLE = /^((?:The\s+|A\s+|An\s+)?[A-Za-z][\w'’-]{0,30}(?:\s[a-z][\w'’-]{0,30}){0,3}),\s([a-z]{3,20}(?:\s[^,;:]{1,80})?)$/;

/** A word the patterns take for a verb: one VERB_LIKE or HEAD_VERB knows, or an irregular past. */
export const patternVerb = (w: string) => isVerb(w) || IRREGULAR_PAST.has(w);

/** A draft's title and what the tagger's pass finishes it from (draft.ts, Draft.drafted). */
export function titled(clause: string, opts: { telling?: boolean } = {}): { title: string; drafted: TitleDraft } {
  const drafted = titleDraft(clause, opts);
  return { title: drafted.title, drafted };
}

/** The patterns' title of a clause, without the clause it was made from (for a note that quotes it). */
export function draftTitle(clause: string, opts: { telling?: boolean } = {}): string {
  return titleDraft(clause, opts).title;
}

// The marks closing a clause; the point of "p.m." or "a.m." is the abbreviation's ("due to start at 2 p.m.").
// Found as a run, then the abbreviation checked: one pattern for both can match empty, so it was tried at every
// position of the text, and its "$1" took the slow replace; this way the 100,000-paragraph adversarial case is 2-4 %
// faster.
const CLOSING_MARKS = /[\s,;:.]+$/;
const AM_PM_END = /(?<!\w)[ap]\.m\.$/;

function withoutClosingMarks(text: string): string {
  const at = CLOSING_MARKS.exec(text)?.index ?? text.length;
  return text.slice(0, AM_PM_END.test(text.slice(Math.max(0, at - 4), at + 1)) ? at + 1 : at);
}

/**
 * The patterns' title of a clause. `telling`: the event is the telling itself ("The mayor said on Tuesday that …"),
 * so the teller and the telling verb stay ("Mayor said it would reopen the line"), with what was told after them.
 * The steps in turn: the clause read as plain words, what leads into it cut, the telling around it told, the asides
 * a long clause can spare cut, and what is left cut to a title's length.
 */
export function titleDraft(clause: string, opts: { telling?: boolean } = {}): TitleDraft {
  const told = withoutComparedGap(simplePast(withoutTelling(withoutLeadIns(plainWords(clause)), opts))).replace(SEQUENCE_ADVERBS, '');
  // The clause as the cuts to length find it: the tagger's pass (finishTitle) makes a fragment again from it.
  const clauseLeft = withoutLoneEver(withoutClosingMarks(withoutSpareAsides(told)
    // "The second was published": an article before an adjective that is the subject's head stays.
    .replace(/^(?:the|a|an)\s+(?=\S)(?!(?:first|second|third|fourth|fifth|sixth|last|next|same|other|former|latter|main|final|largest|biggest|smallest|oldest|youngest|eldest|latest|highest|lowest|longest|best|worst)\s+(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|should)\b)/i, ''),
  ).trim());
  const title = capitalise(dropDanglingWords(withoutClosingMarks(toTitleLength(clauseLeft))));
  return opts.telling ? { title, clause: bounded(clauseLeft), telling: true } : { title, clause: bounded(clauseLeft) };
}

/**
 * Bracketed asides out, innermost first. A bracket never spans another's opening, so a run of unclosed "(" costs
 * one pass, not a scan to the end from each of them (and "(a (b) c)" goes whole).
 */
function withoutBrackets(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/\([^()]*\)/g, '');
  }
  return out;
}

/**
 * A clause's opening words as plain text: read only so far (TITLE_SOURCE), bracketed asides and quotation marks
 * out. A clause thousands of characters long (text that is no prose) need not be scanned whole by each pattern.
 */
export function plainWords(clause: string): string {
  const space = clause.length > TITLE_SOURCE ? clause.lastIndexOf(' ', TITLE_SOURCE) : -1;
  return withoutBrackets(clause.length > TITLE_SOURCE ? clause.slice(0, space > 0 ? space : TITLE_SOURCE) : clause)
    // An editor's word in brackets ("[King] Fahd") is read as written; brackets a date left empty go.
    .replace(/\[\s*\]/g, '')
    .replace(/\[([^\]]{1,40})\]/g, '$1')
    .replace(/["“”«»]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// A bare unit of time left opening a clause (withoutLeadIns), with the words that led into it, before a comma or the
// clause's own subject.
const TIME_UNIT_LEFT =
  /^(?:(?:for|within)\s+)?(?:hours|days|weeks|months|years|decades|minutes|moments)(?:\s+(?:later|earlier|afterwards))?(?:\s*,\s+|\s+(?=(?:he|she|they|we|i|it|the|a|an|his|her|their|its|our|my)\s))/i;
// A chronology entry's mark (lexicon's) left opening the clause once the date before it is cut.
const ENTRY_MARK = new RegExp(`^${ENTRY_MARK_RE}\\s*`);

/**
 * The clause without what only leads into it: an attribution, a dateline, a fronted phrase of time or circumstance,
 * a conjunction or linking adverb that ties it to the sentence before. A title stands alone.
 */
export function withoutLeadIns(text: string): string {
  // "Q:" and "A:" label an interview's question and answer; they are no part of what was done.
  let t = text.replace(/^[QA]:\s+/, '').replace(ATTRIBUTION_HEAD, '');
  // "1974: A bypass first appears …", "May 29 - A walker reports …": the mark after a chronology entry's date, the
  // date gone, only led into the entry.
  t = t.replace(ENTRY_MARK, '');
  // A dateline the importer did not set apart ("TULSA, Okla. -- The council …") is not part of the event.
  t = t.replace(LEADING_DATELINE, '');
  // "As an eerie reminder that …, one of the men was sighted": a fronted "as" phrase is no part of who did what.
  const asPhrase = /^as\s+(?:a|an|the)\s[^,;:]{1,100},\s+(?=\S)/i.exec(t);
  if (asPhrase && t.slice(asPhrase[0].length).split(/\s+/).length >= 3) t = t.slice(asPhrase[0].length);
  // "After the war he joined", "After 31 years in Aarby, he moved": a fronted phrase of time with no verb of its
  // own goes whole, before its "after" is taken for a conjunction opening the clause ("31 years moved back").
  const frontedTime = FRONTED_NOUN_PHRASE.exec(t);
  if (frontedTime && !holdsVerb(frontedTime[1].split(/\s+/)) && !frontedTime[1].split(/\s+/).some((w) => IRREGULAR_PAST.has(w))) t = t.slice(frontedTime[0].length);
  t = t.replace(/^(?:and|but|so(?!\s+far\b)|yet|then|when|after|as)\s+/i, '');
  t = t.replace(/^,\s*/, '');
  // "For years she was …", "Weeks later, they learned …": a phrase of time opening the clause, once its date words are
  // cut, can leave its bare unit, which no subject opens on before a pronoun or an article ("Years she was").
  // "Years of drought left …" is a subject and stays.
  t = t.replace(TIME_UNIT_LEFT, '');
  // "(and) that the board would meet": the "that" opening a told clause cut from its teller. Not the determiner
  // ("That agreement fell apart"), which a singular noun follows.
  t = t.replace(TOLD_THAT_OPEN, '');
  // A linking adverb opening the sentence ("Instead, …", "Meanwhile, …") ties it to the one before.
  t = t.replace(/^(?:instead|meanwhile|however|separately|moreover|furthermore|additionally|in\s+addition|in\s+turn|so\s+far|by\s+then|since\s+then),\s*/i, '');
  // "Officials said, in a statement, that …" aside, a fronted phrase of circumstance ("During the keynote, …",
  // "In a surprising move, …") is no part of who did what; left in, a cut at its comma leaves only it.
  const fronted = FRONTED_PHRASE.exec(t);
  if (fronted && t.slice(fronted[0].length).split(/\s+/).length >= 3) t = t.slice(fronted[0].length);
  // "Speaking by telephone, the skipper said …", "Reached at home, Mr Pellow said …": a participle phrase fronted
  // before a teller says how the telling was had, not who did what; left in, it lands after "said".
  const howTold = FRONTED_BEFORE_TELLER.exec(t);
  if (howTold && opensHowTold(howTold[0]) && t.slice(howTold[0].length).split(/\s+/).length >= 3) t = t.slice(howTold[0].length);
  // "Born, in the fishing village of Orsk, Vask was …": a participle phrase whose date was cut tells of the subject
  // after it ("Vask born in the fishing village of Orsk"), as it does with its date (events.ts, withSubject).
  if (/^[A-Z][a-z]{2,},\s/.test(t) && isParticiple(t.slice(0, t.indexOf(',')).toLowerCase())) t = withFrontedSubject(t);
  return t;
}

// A participle opening the clause, its phrase up to a comma, then a teller of up to four words (a name, a noun phrase
// with its article, a pronoun) and the telling: bounded, and the phrase stops at the first comma the teller follows.
const FRONTED_BEFORE_TELLER =
  /^[A-Z][a-z]+(?:ing|ed)\b[^;:]{0,120}?,\s+(?=(?:(?:[A-Z][\w'’.-]*\s+){1,4}|(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){1,3}|(?:he|she|they|we|i)\s+)(?:said|says|told|tells|added|recalled|explained)\b)/;

/**
 * Whether `phrase`, opening on a participle, is a participle phrase (and any aside after it) before a teller ("Speaking
 * by telephone", "Asked what he would do", "Passing sentence"), not a clause with a gerund for its subject ("Trading in
 * the first weeks has been in line", "Shipping resumed"): no verb after the participle, before a wh-word opening a
 * question of its own.
 */
export function opensHowTold(phrase: string): boolean {
  const verbal = (w: string) => patternVerb(w) || isOneOf(w, BE_HAVE_AUXILIARIES, MODALS, DO_AUXILIARIES) || /^(?:be|been)$/i.test(w);
  return phrase.replace(/[,\s]+$/, '').split(',').every((part, k) => {
    const words = part.trim().split(/\s+/).slice(k === 0 ? 1 : 0);
    // A question the participle asks is its phrase's own ("Asked what he would do"), up to its comma.
    const asked = k === 0 ? words.findIndex((w) => /^(?:what|how|why|whether|if|when|where|who|which)$/i.test(w)) : -1;
    return !words.slice(0, asked < 0 ? words.length : asked).some(verbal);
  });
}

/**
 * The clause with its telling told as a headline tells it: "X said it would …" as "X would …" (the teller is what
 * "it" stands for), "said that" without its "that", a telling set off inside the clause or closing it cut.
 */
export function withoutTelling(text: string, opts: { telling?: boolean } = {}): string {
  // "The warden said: We have mended the fence": a quotation after a colon is what was told, read as a told clause
  // is; kept at the colon, the title would be the teller and the telling alone.
  // Its first word keeps its capital only where it names someone or something: a pronoun or a determiner opened the
  // sentence quoted, not the title ("said we have mended").
  let t = text.replace(TELLING_COLON, (_, telling: string, first: string) => `${telling} ${QUOTE_OPENING_WORD.test(first) ? first.toLowerCase() : first}`);
  const said = SAID_THAT.exec(t);
  // "who had said it to her": a pronoun with a phrase after it, not a verb, is what was said, not who tells on.
  if (said && said[1].split(/\s+/).length <= 8 && !/^(?:to|for|at|in|on|from|with|about|again|before|after|twice|once)\b/i.test(said[4])) {
    const [, teller, verb, pronoun, rest] = said;
    // "it"/"they" after a teller is the teller ("The firm said it would close" → "Firm would close"), unless it
    // only opens a judgement ("said it was a mistake"); "he"/"she" may be anyone ("Police said he had fled"),
    // so the telling stays and the pronoun keeps who did it.
    // "it" is never a person: after one ("The club's chairman, Arne Falk, said it would …") it stands for what the
    // teller speaks for, the body owning the post when the teller names one ("Club would …"); else the telling stays.
    const person = /^it$/i.test(pronoun) && tellsAsPerson(teller);
    const body = person ? bodyOfTeller(teller) : null;
    if (/^(?:he|she)$/i.test(pronoun) || opts.telling || (person && !body)) t = `${teller} ${verb} ${pronoun.toLowerCase()} ${rest}`;
    else if (body && !/^(?:is|was|'s|’s|were|are)\b/i.test(rest)) t = `The ${body} ${rest}`;
    else if (!/^(?:is|was|'s|’s|were|are)\b/i.test(rest)) t = `${teller} ${rest}`;
    else t = `${teller} ${verb} ${pronoun.toLowerCase()} ${rest}`;
  }
  t = t.replace(HEADLINE_TELLING_THAT, '$1 ');
  // "The new ferry, he said, would sail": the telling set off inside the clause is no part of it.
  // One closing the clause before a conjunction ("…, the trust said, so the staff …") leaves its comma: the title is
  // cut there, not run on into the next clause.
  if (t.includes(',')) t = t.replace(TELLING_ASIDE, (aside: string, at: number, whole: string) => (CLAUSE_CONJUNCTION.test(whole.slice(at + aside.length)) ? ', ' : ' '));
  return t.replace(ATTRIBUTION_TAIL, '');
}

/**
 * The asides a clause too long for a title can spare, cut before it is cut to length: manner and purpose, a
 * relative clause, an aside inside the verb or after the subject. Cut at a boundary, such a clause would end on
 * its subject alone. What the subject was by then goes at any length.
 */
export function withoutSpareAsides(text: string): string {
  let t = text;
  // Manner and purpose asides ("without encountering resistance", "to prevent bloodshed") go first.
  if (t.length > MAX_TITLE) t = t.replace(/\s+(?:without|to prevent|to avoid|in order to|so as to)\s+[^,;]*?(?=\s+and\s+|[,;]|$)/gi, '');
  // A relative clause set off by commas ("Smith, who served in the navy, offers …") goes next, and then one
  // between a subject and its verb ("residents who sustained losses can apply").
  if (t.length > MAX_TITLE) t = t.replace(/,\s+(?:who|which)\s+[^,;]{1,120},\s+(?=[a-z])/g, ' ');
  if (t.length > MAX_TITLE) t = withoutSubjectRelative(t);
  // An aside set off by commas between a helping verb and its verb ("would, for the first time, cap") is no part of
  // who did what.
  if (t.split(' ').length > MAX_WORDS) t = t.replace(/\b(will|would|can|could|may|might|must|should|has|have|had)\s*,\s+(?:for|in|at|on|by|with|under|after|before|once|again)\b[^,;]{1,40},\s+(?=[a-z])/gi, '$1 ');
  // So does an aside that names or places the subject ("Smith, a lawyer at the firm, says …", "the town,
  // located 40 km north of the capital, has …").
  if (t.length > MAX_TITLE) t = t.replace(SUBJECT_ASIDE, '$1 ');
  // Or says what the subject was by then ("Holm, by then retired from the firm, led …"), whatever verb follows:
  // what it was is no part of what it did, at any length. Such an aside is set off by commas: without one the pattern
  // has nothing to find, and it backtracked through the title's opening words for every title to learn so.
  return t.includes(',') ? t.replace(BY_THEN_ASIDE, '$1 ') : t;
}

/** "residents who sustained losses can apply": the relative clause between a subject and its verb goes. */
/**
 * "left no stones that anyone could find": a relative clause with a subject of its own, after the clause's own
 * past verb, is the object's; its helping verb is its own, not the clause's, and nothing goes.
 */
function objectRelativeAfterVerb(all: string, at: number, relative: string): boolean {
  if (!/^\S+\s+(?:that|which)\s+(?:anyone|anybody|someone|nobody|everyone|he|she|they|we|i|you|it|the|a|an|his|her|their|its|our)\s/i.test(relative)) return false;
  return all.slice(0, at).split(/\s+/).slice(1).some((w) => IRREGULAR_PAST.has(w.toLowerCase()) || /^(?:is|are|was|were|has|have|had|did|does)$/i.test(w));
}

function withoutSubjectRelative(t: string): string {
  // The word before the pronoun starts where a word starts: without that, a long run of text with no spaces is tried
  // at every character for forty characters each (most of a megabyte-long line's cost).
  return t.replace(/(?<![^\s,;])([^\s,;]{1,40})\s+(who|which|that)\s+[^,;]{1,80}?\s+(?=(?:can|could|will|would|must|may|might|should|shall|is|are|was|were|has|have)\s)/, (whole, word: string, pronoun: string, at: number, all: string) =>
    // Not "to assure that everyone … has": after a verb, "that" opens what it says, not a relative clause; nor
    // after the one told and where ("told supporters in the capital that the result was …").
    // Nor after "and": "… and that talks would begin" is a second thing told.
    (/^that$/i.test(pronoun) && (isVerb(word) || THAT_VERB.test(word) || /^(?:and|or|but)$/i.test(word) || TOLD_WHOM.test(all.slice(Math.max(0, at - 60), at)))) || objectRelativeAfterVerb(all, at, whole) ? whole : `${word} `,
  );
}

/**
 * A clause cut to a title's length (MAX_TITLE): at a clause boundary that keeps a few words, with a short subject
 * for a long one, at the close of a phrase within ten words, or, failing all, at a word with an ellipsis.
 */
export function toTitleLength(text: string): string {
  let t = text;
  if (t.length > MAX_TITLE) {
    const cut = clauseBoundary(t);
    if (cut > 0) t = t.slice(0, cut);
  }
  // A subject too long to leave its verb within ten words ("Three fire engines, a rescue boat and volunteers
  // from the sailing club have been sent …"): the name just before the verb, or the subject's head, stands for it.
  if (t.length > MAX_TITLE && !holdsVerb(t.split(' ').slice(0, MAX_WORDS))) t = withShortSubject(t);
  // Still too long to show whole: end at the close of a phrase within ten words, before a preposition or a
  // conjunction, not mid-phrase with an ellipsis.
  if (t.length > MAX_TITLE) t = atPhraseEnd(t);
  if (t.length > MAX_TITLE) {
    const space = t.lastIndexOf(' ', MAX_TITLE - 1);
    t = `${t.slice(0, space > 20 ? space : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`;
  }
  return t;
}

/** The first clause boundary (CUT_AT) that keeps at least a few words, or an "and" after a verb; -1 when none. */
function clauseBoundary(t: string): number {
  let cut = -1;
  for (const m of t.matchAll(CUT_AT)) {
    if (m.index! >= 20 && m.index! <= MAX_TITLE) cut = cut < 0 ? m.index! : cut;
  }
  if (cut >= 0) return cut;
  // Not where "and" joins the subject's parts ("Five helicopters and two planes | were sent").
  const and = t.indexOf(' and ', 20);
  return and > 0 && and <= MAX_TITLE && holdsVerb(t.slice(0, and).split(' ')) ? and : -1;
}

/**
 * A gerund clause a date hangs on ("… in poor health since suffering a stroke in 1995"), told with the subject of
 * the clause it belongs to, in the past: "King suffered a stroke". `mainTitle` is that clause's own title. Null
 * when the clause is no gerund, or no subject is found.
 */
export function gerundTitle(sub: string, mainTitle: string): TitleDraft | null {
  const m = /^([a-z]{2,})ing\s+(\S.*)$/.exec(sub.trim());
  if (!m) return null;
  const words = mainTitle.split(' ');
  const v = words.findIndex((w, i) => i >= 1 && isVerb(w));
  if (v < 1 || v > 5 || words.slice(0, v).some((w) => /[,;:]$/.test(w) || NOT_NOUN.test(w))) return null;
  return titleDraft(`${words.slice(0, v).join(' ')} ${pastOfGerund(m[1])} ${m[2]}`);
}

const GERUND_PAST: Record<string, string> = table({
  tak: 'took', mak: 'made', winn: 'won', los: 'lost', leav: 'left', becom: 'became', giv: 'gave', meet: 'met', hold: 'held',
  runn: 'ran', gett: 'got', be: 'was', hav: 'had', com: 'came', go: 'went', see: 'saw', buy: 'bought', sell: 'sold',
  build: 'built', send: 'sent', spend: 'spent', pay: 'paid', tell: 'told', say: 'said', find: 'found', beginn: 'began',
  writ: 'wrote', break: 'broke', fall: 'fell', fight: 'fought', seek: 'sought', lead: 'led', flee: 'fled', bring: 'brought',
  think: 'thought', catch: 'caught', teach: 'taught', keep: 'kept', feel: 'felt', stand: 'stood', understand: 'understood',
  rid: 'rode', driv: 'drove', ris: 'rose', choos: 'chose', speak: 'spoke', steal: 'stole', know: 'knew', grow: 'grew',
  throw: 'threw', fly: 'flew', draw: 'drew', sitt: 'sat', shoot: 'shot', hitt: 'hit', putt: 'put', sett: 'set', cutt: 'cut',
  lett: 'let', strik: 'struck', swear: 'swore', wear: 'wore', bear: 'bore', forgett: 'forgot', undergo: 'underwent',
  withdraw: 'withdrew', overcom: 'overcame', undertak: 'undertook', lay: 'laid', hid: 'hid', sink: 'sank', freez: 'froze',
  beat: 'beat', cost: 'cost', shutt: 'shut', spread: 'spread', hurt: 'hurt', burst: 'burst', splitt: 'split', sweep: 'swept',
});

/**
 * The irregular simple past of a verb named by its bare form ("fall" → "fell", "meet" → "met", "sit" → "sat"), or
 * undefined when the verb is regular or unknown: the stem its -ing form is known by may drop an "e" or double a consonant.
 */
export function irregularPastOf(verb: string): string | undefined {
  const v = verb.toLowerCase();
  for (const stem of [v, v.replace(/e$/, ''), `${v}${v.slice(-1)}`]) if (Object.hasOwn(GERUND_PAST, stem)) return GERUND_PAST[stem] === v ? undefined : GERUND_PAST[stem];
  return undefined;
}

/** The simple past of a verb's -ing form: "leaving" → "left", "closing" → "closed". */
export const pastOfGerundForm = (word: string): string => pastOfGerund(word.toLowerCase().replace(/ing$/, ''));

function pastOfGerund(stem: string): string {
  if (GERUND_PAST[stem]) return GERUND_PAST[stem];
  // "studying" → "studied"; "stopping" → "stopped"; "retiring" → "retired"; "visiting" → "visited".
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}
