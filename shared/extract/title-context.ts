import { BE_HAVE_AUXILIARIES, BODY_NOUNS, COMMA_RELATIVE, countWords, DEFINITE_DETERMINER, HONORIFIC_ALTS, isCommonWord, isOneOf, isPastForm, isTellingWord, LEADING_ON_ALTS, MISHAP_AS_PAST, MODALS, MONTH_NAME_ALTS, MONTHS, NOUN_AS_PAST, NUMBER_WORD_RE, ORDINAL_WORD_ALTS, OWN_SUBJECT_WORDS, PART_OF_DAY_ALTS, PAST_PARTICIPLES, POST, REPORTING_VERBS, SEASON_NOUN_ALTS, SUBORDINATOR_ALTS, table, WEEKDAYS } from './lexicon';
import { DECISION_VERB, participle, VOTE_TALLY } from './anchor';
import { findDateline } from './dateline';
import { splitSentences } from './sentences';
import { agreeingAntecedent, antecedentOf, LEADING_DATELINE, makeTitle, pastOfGerundForm, PERSONAL_PRONOUN } from './title';
import { baseOfGerund, bodyOfTeller, type ClauseParts, clauseParts, fittedTitle, fitsWhole, MAX_WORDS, titleHasVerb, adjectiveBeforeNoun, namesNoCandidate, nounBeforeNoun, PERSON_NOUN, phraseFragment, RELATIVE_ASIDE, tellsAsPerson, tenWordsAtMost } from './title-syntax';
import { lastMatchOf, matchesOf, patternOf } from './matches';

// Issue 8: a title says who did what. "She retired" says what, not who, when the article named her a sentence or
// a paragraph before: the pronoun opening a title is replaced with the person's name as the article last gave it
// ("Holloway retired"). Only "he", "she", "his" and "her" are read, and only a name the text shows is that
// person's: its honorific ("Mrs."), a kin noun before it ("her son, David"), or the first "he"/"she" after it says
// which, and a name of the other kind is passed over. Anything less sure keeps the pronoun.

// How far back a name is looked for: a few paragraphs of an obituary, never the whole of a long text.
export const LOOK_BACK = 2400;
// A title that opens on a person's pronoun: "She retired", "His father unified …".
export const OPENS_ON_PERSON = /^(?:He|She|His|Her)\s+(?=[a-z])/;

// Two to four capitalised words (a given name and a family name, "Aung San Suu Kyi"), or an honorific and one to
// three: the forms a person's name takes. Each word is bounded, so the scan reads each character a bounded number
// of times.
const NAME =
  /\b(?:(Mr|Mrs|Ms|Miss|Dr|Sgt|Capt|Col|Lt|Prof|Rev|Sir|Dame|Lady|Lord|King|Queen|Prince|Princess)\.?\s+)?([A-Z][a-z]{1,20}(?:-[A-Z]?[a-z]{1,20}|['’][A-Z][a-z]{1,20})?(?:\s+[A-Z][a-z]{1,20}(?:-[A-Z]?[a-z]{1,20}|['’][A-Z][a-z]{1,20})?){0,3})\b/g;

const MALE = table({ mr: 1, sir: 1, lord: 1, king: 1, prince: 1, father: 1, son: 1, husband: 1, brother: 1, nephew: 1, uncle: 1, grandson: 1, grandfather: 1, widower: 1 });
const FEMALE = table({ mrs: 1, ms: 1, miss: 1, dame: 1, lady: 1, queen: 1, princess: 1, sister: 1, daughter: 1, wife: 1, mother: 1, niece: 1, aunt: 1, granddaughter: 1, grandmother: 1, widow: 1 });
// A post before a name says it is a person's ("Forestry Minister Ana Petrovic"); the name is what follows it.

// Words that open a sentence or name a place, a body or a time, never a person.
const NOT_NAME = new Set(
  ('the a an in on at by for from with after before during since until when while as if but and or so yet this that these those there ' +
    'it its he she his her they their we our i my you your one two three four five six seven eight nine ten last next new old north south east ' +
    'west northern southern eastern western former colleagues officials police residents many some several most all both each every no ' +
    'river lake bridge gorge street road avenue square church cathedral hospital school college university institute institution ' +
    'agency ministry department council committee company corporation group party union association board court parliament ' +
    'government office service services bank fund federal national state city county valley island islands sound bay sea ' +
    'harbour harbor port mountain mountains park museum centre center station airport district province region republic kingdom ' +
    'emirates states nations united house senate army navy force forces corps club league cup prize medal award christmas easter democracy ' +
    // A question's helping verb opens its sentence capitalised: "Has Hollen been in touch?"
    'has have had is are was were did does do will would can could should may might must shall')
    .split(' '),
);

interface Mention {
  name: string;
  at: number;
  end: number;
  /** Which sentence of the text it is in. */
  sentence: number;
  /** "m", "f", or "" when the words around it do not say. */
  kind: string;
  /** Named as a relative of someone the text refers to with a pronoun ("her son, David"). */
  relative: boolean;
  /** Followed by "'s": a possessor ("Burma's capital"), seldom its sentence's subject. */
  possessor: boolean;
  /** Named as the teller of what is told ("said Ola Brenn", "Brenn said"). */
  teller: boolean;
}

// Where a sentence ends: not after an honorific's full stop ("Dr. Mirela Ostrova").
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“]?[A-Z])|\n\s*\n/g;
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Sgt|Capt|Gen|Col|Lt|Prof|Rev|Jr|Sr|[A-Z])$/;

/**
 * Where the sentences of `text` end, the first `most` of them: a full stop after "Dr" or an initial ends none. A caller
 * that needs only the first end or two stops there, not at the end of a text that may run to the article's end.
 */
function sentenceEnds(text: string, most = Infinity): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m: RegExpExecArray | null; out.length < most && (m = SENTENCE_END.exec(text)); ) {
    if (!ABBREVIATION.test(text.slice(Math.max(0, m.index - 5), m.index))) out.push(m);
  }
  SENTENCE_END.lastIndex = 0;
  return out;
}
// Words before a place or a body ("in Ashford", "known as Saudi Arabia"), never before a person the text goes on about.
const PLACE_BEFORE = /\b(?:the|in|at|near|from|to|into|of|for|outside|across|as)\s+$/i;
// A lower-case word after a name that is no verb or function word: the noun the name describes.
const NOUN_AFTER = /^ (?!(?:and|or|but|of|in|on|at|to|for|from|with|by|as|is|was|were|are|has|had|have|will|would|can|could|said|says|who|which|that)\b)[a-z]{3,}(?<!ed)\b/;
// What the words around a name say of a person: a telling ("said Lang", "Lang said"), an age ("Okafor, 41,", "Moberg
// was 60"), a life's turns ("died", "married"), "who" ("Quinn, who"), or an aside naming what they are ("a local
// businesswoman, Mira Hale", "Lang, an engineer", "Strenn, designer of"); a verb with "his" or "her" after it.
const PERSON_BEFORE = /(?:\b(?:said|says|told)\s+|\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z'’-]{2,20}\s+){0,3}[a-z]{3,20},\s+)$/;
const PERSON_AFTER = /^(?:,\s+(?:who\b|\d{1,3},|(?:a|an|the)\s|[a-z]{3,20}\s+(?:who|of)\b)|\s+(?:(?:said|says|told|is\s+an?|was\s+an?|died|dies|married)\b|was\s+\d|[a-z]{3,20}\s+(?:his|her)\b))/i;

/** The people named in `text`, in reading order, with what the words around each say of them. */
export function mentions(text: string, own = text.length): Mention[] {
  const sentenceAt = sentenceIndex(text);
  const out: Mention[] = [];
  // A name the text puts after "in" or "the" anywhere is a place or a body wherever it stands ("Saudi Arabia").
  const places = new Set<string>();
  // Whole names read as places, and the family names of those the text goes on to show are people's after all.
  const placed: Mention[] = [];
  const placedPeople = new Set<string>();
  // Family names the text shows are people's.
  const people = new Set<string>();
  const plain = unquoted(text);
  // Only the text's own pronouns say a name is a person's: not one put after it to stand for the title's.
  const ownPlain = own < plain.length ? plain.slice(0, own) : plain;
  for (const m of text.matchAll(NAME)) {
    const n = readName(text, m);
    if (!n) continue;
    const { words, name, at, end } = n;
    const family = words[words.length - 1];
    if (readsAsPlace(text, n)) {
      places.add(family);
      if (words.length >= 2) placed.push({ name, at, end, sentence: sentenceAt(at), kind: '', relative: false, possessor: false, teller: false });
      continue;
    }
    // One word is a name only as the last word of a name given before it ("Holloway" after "Margaret Holloway").
    if (words.length < 2 && !n.honorific && !out.some((x) => x.name.split(/\s+/).pop() === family)) {
      // "… the kitchen table of Ilse Dornach. … Dornach grew up in Haller and learned English in her parents' house":
      // a whole name read as a place after "of" is a person's when its family name opens a sentence as the subject
      // the text's own "he" or "she" takes up.
      const whole = placed.find((x) => x.name.split(/\s+/).pop() === family);
      if (!whole || placedPeople.has(family) || !takenUp(text, ownPlain, at, end, text.length)) continue;
      placedPeople.add(family);
      people.add(family);
      out.push(whole);
    }
    const { mention, person } = personMention(text, n, sentenceAt(at), out);
    if (person) people.add(family);
    out.push(mention);
  }
  // The pronoun put after the text stands in its own sentence: a name opening that sentence as its subject, with no
  // sentence's end between, is taken up by it ("Nadia Ferrow won the title on Tuesday, when she drew her last game").
  // So is one opening the sentence just before, with no other name between: "Nadia Ferrow won the title on Tuesday.
  // On Wednesday she …" (takenUp reads no further than the sentence after the name's).
  const inOwnSentence = (x: Mention) => own < plain.length && sentenceEnds(plain.slice(x.end, own), 2).length <= 1;
  for (const x of out) if (subjectTakenUp(x, out, text, inOwnSentence(x) ? plain : ownPlain)) people.add(x.name.split(/\s+/).pop()!);
  const named = out.filter((x) => {
    const family = x.name.split(/\s+/).pop()!;
    return people.has(family) && (!places.has(family) || placedPeople.has(family));
  });
  withKinds(named, text, plain);
  return named;
}

/** Which sentence of `text` an offset is in, counted from 0. */
function sentenceIndex(text: string): (i: number) => number {
  const ends: number[] = [];
  for (const m of sentenceEnds(text)) ends.push(m.index!);
  return (i: number) => {
    let n = 0;
    while (n < ends.length && ends[n] < i) n++;
    return n;
  };
}

/** A name as `mentions` reads it: its words, an honorific or a post before it, where it stands and the words before. */
interface NameRead {
  honorific: string;
  words: string[];
  /** Where a post ("President") stood among the words matched, or -1. */
  post: number;
  name: string;
  at: number;
  end: number;
  before: string;
}

/** The name a NAME match holds, without a heading's words, a sentence's opening word or a post before it; null for none. */
function readName(text: string, m: RegExpMatchArray): NameRead | null {
  const honorific = m[1]?.toLowerCase() ?? '';
  // A heading's words run on into the paragraph's first name ("… of Skerry Ness\n\nMagnus Orr"): only the name
  // after the break is read.
  let words = m[2].split(/\n\s*\n/).pop()!.trim().split(/\s+/);
  // A sentence's opening word is capitalised whatever it is: "After Holloway" is "Holloway".
  while (words.length && !honorific && isNotName(words[0])) words.shift();
  const post = words.findLastIndex((w) => POST.has(w.toLowerCase()));
  if (post >= 0) words = words.slice(post + 1);
  if (!words.length || words.some(isNotName)) return null;
  const name = honorific ? m[0] : words.join(' ');
  const end = m.index! + m[0].length;
  const at = honorific ? m.index! : end - name.length;
  return { honorific, words, post, name, at, end, before: text.slice(Math.max(0, at - 60), at) };
}

/** Whether the words before a name make it a place or a body ("in Ashford"), not a person. */
function readsAsPlace(text: string, n: NameRead): boolean {
  // "cheered as Orrel, 54, climbed": an age after the name says a person, whatever word is before it.
  // "the Orlen collection", "the Lattery family": a name between "the" and a noun is that noun's modifier, no place.
  const modifier = /\bthe\s+$/i.test(n.before) && NOUN_AFTER.test(text.slice(n.end, n.end + 24));
  return !n.honorific && n.post < 0 && !modifier && PLACE_BEFORE.test(n.before) && !/^,\s+\d{1,3},/.test(text.slice(n.end, n.end + 8));
}

/** A person's name as a mention (`earlier`, the mentions before it), and whether its own words say it is a person's. */
function personMention(text: string, n: NameRead, sentence: number, earlier: Mention[]): { mention: Mention; person: boolean } {
  const { honorific, name, at, end, before } = n;
  const family = n.words[n.words.length - 1];
  // "her son, David,": the kin noun says who, and that the name is someone else's relative.
  const kin = /\b(his|her|their)\s+([a-z]+),\s+$/i.exec(before);
  const noun = kin?.[2].toLowerCase() ?? '';
  const kind = MALE[honorific] || MALE[noun] ? 'm' : FEMALE[honorific] || FEMALE[noun] ? 'f' : '';
  const person = !!honorific || n.post >= 0 || !!kin || PERSON_BEFORE.test(before) || PERSON_AFTER.test(text.slice(end, end + 30));
  // "said Mira Holt, who worked in her office": a name whose own relative clause has a "his" or "her" is told
  // through another person of that kind, as "her son, David" is: the text goes on about that other person.
  // Not a name the text has gone on about already: "Venn, who signed his first contract …" is his own.
  const through = WHO_THROUGH.exec(text.slice(end, end + 100)) && !earlier.some((y) => !y.relative && y.name.split(/\s+/).pop() === family);
  const teller = /\b(?:said|says|told)\s+$/.test(before) || /^,?\s+(?:said|says|told)\b/.test(text.slice(end, end + 12));
  return { mention: { name, at, end, sentence, kind, relative: !!kin || !!through, possessor: /^['’]s\b/.test(text.slice(end)), teller }, person };
}

/**
 * Gives each person `mentions` found whose words leave their kind open the kind the text's pronouns say: in place,
 * as a mention's `kind`. `plain` is `text` with its quotations blanked.
 */
function withKinds(named: Mention[], text: string, plain: string): void {
  // A name the words around it leave open is of the kind of the first "he" or "she" after it, before a later
  // sentence names someone else (a relative named through a pronoun, "her son, David", is that person's own). Not "his" or "her", which may be anyone's ("said Peter Lang, who worked under her").
  for (const x of named) {
    if (x.kind) continue;
    const next = named.find((y) => y.sentence > x.sentence && !y.relative && !x.name.endsWith(y.name.split(/\s+/).pop()!));
    // Not a pronoun inside a quotation: a speaker's "he" or "she" is someone else ("“He never talked about it,” Orsk said").
    // Nor past "Reyl's wife,": the pronoun after a relative named through a possessive is the relative's.
    const stretch = plain.slice(x.end, next?.at ?? text.length);
    const pronoun = /\b(he|she|himself|herself)\b/i.exec(stretch);
    if (pronoun && !KIN_OF.test(stretch.slice(0, pronoun.index))) x.kind = /^(?:he|himself)$/i.test(pronoun[1]) ? 'm' : 'f';
  }
  // The same family name is the same person: a mention the words around leave open takes the kind its others agree on.
  for (const x of named) {
    if (x.kind) continue;
    const kinds = new Set(named.filter((y) => y.kind && y.name.split(/\s+/).pop() === x.name.split(/\s+/).pop()).map((y) => y.kind));
    if (kinds.size === 1) x.kind = [...kinds][0];
  }
}

/** Whether `at` opens a sentence: the text's start, after a sentence's end, a line break or a dateline's dash. */
function opensSentence(text: string, at: number): boolean {
  const k = at > 0 && /["“]/.test(text[at - 1]) ? at - 1 : at;
  let s = k;
  while (s > 0 && k - s < 8 && /[ \t]/.test(text[s - 1])) s--;
  if (s === 0 || text[s - 1] === '\n') return true;
  if (s === k) return false;
  const c = text[s - 1];
  const b = text[s - 2] ?? '';
  if (/[-–—]/.test(c)) return /\s/.test(b) || (/[-–—]/.test(b) && /\s/.test(text[s - 3] ?? ''));
  return /[.!?]/.test(c) || (/["”’]/.test(c) && /[.!?]/.test(b));
}
const PRONOUN_NEXT = /\b(?:he|she|his|her|it|its|they|their)\b/i;

/**
 * Whether a whole name opening its sentence as the subject ("Magnus Orr has climbed …") is taken up by "he", "she",
 * "his" or "her" as the first pronoun after it, before the next sentence ends and before any other name: the text
 * goes on about a person. A body's name is taken up by "it" or "they" ("Harlow Motors cut jobs. It said …").
 */
function subjectTakenUp(x: Mention, out: Mention[], text: string, plain: string): boolean {
  return x.name.split(/\s+/).length >= 2 && takenUp(text, plain, x.at, x.end, out.find((y) => y.at > x.end)?.at ?? plain.length);
}

/** Whether the name at `at`…`end` opens its sentence as the subject and the first pronoun after it, before `next`, is a person's. */
function takenUp(text: string, plain: string, at: number, end: number, next: number): boolean {
  // The subject's verb after it, or after an aside that says whose ("Ada Moss, whose boats …, died …").
  if (!opensSentence(text, at) || !/^(?:\s+[a-z]|,\s+whose\s)/.test(text.slice(end, end + 9))) return false;
  const ends = sentenceEnds(plain.slice(end, end + 600), 2);
  const reach = Math.min(next, plain.length, ends.length > 1 ? end + ends[1].index! : end + 600);
  const pronoun = PRONOUN_NEXT.exec(plain.slice(end, reach));
  return !!pronoun && /^(?:he|she|his|her)$/i.test(pronoun[0]);
}

const KIN_OF = /['’]s\s+(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|partner|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle)\b/i;
const WHO_THROUGH = /^,\s+who\s[^.;,"“”]{0,80}?\b(?:his|her)\b/i;
// A quotation, its marks included: its words blanked out, so that what is read after it keeps its place.
const QUOTATION = /["“][^"“”]{0,600}["”]/g;
const unquoted = (text: string) => text.replace(QUOTATION, (q) => ' '.repeat(q.length));

const isNotName = (w: string) => NOT_NAME.has(w.toLowerCase().replace(/['’]s$/, '')) || MONTHS[w.toLowerCase()] !== undefined || WEEKDAYS[w.toLowerCase()] !== undefined;

/**
 * Whether `title` names the one `name` names, by the whole name of two words or more: "his friend Ebbet Wyle" is
 * not Ebbet Wyle's friend. Not by the family name alone, which a wife or a son shares ("She married Tom Cossel").
 */
function ownClauseNames(title: string, name: string): boolean {
  if (!/\s/.test(name)) return false;
  const at = title.indexOf(name);
  return at >= 0 && !/\w/.test(title[at - 1] ?? '') && !/\w/.test(title[at + name.length] ?? '');
}

/**
 * The title with its opening "He", "She", "His" or "Her" replaced by the person's name, the last one in `before`
 * (the article's text up to the clause) of that kind; unchanged when the text does not say who it is. A name given
 * as someone's relative ("Her daughter, Katya Ros, said …") is passed over.
 */
export function namedSubject(title: string, before: string): string {
  const opening = /^(He|She|His|Her)\s+(?=[a-z])/.exec(title);
  if (!opening) return title;
  const kind = /^(?:he|his)$/i.test(opening[1]) ? 'm' : 'f';
  const other = otherKindsClause(before, kind);
  if (other) return tenWordsAtMost(`${/^(?:his|her)$/i.test(opening[1]) ? `${other}'s` : other} ${title.slice(opening[0].length)}`, title);
  // The title's own pronoun follows the text before it: a name with no "he" or "she" between is of its kind. Not a
  // pronoun in a quotation, which is seldom of the name nearest it (its teller, often).
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  const quoted = (paragraph.match(/["“”]/g) ?? []).length % 2 === 1;
  const found = mentions(`${before.slice(-LOOK_BACK)}${quoted ? '' : ` ${kind === 'm' ? 'he' : 'she'}`}`, Math.min(before.length, LOOK_BACK));
  // The sentences before, the nearest first; within one, its names in reading order, its subject first ("Quinn,
  // who joined Rovers at 16, said he …").
  const timesNamed = (x: Mention) => found.filter((y) => y.name.split(/\s+/).pop() === x.name.split(/\s+/).pop()).length;
  const order = found.map((x, i) => i).sort((a, b) => found[b].sentence - found[a].sentence || +found[a].possessor - +found[b].possessor || a - b);
  for (const i of order) {
    const x = found[i];
    if (!x.kind) return title;
    if (x.kind !== kind) continue;
    // "Her daughter, Katya, said …": a relative named through the person's own pronoun is not who the text goes on about.
    if (x.relative) continue;
    // "…,” said Ola Brenn, the editor.": one named once, as the teller of a quotation, is a source the text quotes,
    // not who it goes on about when someone of the same kind is named three times or more.
    if (x.teller && timesNamed(x) === 1 && found.some((y) => y.kind === kind && !y.relative && timesNamed(y) >= 3)) continue;
    // "His friend Ebbet Wyle died", "He told Tavy Merrit": a name in the pronoun's own clause is someone else.
    if (ownClauseNames(title, x.name)) continue;
    const possessive = /^(?:his|her)$/i.test(opening[1]) ? `${x.name}'s` : x.name;
    const named = `${possessive} ${title.slice(opening[0].length)}`;
    // Ten words at most: the family name alone when the whole name does not fit.
    if (named.split(/\s+/).length <= MAX_WORDS) return named;
    const last = x.name.split(/\s+/).pop()!;
    const short = `${/^(?:his|her)$/i.test(opening[1]) ? `${last}'s` : last} ${title.slice(opening[0].length)}`;
    return tenWordsAtMost(short, title);
  }
  return title;
}

// A clause of its own opened by "He" or "She" (`OTHER_KIND_OPENING`), closing the text before the title's clause at a
// semicolon or a comma and "and" or "but" (`OTHER_KIND_CLOSE`): "She married the carpenter Ludo Vessey in 1958; he …".
const OTHER_KIND_OPENING = /^(He|She)\s+(?=\S)/;
const OTHER_KIND_CLOSE = /(?:;|,\s(?:and|but))\s+$/;
const SENTENCE_BREAK = /[.!?]\s+/g;
/**
 * The one name the clause just before names, when that clause's subject is a pronoun of the other kind than the
 * title's ("She married Ludo Vessey in 1958; he died in 2001"): the title's pronoun cannot be hers, so it is the name's.
 * Null when the clause names no one or more than one, or the name's own words say it is of the subject's kind.
 */
function otherKindsClause(before: string, kind: 'm' | 'f'): string | null {
  const tail = before.slice(-200);
  const stop = lastMatchOf(SENTENCE_BREAK, tail);
  const clause = stop ? tail.slice(stop.index + stop[0].length) : tail;
  const opening = OTHER_KIND_OPENING.exec(clause);
  const close = OTHER_KIND_CLOSE.exec(clause);
  if (!opening || !close || (opening[1] === 'He') === (kind === 'm')) return null;
  const body = clause.slice(opening[0].length, close.index);
  if (/[;:"“”]/.test(body)) return null;
  const names = [...body.matchAll(NAME)].filter((x) => !isNotName(x[2].split(/\s+/)[0]));
  if (names.length !== 1 || (names[0][1] && (kind === 'm' ? FEMALE : MALE)[names[0][1].toLowerCase()])) return null;
  return names[0][0];
}

// A name with an honorific before it ("Dr Ada Lisk"): a person's.
const HONOURED = new RegExp(`^(?:${HONORIFIC_ALTS})\\.?\\s`);
// The words leading into a clause that hangs on the one before it in the same sentence ("…, a year after he …").
const SUBORDINATOR_BEFORE = /\b(?:after|before|since|until|till|when|while|because|once)\s+$/i;
const FOUND_AFTER_SUBORDINATOR = /,\s+(?:[a-z]+\s+){0,3}(?:after|before|since|until|when|because)\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:found|showed|revealed|ruled|concluded|reported|said)\s+that\s+$/i;

// "he", "she", "his", "her" as whole words, each made once rather than for every title that opens on one.
const PERSON_PRONOUN_WORD: Record<string, RegExp> = table(Object.fromEntries(['he', 'she', 'his', 'her'].map((p) => [p, new RegExp(`\\b${p}\\b`, 'i')])));

/**
 * A title opening on "He", "She", "His" or "Her" from a clause that hangs on the clause before it in its sentence
 * ("Ada Lisk won the county cup in May, ten years after she first entered it"), told with that clause's subject when
 * the subject is the one person the clause names (`personOf`, title-syntax.ts's personSubject): "Ada Lisk first
 * entered it". `paragraph` is the event's paragraph, `start` and `end` its evidence, `before` the article's text
 * before it. Unchanged when the pronoun is quoted, opens its sentence, follows no such word, the subject's own words
 * or the text's pronouns for it say it is of the other kind, or the title would be longer than ten words.
 */
export function subordinateSubject(title: string, paragraph: string, start: number, end: number, before: string, personOf: (clause: string, kind: 'm' | 'f', known: (word: string) => boolean) => string | null): string {
  const opening = /^(He|She|His|Her)\s+(?=[a-z])/.exec(title);
  if (!opening) return title;
  const pronoun = opening[1].toLowerCase();
  const found = PERSON_PRONOUN_WORD[pronoun].exec(paragraph.slice(start, Math.min(end, start + 400)));
  if (!found) return title;
  const read = sentencesUpTo(paragraph, start + found.index, pronoun);
  const current = read?.current ?? '';
  // "…, three days after an audit found that he …": what a clause hung on the first found or told, when its own
  // subject is no person (personOf reads every word after the first clause's subject for a rival).
  const foundThat = FOUND_AFTER_SUBORDINATOR.exec(current);
  if ((!SUBORDINATOR_BEFORE.test(current) && !foundThat) || ((current.match(/["“”]/g) ?? []).length % 2) === 1) return title;
  const clause = (foundThat ? current.slice(0, foundThat.index + foundThat[0].length).replace(/\s+that\s+$/i, '') : current.replace(SUBORDINATOR_BEFORE, '')).replace(/[\s,;:]+$/, '');
  const kind = /^(?:he|his)$/.test(pronoun) ? 'm' : 'f';
  // A family name alone is a person's when the text gave it with a given name or an honorific before.
  const known = (word: string) => /^[A-Z][a-z'’-]+$/.test(word) && patternOf(`\\b(?:[A-Z][a-z]+\\.?|[A-Z]\\.)\\s+${word}\\b`).test(before.slice(-LOOK_BACK)) && !isNotName(word);
  const subject = personOf(clause.slice(clause.lastIndexOf(';') + 1), kind, known);
  if (!subject) return title;
  const words = subject.split(/\s+/);
  const family = words[words.length - 1];
  const other = kind === 'm' ? FEMALE : MALE;
  // A name no honorific says is a person's may be a body's or a place's ("Tarn Motors", "Orm Valley"): none of its
  // words may name one, and a last word in "s" ("Motors", "Holdings") is a plural's as often as a family name's.
  const name = /^[A-Z]/.test(subject) && !HONOURED.test(subject);
  if (name && (words.some((w) => isNotName(w) || BODY_NOUNS.includes(w.toLowerCase())) || /[a-z]s$/.test(family))) return title;
  const otherNoun = kind === 'm' ? /^(?:woman|girl)$/i : /^(?:man|boy)$/i;
  if (words.some((w) => other[w.toLowerCase().replace(/\.$/, '')] || otherNoun.test(w))) return title;
  if (mentions(`${before.slice(-LOOK_BACK)}`).some((x) => x.kind && x.kind !== kind && x.name.split(/\s+/).pop() === family)) return title;
  const named = (who: string) => `${who.charAt(0).toUpperCase()}${who.slice(1)}${pronoun === 'his' || pronoun === 'her' ? "'s" : ''} ${title.slice(opening[0].length)}`;
  const whole = named(subject);
  if (whole.split(/\s+/).length <= MAX_WORDS) return whole;
  // Too long whole: a name by its family name, a noun phrase by its head before any phrase after it ("Mayor").
  const head = subject.split(/\s+(?:of|from|in|at|on|for|with)\s/)[0];
  const short = name ? named(family) : head !== subject ? named(head) : title;
  return tenWordsAtMost(short, title);
}

// "cancelled in 2001 and again in 2005": with its date gone, the second clause is an adverb of repetition alone.
// "on Tuesday 23 January and Wednesday 7 February, both at 7 pm": "both" alone, its dates gone, is the same event again.
const REPETITION = /^(?:and\s+)?(?:again|once\s+again|once\s+more|yet\s+again|twice|also|too|both)$/i;
const ORDINALS = `${ORDINAL_WORD_ALTS}|last|next|final`;
// The phrase an ordinal stands for in the title before ("his first national title").
const ORDINAL_PHRASE = new RegExp(`\\b(his|her|its|their|the)\\s+(${ORDINALS})\\b(?=\\s+[a-z])`, 'i');
// "His second", "Varga's second" (its subject named): an ordinal whose noun is the phrase before it.
const ORDINAL_GAP = new RegExp(`^(?:and\\s+)?(?:his|her|its|their|the|[A-Z][\\w-]{0,30}['’]s)\\s+(${ORDINALS})$`, 'i');
// "will rise by nine percent this year and by six percent next year": the second clause shares the first's verb.
const GAPPED = /^(by|to|from|at|in|for|on|with) ([^\s:…][^:…]{0,39})$/i;

/**
 * A title that only repeats or goes on with the event before it in the same paragraph, made whole from that
 * event's title (`previous`): "Again" ("… in 2016 and again in 2020") is the same thing again; "By six percent"
 * ("rise by nine percent this year and by six percent next year") is the verb before it with its own figure,
 * "Wages will rise by six percent". Unchanged when there is none, or the title before has no such phrase.
 */
export function repeatedTitle(title: string, previous: string | undefined): string {
  if (!previous) return title;
  if (REPETITION.test(title.trim())) return previous;
  // "won his first national title in 1936 and his second in 1947": the ordinal alone stands for the phrase before.
  const ordinal = ORDINAL_GAP.exec(title.trim());
  if (ordinal) {
    const before = ORDINAL_PHRASE.exec(previous);
    return before && before[2].toLowerCase() !== ordinal[1].toLowerCase() ? `${previous.slice(0, before.index)}${before[1]} ${ordinal[1].toLowerCase()}${previous.slice(before.index + before[0].length)}` : title;
  }
  const gapped = GAPPED.exec(title.trim());
  if (!gapped || gapped[2].split(/\s+/).length > 5) return title;
  const at = previous.toLowerCase().lastIndexOf(` ${gapped[1].toLowerCase()} `);
  if (at < 0 || previous.slice(0, at).split(/\s+/).length < 2) return title;
  return tenWordsAtMost(`${previous.slice(0, at)} ${gapped[1].toLowerCase()} ${gapped[2]}`, title);
}

// A preposition or conjunction after a verb, then a phrase of its own ("opened at the mill", "will be on view in the
// hall"): where the first subject did it, which a gapped subject need not share.
const PLACE_AFTER_VERB = new RegExp(`\\s(?:${LEADING_ON_ALTS})\\s(?:the|a|an|its|their|his|her|our|[A-Z0-9]).*$`);
// How a gapped noun phrase opens in the text: an article, a possessive, a number or a name; not a bare word, which
// may as well be a verb sharing the subject ("and wake in April") or an adverb ("and then").
const GAPPED_PHRASE = new RegExp(`^(?:(?:${DEFINITE_DETERMINER}|a|an|this|that|these|those|[\\w-]+['’]s?)\\s|[A-Z0-9])`);
// A word before "and" after the last comma ("masts, poles and fences"): the phrase after it may be a list's last item.
const WORD_BEFORE_AND = /\S\s+and\s+$/;
const GAP_WORDS = 6;
// A telling verb and the word "that" after it, if any, up to the clause it told.
const TOLD_CLAUSE = /^[^,;:]{1,60}?\s(?:said|says|told\s+\w+|reported|announced)\s+(?:that\s+)?(?=\S)/;
// A noun phrase, then a name set off after it by a comma: the name with its article, if any, alone.
const SET_OFF_NAME = /^([^,]{3,60}), ((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$/;
// "moves sheep in spring and cattle in autumn": a bare plural, with up to two words before its noun, is a phrase too.
const BARE_PLURAL = /^(?:[a-z][a-z-]{1,30}\s){0,2}[a-z][a-z-]{1,30}[^s\W]s$/;

/**
 * A title that is only a noun phrase with no verb, left of a clause whose verb an "and" before it gaps ("the club
 * lost its bar in 1990 and its hall in 2001"; "the red stamps will be issued in May, and the blue one in June"), made
 * whole from the title of the clause before (`previous`): the phrase takes that verb's object place when the verb
 * had one ("Club lost its hall"), else its subject place ("The blue one will be issued"). `between` is the text from
 * the event before's evidence to the draft's, `evidence` the draft's own. Unchanged unless the text after the
 * clause before's title holds no verb and ends on "and", and the draft's evidence holds no verb but the phrase's.
 */
export function gappedNounTitle(title: string, previous: string | undefined, between: string, evidence: string, isVerb: (word: string) => boolean): string {
  const phrase = title.trim();
  // "and the firm's second tug, the Osprey Star, in 2008": a name set off after the phrase is what the clause tells of.
  const named = SET_OFF_NAME.exec(phrase);
  if (named) {
    const made = gappedNounTitle(named[1], previous, between, evidence, isVerb);
    const at = made.toLowerCase().indexOf(named[1].toLowerCase());
    return made === named[1] || at < 0 ? title : `${made.slice(0, at)}${at === 0 ? capitalised(named[2]) : named[2]}${made.slice(at + named[1].length)}`;
  }
  // The phrase by the tags alone: a noun the patterns also know as a past ("the full set") is no verb here.
  if (!previous || phrase.split(/\s+/).length > GAP_WORDS || /[,:;…"“”()]/.test(phrase) || titleHasVerb(phrase)) return title;
  // The draft's evidence is the phrase and its date, nothing before it but a few words of that date in lower case.
  const at = evidence.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0 || !/^(?:[a-z]+\s){0,3}$/.test(evidence.slice(0, at))) return title;
  // An article the title left out is the phrase's ("a third boat from the old fleet").
  // Not before a word in "-s" that more words follow ("the board predicts 12 openings"): it may be the clause's verb.
  const verbLike = phrase.split(/\s+/).slice(0, -1).some((w) => /^[a-z]+[^s'’\W]s$/.test(w));
  const article = verbLike ? '' : (/(?:^|\s)(?:a|an|the)\s$/i.exec(evidence.slice(0, at))?.[0].trimStart() ?? '');
  const own = evidence.slice(at - article.length, at + phrase.length);
  const rest = `${evidence.slice(0, at)} ${evidence.slice(at + phrase.length)}`.trim();
  if (!(GAPPED_PHRASE.test(own) || BARE_PLURAL.test(own)) || (/[a-z]/i.test(rest) && titleHasVerb(rest, isVerb))) return title;
  // A phrase that needed the article back, after a comma and "and", may close a list of objects ("follows a petition,
  // a survey carried out in May, and a ruling of the board"), which no verb was gapped from.
  if ((article && /,\s+and\s+$/.test(between)) || !/\S,?\s+and\s+$/.test(between) || (between.includes(',') && WORD_BEFORE_AND.test(between.slice(between.lastIndexOf(',') + 1))) || /[.!?;](?:["”’]?\s)/.test(between)) return title;
  // The clause before is told after any colon in its title ("Cows came home: a dairy opened").
  let clause = previous.slice(previous.lastIndexOf(': ') + 1).trim();
  let parts = clauseParts(clause);
  // "She said the firm hired 14 fitters in May and a further six in June": the phrase is the told clause's object.
  const told = parts?.tells ? TOLD_CLAUSE.exec(clause) : null;
  if (told) {
    clause = capitalised(clause.slice(told[0].length));
    parts = clauseParts(clause);
  }
  if (!parts || parts.tells || !clause.startsWith(parts.subject) || (told && !parts.object)) return title;
  // The title before is that clause's own (the verb's form may be the title's: "had left" titled "left"): its subject
  // in the text, and nothing after its last word but its date.
  const lower = between.toLowerCase();
  const lastWord = clause.split(/\s+/).pop()!.toLowerCase();
  const end = lower.lastIndexOf(lastWord);
  const tail = between.slice(end + lastWord.length).replace(/,?\s+and\s+$/, '');
  if (end < 0 || !lower.includes(parts.subject.split(' ').pop()!.toLowerCase()) || (/[a-z]/i.test(tail) && titleHasVerb(tail, isVerb))) return title;
  if (parts.object) return tenWordsAtMost(`${parts.subject} ${parts.verbs} ${own}`, title);
  const predicate = clause.slice(clause.indexOf(parts.verbs)).replace(PLACE_AFTER_VERB, '');
  return tenWordsAtMost(`${capitalised(own)} ${predicate}`, title);
}

/**
 * A title that is a verb alone, joined by "and" in its own evidence to the clause before ("the fair opens on the green
 * on Friday and runs until May"), told with that clause's subject by the tags (`previous`, the title of the event
 * before, which joinedSubject read by the patterns alone): "Fair runs"; or one after an aside set off behind that
 * subject. `evidence` is the draft's own text, `between` the text from the event before's evidence to the draft's. Unchanged when the verb is not joined by "and" alone (a comma before it sets it
 * off: a participle's aside or a list), or either clause opens on a relative pronoun, whose subject lies outside it.
 */
export function joinedVerbAlone(title: string, previous: string | undefined, evidence: string, between: string, isVerb: (word: string) => boolean): string {
  if (!previous || !/^[A-Z][a-z]+$/.test(title) || RELATIVE_PRONOUN_FIRST.test(between) || RELATIVE_PRONOUN_FIRST.test(evidence)) return title;
  const verb = title.toLowerCase();
  if (!isVerb(verb) && !isPastForm(verb)) return title;
  const clause = previous.slice(previous.lastIndexOf(': ') + 1).trim();
  const parts = clauseParts(clause);
  if (!parts || parts.tells || !clause.startsWith(parts.subject) || /^(?:it|they|this|that|these|those)\b/i.test(parts.subject)) return title;
  const joint = new RegExp(`[^,\\s]\\s+and\\s+${verb}\\b`).test(evidence) || /^and\s/i.test(evidence);
  // "A survey of the marsh, begun by the trust, ended in May": the verb after an aside set off behind the subject
  // that the event before's evidence opens on is that subject's.
  const aside = SUBJECT_ASIDE.exec(between);
  const behindAside = !!aside && evidence.startsWith(`${verb} `) && aside[1].toLowerCase() === parts.subject.toLowerCase();
  return joint || behindAside ? tenWordsAtMost(`${parts.subject} ${verb}`, title) : title;
}
// A relative pronoun opening a clause: its subject lies outside it.
const RELATIVE_PRONOUN_FIRST = /^(?:which|who|that)\s/i;
// A subject, an aside set off by commas opening on a word in lower case, and the comma closing it.
const SUBJECT_ASIDE = /^(?:(?:[Tt]he|[Aa]n?)\s)?([A-Za-z][^,]{0,60}),\s[a-z][^,]{0,100},\s*$/;

// A copula after the noun phrase says what it is, often the date itself ("The original deadline was December 22"):
// that title is the phrase alone, a heading (title-syntax.ts).
const COPULA = /^(?:is|are|was|were|be|been|will|would|has|have|had)$/i;
// What may stand between a noun phrase and its verb: an aside set off by commas ("the strike, in 2016, lasted").
const ASIDE_THEN_WORD = /^(?: ?,([^,;:.]{1,60}),)? ?([A-Za-z][\w'’-]*)/;
const SENTENCE_CLOSE = /[.;!?](?=["”’]?(?:\s|$))/;

/**
 * A title that is a noun phrase with no verb ("Last national rail strike", "Local businesswoman") made again from
 * the sentence's own predicate about it, when the phrase is the subject of a verb after it in `text` (the
 * paragraph): "The last national rail strike, in 2016, lasted three weeks" → "Last national rail strike lasted
 * three weeks"; "a local businesswoman, Mira Hale, bought the club" → "Mira Hale bought the club …". `near` is
 * where the event's evidence starts, `evidenceEnd` where it ends. Unchanged when the phrase opens a phrase of its own
 * ("After that disaster, the government …"), is followed by a copula, or no title with a verb comes of it.
 */
export function predicateTitle(title: string, text: string, near: number, make: (clause: string) => string, isVerb: (word: string) => boolean, evidenceEnd = Infinity): string {
  const aside = SET_OFF_TITLE.exec(title);
  if (aside) return predicateAfterAside(title, aside[1], aside[2], text, near, make, isVerb);
  const words = title.split(/\s+/);
  if (words.length > 6 || words.some(isVerb) || /[:…]/.test(title)) return title;
  // The occurrence nearest the evidence, in the sentence it starts or just after; only that stretch of a long
  // paragraph is read.
  const from = Math.max(0, near - 20);
  const window = text.slice(from, near + 600);
  const phrase = title.toLowerCase();
  const at = window.toLowerCase().indexOf(phrase);
  if (at < 0 || at + from - near > 200) return title;
  if (at > 0 && /[\w'’-]/.test(window[at - 1])) return title;
  const end = at + phrase.length;
  const close = SENTENCE_CLOSE.exec(window.slice(end));
  const rest = window.slice(end, close ? end + close.index : window.length);
  const m = ASIDE_THEN_WORD.exec(rest);
  if (!m || !isVerb(m[2]) || /^[A-Z]/.test(m[2])) return title;
  // A helping verb before a verb of its own ("will begin", "has been moved") is no copula: the clause says what
  // happened to the phrase, not what it is.
  const helped = COPULA.test(m[2]);
  // The helped verb's clause is the event's own only when its evidence runs on to the helping verb: a phrase dated by
  // its own words ("Tuesday's count", "the winter timetable") is not what the clause after it did.
  const ownClause = from + end + m.index + m[0].length <= evidenceEnd;
  if (helped && (!ownClause || !helpedVerb(rest.slice(m.index + m[0].length), isVerb) || !headsItsClause(title, window.slice(0, at)))) return title;
  // A name set off after the phrase says who it is, and is the subject ("a local businesswoman, Mira Hale, bought"
  // → "Mira Hale bought"); any other aside (a date, a place) goes.
  const name = m[1] && /^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){0,3}$/.test(m[1].trim()) ? m[1].trim() : '';
  const predicate = rest.slice(m.index + m[0].length - m[2].length);
  const subject = name || window.slice(at, end);
  const whole = make(`${subject} ${predicate}`);
  // After a helping verb a title still holding a time stops at the clause's first phrase of time: the date says when.
  const timed = helped && DATE_IN_TITLE.test(whole) ? TIME_PHRASE.exec(predicate) : null;
  const made = timed ? make(`${subject} ${predicate.slice(0, timed.index)}`) : whole;
  const madeWords = made.split(/\s+/);
  // The phrase whole, and no time left in it.
  if (helped && (DATE_IN_TITLE.test(made) || !made.toLowerCase().includes(phrase.replace(/^(?:the|a|an)\s+/, '')))) return title;
  return made && madeWords.length <= 10 && madeWords.length >= 3 && madeWords.some(isVerb) && !/…$/.test(made) ? made : title;
}

// "be" or "been" after a helping verb, then the word that says whether it helps a verb or heads a complement.
const AFTER_HELPER = /^\s+(?:(?:be|been)\s+)?([a-z][\w'’-]*)/;
// A word of time a title made from the clause after a helping verb may not keep (titles never hold the date).
const DATE_IN_TITLE = new RegExp(String.raw`\b(?:\d|(?:${MONTH_NAME_ALTS}|${Object.keys(WEEKDAYS).filter((w) => /^[a-z]{3,}$/.test(w)).join('|')}|today|yesterday|tomorrow|tonight)\b)`, 'i');
// A preposition a few words before the phrase: the phrase is its object ("tickets for the screening"), not a subject.
const OBJECT_OF = /\b(?:for|of|from|in|on|at|with|by|to|about|after|before|since|during|until|over|under|into|than)\s+(?:[\w'’-]+\s+){0,2}$/i;
// A possessive pronoun opening the title: whose it is lies outside the phrase.
const POSSESSIVE_OPEN = /^(?:his|her|its|their|our|my|your)\s/i;
/** Whether the phrase (`title`, after the text `before` it) is a subject heading its clause, not a preposition's object. */
function headsItsClause(title: string, before: string): boolean {
  return !OBJECT_OF.test(before.slice(-40)) && !POSSESSIVE_OPEN.test(title);
}

/** Whether the words after a helping verb go on with a verb it helps (`after` follows the helping verb). */
function helpedVerb(after: string, isVerb: (word: string) => boolean): boolean {
  const next = AFTER_HELPER.exec(after)?.[1];
  return !!next && !COPULA.test(next) && !/^(?:then|often|even|seven|eleven)$/.test(next) && (isVerb(next) || participle(next));
}

// "Hole, about 15 metres across and 9 metres deep": a noun phrase and an aside set off after it, no verb.
const SET_OFF_TITLE = /^([A-Za-z][^,;:…]{1,40}), ([^,;:…]{2,60})$/;
const NAME_ALONE = /^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,3}$/;
// "at around 4.30 a.m.", "on 11 February", "four days after the storm", "in 1994": where a phrase of time opens.
const TIME_PHRASE = new RegExp(
  `\\s(?:(?:at|on|in|by|from|until|since|for|during|before|after)\\s+(?:(?:around|about|the|early|late|last|next)\\s+){0,2}(?=\\d|(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].filter((w) => /^[a-z]{3,}$/.test(w)).join('|')})\\b)|(?:\\d+|${NUMBER_WORD_RE}|a\\s+few|few|several|some)\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|after|before|ago)\\b)`,
  'i',
);

/**
 * A title of a noun phrase and its aside (`head`, `aside`), with no verb, made again from the verb the sentence goes
 * on with after the aside's closing comma: "Hole, about 15 metres across" of "The hole, about 15 metres across,
 * appeared at 4 a.m. in the car park" → "Hole appeared in the car park"; a name set off is the subject ("Beekeeper,
 * Sara Minte" → "Sara Minte had moved her hives"). A form of be only before a participle ("is planned"): before
 * anything else it says what the phrase is, often the date. Unchanged when no title with a verb comes of it.
 */
function predicateAfterAside(title: string, head: string, aside: string, text: string, near: number, make: (clause: string) => string, isVerb: (word: string) => boolean): string {
  // An aside opening on an article may hold a participle as an adjective ("a retired miller"); its head is a noun.
  const described = /^(?:a|an|the)\s/i.test(aside.trim());
  if (head.split(/\s+/).some(isVerb) || (!described && aside.split(/\s+/).some(isVerb))) return title;
  const from = Math.max(0, near - 20);
  const window = text.slice(from, near + 600);
  const at = window.toLowerCase().indexOf(title.toLowerCase());
  if (at < 0 || at + from - near > 200 || (at > 0 && /[\w'’-]/.test(window[at - 1]))) return title;
  const after = window.slice(at + title.length);
  // The verb's clause up to its first phrase of time (the event's date says when) or the sentence's end.
  const time = TIME_PHRASE.exec(after);
  const clause = time ? after.slice(0, time.index) : after.split(/[.;!?](?=["”’]?(?:\s|$))/, 1)[0];
  const subject = NAME_ALONE.test(aside.trim()) ? aside.trim() : head;
  // "Faddow, a former ferryman who has sailed the loch for decades, said …": a subject relative closing the aside tells what
  // the subject did; the verb after the aside's comma is another event's.
  const relative = ASIDE_RELATIVE.exec(clause);
  if (relative && isVerb(relative[1])) return madeWhole(title, make(`${subject} ${clause.slice(relative[0].length - relative[1].length).split(',', 1)[0]}`), isVerb);
  const m = /^,\s+([a-z][\w'’-]*)\s+([a-z][\w'’-]*)?/.exec(clause);
  // "Sales for the half, the six months to May, were $4 million": a copula before a figure says what the phrase came to.
  const figure = m && !m[2] && COPULA_BEFORE_FIGURE.test(clause.slice(m.index + m[0].length - 1));
  if (described && aside.split(/\s+/).some(isVerb)) return title;
  if (!m || !isVerb(m[1]) || (COPULA.test(m[1]) && !(m[2] && (isVerb(m[2]) || participle(m[2]))) && !figure)) return title;
  return madeWhole(title, make(`${subject} ${clause.slice(m.index + m[0].indexOf(m[1]))}`), isVerb);
}

// A subject relative right after an aside's last word: "who" or "which", then the verb (a helping verb first).
const ASIDE_RELATIVE = /^\s+(?:who|which)\s+([a-z][\w'’-]*)/;
// The space after a form of be that a figure follows ("was $11 million", "were 40,000").
const COPULA_BEFORE_FIGURE = /^\s[$€£]?\d/;

/** A title made from a clause (`made`), when it is a whole one (three to ten words, a verb); `title` otherwise. */
function madeWhole(title: string, made: string, isVerb: (word: string) => boolean): string {
  const madeWords = made.split(/\s+/);
  return made && madeWords.length <= 10 && madeWords.length >= 3 && madeWords.some(isVerb) && !/…$/.test(made) ? made : title;
}

// "Its founder, Anna Rusek, was arrested": a possessive's noun with the name set off after it.
// A named possessor's too ("Kostel's chief executive, Mara Lind, told"; "Varga's wife, the pianist Ilse Marek, died"),
// with the words that say what the name is before it.
const NAMED_AFTER = /^(?:Its|Their|His|Her|Our|[A-Z][\w’-]{0,30}(?:\s+[A-Z][\w’-]{0,30}){0,2}['’]s?)\s+[a-z][a-z' -]{0,40},\s+(?:(?:the|a|an|former|[a-z]{3,20})\s+){0,3}([A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3}),?\s+(?!(?:and|but|or|yet)\s)(?=[a-z])/;

/**
 * A title opening on a possessive's noun with a name set off after it is told by the name: "Its founder, Anna
 * Rusek, was arrested" → "Anna Rusek was arrested"; who she is to "it" is the article's to say. Unchanged otherwise,
 * or when what is left after the name has no verb.
 */
export function nameForNoun(title: string, isVerb: (word: string) => boolean): string {
  const m = NAMED_AFTER.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length);
  // "died" is past the patterns' lists ("[a-z]{3,}ed"): a first word in "-ed" is the verb too.
  return rest.split(/\s+/).some(isVerb) || /^[a-z]+ed\b/.test(rest) ? `${m[1]} ${rest}` : title;
}

// The modals only: the helping verb a title hands on with its subject ("The centre will close" → "The centre will
// reopen"); a form of be or have opening the title is its own (tested apart), and do's are not read here.
const modal = (w: string): boolean => isOneOf(w, MODALS);

/**
 * A title that opens on its verb ("Will reopen", "Stay closed", "Reopen", of "… will be closed on Thursday, and
 * will reopen on Friday") takes the subject of the event before it in the paragraph (`previous`), with its helping
 * verb when the title has none ("The centre will close" → "The centre will reopen"). `opensOnVerb` says whether the
 * title's first word is its verb, `isVerb` whether a word is one. Unchanged when the title before opens on no
 * subject, or on a pronoun.
 */
export function joinedSubject(title: string, previous: string | undefined, opensOnVerb: (title: string) => boolean, isVerb: (word: string) => boolean): string {
  const words = title.split(/\s+/);
  if (!previous || words.length > 6 || !/^[A-Z][a-z]+$/.test(words[0])) return title;
  // "Was the driest on record": a copula with no participle after it had a subject of its own, often the date
  // itself ("the winter of 2023-24 was …"); only a passive ("were lifted") shares the subject before.
  const next = words.slice(1).find((w) => !/^(?:not|also|only|then|later)$/i.test(w)) ?? '';
  if (copulaAlone(words[0], next, isVerb)) return title;
  const given = subjectOfTitle(previous, isVerb, words[0]);
  if (!given) return title;
  const { subject, verbs: before, v } = given;
  // The tagger is asked last, and only when the words leave it open: a helping verb first opens on the verb, a verb
  // the patterns know after the first word has a subject before it ("Storm struck").
  const helping = isOneOf(words[0], MODALS, BE_HAVE_AUXILIARIES);
  if (!helping && (words.slice(1).some(isVerb) || !opensOnVerb(title))) return title;
  const carried = !modal(words[0]) && modal(before[v]) ? `${before[v]} ` : '';
  return tenWordsAtMost(`${subject} ${carried}${uncapitalised(title)}`, title);
}

// A form of be: before a participle it is a passive's helping verb ("were lifted").
const PASSIVE_HELP = /^(?:is|are|was|were|be|been)$/i;
// How a past participle ends, as far as the word alone tells ("lifted", "taken", "kept").
const PARTICIPLE_END = /(?:ed|en|t)$/;

/** Whether `word` is a copula whose next word (`next`) is no participle: a predicate with a subject of its own. */
function copulaAlone(word: string, next: string, isVerb: (word: string) => boolean): boolean {
  return PASSIVE_HELP.test(word) && !(isVerb(next) && PARTICIPLE_END.test(next));
}

/**
 * The subject a title opens on before its verb ("Campaign" of "Campaign formally began"), with the title's words and
 * where its verb is: null when the title opens on a pronoun or on its verb, sets a phrase off before the verb, or
 * names a subject that does not agree with `verb`, the first word of the title that would take it ("loans" and
 * "was": the title before was titled from a relative clause's antecedent, or the verb's subject was cut).
 */
function subjectOfTitle(previous: string, isVerb: (word: string) => boolean, verb: string): { subject: string; verbs: string[]; v: number } | null {
  const before = previous.split(/\s+/);
  const v = before.findIndex((w, i) => i > 0 && (modal(w) || isVerb(w)));
  // "Due to be played", "About to open": a title opening on what an infinitive follows has no subject to give.
  if (v < 1 || /^(?:it|they|this|that|these|those)$/i.test(before[0]) || /^to$/i.test(before[v - 1]) || before.slice(0, v).some((w) => /[,;:]$/.test(w))) return null;
  // "Campaign formally began": an adverb before the verb is the verb's, not the subject's.
  let end = v;
  while (end > 1 && /^[a-z]{3,}ly$/.test(before[end - 1])) end--;
  const plural = /[^s]s$/.test(before[end - 1]);
  if ((plural && /^(?:was|is|has)$/i.test(verb)) || (!plural && /^(?:were|are|have)$/i.test(verb))) return null;
  return { subject: before.slice(0, end).join(' '), verbs: before, v };
}

// An adverb a verb joined after a conjunction may open on: "and last refurbished in 2003", "and first applied for".
const JOINED_ADVERB = /^(?:first|last|later|still|almost|also|then|never|once|soon|finally|eventually)$/i;
// The conjunction right before a joined verb's evidence: "and", "but", "and then", or ", then".
const JOINT_BEFORE = /(?:\b(?:and|but)(?:\s+then)?|,\s+then)\s+$/i;
// A clause of its own between the clause before and the verb joined after it, whose subject the verb may share
// instead: a relative or subordinate clause, a that-clause, a clause after a semicolon or a colon.
const CLAUSE_BETWEEN = /\b(?:when|while|where|which|who|whom|whose|that|because|although|though|whereas|if|unless)\b|[;:]/i;
const SENTENCE_BETWEEN = /[.!?]["”’]?\s+["“]?[A-Z]/;
// The clause before opening inside a subordinate or relative clause ("after the singer quit"), whose subject is its own.
const SUBORDINATE_BEFORE = /\b(?:after|before|since|until|till|when|while|once|because|as|that|if|where|which|who)\s+$/i;
// An object after a past form: the verb is active ("was founded … and carried its first lorry"), not a participle
// sharing a passive's helping verb ("was arrested … and charged").
const OBJECT_NEXT = /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those|it|them|him|us|some|every|each|\d[\d,.]*|[A-Z][\w'’-]*)$/;
// A noun phrase set off by a comma that runs on to the conjunction: ", a project first proposed in 2003 and ".
const SET_OFF_LAST = /,\s+(?:a|an|the|its|his|her|their|one|some)\s[^,]*$/i;
// The event before's evidence opening on a pronoun, which its title named.
const OWN_PRONOUN = /^(?:he|she|it|they|we)$/i;

/** The run of letters `text` ends on, after any closing punctuation and spaces ("told her," → "her"); "" after a digit. */
function lastWordOf(text: string): string {
  // Scanned from the end: a pattern anchored at the end would be tried from every start, quadratic on a long line.
  let end = text.length;
  while (end > 0 && /\W/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[a-z]/i.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/**
 * A title that opens on the verb its evidence opens on right after a conjunction, in the sentence of the event before
 * it ("… ran a tea shop until 1980, wrote for the parish magazine, and died in the village in 1995"), takes that
 * event's subject (`previous`, its title) whatever its length and whether its verb is a past form: "Died in the
 * village" → "Ada Wirl died in the village". `between` is the text from the event before's evidence to this one's,
 * `lead` the text just before that evidence, `evidence` this event's. Only when nothing between them is a clause
 * of its own (a relative, a subordinate or a that-clause, a telling, a semicolon) and the event before is not one
 * either; after a passive ("was founded in 1911 and …") only a verb with an object. `opening` is title-syntax.ts's
 * titleOpening, `isVerb` the pattern pass's word lists. Unchanged otherwise, or when it would pass ten words.
 */
export function conjoinedSubject(
  title: string,
  previous: string | undefined,
  text: { between: string; lead: string; evidence: string },
  opening: (title: string) => 'verb' | 'base' | 'noun' | null,
  isVerb: (word: string) => boolean,
): string {
  const { between, lead, evidence } = text;
  const words = title.split(/\s+/);
  if (!previous || words.length < 2 || !/^[A-Z][a-z]+$/.test(words[0]) || !evidence.startsWith(`${words[0].toLowerCase()} `)) return title;
  if (!joinedInClause(between, lead)) return title;
  const k = JOINED_ADVERB.test(words[0]) ? 1 : 0;
  const verb = words[k].toLowerCase();
  const helping = isOneOf(verb, MODALS, BE_HAVE_AUXILIARIES);
  const past = isPastForm(verb);
  // "Armed police arrived": a past form the tags read as a word describing a noun opens a subject of its own.
  if (!helping && !(past && (k === 1 || opening(title) === 'verb' || OBJECT_NEXT.test(words[1])))) return title;
  // "Was the driest on record": a copula with no participle after it has a subject of its own, often the date.
  const next = words[k + 1] ?? '';
  if (copulaAlone(verb, next, isVerb)) return title;
  const given = subjectOfTitle(previous, isVerb, verb);
  if (!given) return title;
  const { subject, verbs, v } = given;
  // The subject must be the one the event before's evidence gives its verb, or a pronoun there named: not a title
  // made from another clause ("Race became a seven-day race" of "… became a seven-day race"), nor one with a cut
  // left in it ("Builder clearing", "War he").
  const said = between.toLowerCase().split(/[^\w'’-]+/);
  const own = said.slice(0, Math.max(0, said.indexOf(verbs[v].toLowerCase()))).filter(Boolean);
  const last = subject.split(' ').pop()!.toLowerCase();
  if (/ing$/.test(last) || /\s(?:he|she|it|they|we|i)\b/.test(subject) || !(own.includes(last) || OWN_PRONOUN.test(own[own.length - 1] ?? ''))) return title;
  const passive = (PASSIVE_HELP.test(verbs[v]) || verbs[v + 1] === 'been') && PARTICIPLE_END.test(verbs[v + 1] === 'been' ? (verbs[v + 2] ?? '') : (verbs[v + 1] ?? ''));
  // A participle joined after a passive with no object of its own ("was opened in 1962 and last repainted in 2003")
  // shares the passive's helping verb, which it is told with: "School was last renovated".
  const shared = passive && !helping && !OBJECT_NEXT.test(next) ? (verbs[v + 1] === 'been' ? `${verbs[v]} been ` : `${verbs[v]} `) : '';
  if (shared && (!PARTICIPLE_END.test(verb) || !/^(?:last|first)$/i.test(words[0]))) return title;
  // A pronoun the event before's title named is kept as the text gives it: that name is the pronoun passes' guess.
  const pronoun = own.includes(last) ? '' : own[own.length - 1];
  return tenWordsAtMost(`${pronoun ? capitalised(pronoun) : subject} ${shared}${uncapitalised(title)}`, title);
}

/**
 * Whether a verb after `between` (the text from the event before's evidence on) is joined to that event's clause by
 * a conjunction, with no clause of its own between them, and `lead` (the text before that evidence) opens no
 * subordinate clause or telling around the event before.
 */
function joinedInClause(between: string, lead: string): boolean {
  if (!JOINT_BEFORE.test(between) || CLAUSE_BETWEEN.test(between) || SENTENCE_BETWEEN.test(between) || SUBORDINATE_BEFORE.test(lead)) return false;
  // "One said the order … would lift profits, but warned": a verb joined inside what was told, or to the telling.
  if ((between.match(/[a-z]+/gi) ?? []).some(isTellingWord) || isTellingWord(lastWordOf(lead))) return false;
  // "…, a project first proposed in 2003 and rejected in 2011": a verb joined inside a noun phrase set off last.
  return !SET_OFF_LAST.test(between);
}

// A title opening on a pronoun that stands for a thing or a group: "It was extended", "Their report said …".
export const OPENS_ON_PRONOUN = /^(It|They|Its|Their)\s+(?=[a-z])/;
const PRONOUN = /\b(?:it|they|its|their)\b/gi;
// "It is not clear whether …", "It was expected that …": an "it" that stands for nothing.
const EMPTY_IT = /^It\s+(?:is|was|'s|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared)\s+(?:not\s+)?(?:yet\s+)?(?:clear|unclear|likely|unlikely|possible|impossible|true|time|important|necessary|hard|easy|difficult|expected|thought|believed|feared|said|reported|understood|known|hoped|estimated|too|so|up\s+to)\b/i;
// "It rained", "It will snow", "It has been pouring": the weather's "it" stands for nothing.
const WEATHER_IT = /^It\s+(?:(?:will|would|may|might|could|did|does|has|had|is|was)\s+)?(?:not\s+)?(?:been\s+|be\s+)?(?:rain|snow|hail|drizzl|pour|thunder|sleet|freez)(?:s|ed|es|e|ing)?\b/;
// The words before a told clause's pronoun: "Harlow Motors said on Tuesday that it …".
const TELLING_END = /\b(?:said|says|announced|announces|added|adds|confirmed|confirms|stated|warned|warns|insisted|expects|expected|hopes|hoped|believes|believed|thinks|thought|reported|reports)(?:\s+(?:on|last|this)\s+[A-Za-z]+)?(?:\s+that)?\s*$/;
// "…, but it still carries", "…, and in 2007 it joined": a second clause after the first's subject, with at most a
// short phrase of time or place before the pronoun; "… will return to work on Tuesday after their union suspended
// …": a clause leading into the pronoun's. Read word by word from the end (a pattern anchored at the end would be
// tried from every position of the text).
const JOINING = /^(?:and|but|yet)$/;
const SUBORDINATOR = /^(?:after|before|when|while|because|until|once|as)$/i;

/** The clause before the conjunction among the last words of `text` (`after` words after it at most); null if none. */
function beforeJoint(text: string, joint: RegExp, after: number): string | null {
  const from = Math.max(0, text.length - 80);
  const words = [...text.slice(from).matchAll(WORD)];
  for (let k = 0; k <= after && k < words.length; k++) {
    const word = words[words.length - 1 - k];
    if (!joint.test(word[0])) continue;
    let cut = from + word.index!;
    while (cut > 0 && /[\s,]/.test(text[cut - 1])) cut--;
    return text.slice(0, cut);
  }
  return null;
}
const WORD = /[^\s,]+/g;

// "at 8 a.m. Friday": a clock's full stop ends no sentence.
const CLOCK = /\b[ap]\.m$/i;
// "It was the second failure", "It is a remarkable turnaround", "It is how citizens learn": an "it" said to be
// something stands for what happened as often as for a thing named before ("The river rose. It was the worst flood").
const SAID_TO_BE = /^It\s+(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:(?:not|also|still|now|only|perhaps)\s+)?(?:a|an|the|one|how|what|why|where|when|because|his|her|their|our|my|your|[a-z]+['’]s|[a-z]+est)\b/;
// Whether a stretch of text names anything besides a time ("Two weeks later", "On Monday," name nothing else).
function namesAnything(text: string): boolean {
  const words = text.replace(/[^\p{L}\s'’-]+/gu, ' ').split(/\s+/).filter(Boolean);
  return words.some((w) => !TIME_WORD.test(w) && !TIME_FILLER.test(w));
}
const TIME_FILLER = new RegExp(String.raw`^(?:the|a|an|this|that|last|next|following|previous|same|early|late|on|in|at|by|of|for|from|after|before|during|since|until|through|to|later|earlier|then|and|but|so|yet|also|still|${countWords(1, 10)}|days?|weeks?|months?|years?|decades?|ago)$`, 'i');
const TIME_WORD = new RegExp(String.raw`^(?:[A-Z][a-z]+day|${PART_OF_DAY_ALTS}|${SEASON_NOUN_ALTS}|${MONTH_NAME_ALTS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$`, 'i');

// A sentence of more than one clause: joined ones, or one opened by a wh-word or "that" inside it.
const MORE_CLAUSES = /,\s+(?:and|but|yet|while|whereas)\s|;|\b(?:why|which|who|whom|whose|where|when|that|because|although|though|after|before|until|since)\b/i;

/**
 * A title opening on "It", "They", "Its" or "Their" told by what the pronoun stands for, from the article's words
 * around the event: the teller when the pronoun opens what was told ("Harlow Motors said it would cut 1,200 jobs" →
 * "Harlow Motors would cut 1,200 jobs"), else the subject of the clause just before it in the paragraph ("The
 * mission was first proposed in 1998, but it was cancelled twice" → "Mission was cancelled twice"), when
 * `subjectOf` (title-syntax.ts, clauseSubject) finds that subject of the pronoun's number and no rival for it.
 * `paragraph` is the event's paragraph, `start` and `end` its evidence. Unchanged when the pronoun opens its
 * paragraph, stands for nothing ("It is not clear whether …"), or the subject would make the title longer than ten
 * words.
 */
export function resolvedPronoun(
  title: string,
  paragraph: string,
  start: number,
  end: number,
  subjectOf: (clause: string, plural: boolean, possessive: boolean, told: boolean) => string | null,
  sole?: (text: string, plural: boolean) => string | null,
  lead?: (sentence: string, plural: boolean) => string | null,
  textBefore?: () => string,
): string {
  const opening = OPENS_ON_PRONOUN.exec(title);
  if (!opening || EMPTY_IT.test(title) || SAID_TO_BE.test(title) || WEATHER_IT.test(title)) return title;
  const pronoun = opening[1].toLowerCase();
  const place = pronounPlace(paragraph, start, end, pronoun, title.slice(opening[0].length).split(/\s/, 1)[0]);
  const read = place && sentencesUpTo(paragraph, place.at, opening[1]);
  if (!read) return title;
  const { current } = read;
  // "It" or "They" opening a paragraph goes on from the last sentence of the paragraph before (not "Its" or
  // "Their": a possessive's candidates reach into every phrase of that sentence, "shops along the coast").
  const previous = read.previous || (textBefore && /^(?:it|they)$/.test(pronoun) && !paragraph.slice(0, place.at).trim() ? closingSentence(textBefore()) : '');
  const plural = pronoun.startsWith('th');
  const possessive = pronoun === 'its' || pronoun === 'their';
  const relative = plural ? null : relativeAntecedent(current);
  if (!(place.antecedent && current.trim()) && relative) return pronounNamed(title, opening[0], relative, false, possessive);
  const { clause, told, severalBefore } = clauseBeforePronoun(current, previous, place.antecedent, possessive, pronoun);
  // "The club's chairman, Arne Falk, said it would …": "it" told of by a person is no person; it is the body the
  // teller holds a post of, when the teller names one, else not told.
  const { teller, telling } = told ? tellerOf(clause) : { teller: '', telling: '' };
  if (teller && !plural && tellsAsPerson(teller)) {
    const body = bodyOfTeller(teller);
    return body ? pronounNamed(title, opening[0], body, false, possessive) : title;
  }
  // A pronoun that tells, plans or decides stands for one who can, as a teller does: the object of the clause before is
  // no rival ("Corby council bought the tannery. It plans …" is the council's), and a sentence before closing on its
  // teller gives the teller ("…, the harbour board said on Monday. It hopes …"), never what it told of.
  const agent = !told && !possessive && actsAsAgent(title.slice(opening[0].length));
  const closedBy = clause || (severalBefore ? previous : '');
  const closing = agent && CLOSING_TELLER.test(closedBy);
  let subject = closing ? (namesAnything(current) ? null : closingTeller(closedBy, plural)) : clause && clause.split(/\s+/).length >= 2 ? subjectOf(teller ? `${teller}${telling}` : clause, plural, possessive, told || (agent && afterTelling(clause) === clause)) : null;
  // Else the one noun phrase of the pronoun's number in its own sentence before it, or, when that names none, in the
  // sentence before ("About 80 villagers travelled to Morra. They sang a hymn" → "80 villagers sang a hymn").
  if (!subject && sole) subject = sole(current, plural) ?? (namesAnything(current) || !previous ? null : sole(previous, plural));
  // Else, "It" or "They" opening its sentence after one of several clauses, the first clause's subject when no later
  // one's could be meant ("The tower was built in 1934 …, when spotter planes took over. It stood empty").
  if (!subject && lead && severalBefore && !possessive) subject = lead(previous, plural);
  // Else, the pronoun telling or planning again, the teller opening the sentence before ("The water board said that
  // supplies had held up, because … It expects …"): what the teller told holds no one to tell.
  if (!subject && agent && !closing && previous && !namesAnything(current)) subject = openingTeller(previous, plural, subjectOf);
  // Else the one body the sentence before names doing something ("…, and the parks company closed the path. It said …").
  if (!subject && agent && previous && !namesAnything(current)) subject = bodySubject(previous, plural);
  // Else, "They" after a telling of tellers of its number whose told clause names nothing it may stand for ("The
  // defendants said the spaniel had wandered into their yard. They took him to a vet"): the tellers.
  if (!subject && plural && !possessive && previous && !namesAnything(current)) subject = tellersOfNothing(previous, subjectOf);
  // Else, "it" opening a clause that hangs on one whose subject is a person or many, the thing that clause ends on.
  if (!subject && !plural && !possessive) subject = thingBeforeSubordinate(current);
  // Else "its" opening a clause joined to the one before ("The kiln, built in 1890, was relit in May, and its chimney
  // was mended"; "… after its owner retired"): the first clause's subject, when no later clause's could be meant.
  if (!subject && lead && possessive && !plural && POSSESSIVE_AFTER_JOINT.test(current)) subject = ownerLeading(current, lead);
  if (!subject) return title;
  return pronounNamed(title, opening[0], subject, plural, possessive);
}

// ", the harbour board said on Monday.": a teller of one to four words opened by an article, closing its sentence.
// Its own eight verbs, not TELLING_VERB_RE: there "notes", "adds" and "rules" are read as tellings (", the dateline
// and the notes to editors.", ", the update adds over 250 features.").
const CLOSING_TELLER = /,\s+(?:the|a|an)\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+(?:said|says|added|announced|confirmed|reported|warned|stated)(?:\s+[^,.;:"“”]{1,40})?\.\s*$/;
/** The teller closing `sentence`, of the pronoun's number and no person, without its article; null when there is none. */
function closingTeller(sentence: string, plural: boolean): string | null {
  const teller = CLOSING_TELLER.exec(sentence)?.[1];
  if (!teller) return null;
  const head = teller.split(/\s+/).pop()!;
  // "the spokesman said": "it" is no person ("they" may be people: "the organisers said").
  if (/[^s'’]s$/.test(head) !== plural || (!plural && PERSON_NOUN.test(head))) return null;
  return teller;
}
// "The defendants, Bjarne and Sunniva Arnesen, said": names set off after the tellers' noun say who they are.
const NAMES_SET_OFF = /^([^,]{3,60}),\s+[A-Z][^,;]{0,60},(?=\s)/;
/** The plural tellers opening `sentence` when what they told names nothing "they" may stand for; null otherwise. */
function tellersOfNothing(sentence: string, subjectOf: (clause: string, plural: boolean, possessive: boolean, told: boolean) => string | null): string | null {
  const plain = sentence.replace(NAMES_SET_OFF, '$1');
  const told = afterTelling(plain);
  if (told === plain || !told || !namesNoCandidate(told, true)) return null;
  return openingTeller(plain, true, subjectOf);
}

/** The subject of `sentence` when it opens on a telling ("The water board said …"), read as a teller; null otherwise. */
function openingTeller(sentence: string, plural: boolean, subjectOf: (clause: string, plural: boolean, possessive: boolean, told: boolean) => string | null): string | null {
  const words = [...sentence.slice(0, 120).matchAll(WORD)];
  const at = words.findIndex((w, k) => k > 0 && isTellingWord(w[0]));
  if (at < 1 || words.slice(0, at).some((w) => /^(?:and|but|or|that|which|who|when|after|before|because|while|if|as|since)$/i.test(w[0]))) return null;
  const teller = sentence.slice(0, words[at].index! + words[at][0].length);
  // "Wilma Strand said": a name of capitalised words alone is a person's as often as a firm's; "it" is no person.
  const named = words.slice(0, at).map((w) => w[0]);
  if (!plural && named.length >= 2 && named.every((w) => /^[A-Z]/.test(w)) && !/^(?:the|a|an)$/i.test(named[0])) return null;
  return subjectOf(teller, plural, false, true);
}

// "the parks company closed", "the county's parks company brought": a body's noun phrase and the word after it.
const BODY_THEN_WORD = new RegExp(`\\b(?:[Tt]he|[a-z]+['’]s)\\s+((?:[a-z][a-z-]*\\s+){0,2}(?:${BODY_NOUNS.join('|')}))\\s+([a-z]+)\\b`, 'g');
/**
 * The one body `sentence` names as the subject of a verb in the past or of a telling, without its article; null when
 * it names none or more than one, or for "they" (a body is "it").
 */
function bodySubject(sentence: string, plural: boolean): string | null {
  if (plural) return null;
  const bodies = new Set<string>();
  for (const m of sentence.matchAll(BODY_THEN_WORD)) {
    const verb = m[2];
    if (isPastForm(verb) || REPORTING_VERBS.has(verb) || isTellingWord(verb) || /^(?:has|will|would)$/.test(verb)) bodies.add(m[1]);
  }
  return bodies.size === 1 ? [...bodies][0] : null;
}

// Verbs of will besides the tellings: what plans, hopes or refuses is someone, never a thing acted on.
const WILLING = new Set(['plans', 'planned', 'plan', 'intends', 'intended', 'intend', 'hopes', 'hoped', 'hope', 'wants', 'wanted', 'want', 'expects', 'expected', 'expect', 'decided', 'agreed', 'refused', 'declined', 'promised', 'vowed', 'pledged', 'aims', 'aimed', 'apologised', 'apologized', 'denied', 'denies']);
const AGENT_LEAD = /^(?:(?:also|now|still|later|then|has|have|had|will|would|did|does|do|not)\s+){0,3}([a-z]+)\b/;
/** Whether what follows a title's opening pronoun opens on a verb of telling or of will ("said …", "now plans to …"). */
function actsAsAgent(rest: string): boolean {
  const verb = AGENT_LEAD.exec(rest)?.[1];
  return !!verb && (REPORTING_VERBS.has(verb) || isTellingWord(verb) || WILLING.has(verb));
}

/**
 * The last sentence of the paragraph before the one `textBefore` (the article's text up to a paragraph's start) ends
 * in: a statement ending in a full stop, not a heading, a quotation or a question. Empty when there is none.
 */
function closingSentence(textBefore: string): string {
  const end = textBefore.lastIndexOf('\n\n');
  if (end < 0) return '';
  const before = textBefore.slice(0, end).trimEnd();
  const from = before.lastIndexOf('\n\n');
  const paragraph = before.slice(from < 0 ? 0 : from + 2);
  if (!/[a-z0-9)]\.$/.test(paragraph)) return '';
  const ends = sentenceEnds(paragraph);
  const last = paragraph.slice(ends.length ? ends[ends.length - 1].index! + ends[ends.length - 1][0].length : 0);
  return /["“”]/.test(last) ? '' : last;
}

/**
 * Where the pronoun a title opens on stands in the paragraph: in the evidence (from `start` to `end`); else, for a
 * possessive, its antecedent read before the evidence (`antecedent`); else the pronoun opening the evidence's
 * sentence. Null when none is found.
 */
function pronounPlace(paragraph: string, start: number, end: number, pronoun: string, nextWord: string): { at: number; antecedent: boolean } | null {
  const found = [...paragraph.slice(start, Math.min(end, start + 400)).matchAll(PRONOUN)].find((m) => m[0].toLowerCase() === pronoun);
  if (found) return { at: start + found.index, antecedent: false };
  // "The company will close its plant, which opened in 1987": a title made from a relative clause opens on the
  // possessive of its antecedent, read before the evidence in the same sentence ("its plant").
  const antecedent = possessiveBefore(paragraph, start, pronoun, nextWord);
  if (antecedent >= 0) return { at: antecedent, antecedent: true };
  // "They will be closed on Monday, and from 23 December through 1 January": evidence that opens after the
  // sentence's first date has the subject pronoun that opens its sentence.
  const opener = sentenceOpener(paragraph, start, pronoun);
  return opener >= 0 ? { at: opener, antecedent: false } : null;
}

/**
 * The sentence a pronoun at `at` is in, up to it (`current`), and the one before it (`previous`, empty when none):
 * null when a long paragraph is read from an unknown point and no sentence end is seen.
 */
function sentencesUpTo(paragraph: string, at: number, pronoun: string): { current: string; previous: string } | null {
  // A dateline opening the paragraph ("ORLISH (Allied Wire) - ") is no part of the clause before the pronoun.
  const before = paragraph.slice(Math.max(findDateline(paragraph)?.end ?? 0, at - 600), at);
  const ends: number[] = [];
  // The pronoun is read after the text, so a full stop just before it is seen to end a sentence.
  for (const m of matchesOf(SENTENCE_END, `${before}${pronoun}`)) if (!ABBREVIATION.test(before.slice(Math.max(0, m.index! - 5), m.index!)) && !CLOCK.test(before.slice(Math.max(0, m.index! - 4), m.index!))) ends.push(m.index! + m[0].length);
  // Where the text read begins: the paragraph's start, or an unknown point of a long paragraph.
  const whole = at <= 600;
  const opens = ends.length ? ends[ends.length - 1] : whole ? 0 : -1;
  if (opens < 0) return null;
  const previousStart = ends.length > 1 ? ends[ends.length - 2] : whole ? 0 : -1;
  return { current: before.slice(opens), previous: ends.length && previousStart >= 0 ? before.slice(previousStart, opens).trim() : '' };
}

/**
 * The clause whose subject a pronoun stands for, read in its sentence up to it (`current`) or the sentence before, and
 * whether that clause is a telling the pronoun opens what was told of. Empty when there is none to read.
 */
function clauseBeforePronoun(current: string, previous: string, antecedent: boolean, possessive: boolean, pronoun: string): { clause: string; told: boolean; severalBefore?: boolean } {
  if (antecedent && current.trim()) return { clause: current, told: false };
  // "Hollowmere Foods said that its profit fell": a possessive opening what was told is its teller's, as a subject is.
  if (TELLING_END.test(current)) return { clause: current, told: true };
  const semicolon = beforeSemicolon(current);
  if (semicolon !== null) return { clause: semicolon, told: false };
  const joint = beforeJoint(current, JOINING, 3) ?? beforeJoint(current, SUBORDINATOR, 0);
  if (joint !== null) return { clause: joint, told: false };
  // "The firm has built 140 houses since it was founded": "since" joins the clause before it when that is one clause;
  // after an aside or a second clause it may hang on a later noun ("the highest price the saleroom has achieved
  // since it opened", "a programme that had cost 90 million since it began").
  const since = beforeJoint(current, /^since$/i, 0);
  // An object the clause's subject owns by the pronoun's own possessive ("has cut its first stone since it closed")
  // is that subject's, no rival for the pronoun: the clause is read up to it.
  if (since !== null && !/[,;]\s/.test(since) && !MORE_CLAUSES.test(oneSubjectsVerbs(since))) return { clause: pronoun === 'it' ? since.replace(OWNED_OBJECT, '') : since, told: false };
  // "The club raised money for a sonar, which it bought in April": the subject of an object relative clause is the
  // subject of the clause the relative hangs on, never what "which" stands for (what was bought, not who bought it),
  // so that clause's object is no rival; read from its last telling on ("He said the council had made the same
  // mistake with the Corn Exchange, which it bought" is the council's).
  const relative = beforeJoint(current, /^which$/i, 0);
  if (relative !== null) return { clause: afterTelling(relative), told: true };
  // "The following spring it made …": a short phrase of time, and the sentence before is the one to read, when it
  // is one clause ("… called for an inquiry into why the main was still in service. It had been due …" is the
  // main's, not the council's).
  if ((current.trim().split(/\s+/).filter(Boolean).length <= 4 && !/[,;:]\s*$/.test(current.trim())) || !current.trim()) {
    if (!MORE_CLAUSES.test(oneSubjectsVerbs(previous.replace(RELATIVE_ASIDE, '')))) return { clause: previous.replace(WHERE_ASIDE, ''), told: false };
    // "Harlow Motors said on Monday that it would shut the plant. Its shares fell …": a sentence before that tells
    // what its teller would do with the pronoun's own subject form has already taken the teller up by it; the
    // pronoun opening the next sentence goes on with the same one.
    const teller = tellerTakenUp(previous, possessive || pronoun === 'it' ? 'it' : 'they');
    if (teller) return { clause: teller, told: true };
    return { clause: '', told: false, severalBefore: !!previous.trim() };
  }
  return { clause: '', told: false };
}

// An object opened by "its" closing the clause before "since": its words after the verb.
const OWNED_OBJECT = /\s+its\s+[^\s,;]+(?:\s+[^\s,;]+){0,5}\s*$/i;

// Words that open a clause of their own before a teller ("Sales fell after the chairman left, and the firm said").
const OPENING_CLAUSE = /^\s*(?:after|when|while|as|because|since|although|though|if|before|until|once)\s[^,;]*,\s*/i;
const BEFORE_TELLER = /[;:]|\b(?:and|but|or|that|which|who|when|after|before|because|while|as|since|if|until)\s/gi;
/**
 * Who tells in `clause` (its words before its last telling verb, from the last clause opening before them) and that
 * verb ("said"); both empty when no telling verb follows its first word.
 */
function tellerOf(clause: string): { teller: string; telling: string } {
  const words = [...clause.matchAll(WORD)];
  const last = words.findLastIndex((w) => isTellingWord(w[0].toLowerCase()));
  if (last < 1) return { teller: '', telling: '' };
  // "After the chairman resigned, Harlow Motors said": a clause opening the sentence ends at its comma.
  // "The maker, Arvo Pharma, which bought the rights, said": a relative set off by commas is the teller's aside.
  const before = clause.slice(0, words[last].index).replace(OPENING_CLAUSE, '').replace(RELATIVE_ASIDE, ',');
  const opens = lastMatchOf(BEFORE_TELLER, before);
  return { teller: opens ? before.slice(opens.index + opens[0].length) : before, telling: words[last][0] };
}

/** The words of `clause` after its last telling verb and the "that" after it; the whole clause when it tells nothing. */
function afterTelling(clause: string): string {
  const words = [...clause.matchAll(WORD)];
  const last = words.findLastIndex((w) => isTellingWord(w[0].toLowerCase()));
  return last < 0 ? clause : clause.slice(words[last].index! + words[last][0].length).replace(/^\s*that\s/i, '').trim();
}

const NOUN_BEFORE_NAME = /^\s*(?:the|a|an)\s+[a-z]{2,20}(?:\s+[a-z]{2,20})?,\s+(?=[A-Z])/i;
/**
 * The words of `sentence` up to a telling whose told clause opens on `subject` ("it" or "they") as its subject
 * ("Harlow Motors said on Monday that it"), the first telling only; null when there is none or the sentence opens on
 * a pronoun itself (its teller is no name to give).
 */
function tellerTakenUp(sentence: string, subject: string): string | null {
  const at = sentence.search(patternOf(`\\s${subject}\\s+[a-z]`, 'i'));
  if (at < 0) return null;
  // "The maker, Arvo Pharma, said …": the name after its noun is the teller's short form.
  const clause = sentence.slice(0, at).replace(NOUN_BEFORE_NAME, '');
  // Not a telling after another verb of the same subject ("Experts examined the painting and confirmed that it …"):
  // the pronoun may be that verb's object's.
  if (!TELLING_END.test(clause) || /^\W*(?:it|they|he|she|we|i|you)\b/i.test(clause) || /\band\b/.test(clause)) return null;
  return clause;
}

/** The title with its opening pronoun (`opening`, with its space) replaced by `subject`; unchanged past ten words. */
function pronounNamed(title: string, opening: string, subject: string, plural: boolean, possessive: boolean): string {
  // "Last Tuesday the bus company": a phrase of time the tags ran into the subject is no part of it.
  const article = /\s(?=(?:the|a|an)\s)/i.exec(subject);
  if (article && !namesAnything(subject.slice(0, article.index))) subject = subject.slice(article.index + 1).replace(/^(?:the|a|an)\s+/i, '');
  const whole = `${possessive ? (/s$/.test(subject) && plural ? `${subject}'` : `${subject}'s`) : subject} ${title.slice(opening.length)}`;
  // "Information office said the inquiry would look at the council's security": a title the name makes too long is
  // cut at its last phrase boundary that keeps the name, as any long title is.
  const named = whole.split(/\s+/).length > MAX_WORDS ? fittedTitle(whole) : whole;
  if (named.split(/\s+/).length > MAX_WORDS || !named.startsWith(whole.split(/\s+/, 1)[0])) return title;
  return named.charAt(0).toUpperCase() + named.slice(1);
}

/**
 * Where the pronoun opening the sentence that `start` is in stands, when only a phrase of time or place is before it
 * ("On Monday they …") and the evidence is further on in that sentence; -1 otherwise.
 */
function sentenceOpener(paragraph: string, start: number, pronoun: string): number {
  const { before } = sentenceAround(paragraph, start);
  if (!before) return -1;
  const m = patternOf(`^(\\s*(?:[^,;:.]{0,40},\\s+)?)${pronoun}\\b`, 'i').exec(before);
  if (!m || (m[1].trim() && namesAnything(m[1]))) return -1;
  return start - before.length + m[1].length;
}

// "…, with last entry at 5 p.m.; from October through March it closes": a semicolon closing a clause, only a phrase
// of time between it and the pronoun.
function beforeSemicolon(text: string): string | null {
  const at = text.lastIndexOf(';');
  if (at < 0 || namesAnything(text.slice(at + 1))) return null;
  const clause = text.slice(0, at);
  return clause.includes(';') ? clause.slice(clause.lastIndexOf(';') + 1) : clause;
}

// "…, and will reopen on Friday", "…, and Thursday, Dec. 25,": a comma and a conjunction before a helping verb or
// a date join the same subject's verbs or dates, not another clause.
const DATE_NAMES = [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].filter((w) => /^[a-z]+$/.test(w)).join('|');
const SAME_SUBJECT_JOINT = new RegExp(`,\\s+(?:and|but)\\s+(?=(?:will|would|can|could|may|might|must|should|is|are|was|were|has|have|had|then|later|also|${DATE_NAMES})\\b)`, 'gi');
// "… has been run by the family ever since.": "since" closing its sentence is an adverb, opening no clause.
const SINCE_CLOSING = /\bever\s+since(?=[.!?]?\s*$)/i;
// "closed since Dec. 27", "until 1 May": a subordinator before a date is a preposition, opening no clause.
const BEFORE_DATE = new RegExp(`\\b(?:since|until|after|before)\\s+(?=\\d|(?:${DATE_NAMES})\\b)`, 'gi');
// "The East Gallery, where the models will be shown, has been closed": a relative clause of place set off by commas.
const WHERE_ASIDE = /,\swhere\s[^,;]{1,150},/g;
const oneSubjectsVerbs = (text: string) => text.replace(SAME_SUBJECT_JOINT, ' ').replace(SINCE_CLOSING, '').replace(BEFORE_DATE, 'from ').replace(WHERE_ASIDE, '');

// "…, which stood at the end of the lane until", "the station, manned since": a relative clause or a participle
// set off after a noun, with no subject of its own, closing the clause before a subordinator.
const CLOSING_SUBORDINATOR = /^(?:until|since|after|before|when|while)$/i;
const RELATIVE_OPENING = /^\s*which\s+(?:[a-z]+ly\s+)?(?:was|were|is|had|has|stood|stands|[a-z]{3,}ed)\b/i;
const PARTICIPLE_ALONE = /^\s*[a-z]{3,}(?:ed|en|lt|wn)\s*$/i;

/**
 * "the town gasworks, which stood there until it was demolished": the thing a relative clause or a participle set
 * off after it tells of is what an "it" in a clause the relative clause leads into stands for. Its words without
 * an opening article, when it is one thing (not a person's noun, not a plural); else null.
 */
function relativeAntecedent(current: string): string | null {
  const body = beforeJoint(current, CLOSING_SUBORDINATOR, 0);
  if (body === null) return null;
  const comma = body.lastIndexOf(',');
  const set = body.slice(comma + 1);
  if (comma < 0 || set.length > 130 || /;/.test(set) || !(RELATIVE_OPENING.test(set) || PARTICIPLE_ALONE.test(set))) return null;
  // "By the weekend the mill": the phrase opens at its last article.
  const phrase = LAST_NOUN_PHRASE.exec(body.slice(Math.max(0, comma - 80), comma))?.[0].split(/\s+(?=(?:the|a|an)\s)/i).pop();
  // A name before ", which" is a thing's ("Orran Shipping, which has sailed there since it took over the route"): "which"
  // stands for no person.
  const thingNamed = !!phrase && /^[A-Z][\w'’-]*\s+[A-Z]/.test(phrase) && /^\s*which\s/i.test(set);
  if (!phrase || !(thingNamed || (/^(?:the|a|an)\s/i.test(phrase) && !PERSON.test(phrase)))) return null;
  const words = withoutArticle(phrase);
  const last = words.split(/\s+/).pop()!;
  // A name's last word may be a plural ("Pell Ferries", "Varrow Motors"): the name is one firm's all the same.
  if (/[^s'’]s$/.test(last) && !INVARIANT_THING.test(last) && !thingNamed) return null;
  return words;
}
// ", and" or a subordinator right before the pronoun: "its" opens a clause of its own.
const POSSESSIVE_AFTER_JOINT = /(?:,\s+and|\b(?:after|since|when|until|because|before|while))\s+$/i;
// After a subject (and an aside set off after it), a verb and an article: the verb's object, a thing "its" may
// stand for as well ("The guild sold the mill in May, and its wheel was taken down").
const OBJECT_AFTER_SUBJECT = /^(?:\s*,[^,;]{1,120},)?\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+(?:the|a|an)\s/;
/** The first clause's subject (`lead`, title-syntax.ts's leadingSubject) as what "its" stands for; null when its verb has an object that could be meant. */
function ownerLeading(current: string, lead: (sentence: string, plural: boolean) => string | null): string | null {
  const subject = lead(current, false);
  if (!subject) return null;
  const at = current.toLowerCase().indexOf(subject.toLowerCase());
  return at >= 0 && !OBJECT_AFTER_SUBJECT.test(current.slice(at + subject.length)) ? subject : null;
}

// "Dr Pellow managed the ferry kiosk from 1972 until": a clause ending on its object (a phrase of time
// after it aside), then the subordinator that opens the clause "it" is in. The object is read from its last article.
const THING_BEFORE_SUBORDINATE = /\b(?:the|a|an)\s+((?:(?!(?:the|a|an|at|in|on|of|to|for|from|by|with)\s)[\w'’-]+\s+){0,3}[\w'’-]+)(?:\s+(?:from|in)\s+(?:the\s+)?\d{4}s?)?\s+(?:since|until|till|after|before|when)\s+$/i;
// A sentence opening on a person ("Dr Pellow", "Brother Anselm, 70,") or on many ("Farmers in Corran").
const PERSON_OR_MANY_OPENING = new RegExp(String.raw`^\s*(?:(?:${HONORIFIC_ALTS})\.?\s+[A-Z]|[A-Z][a-z]+\s+[A-Z][a-z]+,\s+\d{1,3},|(?:The\s+)?[A-Za-z][a-z]{2,}[^s\W]s\s+(?!(?:of\s+)?[A-Z]))`);
// Words of time, which an "it" after them seldom stands for ("from the start of the year until it").
const TIME_HEAD = new RegExp(String.raw`^(?:year|month|week|day|${PART_OF_DAY_ALTS}|season|time|start|end|beginning|middle|${SEASON_NOUN_ALTS}|decade|century)$`, 'i');

/**
 * "Dr Pellow managed the ferry kiosk from 1972 until it shut": an "it" cannot stand for a person or for many, so
 * when the sentence opens on one and the clause before the pronoun's ends on a thing, a phrase of time aside, the
 * pronoun stands for that thing ("Ferry kiosk shut"). Its words without the article; null otherwise.
 */
function thingBeforeSubordinate(current: string): string | null {
  if (!PERSON_OR_MANY_OPENING.test(current)) return null;
  const m = THING_BEFORE_SUBORDINATE.exec(current.slice(-120));
  if (!m) return null;
  const head = m[1].split(/\s+/).pop()!;
  if (PERSON.test(m[1]) || PERSON_NOUN.test(head) || TIME_HEAD.test(head) || (/[^s'’]s$/.test(head) && !INVARIANT_THING.test(head))) return null;
  return m[1];
}

// Things whose one is spelt with an "s": "the gasworks", "the waterworks".
const INVARIANT_THING = /^(?:[a-z]*works|headquarters|series|barracks|crossroads)$/i;

// A name (the object of a preposition), its comma, and the relative clause the title is made from.
const PLACE_THEN_RELATIVE = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?:which|who)\s/;
/**
 * Where "its <noun>" (the pronoun and the title's next word) stands in the sentence before `start`, with no full
 * stop between and a comma just before `start` (the relative clause the title is made from); -1 when it does not.
 */
function possessiveBefore(paragraph: string, start: number, pronoun: string, noun: string): number {
  // The evidence may open on the place after a preposition the phrase closes on ("its mill at | Carrow, which …").
  if (!noun || !(/,\s*$/.test(paragraph.slice(Math.max(0, start - 3), start)) || PLACE_THEN_RELATIVE.test(paragraph.slice(start, start + 60)))) return -1;
  const from = Math.max(0, start - 200);
  const window = paragraph.slice(from, start);
  const at = window.toLowerCase().lastIndexOf(`${pronoun} ${noun.toLowerCase()}`);
  if (at < 0 || (at > 0 && /\w/.test(window[at - 1])) || /[.!?;]/.test(window.slice(at))) return -1;
  return from + at;
}

// A title in a speaker's own words that does not say who did it ("We need dry weather", "This has been a difficult
// year"), or one the patterns left with its teller at the end ("We found out from Facebook said Janet Mills").
// So is a telling left alone after its quotation was cut away ("Said Ola Brenn", of "“…,” said Ola Brenn, the editor").
export const SPOKEN = /^(?:We|I|Our|My|This|These|Those|Please)\b|\ssaid\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}$|^Said\s+[A-Z]/;
// "Said Ola Brenn": the telling verb and its teller, the quotation before them.
const SAID_ALONE = /^Said\s+((?:[a-z]+\s+){0,3})([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})$/;
// A quotation that closes right before a telling: its opening mark, its words, its closing comma and mark.
const QUOTE_BEFORE = /["“]([^"“”]{3,400}?)[,.!?]?["”]\s*$/;
const OPENS_ON_SPEAKER = /^(?:We|I|Our|My|This|These|Those|Please)\b/;
// "…, said Janet Mills", "… said county health officer Dr. Rena Ashby": the teller closes the title.
const SAID_AT_END = /\ssaid\s+((?:[a-z]+\s+){0,3})([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})$/;
// What follows a quotation's closing mark: "said Mayor Anna Kovic", "she said", "Asch said", "union president
// Hector Maruni told".
const TELLER_AFTER = /^\s*(?:said\s+(?:[a-z]+\s+){0,3}([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})|(he|she|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s+(?:said|says|added|told)\b)/;
// Words that open a quotation in lower case once a teller is put before them.
const LOWER_FIRST = /^(?:We|He|She|His|Her|Our|My|This|These|Those|That|It|They|Their|There|The|A|An|Please|You|Your)$/;

/**
 * A title in a speaker's own words, with nothing to say who, told by whom: "We need dry weather" of "“We need dry
 * weather,” said Mayor Anna Kovic" → "Mayor Anna Kovic said we need dry weather"; "This has been a difficult year"
 * of "“…,” she said" → "She said this has been a difficult year" (whose name namedSubject then gives). The teller
 * is read after the quotation's closing mark, in the same sentence; a teller the patterns left at the title's end
 * is put first. Unchanged when no teller is found or the title would be longer than ten words with the family
 * name alone.
 */
export function quotedTitle(title: string, paragraph: string, start: number, make?: (clause: string) => string): string {
  let rest = title;
  let teller = '';
  const end = SAID_AT_END.exec(title);
  const alone = SAID_ALONE.exec(title);
  if (alone) {
    // "“She could tell you …,” said Ola Brenn": what was said is the quotation the telling closes.
    // The evidence may open inside the quotation ("and on what day,” said …"): the telling is found from there.
    const said = paragraph.indexOf(`said ${alone[1]}${alone[2]}`, start);
    const at = said >= 0 && said - start < 200 ? said : start;
    const quote = make ? QUOTE_BEFORE.exec(paragraph.slice(Math.max(0, at - 420), at)) : null;
    rest = quote ? withoutDateWords(make!(quote[1])) : '';
    teller = alone[2];
  } else if (end) {
    rest = title.slice(0, end.index);
    teller = end[2];
  } else {
    if (!OPENS_ON_SPEAKER.test(title)) return title;
    const open = /^\s*["“]/.exec(paragraph.slice(start, start + 4));
    if (!open) return title;
    const from = start + open[0].length;
    const quote = paragraph.slice(from, from + 600);
    const close = quote.search(/["”]/);
    if (close < 0 || /[.!?]\s+["“]/.test(quote.slice(0, close))) return title;
    // The title is made from the quotation's words, not from a telling around it.
    const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
    const said = words(quote.slice(0, close));
    if (!words(title).slice(0, 2).every((w) => said.includes(w))) return title;
    const m = TELLER_AFTER.exec(quote.slice(close + 1, close + 120));
    if (!m) return title;
    teller = m[1] ?? m[2];
  }
  if (!teller || !rest.trim() || rest.split(/\s+/).length < 2) return title;
  const first = rest.split(/\s/, 1)[0];
  const told = LOWER_FIRST.test(first) ? first.toLowerCase() + rest.slice(first.length) : rest;
  const speaker = /^(?:he|she)$/.test(teller) ? teller.charAt(0).toUpperCase() + teller.slice(1) : teller;
  // The whole name with its post, then the name alone (its last two words), then the family name.
  for (const who of [speaker, speaker.split(/\s+/).slice(-2).join(' '), speaker.split(/\s+/).pop()!]) {
    const made = `${who} said ${told}`;
    if (made.split(/\s+/).length <= MAX_WORDS) return made;
  }
  return title;
}

// Words that lead into a date: they go with it.
const INTO_DATE = /^(?:in|on|at|by|since|until|from|last|this|next|that|early|late)$/i;

/**
 * A quotation's title up to its first date word ("we built this plan in August" → "we built this plan"): a quotation
 * is titled whole, and its dates are the event's, not its title's. Empty when fewer than two words are left.
 */
function withoutDateWords(told: string): string {
  const words = told.split(/\s+/);
  let k = words.findIndex((w) => {
    const x = w.toLowerCase().replace(/[^a-z\d]+$/, '');
    // A month is a month capitalised ("May", not "we may").
    return (MONTHS[x] !== undefined && /^[A-Z]/.test(w)) || WEEKDAYS[x] !== undefined || /^(?:1[6-9]|20)\d\d$/.test(x) || /^(?:yesterday|today|tomorrow|tonight)$/.test(x);
  });
  if (k < 0) return told;
  while (k > 0 && INTO_DATE.test(words[k - 1])) k--;
  return k >= 2 ? words.slice(0, k).join(' ').replace(/[\s,;:]+$/, '') : '';
}

/**
 * A title under three words made fuller from the article's own words around its evidence (`start` in
 * `paragraph`): one that opens on its verb takes the subject of the clause it goes on ("Broke down" of "Peace talks
 * … stalled in March, resumed in April and broke down in June" → "Peace talks … broke down"), with that clause's
 * helping verb for a plain form ("The museums will shut …, and stay shut" → "The museums will stay shut"); one that
 * opens on a noun takes the article the text gives it ("The dam burst", "The tower fell" of "The tower, which fell
 * …"); a person's family name alone takes the whole name the text gave before (`before`, read only then):
 * "Lindqvist retired" → "Greta Lindqvist retired". `opening` and `subjectOf` are title-syntax.ts's titleOpening and lastSubject; `isVerb` the
 * pattern pass's word lists, for a verb the tags took for a name ("and Broke/PROPN down"). Unchanged when none of
 * these is found.
 */
export function fullerTitle(
  title: string,
  paragraph: string,
  start: number,
  before: () => string,
  opening: (title: string) => 'verb' | 'base' | 'noun' | null,
  subjectOf: (text: string) => { subject: string; helping: string; final?: boolean } | null,
  isVerb: (word: string) => boolean = () => false,
): string {
  // A phrase cut from its clause ("At the clinic", "Except") is told with that clause first.
  const hosted = hostedTitle(title, paragraph, start, isVerb);
  if (hosted !== title) return hosted;
  // An object pronoun ("closed it", "refused to meet her") says what or whom only in its sentence.
  const objectNamed = namedObject(title, paragraph, start, before);
  if (objectNamed !== title) return objectNamed;
  const decided = decidedInfinitive(title, paragraph, start);
  if (decided !== title) return decided;
  const words = title.split(/\s+/);
  if (/[:…]/.test(title)) return title;
  const short = words.length < MIN_TITLE_WORDS;
  const first = words[0];
  const sentence = sentenceAround(paragraph, start, 300).before ?? '';
  const evidence = paragraph.slice(start, start + 120);
  const opensEvidence = evidence.startsWith(`${first.toLowerCase()} `);
  const hung = subjectHungOn(title, paragraph.slice(start, start + 300), { short, first, sentence, evidence, opensEvidence }, subjectOf, isVerb);
  if (hung !== null) return hung;
  // "We built the plan in August, tested it in October": a past verb with an object after a comma is the next of a
  // list of one subject's verbs; a participle after a comma describes the noun before it and takes none
  // ("payments …, made between 2011 and 2014").
  const listed = short && opensEvidence && /,\s*$/.test(sentence) && LISTED_VERB.test(evidence) && (/^[a-z]{3,}ed$/.test(first.toLowerCase()) || isVerb(first.toLowerCase()));
  // A longer title is read only when its evidence opens on its first word, after a conjunction: one that opens on
  // its verb ("Was put in charge of …", "Said the river would …") lacks the subject the joined clause gives.
  // Not after a relative or subordinate clause, whose verb the one joined may be ("Tenants who signed … and have not
  // moved in"), or not ("The team scanned the skull when a scanner was free, and sent …").
  // A relative or subordinate clause closed by its comma before the conjunction ("She found the key on May 6, when
  // she cleared the loft, and claimed …") is an aside: the verb joined after it is the main clause's.
  const main = sentence.replace(CLOSED_ASIDE, '');
  // "Ada Kell, who joined the mill in 1970 and retired in 2005": a verb joined inside a relative clause set off after
  // a noun phrase is that clause's, whose subject is the noun phrase; so is one in a relative clause with no comma
  // before it ("a recount that lasted all night and closed").
  const relative = RELATIVE_CONJUNCT.exec(main) ?? restrictiveConjunct(main, isVerb);
  // After a passive the joined past form is the passive's second participle ("who was arrested … and charged") unless
  // an object follows it or it names what no one is done to ("… and died"): told with the passive's helping verb.
  const passive = relative ? PASSIVE_OPEN.exec(relative[1]) : null;
  const participleJoined = passive && opensEvidence && (isPastForm(first.toLowerCase()) || PAST_PARTICIPLES.has(first.toLowerCase()) || /^[a-z]{2,}ed$/.test(first.toLowerCase())) && !NOT_DONE_TO.test(first) && !OBJECT_NEXT.test(words[1] ?? '');
  // Nor an object relative, whose subject is its own ("the barn, which the trust leased in 1992 and gave up …").
  const antecedent = relative ? conjunctAntecedent(main, relative) : '';
  const ownSubject = antecedent && antecedent.split(' ').length <= 6 && /^[A-Z]|^(?:the|a|an|his|her|its|their)\s/i.test(antecedent) ? antecedent : '';
  if (ownSubject && participleJoined && CONJOINED.test(main.slice(-12))) return withinBounds(`${ownSubject} ${passive![1].toLowerCase()} ${first.toLowerCase()}${title.slice(first.length)}`, title);
  if (!short && !(opensEvidence && CONJOINED.test(main.slice(-12)) && (ownSubject || !/\b(?:who|which|that|whose|whom|when|while|because|although|if|where|as)\b/i.test(main)))) return title;
  // "and rehearsed/PROPN it last month": a first word the tags took for a name is the verb its evidence opens on
  // after a conjunction.
  const conjoined = (CONJOINED.test(sentence.slice(-12)) && opensEvidence) || listed;
  const kind = conjoined && (/ed$/.test(first) || isVerb(first.toLowerCase()) || presentAfterJoint(title)) ? 'verb' : opening(title);
  const subjectFound = ownSubject ? () => ({ subject: ownSubject, helping: '', final: true }) : subjectOf;
  if (kind === 'verb' || kind === 'base') return joinedVerbWithSubject(title, kind, { evidence, sentence: main, short, listed }, subjectFound);
  return short ? withArticleOrName(title, words, kind === 'noun', evidence, sentence, before) : title;
}

// "the council voted by six votes to four | to close the hall": a verb of deciding and its tally right before the
// infinitive the title opens on, or the day it was decided ("decided that night", "agreed on Friday"); or the first of a
// list of infinitives ("agreed to shut the pool …, | to sell …").
const DECIDED_BEFORE = new RegExp(String.raw`\b(${DECISION_VERB})${VOTE_TALLY}(?:\s+(?:that|this|last|on|in)\s+[\w'’-]+(?:\s+(?:${PART_OF_DAY_ALTS}))?)?\s+$`, 'i');
const DECIDED_TO = new RegExp(String.raw`\b(${DECISION_VERB})${VOTE_TALLY}\s+to\s`, 'i');

/**
 * A title opening on an infinitive ("To close the reading room") cut from the verb of deciding it hangs on, in its
 * sentence before it: told with that verb and its subject ("Parish council voted to close the reading room"), as the
 * decision says who is to act; a title too long for them is cut at a phrase's end. Unchanged when no such verb is found.
 */
function decidedInfinitive(title: string, paragraph: string, start: number): string {
  if (!/^To [a-z]/.test(title) || !/^to\s/.test(paragraph.slice(start, start + 3))) return title;
  const before = sentenceAround(paragraph, start).before;
  if (!before) return title;
  let decided = DECIDED_BEFORE.exec(before);
  if (!decided) {
    const listed = DECIDED_TO.exec(before);
    if (listed && /,\s*(?:and\s+)?$/.test(before) && !/[;:]/.test(before.slice(listed.index))) decided = listed;
  }
  if (!decided) return title;
  // The clause the verb is in: after a clause joined before it ("The ice began to soften, and the board decided").
  const head = before.slice(0, decided.index + decided[1].length);
  const joint = Math.max(head.lastIndexOf(', and '), head.lastIndexOf(', but '), head.lastIndexOf('; '));
  const own = joint >= 0 ? head.slice(joint).replace(/^[,;]\s+(?:(?:and|but)\s+)?/, '') : head;
  // Its subject is the words right before it: not a letter's "Sir, -" or a phrase fronted before the subject's comma.
  const nextTo = (p: ClauseParts | null): p is ClauseParts => !!p && own.endsWith(`${p.subject} ${p.verbs}`);
  const whole = clauseParts(own);
  const parts = nextTo(whole) ? whole : clauseParts(own.slice(own.lastIndexOf(', ') + 2));
  if (!nextTo(parts) || !parts.verbs.split(' ').includes(decided[1]) || /^(?:it|this|that|there)$/i.test(parts.subject)) return title;
  return withinBounds(`${capitalised(withoutArticle(parts.subject))} ${parts.verbs} ${uncapitalised(title)}`, title);
}

/** Where a title stands: its first word, whether it is short, its sentence before its evidence, and that evidence. */
interface TitleSetting {
  short: boolean;
  first: string;
  sentence: string;
  evidence: string;
  /** Whether the evidence opens on the title's first word. */
  opensEvidence: boolean;
}

/**
 * A title opening on a form that hangs on another clause's subject, with that subject: a perfect participle opening
 * its sentence, a gerund after "before" or "after", an -ing form after a comma, a verb after an aside set off after
 * the sentence's subject. `after` is the paragraph from the title's evidence on. Null when the title opens on none.
 */
function subjectHungOn(title: string, after: string, at: TitleSetting, subjectOf: (text: string) => { subject: string; helping: string; final?: boolean } | null, isVerb: (word: string) => boolean): string | null {
  const { short, first, sentence, evidence, opensEvidence } = at;
  // "Having returned in June from …, the brigade spent …": a perfect participle opening its sentence tells of the
  // subject of the clause after its comma ("Brigade returned").
  if (/^having\s/i.test(evidence) && !sentence.trim() && /^Having\s+[a-z]{3,}ed\b/.test(title)) return havingWithSubject(title, after);
  // "Born in 1930 in Eldham, the son of a smith, Pell left school at 15": a past participle opening its sentence
  // tells of the subject of the clause after its phrase ("Pell was born in Eldham").
  if (!sentence.trim() && evidence.startsWith(`${first} `) && FRONTED_PARTICIPLE.test(first) && (/ed$/.test(first) || isOneOf(first, PAST_PARTICIPLES))) return participleWithSubject(title, after);
  // "… before leaving for Oslo", "… after being closed": a gerund whose subject is the clause's it hangs on.
  if (opensEvidence && /^[A-Z][a-z]+ing$/.test(first) && GERUND_AFTER.test(sentence.slice(-12))) return gerundWithSubject(title, sentence.replace(GERUND_AFTER, ''), subjectOf);
  // "… will be closed until Jan. 1, reopening Jan. 2": an -ing form after a comma closing a clause goes on with that
  // clause's subject. A short title only: a longer one has its own subject or names a state ("… , leaving 12 dead").
  if (short && opensEvidence && /^[A-Z][a-z]+ing$/.test(first) && /,\s*$/.test(sentence)) return gerundWithSubject(title, sentence.replace(/[\s,]+$/, ''), subjectOf);
  // "… won the title on Sunday, breaking a record that had stood since 1977": a longer one too when the -ing form
  // acts on an object of its own, what the clause's happening did, and the clause names its whole subject before it.
  if (opensEvidence && RESULT_OPENING.test(title) && !NOT_RESULT.test(first) && /,\s*$/.test(sentence)) return resultWithSubject(title, sentence.replace(/[\s,]+$/, ''), subjectOf);
  // "Ruth Almquist, whose libraries changed how towns built, died on Saturday": a verb opening its evidence right
  // after an aside set off after the sentence's subject (a relative clause, an age, an appositive) has that subject.
  const asideSubject = opensEvidence && /^[a-z]/.test(evidence) && (isVerb(first.toLowerCase()) || /^[A-Z][a-z]+ed$/.test(first)) ? SUBJECT_THEN_ASIDE.exec(sentence) : null;
  if (!asideSubject) return null;
  const told = `${first.toLowerCase()}${title.slice(first.length)}`;
  const made = withinBounds(`${asideSubject[1]} ${told}`, title);
  // "Councillor Mrs. E. Fairlie, who …, said that the town would lose …": too long with the whole name, the title
  // names its subject as the article does again, by the family name.
  const family = made === title ? FAMILY_NAME.exec(asideSubject[1]) : null;
  return family ? withinBounds(`${family[1]} ${told}`, title) : made;
}

/**
 * A result told by an -ing form after a comma ("ending a dispute"), told with the subject opening `clause` (the
 * sentence up to that comma, its dateline passed over) as gerundWithSubject tells it; unchanged when the clause does
 * not open on its whole subject.
 */
function resultWithSubject(title: string, clause: string, subjectOf: (text: string) => { subject: string; helping: string; final?: boolean } | null): string {
  const dateline = findDateline(clause)?.end ?? LEADING_DATELINE.exec(clause)?.[0].length ?? 0;
  // The subject opening the clause, with no helping verb to hand on: not a that-clause's inside it ("ruled that a
  // bell … must be returned, ending a dispute": the ruling ended it), nor a plain form a modal would need.
  return gerundWithSubject(title, clause.slice(dateline), (text) => {
    const found = subjectOf(text);
    return found?.final && !found.helping && !/,|ing$/.test(found.subject) && text.trimStart().startsWith(found.subject) ? found : null;
  });
}

/** A short title opening on a noun (`noun`) with the article the text gives it, or a family name with the whole name; else unchanged. */
function withArticleOrName(title: string, words: string[], noun: boolean, evidence: string, sentence: string, before: () => string): string {
  const first = words[0];
  if (noun) {
    // The article before the title's words as its evidence gives them ("The storm struck"), or before its first
    // word in the sentence when the evidence is a relative clause of that noun ("The bridge, which opened …").
    // Not "the mayor" of "Elected in 2010, the mayor …": "The mayor elected" would read as a noun phrase.
    const word = first.toLowerCase();
    const own = articleBefore(evidence, title.toLowerCase(), false);
    const article = own ?? (/^(?:which|who|that)\s/i.test(evidence) ? articleBefore(sentence, word, true) : null);
    if (article && word.length > 1) return `${article.charAt(0).toUpperCase()}${article.slice(1)} ${word}${title.slice(first.length)}`;
  }
  // "Penhale resigned": a family name alone, of a person the text named in full before.
  if (words.length === 2 && /^[A-Z][a-z]+$/.test(first) && !/^(?:It|He|She|We|They|You|This|That|These|Those|There|Its|His|Her|Our|Their)$/.test(first) && !/^[A-Z]/.test(words[1])) {
    const named = wholeNameBefore(first, before);
    if (named) return `${named} ${words[1]}`;
  }
  return title;
}

/**
 * A title whose evidence opens on its verb, joined to the clause before it ("… and collapsed again"), with the
 * subject of that clause put first; the title unchanged when there is none to take. `kind` is the title's opening:
 * a verb, or a base form that takes the clause's helping verb too ("The hall will shut in May and reopen in June":
 * "The hall will reopen in June").
 */
function joinedVerbWithSubject(
  title: string,
  kind: 'verb' | 'base',
  at: { evidence: string; sentence: string; short: boolean; listed: boolean },
  subjectOf: (text: string) => { subject: string; helping: string; final?: boolean } | null,
): string {
  const { evidence, sentence, short, listed } = at;
  const first = title.split(/\s+/)[0];
  // Only a title whose evidence opens on that verb, joined to the clause before it ("… and collapsed again"):
  // the subject is that clause's. After a comma alone the verb may be a participle describing the noun before it
  // ("payments …, made between 2011 and 2014").
  if (!/^[a-z]/.test(evidence) || !evidence.toLowerCase().includes(first.toLowerCase()) || !(CONJOINED.test(sentence.slice(-12)) || listed)) return title;
  // "The council, which has owned the hall since 1921, closed it": the subject before a relative aside, whole.
  const bare = listed ? BARE_SUBJECT.exec(sentence.replace(RELATIVE_ASIDE_END, '')) : null;
  // "MOSSBY (Coast Wire) - Two thieves broke in … and drove off": a dateline opening the sentence is no part of it,
  // nor its place the subject.
  const dateline = bare ? null : findDateline(sentence);
  const found = bare ? { subject: bare[1], helping: '', final: true } : subjectOf(dateline ? sentence.slice(dateline.end) : sentence);
  if (!found) return title;
  // A longer title takes only a subject whose clause ends where it joins: not a pronoun that the pronoun passes
  // name better, nor one with a phrase set off in it ("This summer, restrictions") or cut at an -ing form the
  // tags took for a noun ("A builder clearing | out a garage").
  if (!short && (!found.final || /,|ing$/.test(found.subject) || /^(?:this|that|these|those)$/i.test(found.subject))) return title;
  // "They moved to …" rather than "Moved to …": a pronoun is a subject the pronoun passes may name, but a title opening
  // on a helping verb ("Will publish …") is left to take the event before's subject by name (joinedSubject), and a
  // title with a pronoun put first must fit as it stands.
  const pronoun = /^(?:it|they)$/i.test(found.subject);
  if (!short && pronoun && (isOneOf(first, MODALS, BE_HAVE_AUXILIARIES) || title.split(/\s+/).length >= MAX_WORDS)) return title;
  const helping = kind === 'base' && found.helping ? `${found.helping} ` : '';
  return withinBounds(`${found.subject} ${helping}${first.toLowerCase()}${title.slice(first.length)}`, title);
}

/**
 * The whole name ("Greta Lindqvist") of a person the text named before (`before`, read only now) whose family name
 * is `family`: the first outside a heading, whose words may run into it ("Museum Acquires Orlen Collection").
 */
function wholeNameBefore(family: string, before: () => string): string | undefined {
  const text = before().slice(-LOOK_BACK);
  const whole = mentions(text).filter((x) => !x.relative && x.name.split(/\s+/).length >= 2 && x.name.split(/\s+/).pop() === family && !/^(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(x.name));
  return (whole.find((x) => !inHeading(text, x.at)) ?? whole[0])?.name;
}

const MIN_TITLE_WORDS = 3;

// A main clause's subject that names no one the fronted phrase could tell of ("it", "there", "you").
const NAMES_NO_ONE = /^(?:it|this|that|there|i|you)$/i;

/** "Having returned …, the brigade spent …" → "Brigade returned": the subject after the phrase's comma, in `sentence`. */
function havingWithSubject(title: string, sentence: string): string {
  const comma = /,\s+(?=(?:the|an?|its|their|he|she|they|we)\b|[A-Z])/.exec(sentence.slice(0, SENTENCE_CLOSE.exec(sentence)?.index ?? sentence.length));
  if (!comma) return title;
  const main = sentence.slice(comma.index + comma[0].length);
  // The main clause's own subject, its first ("Kostel's board said … and recommended that shareholders accept").
  const found = clauseParts(main.slice(0, main.search(/[.;!?]|$/)));
  if (!found || NAMES_NO_ONE.test(found.subject)) return title;
  const subject = PERSONAL_PRONOUN.test(found.subject) ? capitalised(found.subject) : capitalised(withoutArticle(found.subject));
  return withinBounds(`${subject} ${title.slice('Having '.length)}`, title);
}

// A word opening a sentence that may be a past participle: "Born", "Founded", "Asked" (the word lists say which).
const FRONTED_PARTICIPLE = /^[A-Z][a-z]{2,}$/;

/**
 * "Born in 1930 in Eldham, the son of a smith, Pell left school …" → "Pell was born in Eldham": a past participle's
 * phrase opening its sentence (`sentence`, from the title's evidence on) told as the passive of the subject of the
 * first clause after it with a subject and a verb of its own; an appositive (", the son of a smith,") or a
 * relative clause between them is passed over. Unchanged when no such clause follows, or the title holds it already.
 */
function participleWithSubject(title: string, sentence: string): string {
  const segments = sentence.slice(0, SENTENCE_CLOSE.exec(sentence)?.index ?? sentence.length).split(/,\s+/);
  for (let i = 1; i < segments.length && i <= 4; i++) {
    if (/^(?:who|which|whose|whom|where|when|and|but|or)\b/i.test(segments[i])) continue;
    const found = clauseParts(segments[i]);
    if (!found) continue;
    if (!segments[i].startsWith(found.subject) || NAMES_NO_ONE.test(found.subject) || title.includes(segments[i].slice(0, 20))) return title;
    const subject = PERSONAL_PRONOUN.test(found.subject) ? capitalised(found.subject) : found.subject;
    const be = PLURAL_SUBJECT.test(found.subject) ? 'were' : 'was';
    return withinBounds(`${subject} ${be} ${uncapitalised(title)}`, title);
  }
  return title;
}

// What was told, opened by an article or a pronoun its sentence's start gave a capital: "Police said A painting …".
const TOLD_CAPITAL = /\b(said|says|added|adds)\s+(A|An|The|This|That|These|Those|It|They|We|There|His|Her|Its|Their|He|She)\s+(?=[a-z])/;

// Any word given a capital by the sentence it opened, one word before a lower-case one: "said Heavy rain has".
const TOLD_OPENER = /\b(said|says|added|adds)\s+([A-Z][a-z]+)\s+(?=([a-z]+))/;
/** Whether `text` writes `word` (capitalised) only where a sentence opens, never inside one as a name is written. */
function capitalOnlyOpening(word: string, text: string): boolean {
  let seen = false;
  for (const m of text.matchAll(patternOf(`\\b${word}\\b`, 'g'))) {
    if (!opensSentence(text, m.index)) return false;
    seen = true;
  }
  return seen;
}

/**
 * "Police said A painting was found" → "Police said a painting was found": what was told goes on mid-title. A word
 * other than an article or a pronoun is lowered only when it is no name: one that opens news copy, or that its
 * `text` (read only then) also writes in lower case ("Officials said Heavy rain …" → "said heavy rain", not "said Greta left").
 */
export function toldInLowerCase(title: string, text: () => string = () => ''): string {
  const lowered = title.replace(TOLD_CAPITAL, (all, verb: string, word: string) => `${verb} ${word.toLowerCase()} `);
  if (lowered !== title) return lowered;
  // "said Heavy rain", "said Strong winds", "said Consumer prices": an adjective or a noun before its noun that the
  // article capitalises only where it opens a sentence is no name either.
  return title.replace(TOLD_OPENER, (all: string, verb: string, word: string, next: string) =>
    isCommonWord(word, text()) || ((adjectiveBeforeNoun(word, next) || nounBeforeNoun(word, next)) && capitalOnlyOpening(word, text())) ? `${verb} ${word.toLowerCase()} ` : all,
  );
}

// A common noun's possessive opening a title, its article dropped: "Institute's board", "Miners' union".
const POSSESSOR_OPEN = /^([A-Z][a-z]{1,30}(?:s['’]|['’]s))\s+(?=\S)/;

/**
 * A title that opens on a noun's possessive keeps the article its paragraph gives that noun ("The institute's board
 * approved the second stage", not "Institute's board …"): a name's ("Varga's second title") has none to keep.
 * Unchanged when the paragraph does not say "the" before it, or the article would take the title past ten words.
 */
export function possessorWithArticle(title: string, paragraph: string): string {
  const open = POSSESSOR_OPEN.exec(title);
  if (!open || wordsIn(title) >= MAX_WORDS) return title;
  const noun = open[1].replace(/['’]s?$/, '');
  const said = articleBeforePossessor(paragraph, noun);
  return said ? `The ${said}${open[1].slice(noun.length)} ${title.slice(open[0].length)}` : title;
}

/** The noun as `paragraph` writes it after "the" and before an apostrophe ("the miners'" → "miners"); null if never. */
function articleBeforePossessor(paragraph: string, noun: string): string | null {
  const lower = paragraph.toLowerCase();
  const wanted = `the ${noun.toLowerCase()}`;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if ((at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1])) && /['’]/.test(lower[end] ?? '')) return paragraph.slice(at + 4, end);
  }
  return null;
}

/** Whether `at` is in a line of `text` that no sentence's end closes: a heading. */
function inHeading(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end).trimEnd();
  return end >= 0 && !/[.!?:;]["”’)]?$/.test(line);
}
// An -ing form, then an object of its own: "ending a dispute", "leaving about 300 passengers stranded", "breaking
// Ada's record". Not a pronoun, whose thing may be the clause's ("…, leaving it at 8 million").
const RESULT_OPENING = /^[A-Z][a-z]+ing\s+(?:the|a|an|its|his|her|their|our|some|about|more|nearly|almost|over|\d[\d,.]*|[A-Z][\w'’-]*)\s/;
// -ing forms that lead a phrase as a preposition does: "including $14 million", "according to", "following a review".
const NOT_RESULT = /^(?:Including|According|Following|Concerning|Regarding|Excluding|Considering|Pending|Barring|Assuming|During|Notwithstanding|Involving|Totalling|Totaling|Averaging|Starting|Beginning|Running)$/;
// The subordinators a gerund hangs on a clause with: "closed for a week before reopening", "after being repaired".
const GERUND_AFTER = /\b(?:before|after|since|upon)\s+$/i;

/** A title made with the subject the text gives it, capitalised, in ten words or cut to them; `title` when it cannot be. */
function withinBounds(made: string, title: string): string {
  const fitted = made.split(/\s+/).length <= MAX_WORDS ? made : fittedTitle(made);
  return tenWordsAtMost(capitalised(fitted), title);
}

/**
 * A gerund title ("Leaving for a job in Oslo", "Being closed") told with the subject of the clause it hangs on
 * (`clause`, the sentence up to the subordinator), in that clause's time: "The ferry will call at Tamm before moving
 * to Orrin" → "The ferry will move to Orrin"; "He coached the youth team before leaving for a job in Oslo" → "He
 * left for a job in Oslo". Unchanged when the clause gives no subject.
 */
function gerundWithSubject(title: string, clause: string, subjectOf: (text: string) => { subject: string; helping: string } | null): string {
  const found = subjectOf(clause);
  if (!found || /^(?:it|this|that|there)$/i.test(found.subject)) return title;
  const [gerund, ...rest] = title.split(' ');
  const word = gerund.toLowerCase();
  // "being closed" is the passive's "was closed"; "having left" the perfect's "had left".
  let verb: string;
  if (word === 'being') verb = found.helping ? `${found.helping} be` : PLURAL_SUBJECT.test(found.subject) ? 'were' : 'was';
  else if (word === 'having') verb = found.helping ? `${found.helping} have` : 'had';
  else verb = found.helping ? `${found.helping} ${baseOfGerund(word)}` : pastOfGerundForm(word);
  return withinBounds(`${found.subject} ${verb}${rest.length ? ` ${rest.join(' ')}` : ''}`, title);
}
// A subject whose head reads as plural: "workers", "the two unions", "they".
const PLURAL_SUBJECT = /(?:[^s']s|\bthey|\bwe)$/i;

/** The article ("the", "a", "an") `text` puts before `words` (its first occurrence, or its `last`); null if none. */
function articleBefore(text: string, words: string, last: boolean): string | null {
  const lower = text.replace(/\s+/g, ' ').toLowerCase();
  for (const article of ['the', 'a', 'an']) {
    const phrase = `${article} ${words}`;
    const at = last ? lower.lastIndexOf(phrase) : lower.indexOf(phrase);
    if (at >= 0 && !/[a-z]/.test(lower[at - 1] ?? '') && !/[a-z'’-]/.test(lower[at + phrase.length] ?? '')) return article;
  }
  return null;
}
const CONJOINED = /\b(?:and|or|but|then)\s+$/i;
// A relative clause after a comma that runs on to the conjunction closing the text: ", who joined the mill in 1970 and ".
const OWN_SUBJECT_OPEN = new RegExp(String.raw`^(?:[A-Z]|(?:${OWN_SUBJECT_WORDS}|i|you|my|this|these|those)\s)`);
export const RELATIVE_CONJUNCT = /,\s+(?:who|which)\s([^,;:"“”]{1,150})\s(?:and|but)\s+$/i;

/**
 * The antecedent a relative clause found in `text` by RELATIVE_CONJUNCT or its restrictive twin tells of, agreeing with
 * the clause's first verb; '' for an object relative, whose subject is its own ("which the trust leased in 1992 and").
 */
export function conjunctAntecedent(text: string, relative: RegExpExecArray): string {
  return OWN_SUBJECT_OPEN.test(relative[1]) ? '' : agreeingAntecedent(antecedentOf(text.slice(0, relative.index)), relative[1].split(' ', 1)[0]);
}
// A relative clause with no comma before it that runs on to the conjunction closing the text: "a recount that
// lasted all night and ".
const RESTRICTIVE_CONJUNCT = /\s(?:that|who|which)\s([^,;:"“”]{1,150})\s(?:and|but)\s+$/i;

/**
 * "in a recount that lasted all night and closed at dawn": a restrictive relative clause opening on its verb,
 * after a noun (not a telling's "said that", nor "so that"), whose verb the one joined after "and" shares.
 */
function restrictiveConjunct(text: string, isVerb: (word: string) => boolean): RegExpExecArray | null {
  const m = RESTRICTIVE_CONJUNCT.exec(text);
  if (!m) return null;
  const before = lastWordOf(text.slice(0, m.index)).toLowerCase();
  const verb = m[1].split(' ', 1)[0].toLowerCase();
  if (!before || isTellingWord(before) || isVerb(before) || /^(?:so|such|now|than|and|but|or|that)$/.test(before)) return null;
  // A relative clause inside the sentence's subject, no verb before it ("Tenants who signed … and have not moved in
  // will get …"), may be followed by the main verb: the one joined is not surely the relative clause's.
  if (!text.slice(0, m.index).split(/\s+/).some((w) => isPastForm(w.toLowerCase()) || isVerb(w.toLowerCase()))) return null;
  return isPastForm(verb) || isOneOf(verb, MODALS, BE_HAVE_AUXILIARIES) || isVerb(verb) ? m : null;
}

// A relative clause opening in the passive, its helping verb kept: "was", "has been".
const PASSIVE_OPEN = /^((?:is|are|was|were)|(?:has|have|had)\s+been)\s/i;
// Past forms of verbs that take no object, which no passive shares: "was born in 1920 and died in 2001".
const NOT_DONE_TO = /^(?:died|retired|resigned|arrived|returned|emigrated|graduated|lived|stayed|remained|served|worked|moved|collapsed|disappeared|vanished|survived|recovered|fled|went|came|grew|rose|fell|opened|closed|reopened|started|began|ended|finished|stood|sat|ran|sailed|travell?ed|flew|slept|escaped|occurred|happened|lasted|appeared|failed|played|competed|raced|spoke|settled|married|joined|left|won|lost|became|spent|continued)$/i;
// A clause set off by commas that closes the text before its conjunction: ", when she cleared the loft, and ".
const CLOSED_ASIDE = /,\s+(?:who|which|when|while|where|whereas|because|although|though|as|after|before|until|once)\s[^,;:"“”]{1,150},(?=\s*(?:and|but)\s+$)/i;
// "and hands the keys to …", "but moves its clinic to …": a present form in -s opening a joined clause, then an
// article, a possessive or a particle; a plural noun after "and" goes on with no determiner of its own.
const PRESENT_THEN_OBJECT = /^[A-Z][a-z]{2,}[^su\Ws]s\s+(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|up|down|out|off|back|over)\s/;

/** Whether a title opens on a verb's present form in -s joined after a conjunction ("Hands the keys to his deputy"). */
function presentAfterJoint(title: string): boolean {
  return PRESENT_THEN_OBJECT.test(title);
}
// A sentence's subject, a name or a noun phrase, then an aside set off by commas that closes the text: a relative
// clause ("who died in 1990 at his home,"), an age ("61,") before one, an appositive ("the club's captain,") or a
// participle's phrase ("opened in 1931,"),
// with no comma inside it: "The largest, the Orr Fire, which …," sets off more than one.
// A name's words may hold an honorific's or an initial's full stop and a letter past ASCII ("Councillor Mrs. E. Fairlie",
// "Colonel Aurélien Baskerre"); a fronted phrase of circumstance may open the sentence ("In a statement read to the
// court on Tuesday, Eileen Pargeter, whose father …, said").
const SUBJECT_THEN_ASIDE =
  /^\s*(?:(?:In|On|At|After|Before|During|Outside|Speaking|Later|Earlier|Asked)\s[^,;]{1,80},\s+)?((?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’.-]{0,30}(?:\s+[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’.-]{0,30}){0,4})|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:\s+[\w'’-]{1,30}){1,4}),(?:\s+\d{1,3},)?\s+(?:who|whose|which|(?:a|an|the)\s|[a-z]{3,20}(?:ed|en)\s+(?:in|on|at|by|for|from|with|near|after|before|during)\s)(?:[^,;:"“”]|,(?=\d{3}\b)){1,200},\s*$/;
// The last word of a name of two words or more, capitalised words only.
const FAMILY_NAME = /^(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’.-]{0,30}\s+){1,4}([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]{1,30})$/;
const LISTED_VERB = /^[a-z]{3,}\s+(?:it|them|him|her|the|a|an|this|that|its|their|his)\b/;
export const RELATIVE_ASIDE_END = new RegExp(String.raw`${COMMA_RELATIVE}\s*$`);
// A noun phrase alone: an article or a name and up to four more words.
const BARE_SUBJECT = /^\s*((?:[Tt]he|[Aa]n?|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4})\s*$/;
// A subordinator opening a clause inside a phrase ("in the largest protest since the government took office"); "because
// of" opens a phrase.
const SUBORDINATE = /\b(?:since|after|before|when|until|because|while|once)\s+(?!of\b)/gi;
// Asides set off by commas between a subject and its verb: an apposition or a relative clause ("The traveller, an
// adult who had returned from abroad, was …").
const ASIDE = /,\s(?:who|which|whose|an?|the)\s[^,;:]{1,150},/g;
// A relative clause closing the text before a phrase: "the office, which is staffed on weekdays,".
const CLOSING_RELATIVE = /^([^]*\S),\s+(?:which|who)\s+([^,;:]{3,150}?)[\s,]*$/;
// The noun phrase closing a text: an article or a possessive and up to four words, or a name.
const LAST_NOUN_PHRASE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$|(?:\b[A-Z][\w'’-]*\s+){0,3}\b[A-Z][\w'’-]*$/;
const PREPOSITION = /^(?:in|on|at|for|from|with|by|after|before|during|since|near|into|across|through|to|of|under|over|because)$/i;
const TIME_AHEAD = new RegExp(String.raw`^(?:\d+|${countWords(1, 10)}|a|an|several|few)$`, 'i');
const TIME_UNIT = /^(?:days?|weeks?|months?|years?|decades?)$/i;

/** `text` up to its first word of time (a month, a weekday, a year, "18 months ago"), with the words leading into it. */
function beforeTime(text: string): string {
  const words = text.split(/\s+/);
  let k = words.findIndex((w, i) => {
    const x = w.toLowerCase().replace(/[^a-z\d]+$/, '');
    return (MONTHS[x] !== undefined && /^[A-Z]/.test(w)) || WEEKDAYS[x] !== undefined || /^(?:1[6-9]|20)\d\d$/.test(x) || /^(?:yesterday|today|tomorrow|tonight|ago|later|earlier)$/.test(x) || (TIME_AHEAD.test(x) && TIME_UNIT.test(words[i + 1] ?? '')) || (/^(?:last|next|this|that|same|previous|following)$/.test(x) && /^(?:days?|weeks?|weekends?|months?|years?|seasons?|spring|summer|autumn|fall|winter|morning|evening|night)$/i.test(words[i + 1] ?? ''));
  });
  if (k < 0) k = words.length;
  while (k > 0 && (PREPOSITION.test(words[k - 1]) || /^(?:the|last|next|this|that|early|late)$/i.test(words[k - 1]))) k--;
  return words.slice(0, k).join(' ').replace(/[\s,;:.]+$/, '');
}

/** The sentence of `paragraph` that `start` is in: the part before it, and the part from it on. */
function sentenceAround(paragraph: string, start: number, reach = 400): { before: string | null; after: string } {
  const lead = paragraph.slice(Math.max(0, start - reach), start);
  const ends = sentenceEnds(lead);
  const before = ends.length ? lead.slice(ends[ends.length - 1].index! + ends[ends.length - 1][0].length) : start <= reach ? lead : null;
  const tail = paragraph.slice(start, start + 300);
  const [close] = sentenceEnds(tail, 1);
  return { before, after: close ? tail.slice(0, close.index! + 1) : tail };
}

const withoutArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '');
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uncapitalised = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A title that is a phrase cut from its clause, no verb in it (title-syntax.ts, phraseFragment), told with that
 * clause: a clause of its own inside the phrase when it holds one ("In the largest protest since the government
 * took office 18 months ago" → "Government took office"); else the subject and verb of the clause the phrase hangs
 * on, in the same sentence before it, with the phrase ("The traveller was at the mall on Saturday, and at the
 * clinic the next morning" → "Traveller was at the clinic"; "Prices rose 7.9 percent, up from 6.8 percent in
 * December" → "Prices rose 7.9 percent, up from 6.8 percent"). "Except" says that clause does not hold ("The
 * office, which is staffed on weekdays, except on 25 December" → "Office is not staffed"); a conjunction alone is
 * the clause before it. Unchanged when no such clause is found or the title would not be 3 to 10 words.
 */
export function hostedTitle(title: string, paragraph: string, start: number, isVerb: (word: string) => boolean = () => false): string {
  const kind = phraseFragment(title, isVerb);
  if (!kind) return title;
  const { before, after } = sentenceAround(paragraph, start);
  const fits = (t: string) => wordsIn(t) >= MIN_TITLE_WORDS && wordsIn(t) <= MAX_WORDS;
  const inside = kind === 'phrase' ? clauseInside(after, fits) : null;
  if (inside) return inside;
  // "The deadline to apply for loans to the Lending Office is <the date>": a name closing the subject of a copula
  // whose complement was the date stands for none of it; the subject does, cut to ten words at a preposition.
  if (kind === 'name' && !before?.trim()) return copulaSubject(title, after) ?? title;
  const parts = before?.trim() ? hostParts(before, kind) : null;
  if (!parts) return title;
  const subject = capitalised(withoutArticle(parts.subject));
  // An object that is, or runs on into, a date ("moved to Monday", "a shelter three days later") stops before it:
  // the date is the host's, not part of who did what.
  const object = parts.object ? beforeTime(parts.object) : '';
  if (kind === 'except') return parts.negated && fits(`${subject} ${parts.negated}`) ? `${subject} ${parts.negated}` : title;
  if (kind === 'joint' || kind === 'name') {
    const made = `${subject} ${parts.verbs}${object ? ` ${object}` : ''}`;
    return fits(made) ? made : title;
  }
  return phraseAfterHost(title, `${subject} ${parts.verbs}`, object, fits) ?? title;
}

/** The first clause of its own inside a phrase's sentence from the phrase on (`after`) that makes a title that fits. */
function clauseInside(after: string, fits: (t: string) => boolean): string | null {
  for (const m of after.matchAll(SUBORDINATE)) {
    const sub = beforeTime(after.slice(m.index + m[0].length));
    if (!sub || !clauseParts(sub)) continue;
    const made = makeTitle(sub);
    if (fits(made) && !/…$/.test(made)) return made;
  }
  return null;
}

/** The parts of the clause a phrase hangs on, read in its sentence before it (`before`); null when none is read. */
function hostParts(before: string, kind: NonNullable<ReturnType<typeof phraseFragment>>): ClauseParts | null {
  let host = before.replace(/^[\s"“‘]+/, '').replace(/^[-–—•]\s*/, '');
  // "ORSK -- Flood relief offices …": a dateline is no part of the clause.
  host = host.slice(findDateline(host)?.end ?? 0).replace(LEADING_DATELINE, '').trim();
  // "…, except on 25 and 26 December and | 1 January": the clause the exception is of ends before its "except".
  const except = kind === 'except' ? host.search(/\bexcept\b[^,;:]*$/i) : -1;
  if (except > 0) host = host.slice(0, except);
  const relative = kind === 'except' ? CLOSING_RELATIVE.exec(host) : null;
  if (relative) {
    // "call the council on 01632 960 418, which is staffed": a figure after a preposition (a number to call, an
    // address) is not what the relative clause tells of; the noun before it is.
    const antecedent = LAST_NOUN_PHRASE.exec(relative[1].replace(/\s+(?:on|at)\s+[\d\s()+-]+$/, ''))?.[0];
    if (!antecedent) return null;
    return clauseParts(`${antecedent} ${relative[2]}`) ?? clauseParts(host.replace(ASIDE, ''));
  }
  return clauseParts(host.replace(ASIDE, ''));
}

/**
 * The phrase title told after its host's subject and verbs (`head`) and object, cut at its prepositions until it
 * fits ("at two public meetings | in the Town Hall"); null when it cannot be made to.
 */
function phraseAfterHost(title: string, head: string, object: string, fits: (t: string) => boolean): string | null {
  const phrase = title.replace(/^[-–—•]\s*/, '');
  let words = (phrase.charAt(0).toLowerCase() + phrase.slice(1)).split(/\s+/);
  // "up from 6.8 percent", "again because of …": an adverb's phrase is set off from an object by a comma.
  const lead = `${head}${object ? ` ${object}${/^(?:up|down|again|nearest|closest|higher|lower)$/i.test(words[0]) ? ',' : ''}` : ''}`;
  for (;;) {
    const made = `${lead} ${words.join(' ')}`;
    if (fits(made)) return made;
    let cut = words.findLastIndex((w, i) => i >= 1 && PREPOSITION.test(w));
    if (cut < 0 || wordsIn(made) < MIN_TITLE_WORDS) return null;
    // No phrase is left ending on the word that led into what was cut ("again because | of high winds").
    while (cut > 1 && (PREPOSITION.test(words[cut - 1]) || /^(?:and|or|but|the|a|an)$/i.test(words[cut - 1]))) cut--;
    words = words.slice(0, cut);
  }
}

/** The subject of `sentence` up to `name` and the copula after it, cut to ten words at a preposition; null if none. */
function copulaSubject(name: string, sentence: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0 || !/^\s+(?:is|are|was|were)\b/.test(sentence.slice(at + name.length))) return null;
  let words = withoutArticle(sentence.slice(0, at + name.length).trim()).split(/\s+/);
  while (words.length > MAX_WORDS) {
    let cut = words.findLastIndex((w, i) => i >= 2 && i <= MAX_WORDS && PREPOSITION.test(w));
    if (cut < 0) return null;
    while (cut > 1 && (PREPOSITION.test(words[cut - 1]) || /^(?:and|or|the|a|an)$/i.test(words[cut - 1]))) cut--;
    words = words.slice(0, cut);
  }
  return words.length >= MIN_TITLE_WORDS && words.join(' ') !== name ? capitalised(words.join(' ')) : null;
}

const BEFORE_SUBJECT_IT = /^(?:said|says|say|think|thinks|thought|believes?|believed|hopes?|hoped|expects?|expected|fears?|feared|knows?|knew|announced|warned|added|that|when|because|if|as|and|but|while|until|since|after|before)$/i;
const AFTER_SUBJECT_IT = /^(?:is|was|were|are|will|would|can|could|may|might|must|should|has|had|have|does|did|[a-z]+s)$/i;
const OBJECT_PRONOUN = /^(?:it|them|him|her|you|me|us|this|that|these|those|one|what)$/i;
// Nouns naming a person: "it" never stands for one.
const PERSON = /\b(?:man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister|people|person|minister|president|leader|officer|official|director|chief|owner|founder|engineer|captain|coach|teacher|doctor|nurse|judge|mayor|resident|worker|victim|survivor|editor|[A-Z][a-z]+\s+[A-Z][a-z]+)\b/;

/**
 * A title whose object is a pronoun ("The council closed it", "Her company refused to meet her") told with what the
 * pronoun stands for, from the article's words before it: "it" after its verb is the object of the clause before it
 * in the same sentence, a thing ("The council, which had owned the hall since 1921, closed it" → "The council closed
 * the hall"; "failed her first exam and passed it" → "passed her first exam"); "her" or "him" closing the title is the
 * person of that kind the text last named, not one the title names already (namedSubject). Unchanged when the
 * sentence or the text does not say, or the title would run past ten words.
 */
/**
 * "…, which <clause>" closing the text: the text before it and the relative clause. Scanned for the last ", which"
 * rather than matched with one regex, because a greedy run before it backtracks over every comma of a long sentence.
 */
function closingRelative(text: string): [string, string, string] | null {
  let at = -1;
  let len = 0;
  for (const m of text.matchAll(/,\s+(?:which|who)\s+/g)) {
    at = m.index;
    len = m[0].length;
  }
  if (at <= 0 || /\s/.test(text[at - 1])) return null;
  let end = text.length;
  while (end > at + len && /[\s,]/.test(text[end - 1])) end--;
  const clause = text.slice(at + len, end);
  if (clause.length < 3 || clause.length > 150 || /[,;]/.test(clause)) return null;
  return [text, text.slice(0, at), clause];
}

export function namedObject(title: string, paragraph: string, start: number, before: () => string): string {
  const words = title.split(/\s+/);
  // "it" as an object: not after a telling or a conjunction ("said it wants"), nor before a verb of its own.
  const itAt = words.findIndex((w, i) => i >= 2 && /^it$/i.test(w) && !BEFORE_SUBJECT_IT.test(words[i - 1]) && !AFTER_SUBJECT_IT.test(words[i + 1] ?? ''));
  const last = words[words.length - 1];
  if (itAt > 0) {
    const host = sentenceAround(paragraph, start).before;
    if (!host?.trim()) return title;
    const text = host.replace(/^[\s"“‘]+/, '');
    // The clause just before the title's: a relative clause closing the text, else the text's own first clause.
    const relative = closingRelative(text);
    const antecedent = relative ? LAST_NOUN_PHRASE.exec(relative[1])?.[0] : '';
    const parts = relative ? (antecedent ? clauseParts(`${antecedent} ${relative[2]}`) : null) : clauseParts(text.replace(ASIDE, ''));
    // Not the object of a telling (a told clause's subject), nor of a clause whose own subject is "it" (the pronoun
    // goes on standing for that subject: "By Sunday it had destroyed 212 homes, and winds pushed it …").
    if (!parts || parts.tells || /^it$/i.test(parts.subject)) return title;
    const object = parts.object ? beforeTime(parts.object) : '';
    // A thing of the pronoun's number: not a person, a pronoun, or a plural ("212 homes").
    if (!object || !/[a-z]{3,}$/i.test(object) || PERSON.test(object) || OBJECT_PRONOUN.test(object) || /[^s'’]s$/.test(object)) return title;
    const made = [...words.slice(0, itAt), object, ...words.slice(itAt + 1)].join(' ');
    return wordsIn(made) <= MAX_WORDS ? made : title;
  }
  // Not while the title's subject is a person's pronoun still: that is named first (namedSubject), and may be the
  // person the text last named.
  if (words.length >= 3 && /^(?:her|him)$/.test(last) && !/^(?:He|She|I|We|They)$/.test(words[0])) {
    const kind = last === 'him' ? 'm' : 'f';
    const text = before().slice(-LOOK_BACK);
    // Not a name in a heading ("The Woman Who Taught Mr. Bramble to Speak"): a headline tells no one the story goes on about.
    const found = mentions(text).filter((x) => !inHeading(text, x.at));
    const inTitle = (x: Mention) => title.includes(x.name.split(/\s+/).pop()!);
    const timesNamed = (x: Mention) => found.filter((y) => y.name.split(/\s+/).pop() === x.name.split(/\s+/).pop()).length;
    // As for a subject: a quotation's teller named once is passed over for one of that kind named three times or more.
    const source = (y: Mention) => y.teller && timesNamed(y) === 1 && found.some((z) => z.kind === y.kind && !z.relative && timesNamed(z) >= 3);
    const x = found.findLast((y) => y.kind && !y.relative && !inTitle(y) && !source(y));
    if (!x || x.kind !== kind) return title;
    const made = `${words.slice(0, -1).join(' ')} ${x.name.split(/\s+/).pop()}`;
    return wordsIn(made) <= MAX_WORDS ? made : title;
  }
  return title;
}

// "It was … that the brothers opened …", "It was … when the mill closed …": a cleft sentence whose focus (the time)
// the title has lost leaves "It was that …"; what happened is the clause after "that" or "when". Its opening word
// says it is a clause (a pronoun, an article or possessive, or a name), not "that night", "that bridge which …".
const CLEFT_LOST_FOCUS = /^It\s+(?:is|was|['’]s)\s+(?:(?:only|just|not|also|precisely|exactly)\s+)?(?:that|when)\s+((?:i|we|you|he|she|they|it|the|a|an|his|her|their|its|our|my|[A-Z][\w'’.-]*)\s+(?!(?:which|who|whom|that)\b)\S.*)$/;

/**
 * A title left of a cleft sentence whose focus was cut ("It was that I took on plot 14") told by the clause it
 * clefts ("I took on plot 14"): unchanged unless that clause has a verb and three words or more.
 */
export function cleftTitle(title: string, isVerb: (word: string) => boolean): string {
  const m = CLEFT_LOST_FOCUS.exec(title);
  if (!m) return title;
  const words = m[1].split(/\s+/);
  if (words.length < 3 || !words.slice(1).some(isVerb)) return title;
  const rest = m[1].replace(/^(?:the|a|an)\s+(?=\S)/i, '');
  return /^i\s/.test(rest) ? `I${rest.slice(1)}` : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * "Police said" and what it told, its subject given: fitted to ten words with the told subject's first word still
 * there, or null when no fit keeps it (the predicate is then told alone, as for the happening).
 */
function keptTeller(teller: string, subject: string, rest: string): string | null {
  const made = fittedTitle(`${teller}${subject} ${rest}`);
  return made.startsWith(`${teller}${subject.split(' ', 1)[0]}`) && fitsWhole(made) ? made : null;
}

/**
 * A subject another title opened, as it reads after a telling: its capital goes when the article up to and with its
 * paragraph (`article`) writes the word in lower case too, as toldInLowerCase reads it, or when it is a plural the text
 * never capitalises inside a sentence.
 */
function toldOpening(subject: string, rest: string, article: () => string): string {
  const word = /^[A-Z][a-z]+(?=\s|$)/.exec(subject)?.[0];
  if (!word) return subject;
  const text = article();
  // "Thieves drove off …": a plural before a lower-case word, which the text never writes with its capital inside a
  // sentence, as a name is written, had its capital from the sentence it opened.
  const plural = /^[A-Z][a-z]+[^s\W]s$/.test(word) && /^\S+\s[a-z]/.test(`${subject} ${rest}`) && !patternOf(`[a-z,;] +${word}\\b`).test(text);
  return isCommonWord(word, text) || plural ? `${word.toLowerCase()}${subject.slice(word.length)}` : subject;
}

// "Charity said were delayed …": a teller's telling before a predicate with no subject, made of a conjunct that
// shares its subject with the clause before it ("The accounts were due in May but were delayed …, the charity said").
// A teller of one to four words ("Keepers", "The regional laboratory"); "told" with whom, not "told to" (a passive's).
const TELLER_THEN_PREDICATE = /^([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}),?\s+(?:said|says|added|reported|stated|told\s+(?!to\b)[a-z]+)\s+(?=[a-z])(?!(?:that|it|they|he|she|we|i|you|the|a|an|this|these|those|his|her|its|their|our)\s)/;
// A subject that names nothing ("That", "It") or holds a dateline's capitals ("HOLLEVIK").
const PRONOUN_SUBJECT = /^(?:it|they|this|that|these|those|there|he|she|we|i|you)$/i;
const DATELINE_CAPITALS = /^[A-Z]{3,}$/;

/**
 * A title of a teller and a subjectless predicate told by the predicate with its subject: the subject another title
 * of the paragraph (`earlier`, nearest first) gives the same verb ("Accounts were delayed" for "Charity said were
 * delayed after …"), else the subject of the event just before (`previous`, when it may give one), as joinedSubject
 * reads it. The telling's own event (`telling`, with the article's text up to its paragraph's end, read only when
 * needed) keeps its teller before that subject. Unchanged when neither gives one.
 */
export function toldPredicate(title: string, earlier: readonly string[], previous: string | undefined, opensOnVerb: (title: string) => boolean, isVerb: (word: string) => boolean, telling?: { text: () => string }): string {
  const m = TELLER_THEN_PREDICATE.exec(title);
  if (!m) return title;
  // A teller holding a verb is a clause of its own ("Backers were originally told …").
  if (m[1].split(/\s+/).some((w, i) => i > 0 && (isVerb(w) || isOneOf(w, MODALS, BE_HAVE_AUXILIARIES)))) return title;
  const rest = title.slice(m[0].length);
  const words = rest.split(/\s+/);
  // The told words must open on a verb: a helping verb, or one the patterns or the tagger take for one.
  if (!isOneOf(words[0], MODALS, BE_HAVE_AUXILIARIES) && !isVerb(words[0])) return title;
  const told = (given: string) => {
    const subject = given.replace(/^(?:The|A|An)\s+(?=\S)/, '');
    // The telling's own event keeps its teller ("Police said thieves drove off …"): told by the predicate alone, it
    // would read as, and be titled as, the happening told beside it.
    const alone = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${rest}`;
    const made = telling ? keptTeller(title.slice(0, m[0].length), toldOpening(subject, rest, telling.text), rest) ?? alone : alone;
    const words = subject.split(/\s+/);
    const ok = subject && !PRONOUN_SUBJECT.test(words[0]) && !words.some((w) => DATELINE_CAPITALS.test(w)) && made.split(/\s+/).length <= MAX_WORDS;
    return ok ? made : title;
  };
  const verb = ` ${words.slice(0, Math.min(2, words.length)).join(' ')}`;
  for (const other of earlier) {
    const at = other.indexOf(verb);
    if (at > 0 && (other.length === at + verb.length || other[at + verb.length] === ' ') && !/[,;:]/.test(other.slice(0, at))) return told(other.slice(0, at));
  }
  // Else the event before: its subject found from the predicate's first words (joinedSubject reads a short title only).
  if (!previous) return title;
  const opening = words.slice(0, 6).join(' ');
  const alone = `${opening.charAt(0).toUpperCase()}${opening.slice(1)}`;
  const joined = joinedSubject(alone, previous, opensOnVerb, isVerb);
  return joined === alone || !joined.endsWith(` ${opening}`) ? title : told(joined.slice(0, joined.length - opening.length - 1));
}

const NOUN_AS_PAST_ALTS = Object.keys(NOUN_AS_PAST).join('|');
// "Her death", "Tibbet's arrest", "The museum's opening": a possessor of up to four words and the noun closing the title.
const OWNED_HAPPENING = new RegExp(String.raw`^(?:(His|Her|Its)|(?:[Tt]he\s+)?((?:[\w'’.-]+\s+){0,3}[\w.-]+)['’]s)\s+(${NOUN_AS_PAST_ALTS})$`);
// "Fall of the first council", "The death of his father": the noun, then "of" and the one it happened to.
const HAPPENING_OF = new RegExp(String.raw`^(?:(?:The|A|An)\s+)?(${NOUN_AS_PAST_ALTS})\s+of\s+(?:(?:the|a|an)\s+)?([^,;:()"“”]{1,60})$`, 'i');
// The happening named after a word that orders the clause against it ("since his arrest", "two years after the fall of").
const ORDERED_BEFORE = new RegExp(String.raw`\b(?:after|since|following|until|till)\s+(?:[\w'’.-]+\s+){0,5}?(?:${NOUN_AS_PAST_ALTS})\b`, 'i');
const LATER_TOLD = /\b(?:will|shall|next|due\s+to)\b|['’]ll\b/i;

/**
 * A title that is only a happening's noun and whose it is ("Her death", "Tibbet's arrest", "Fall of the first council"),
 * cut from "after", "since" or "until" in its sentence, told as the clause it names: "She died", "Tibbet was arrested",
 * "Old regime fell" (NOUN_AS_PAST), so the title says who did what, and a pronoun is named after it as any other. Not
 * a happening yet to come in its sentence, nor one of several ("their arrest", "the deaths of"): `title` unchanged.
 */
export function happeningAsClause(title: string, paragraph: string, start: number): string {
  const owned = OWNED_HAPPENING.exec(title);
  const of = owned ? null : HAPPENING_OF.exec(title);
  if (!owned && !of) return title;
  const around = paragraph.slice(Math.max(0, start - 80), start + 160);
  if (!ORDERED_BEFORE.test(around) || LATER_TOLD.test(around)) return title;
  const noun = (owned ? owned[3] : of![1]).toLowerCase();
  const pronoun = owned?.[1] ? { his: 'He', her: 'She', its: 'It' }[owned[1].toLowerCase() as 'his' | 'her' | 'its'] : '';
  const subject = pronoun || (owned ? owned[2] : of![2]);
  // One of several ("the fall of the walls") takes "were", a plural noun in lower case; a name ending in -s is one.
  const plural = !pronoun && /\b[a-z][a-z-]*[^s'’\W]s$/.test(subject);
  const past = plural ? NOUN_AS_PAST[noun].replace(/^was\b/, 'were') : NOUN_AS_PAST[noun];
  return capitalised(`${subject} ${past}`);
}

// "A fall", "A bad fall", "An operation": all the cut left of a mishap's noun, with one word of its own at most.
const BARE_MISHAP = new RegExp(String.raw`^(A|An)\s+(?:([a-z][\w-]*)\s+)?(${Object.keys(MISHAP_AS_PAST).join('|')})$`);
// The person the clause before "since" or "after" is of: "he" or "she", then what the clause says of them.
const MISHAP_PERSON = /\b(he|she)\s+(?=[a-z])/gi;
// Between that person and the mishap, a telling, a relative or a second subject opens another clause, whose subject
// the mishap may be of ("she said the road had been shut since a fall of rock"); so does a quotation mark.
const OTHER_CLAUSE = /\b(?:that|which|who|whom|whose|said|says|told|tells|added|and\s+(?:the|a|an|his|her|its|their|they|it)|but|because|when|while)\b|[;:"“”]/i;

/**
 * A title that is only a mishap's noun ("A fall", of "he had walked with a stick since a stroke in June"), cut from "since",
 * "after" or "following", told as what befell the one the clause before is of: "She fell", "He had a stroke"
 * (MISHAP_AS_PAST), so that the title says who, and the pronoun is named after it as any other. Only a person's "he"
 * or "she" opening that clause, with no other clause between it and the mishap; else `title` unchanged.
 */
export function mishapAsClause(title: string, paragraph: string, start: number): string {
  const bare = BARE_MISHAP.exec(title);
  if (!bare) return title;
  const { before, after } = sentenceAround(paragraph, start);
  if (before === null) return title;
  const sentence = `${before}${after}`;
  const [, article, own, noun] = bare;
  const ordered = patternOf(String.raw`\b(?:since|after|following)\s+${article}\s+(?:${own ?? ''}\s+)?${noun}\b`, 'i').exec(sentence);
  // The mishap the evidence opens on, not one told earlier in the sentence.
  if (!ordered || ordered.index < before.length - 12) return title;
  const clause = sentence.slice(0, ordered.index);
  const person = lastMatchOf(MISHAP_PERSON, clause);
  if (!person) return title;
  const rest = clause.slice(person.index + person[0].length);
  if (OTHER_CLAUSE.test(rest) || LATER_TOLD.test(rest)) return title;
  const past = own ? `had ${article.toLowerCase()} ${own} ${noun}` : MISHAP_AS_PAST[noun];
  return capitalised(`${person[1].toLowerCase()} ${past}`);
}

// "Said the gate …", "Told the court …": a title opening on a telling, its teller left out.
const OPENS_ON_TELLING = /^([A-Z][a-z]+)\s+(?=\S)/;
// The teller before a relative clause set off by commas that closes the text before the telling: "The mill's owner,
// Maddox Colwick, who has run it since 1983, " (the name set off after the noun is the teller's shortest form). The
// teller opens its sentence or a clause after "and" or "but" (`CLAUSE_JOINT`); the aside (`RELATIVE_SET_OFF` to the
// end) holds no other clause's stop.
const RELATIVE_SET_OFF = /,\s(?:who|which)\s/;
const CLAUSE_JOINT = /,\s(?:and|but)\s/g;
const TELLER_LEAD = /^((?:[A-Za-z][\w'’.&-]*\s){0,5}[A-Za-z][\w'’.&-]*)(?:,\s([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}))?$/;
/**
 * A title opening on a telling whose teller a relative aside cut off ("The bakery's owner, Corby Ebbison,
 * who has baked there for years, said …" titled "Said the bakery …"), told with that teller: the name set off after its
 * noun when there is one, else the noun phrase without its article ("The ferryman's son said the boat leaked"). Cut at
 * a phrase end when the teller makes it longer than ten words; unchanged when no such teller opens the sentence.
 */
export function tellerBeforeAside(title: string, paragraph: string, start: number): string {
  const verb = OPENS_ON_TELLING.exec(title)?.[1].toLowerCase();
  if (!verb || !isTellingWord(verb)) return title;
  const { before } = sentenceAround(paragraph, start);
  const aside = before ? RELATIVE_SET_OFF.exec(before) : null;
  if (!before || !aside || !/,\s*$/.test(before) || /[;:"“”]/.test(before.slice(aside.index)) || before.length - aside.index > 170) return title;
  const lead = before.slice(0, aside.index);
  const joint = lastMatchOf(CLAUSE_JOINT, lead);
  const m = TELLER_LEAD.exec((joint ? lead.slice(joint.index + joint[0].length) : lead).trim());
  if (!m) return title;
  const teller = m[2] ?? withoutArticle(m[1]);
  // A phrase of time or a pronoun is no teller ("Last week, who …" cannot be).
  if (!namesAnything(teller) || /^(?:he|she|it|they|we|i|you|this|that)$/i.test(teller)) return title;
  const whole = capitalised(`${teller} ${uncapitalised(title)}`);
  const named = whole.split(/\s+/).length > MAX_WORDS ? fittedTitle(whole) : whole;
  return named.split(/\s+/).length <= MAX_WORDS && named.startsWith(whole.split(/\s+/, 1)[0]) ? named : title;
}

// The word that orders a clause against a happening, opening the evidence of that happening's event ("since the
// regatta in 2009", "after a quarrel with the landlord"): the event is the happening, its title the noun left.
const ORDERING_ALTS = 'after|since|before|following';
const ORDERING_OPEN = new RegExp(`^(${ORDERING_ALTS})\\s+`, 'i');
// What may stand before the noun in the article and belongs in the phrase: a determiner or a person's possessive.
const PHRASE_DETERMINER = /(?:^|\s)(the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+$/i;
// A word opening a clause of its own inside the clause's title (an ordering word or lexicon's subordinators), which
// the phrase might then seem to order.
const ORDERING_WORD = new RegExp(`\\b(?:${ORDERING_ALTS}|${SUBORDINATOR_ALTS})\\b`, 'i');
// A clause's title ending on a word that leads on (lexicon's list, and "against" here) is no whole clause.
const LEADS_ON = new RegExp(`\\s(?:${LEADING_ON_ALTS}|against)$`, 'i');
// The fronted phrase's comma, then at most the clause's subject before its event's evidence opens.
const FRONTED_BEFORE_CLAUSE = /^\s*,\s+(?:[\w'’.-]+\s+){0,5}$/;
const SENTENCE_OPENS_HERE = /(?:^|[.!?]["”’]?\s+)$/;
// The words between the clause and the phrase that make the phrase another's: a record's noun ("the wettest since",
// "his first win since"), a relative or a joined clause opened after a comma.
const NOT_THE_CLAUSE_S = /,\s+(?:(?:the|a|an|its|her|his|their|our)\s+(?:[\w'’-]+\s+){0,4}?(?:[a-z]+est|first|last|only|most|least)\b|(?:which|who|whom|whose|when|where|while|and|but|as)\b)|\b(?:[a-z]{3,}est|first|last|only|ever)\s+(?:[\w'’-]+\s+){0,5}$/i;
// Where a clause's title may be cut to make room for the phrase: before a phrase of place or of purpose; the phrase's
// own title also before what it is of ("a quarrel | with the landlord", "a slip | on the ice").
const CUT_MAIN = /^(?:in|on|at|for|from|with|near|into|across)$/i;
const CUT_PHRASE = /^(?:in|on|at|for|from|with|near|into|across|of|among)$/i;

/**
 * A title that is only the noun of a phrase ordering its sentence's clause against it ("The regatta" of "ferry bookings
 * have doubled since the regatta in 2009"), told as that clause's title (`host`, the event just before in the same
 * sentence, or after a phrase fronted before it) with the phrase, in the article's words: "Ferry bookings have doubled
 * since the regatta". The
 * happening is the event and keeps its date; the clause says what it is to the story. Only a phrase that opens the
 * evidence: a count before it ("two days after the fire") is the happening dated from the clause, which the title
 * would seem to date. Not a record's ("the wettest since the flood") nor a phrase after a relative or joined clause,
 * which orders another clause. The clause, then the phrase, cut at a preposition to fit ten words; unchanged when
 * the title holds a mark of its own or nothing fits.
 */
export function orderedNounTitle(title: string, paragraph: string, start: number, end: number, host: { title: string; start: number } | undefined, isVerb: (word: string) => boolean): string {
  if (!host || /[,;:()"“”]/.test(title) || /[,;:…]/.test(host.title)) return title;
  const open = ORDERING_OPEN.exec(paragraph.slice(start, end));
  if (!open) return title;
  if (host.start === start) {
    // The clause's event quotes the fronted phrase with it ("Since the merger in 2015, the dairy has …").
    if (!/^\s*,\s/.test(paragraph.slice(end, end + 3)) || !SENTENCE_OPENS_HERE.test(paragraph.slice(Math.max(0, start - 4), start))) return title;
  } else if (host.start > start) {
    // A phrase fronted before its clause ("Since the merger in 2015, the dairy has …"): it opens the sentence,
    // and only its comma stands between it and the clause.
    if (!FRONTED_BEFORE_CLAUSE.test(paragraph.slice(end, host.start)) || !SENTENCE_OPENS_HERE.test(paragraph.slice(Math.max(0, start - 4), start))) return title;
  } else {
    const between = paragraph.slice(host.start, start);
    if (/[.!?;:]\s|[;:"“”]/.test(between) || NOT_THE_CLAUSE_S.test(between)) return title;
  }
  // A clause's title that took its words from the phrase already (a pronoun misread as it) is no clause of its own.
  if (host.title.toLowerCase().includes(title.toLowerCase().split(/\s+/).slice(0, 2).join(' '))) return title;
  const rest = paragraph.slice(start + open[0].length, end);
  const at = rest.toLowerCase().indexOf(title.toLowerCase());
  // A clause after the word ("after the dam gave way") says who did what already; a clause's title that
  // holds the word, or ends on a word leading on, is no whole clause to tell the phrase with.
  if (at < 0 || titleHasVerb(title, isVerb) || !titleHasVerb(host.title, isVerb) || LEADS_ON.test(host.title)) return title;
  // A clause's title that closes on a clause of its own after an ordering word ("The roof was saved when the hall
  // was rebuilt"): the phrase right after it orders that last clause ("Hall was rebuilt after a fire"), told alone.
  const hostWords = ORDERING_WORD.test(host.title) ? orderedTail(host.title, isVerb) : host.title;
  if (!hostWords) return title;
  // The article's own determiner before the noun; a date's possessive ("Monday's gale") is read as "the".
  const lead = rest.slice(0, at);
  const determiner = PHRASE_DETERMINER.exec(lead)?.[1] ?? (/['’]s\s+$/.test(lead) ? 'the' : '');
  let phrase = `${open[1].toLowerCase()} ${determiner ? `${determiner.toLowerCase()} ` : ''}${rest.slice(at, at + title.length)}`.split(/\s+/);
  let main = hostWords.split(/\s+/);
  // The clause's title is cut at a phrase of place first ("shut the mill | at Fenstock"), never inside what a
  // telling told, then the phrase at its prepositions ("after a slip | on the ice").
  const told = main.some((w) => isTellingWord(w.toLowerCase()));
  while (main.length + phrase.length > MAX_WORDS) {
    const cutMain = told ? -1 : main.findLastIndex((w, i) => i >= 3 && CUT_MAIN.test(w) && titleHasVerb(main.slice(0, i).join(' '), isVerb) && !titleHasVerb(main.slice(i).join(' '), isVerb));
    const cutPhrase = phrase.findLastIndex((w, i) => i >= 2 && CUT_PHRASE.test(w));
    if (cutMain > 0) main = main.slice(0, cutMain);
    else if (cutPhrase > 0) phrase = phrase.slice(0, cutPhrase);
    else return title;
  }
  return `${main.join(' ')} ${phrase.join(' ')}`;
}

/**
 * The clause closing a title after its last ordering word ("when the hall was rebuilt" → "Hall was rebuilt"), its
 * article dropped and capitalised as a title opens; null when it has no verb, is under two words or is told.
 */
function orderedTail(title: string, isVerb: (word: string) => boolean): string | null {
  const last = lastMatchOf(new RegExp(ORDERING_WORD.source, 'gi'), title);
  const tail = last ? title.slice(last.index + last[0].length).trim().replace(/^(?:the|a|an)\s+/i, '') : '';
  const words = tail.split(/\s+/);
  if (words.length < 2 || !titleHasVerb(tail, isVerb) || words.some((w) => isTellingWord(w.toLowerCase())) || /^(?:he|she|it|they|we|i|you)$/i.test(words[0])) return null;
  return capitalised(tail);
}

// A title that is a teller and its telling alone ("The college said", "Port staff told reporters"): one to six words
// with no mark inside, then the telling verb and, after "told", whom it told.
const TELLING_ALONE = /^((?:[^\s,;:"“”]+\s){0,5}[^\s,;:"“”]+)\s(said|says|added|told(?:\s[^\s,;:"“”]+){1,3})$/i;

/**
 * A telling titled by its teller alone whose told clause comes first in the sentence, closed by the comma before the
 * teller ("Dr Ferriby resigned on Friday, the college said on Monday" → "The college said Dr Ferriby resigned"): what was
 * told is made a title of its own, its dates left out, and put after the telling, as "said that …" is told. Only when
 * the evidence opens on the teller, what comes before holds no quotation (quotedTitle's) and the told title has a
 * verb; cut at a phrase's end to ten words, or unchanged.
 */
export function toldBeforeTeller(title: string, paragraph: string, start: number, isVerb: (word: string) => boolean): string {
  const alone = TELLING_ALONE.exec(title);
  if (!alone || alone[1].split(/\s+/).some(isVerb)) return title;
  const teller = alone[1].split(/\s+/);
  const opening = paragraph.slice(start, start + title.length + 20).toLowerCase();
  if (!opening.startsWith(`${teller.join(' ')} `.toLowerCase()) && !opening.startsWith(`the ${teller.join(' ')} `.toLowerCase())) return title;
  const { before } = sentenceAround(paragraph, start);
  if (!before || !/\S,\s*$/.test(before) || /["“”]/.test(before)) return title;
  const clause = before.slice(before.lastIndexOf(';') + 1).replace(/,\s*$/, '').trim();
  const told = clause ? withoutDateWords(makeTitle(clause)) : '';
  const words = told.split(/\s+/);
  if (words.length < 2 || !words.slice(1).some(isVerb) || told.endsWith('…')) return title;
  const first = words[0];
  const lowered = LOWER_FIRST.test(first) ? first.toLowerCase() + told.slice(first.length) : told;
  const whole = `${title} ${lowered}`;
  const made = wordsIn(whole) > MAX_WORDS ? fittedTitle(whole) : whole;
  return wordsIn(made) <= MAX_WORDS && made.startsWith(`${title} `) && wordsIn(made) > wordsIn(title) + 1 && made.slice(title.length + 1).split(/\s+/).slice(1).some(isVerb) ? made : title;
}

// A record the clause is told as, closing before "since it" ("the lowest", "its shortest month", "the guild's second
// gold medal", "the first time the bell has rung"): a determiner or a possessor, up to two words, then a superlative
// or an ordinal, and what follows it up to "since".
const RECORD_BEFORE_SINCE = new RegExp(
  String.raw`(?:^|(,\s+)|\s)(?:(?:the|its|their)|(?:the\s+)?([\w-]+(?:\s+[\w-]+){0,2})['’]s)\s+(?:[\w-]+\s+){0,2}?(?:[a-z]{3,}est|first|second|third|fourth|fifth|sixth|last|only|most|least|best|worst)\b([^,;:"“”]{0,80})$`,
  'i',
);
// What follows the record's word holds a clause of its own: a noun phrase and its verb ("time the bell has rung").
const RECORD_OWN_CLAUSE = /^\s+(?:[a-z]+\s+)?(?:the|a|an)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:has|have|had|was|were|is|are)\b/i;

/**
 * "It was dug" of "…, the lowest since it was dug in 1958": an "it" after "since" whose clause the sentence tells as
 * a record stands for what the record is of: the record's possessor ("the guild's second medal since it was formed"),
 * else the subject of a clause inside the record ("the first time the bell has rung since it was cast"), else, the
 * record set off by a comma with no verb of its own ("…, the lowest since"), the subject the sentence opens on
 * (`lead`, title-syntax's leadingSubject). Unchanged when none is found or the title would pass ten words.
 */
export function recordSinceIt(title: string, paragraph: string, start: number, lead: (sentence: string, plural: boolean) => string | null): string {
  if (!/^It\s/.test(title)) return title;
  const { before, after } = sentenceAround(paragraph, start);
  if (before === null) return title;
  const sentence = `${before}${after}`;
  const since = /\bsince\s+it\s/i.exec(after);
  // The title is the clause "since it" opens, not one the sentence opens on "it" itself.
  if (!since || !after.slice(since.index + since[0].length).startsWith(title.slice(3).split(' ').slice(0, 2).join(' '))) return title;
  const head = sentence.slice(0, before.length + since.index).trimEnd();
  const record = RECORD_BEFORE_SINCE.exec(head);
  if (!record) return title;
  const [, setOff, owner, rest] = record;
  let subject: string | null = null;
  // The possessor's own words: what stands before a determiner or a verb in the match is no part of it.
  const ownerWords = owner ? owner.split(/\s+/) : [];
  const ownerFrom = ownerWords.findLastIndex((w) => /^(?:the|a|an|of|is|was|are|were|has|had|have|his|her|its|their|our|my|your|it|he|she|they)$/i.test(w)) + 1;
  if (owner && ownerFrom < ownerWords.length) subject = ownerWords.slice(ownerFrom).join(' ');
  else if (RECORD_OWN_CLAUSE.test(rest)) subject = RECORD_OWN_CLAUSE.exec(rest)![1];
  else if (setOff && !rest.trim().split(/\s+/).some((w) => /^(?:to|has|have|had|was|were|is|are|been|be)$/i.test(w))) subject = lead(sentence.slice(0, record.index), false);
  if (!subject || /^(?:it|he|she|they|this|that|there)$/i.test(subject)) return title;
  return pronounNamed(title, 'It ', subject, false, false);
}

// The sentence's opening noun phrase, then an aside set off by commas that runs on to the draft's evidence: "The
// regatta, due to be rowed next month, …". Words of bounded length, anchored at both ends.
const SUBJECT_THEN_SET_OFF = /^["“]?((?:[A-Z][\w'’-]{0,30})(?:\s+[\w'’-]{1,30}){0,5}),\s+([^,;:"“”]{2,90}),\s*$/;

/**
 * A title that opens on its verb or its helping verb ("Has been moved"), its subject cut off by an aside set off after it ("The
 * regatta, due to be rowed next month, has been moved to …"), takes the noun phrase opening the sentence: "The
 * regatta has been moved". Unchanged when the sentence does not open so, or its opening words hold a verb.
 */
export function subjectBeforeAside(title: string, paragraph: string, start: number, isVerb: (word: string) => boolean): string {
  const first = title.split(/\s+/, 1)[0];
  if (/^[A-Z][a-z]+$/.test(first) && paragraph.startsWith(first.toLowerCase(), start)) {
    const aside = asideWithSubject(title, paragraph, start, isVerb);
    if (aside !== title) return aside;
  }
  if (!/^[A-Z][a-z]+$/.test(first) || !(isOneOf(first.toLowerCase(), MODALS, BE_HAVE_AUXILIARIES) || isVerb(first.toLowerCase()))) return title;
  // The title is the clause from its verb on, as the article has it, and a verb of the patterns' is its only one.
  if (!paragraph.startsWith(first.toLowerCase(), start)) return title;
  if (!isOneOf(first.toLowerCase(), MODALS, BE_HAVE_AUXILIARIES) && title.split(/\s+/).slice(1).some(isVerb)) return title;
  const m = openingNounPhrase(paragraph, start, SUBJECT_THEN_SET_OFF, isVerb);
  if (!m) return title;
  // A name set off after the phrase says who it is, and is the subject ("The choir's secretary, Wilda Trundell, stepped down").
  const subject = NAME_ALONE.test(m[2].trim()) ? m[2].trim() : subjectPhrase(m[1]);
  return tenWordsAtMost(`${subject} ${first.toLowerCase()}${title.slice(first.length)}`, title);
}

/**
 * The noun phrase opening the sentence `start` is in, read by `shape` (its first group) over the sentence's words up to
 * `start`; the sentence must open within the 200 characters before it, after a break or at the paragraph's start. Null
 * when there is none, or when the phrase holds a verb past its first word or opens on a pronoun or a fronted word:
 * then it is no subject.
 */
function openingNounPhrase(paragraph: string, start: number, shape: RegExp, isVerb: (word: string) => boolean): RegExpExecArray | null {
  const from = Math.max(0, start - 200);
  const spans = splitSentences(paragraph.slice(from, start));
  const last = spans[spans.length - 1];
  if (!last || (spans.length < 2 && from > 0)) return null;
  const m = shape.exec(paragraph.slice(from + last.start, start));
  if (!m || m[1].split(/\s+/).some((w, i) => i > 0 && (isVerb(w) || isOneOf(w.toLowerCase(), MODALS, BE_HAVE_AUXILIARIES)))) return null;
  return PRONOUN_OPENING.test(m[1].split(/\s+/, 1)[0]) || FRONTED_WORD.test(m[1]) ? null : m;
}
const PRONOUN_OPENING = /^(?:it|he|she|they|we|i|you|this|that|these|those|there|here)$/i;
// The article a common noun opens on goes, as in the titles the clause alone makes ("Regatta has been moved").
const subjectPhrase = (phrase: string): string => capitalised(phrase.replace(/^(?:the|a|an)\s+(?=[a-z])/i, ''));
// The sentence's opening noun phrase and the comma that sets off what follows it: "The regatta, ". Words of bounded
// length, anchored at both ends.
const SUBJECT_THEN_COMMA = /^["“]?((?:[A-Z][\w'’-]{0,30})(?:\s+[\w'’-]{1,30}){0,5}),\s*$/;
// An aside closed by its comma and followed by a word of the main clause: "due to be sailed on Sunday, has".
const ASIDE_CLOSED = /^[^,;:.!?"“”]{2,120},\s+[a-z]/;

/**
 * A title made of an aside set off after the noun phrase opening its sentence ("Due to be sailed", of "The regatta,
 * due to be sailed on Sunday, has been put off"): the aside tells of that phrase, which is named before it
 * ("Regatta due to be sailed"). Only an aside the main clause goes on after, and a phrase with no verb in it.
 */
function asideWithSubject(title: string, paragraph: string, start: number, isVerb: (word: string) => boolean): string {
  // A telling set off inside its clause ("The parcels, she added, had been …") is the teller's, not the phrase's.
  if (PERSONAL_PRONOUN.test(title.split(/\s+/, 1)[0]) || !ASIDE_CLOSED.test(paragraph.slice(start, start + 160))) return title;
  const m = openingNounPhrase(paragraph, start, SUBJECT_THEN_COMMA, isVerb);
  if (!m) return title;
  // A subject relative's pronoun stands for the phrase, which takes its place: "Fennock, who won …" is "Fennock won …".
  const own = title.replace(/^(?:Who|Which)\s+(?=[a-z])/, '');
  return tenWordsAtMost(`${subjectPhrase(m[1])} ${uncapitalised(own)}`, title);
}
// A sentence opening on a preposition or a subordinator: its opening phrase is no subject.
const FRONTED_WORD = /^(?:in|on|at|by|for|from|with|after|before|during|since|until|when|while|if|as|once|because|although|though|despite|however|meanwhile|but|and|so|yet)\b/i;

// A pronoun subject, a past verb (the perfect too), then no object: a preposition, a mark or the end follows.
const CONTACT_CLAUSE = /^(?:it|he|she|they|we|i|you)\s+(?:(?:had|has|have)\s+)?([a-z]{2,})(?=\s+(?:in|on|at|for|from|during|over|since|before|after|by|to|last|this|that|under)\b|\s*[,.;:!?]|\s*$)/i;
// The noun phrase before it, after a word of the clause it is inside (not a sentence or clause opening: "After the
// match he left" fronts a phrase of its own). The determiner, up to two words before the noun, and the noun.
const CONTACT_HEAD = /\b([a-z]+)\s+(?:the|a|an|its|his|her|their|our|this|these|those)\s+((?:[a-z][\w-]{0,30}\s+){0,2}[a-z][\w-]{0,30})\s+$/;
// A noun of time heads a clause that tells when ("the year it opened"), which the date already says.
const TIME_NOUN = /\b(?:year|years|day|days|week|weeks|month|months|time|times|night|morning|evening|afternoon|moment|season|decade|hour|hours|summer|winter|spring|autumn|weekend|era|period|way|reason|place)$/i;

/**
 * A title made of a relative clause that leaves out "that" ("It earned in its", of "a share of the income it earned
 * in its first season"): the clause tells of the noun before it, which is its object, so the title is that noun with
 * its clause, as the article has them ("Income it earned in its first season"). Unchanged when the words before the pronoun
 * are no noun phrase inside a clause, or the verb has an object of its own.
 */
export function contactRelativeTitle(title: string, paragraph: string, start: number, end: number, isVerb: (word: string) => boolean): string {
  if (!/^(?:It|He|She|They|We|I|You)\s/.test(title)) return title;
  const evidence = paragraph.slice(start, Math.min(end, start + 200));
  const clause = CONTACT_CLAUSE.exec(evidence);
  if (!clause || !(isPastForm(clause[1]) || /^[a-z]{3,}ed$/.test(clause[1]))) return title;
  const head = CONTACT_HEAD.exec(paragraph.slice(Math.max(0, start - 80), start));
  if (!head || TIME_NOUN.test(head[2]) || FRONTED_WORD.test(head[1]) || SUBORDINATOR_WORD.test(head[1]) || isVerb(head[2].split(/\s+/).pop()!)) return title;
  const own = evidence.split(/[,;:.!?]/, 1)[0].trim();
  return tenWordsAtMost(`${head[2][0].toUpperCase()}${head[2].slice(1)} ${own}`, title);
}
// The words a clause of its own opens on: a noun phrase after them heads that clause ("said the board it …").
const SUBORDINATOR_WORD = /^(?:that|said|says|told|tells|when|where|whether|why|how|because|unless|than)$/i;
