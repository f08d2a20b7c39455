// Word lists the tagger's patterns are built from. Kept apart from the rules so that adding a spelling
// never means touching a regular expression by hand.

/** Word lists are looked up with words from the text: null-prototype, so "constructor" finds nothing. */
export const table = <T,>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null), entries);

/**
 * Lower-case words as alternatives each of which may also open with a capital ("[Ss]pring"), for patterns that read
 * case as written (a capital elsewhere would be a name's) and whose words may open a sentence.
 */
export const eitherCaseAlts = (words: readonly string[]): string => words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

export const MONTHS: Record<string, number> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

// Month names are matched case-sensitively (capitalised) because "may", "march" and "sat" are also
// ordinary words; abbreviations need their full stop unless they are unambiguous.
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The months' full names as alternatives with no group, capitalised: "January|…|December". */
export const MONTH_NAME_ALTS = MONTH_NAMES.join('|');
export const MONTH_RE =
  `(?:${MONTH_NAME_ALTS}|` +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?|' +
  `${MONTH_NAMES.map((m) => m.toUpperCase()).join('|')})`;

/** Months that are not also everyday English words, safe to tag on their own. */
export const SAFE_MONTH_RE =
  '(?:January|February|April|June|July|August|September|October|November|December|Sept\\.|Jan\\.|Feb\\.|Aug\\.|Oct\\.|Nov\\.|Dec\\.)';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<string, number> = table({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

/** The weekdays' names as alternatives with no group, capitalised: "Monday|…|Sunday". */
export const WEEKDAY_NAME_ALTS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const WEEKDAY_RE = `(?:${WEEKDAY_NAME_ALTS})`;

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '').replace(/'s$/, '')];
}

// The counts written as one word, in order: "one" to "nine", "ten" to "nineteen", the tens "twenty" to "ninety".
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "one" to "twelve" in order: the hours of a clock in words ("seven o'clock", "a quarter to six", "from nine"). */
export const CLOCK_HOUR_WORDS: readonly string[] = [...UNIT_WORDS, ...TEEN_WORDS].slice(0, 12);
/** The counts from `from` to `to` (1 to 19) in words, as alternatives with no group: countWords(2, 12) is "two|…|twelve". */
export const countWords = (from: number, to: number): string => [...UNIT_WORDS, ...TEEN_WORDS].slice(from - 1, to).join('|');

const NUMBER_WORDS: Record<string, number> = table({
  zero: 0, a: 1, an: 1,
  ...Object.fromEntries([...UNIT_WORDS, ...TEEN_WORDS].map((w, i) => [w, i + 1])),
  ...Object.fromEntries(TENS_WORDS.map((w, i) => [w, 20 + 10 * i])),
  hundred: 100, dozen: 12, couple: 2, half: 0.5,
});

// "the third day", "the tenth anniversary": the ordinals written as words, first to tenth, in order.
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
// The same as alternatives, for a capture group of its own ("(" + ORDINAL_WORD_ALTS + ")").
export const ORDINAL_WORD_ALTS = ORDINAL_WORDS.join('|');
/** 1 for "first" … 10 for "tenth"; 0 for any other word. */
export const ordinalWordValue = (word: string): number => ORDINAL_WORDS.indexOf(word.toLowerCase()) + 1;

// Ordinals written as words up to a hundredth, for counts of years ("her seventy-fifth birthday", "the fortieth
// anniversary", "his eighteenth"): first to tenth, the teens, the tens, and a ten joined to first … ninth.
const TEEN_ORDINALS = ['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth'];
/** Any such ordinal, as alternatives (no group of its own); fixed words only. */
export const ORDINAL_NUMBER_RE = `(?:(?:${TENS_WORDS.join('|')})-(?:${ORDINAL_WORDS.slice(0, 9).join('|')})|${[...TEEN_ORDINALS, ...TENS_ORDINALS, ...ORDINAL_WORDS].join('|')})`;
/** The value of an ordinal ORDINAL_NUMBER_RE matched: 75 for "seventy-fifth", 18 for "eighteenth"; 0 for any other word. */
export function ordinalNumberValue(word: string): number {
  const w = word.toLowerCase();
  const dash = w.indexOf('-');
  if (dash > 0) {
    const tens = TENS_WORDS.indexOf(w.slice(0, dash));
    const unit = ordinalWordValue(w.slice(dash + 1));
    return tens >= 0 && unit > 0 && unit < 10 ? 20 + 10 * tens + unit : 0;
  }
  const teen = TEEN_ORDINALS.indexOf(w);
  if (teen >= 0) return 11 + teen;
  const ten = TENS_ORDINALS.indexOf(w);
  return ten >= 0 ? 20 + 10 * ten : ordinalWordValue(w);
}

// "two hundred years ago": whole hundreds, before the bare "two" they start with.
export const NUMBER_WORD_RE =
  `(?:(?:${UNIT_WORDS.slice(1).join('|')})[- ]hundred|(?:${TENS_WORDS.join('|')})(?:[- ](?:${UNIT_WORDS.join('|')}))?|` +
  `${[...UNIT_WORDS, ...TEEN_WORDS].join('|')}|a hundred|one hundred|a dozen|a couple of|a half|a|an)`;

// "began six weeks of rehearsals", "opens a three-year study": the verbs a length is begun by (begun-lengths.ts, and
// dated-events.ts's look for them before that runs).
export const BEGIN_VERB_RE = '(?:began|begins|begin|begun|started|starts|start|launched|launches|launch|opened|opens|open)';

/** A count written in words or digits; undefined for vague ones ("several"), which keep an X. */
export function parseCount(text: string): number | undefined {
  const t = text.toLowerCase().trim().replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const frac = /^(\d+)\s+1\/2$/.exec(t);
  if (frac) return Number(frac[1]) + 0.5;
  if (t === 'a couple of' || t === 'a couple') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'a hundred' || t === 'one hundred') return 100;
  if (t === 'a half') return 0.5;
  const parts = t.split(/[- ]/);
  if (parts.length === 2 && parts[1] === 'hundred' && NUMBER_WORDS[parts[0]] !== undefined && NUMBER_WORDS[parts[0]] < 10) return NUMBER_WORDS[parts[0]] * 100;
  if (parts.length === 2 && NUMBER_WORDS[parts[0]] !== undefined && NUMBER_WORDS[parts[1]] !== undefined) {
    return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  }
  return NUMBER_WORDS[t];
}

export const VAGUE_COUNT_RE = '(?:several|a few|few|many|some|numerous|a number of|countless|multiple)';

// Words that hedge a count written after them ("nearly three years", "some ten days"): the core every reader of a
// hedged count accepts. Each reader adds its own words ("around", "roughly", "only", "another", "close to", "more
// than"), so that what one accepts is still its own.
const HEDGE_WORDS = 'about|nearly|almost|some';
/** HEDGE_WORDS and a reader's own `extra` alternatives (regular-expression source), as one group. */
export const hedgeWords = (...extra: string[]): string => `(?:${[HEDGE_WORDS, ...extra].join('|')})`;

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)';

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'second';
  if (w.startsWith('min')) return 'minute';
  if (w.startsWith('hour')) return 'hour';
  if (w.startsWith('day')) return 'day';
  if (w.startsWith('weekend')) return 'weekend';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  if (w.startsWith('year')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  return 'century';
}

/** The TIMEX3 duration for n units: P3D, PT5H, P20Y, PXY when n is unknown. */
export function durationValue(n: number | undefined, unit: Unit): string {
  const time = unit === 'second' || unit === 'minute' || unit === 'hour';
  const letter: Record<Unit, string> = {
    second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y',
    decade: 'DE', century: 'CE',
  };
  // Decades and centuries are written in years, counted ("P40Y") or not ("decades": PXY), as the TempEval-3 corpora write them.
  if (n === undefined) return unit === 'decade' || unit === 'century' ? 'PXY' : `P${time ? 'T' : ''}X${letter[unit]}`;
  if (!Number.isInteger(n)) {
    // Halves are written in the next smaller unit, as TIMEX3 values allow only whole numbers.
    const smaller: Partial<Record<Unit, [string, number]>> = {
      hour: ['TM', 60], day: ['TH', 24], week: ['D', 7], month: ['W', 4], year: ['M', 12], minute: ['TS', 60],
    };
    const s = smaller[unit];
    if (s) {
      const whole = Math.floor(n);
      const rest = Math.round((n - whole) * s[1]);
      if (unit === 'hour') return whole ? `PT${whole}H${rest}M` : `PT${rest}M`;
      if (unit === 'year') return whole ? `P${whole}Y${rest}M` : `P${rest}M`;
      return `P${s[0].startsWith('T') ? 'T' : ''}${Math.round(n * s[1])}${s[0].replace('T', '')}`;
    }
  }
  if (unit === 'decade') return `P${n * 10}Y`;
  if (unit === 'century') return `P${n * 100}Y`;
  if (unit === 'weekend') return `P${n * 2}D`;
  return `P${time ? 'T' : ''}${n}${letter[unit]}`;
}

// Nouns that name one happening ("the fire", "a rally", "the vote"), each with the uses it is fit for (one list;
// the patterns of narrative.ts and events.ts take the subset their reading needs):
//   R  referred back to: a text dates it once and then points at it ("at the time of the massacre", "since its first
//      vote", "the 1998 collapse");
//   I  introduced: a one-off happening a text brings in with "a" and then names with "the" ("a rally … the rally");
//   S  sudden: a happening a report leads with, so that "the <noun>" with no dated event naming it is the story's
//      lead. A war, an election or a massacre named in passing is as likely another one, years away: not S.
const HAPPENINGS: Record<string, string> = table({
  massacre: 'R', election: 'RI', elections: 'R', vote: 'R', votes: 'R', ballot: 'R', referendum: 'RI',
  coup: 'R', invasion: 'R', uprising: 'R', riot: 'RI',
  flood: 'RIS', floods: 'RS', flooding: 'S', fire: 'RIS', storm: 'RIS', earthquake: 'RIS', quake: 'RIS', attack: 'RIS',
  explosion: 'RIS', blast: 'RIS', crash: 'RIS', eruption: 'RIS', derailment: 'RIS', shooting: 'RIS',
  bombing: 'RS', collapse: 'RS', hurricane: 'RS', typhoon: 'RS', cyclone: 'RS', tsunami: 'RS',
  raid: 'IS', accident: 'IS', blaze: 'IS', landslide: 'IS',
  disaster: 'S', tornado: 'S', mudslide: 'S', sinking: 'S', spill: 'S', leak: 'S',
  rally: 'I', protest: 'I', march: 'I', demonstration: 'I', match: 'I', game: 'I', race: 'I', meeting: 'I', summit: 'I',
  hearing: 'I', trial: 'I', ceremony: 'I', concert: 'I', festival: 'I', parade: 'I', strike: 'I', walkout: 'I',
  ambush: 'I', clash: 'I', outbreak: 'I', debate: 'I', speech: 'I', visit: 'I', conference: 'I', auction: 'I',
  collision: 'I',
});
const happeningsWith = (use: string) => Object.keys(HAPPENINGS).filter((w) => HAPPENINGS[w].includes(use)).join('|');

/** A happening noun a text may date once and refer back to (R). Every pattern using it ends it at a word boundary. */
export const REFERABLE_HAPPENING_RE = `(?:${happeningsWith('R')})`;
/** A one-off happening noun a text brings in with "a" and then names with "the" (I). */
export const INTRODUCED_HAPPENING_RE = `(?:${happeningsWith('I')})`;

// Occasions at which things are said (a sitting of a court, a meeting, a launch): what is told "outside court", "at
// the launch" or "to the meeting" with no day of its own was said on the occasion's day. Read word by word (see
// occasions.ts), so that the set may grow without a pattern that could backtrack.
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'hearing', 'trial', 'court', 'courtroom', 'inquest', 'tribunal', 'jury', 'jurors', 'magistrates', 'verdict', 'sentencing',
  'meeting', 'conference', 'session', 'sitting', 'debate', 'assembly', 'summit', 'committee', 'council', 'chamber',
  'launch', 'briefing', 'rally', 'ceremony', 'unveiling', 'opening', 'speech', 'address', 'keynote', 'presentation',
  'match', 'game', 'race', 'final', 'vote',
]);
/** A sudden happening a news story leads with (S), the whole word. */
export const SUDDEN_HAPPENING = new RegExp(`^(?:${happeningsWith('S')})$`, 'i');

export const SEASONS: Record<string, string> = table({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' });
/** The season words ("spring" … "winter", "fall" with "autumn") as alternatives, with no group of their own. */
export const SEASON_ALTS = Object.keys(SEASONS).join('|');
/**
 * The season words but "fall", which is as often a verb ("prices fall") or a drop: where nothing else tells a season
 * from a verb, only these are read. As alternatives with no group of their own, and their plurals ("springs" …).
 */
export const SEASON_NOUN_ALTS = Object.keys(SEASONS).filter((w) => w !== 'fall').join('|');
export const SEASON_NOUN_PLURAL_ALTS = SEASON_NOUN_ALTS.split('|').map((w) => `${w}s`).join('|');
/** A season's first month, by its code; a season runs three months from it, winter's last two in the next year. */
export const SEASON_FIRST_MONTH: Record<string, number> = table({ SP: 3, SU: 6, FA: 9, WI: 12 });

/** A season's three months in order (winter: 12, 1, 2); none for a code that is no season. */
export function seasonMonths(code: string): number[] {
  const first = SEASON_FIRST_MONTH[code];
  return first ? [first, (first % 12) + 1, ((first + 1) % 12) + 1] : [];
}

export const PARTS_OF_DAY: Record<string, string> = table({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
});
// The parts of the day by name, as alternatives with no group. The waking ones go together where "night" does not:
// "this morning" but "last night", "in the evening" but "at night".
export const WAKING_PART_ALTS = 'morning|afternoon|evening';
export const PART_OF_DAY_ALTS = `${WAKING_PART_ALTS}|night`;

// The times of the day with names of their own: the sun's turns at daybreak ("before dawn", "at first light") and at
// nightfall ("until dusk"), and the clock's noon and midnight.
const DAYBREAK_WORDS = ['dawn', 'daybreak', 'first light', 'sunrise'];
const NIGHTFALL_WORDS = ['dusk', 'nightfall', 'sunset'];
const wordAlts = (words: readonly string[]): string => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`;
/** Daybreak in words ("dawn", "first light"), as alternatives. */
export const DAYBREAK_RE = wordAlts(DAYBREAK_WORDS);
/** Nightfall in words ("dusk", "sunset"), as alternatives. */
export const NIGHTFALL_RE = wordAlts(NIGHTFALL_WORDS);
/** A turn of the day by the sun ("dawn", "first light", "dusk"), as alternatives. */
export const SUN_TURN_RE = wordAlts([...DAYBREAK_WORDS, ...NIGHTFALL_WORDS]);
/** A time of the day with a name of its own: a turn of the sun, noon or midnight ("until midday on Monday"). */
export const NAMED_TIME_OF_DAY_RE = wordAlts([...DAYBREAK_WORDS, ...NIGHTFALL_WORDS, 'noon', 'midday', 'midnight']);

// The holidays the holiday rules know, by the names news gives them, as alternatives.
export const HOLIDAY_NAME = String.raw`Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year(?:['’]s(?:\s+(?:Day|Eve))?|(?![\w'’]))|Thanksgiving(?:\s+Day)?|Good\s+Friday|Easter(?:\s+(?:Saturday|Sunday|Monday))?|Midsummer(?:['’]s)?\s+Day|Bonfire\s+Night|Guy\s+Fawkes(?:['’])?\s+Night|Shrove\s+Tuesday|Pancake\s+Day|Ash\s+Wednesday|Palm\s+Sunday|Maundy\s+Thursday|Holy\s+Saturday|Ascension\s+(?:Day|Thursday)|Whit(?:\s+(?:Sunday|Monday)|sunday)|Pentecost(?:\s+(?:Sunday|Monday))?|Epiphany|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine['’]s\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|Veterans\s+Day|Black\s+Friday|(?:Spring|Summer|August|Early\s+May)\s+Bank\s+Holiday(?:\s+Monday)?`;

// Verbs that report speech: their tense says when something was said, not when it happened.
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'reported', 'reports', 'noted',
  'notes', 'stressed', 'stresses', 'explained', 'explains', 'claimed', 'claims', 'announced', 'announces', 'according',
  'wrote', 'writes', 'asked', 'asks', 'insisted', 'insists', 'argued', 'argues', 'declared', 'declares', 'confirmed',
  'confirms', 'quoted', 'cited', 'commented', 'comments', 'remarked', 'believed', 'believes', 'thinks', 'thought',
  'recalled', 'recalls', 'warned', 'warns', 'predicted', 'acknowledged', 'acknowledges', 'suggested', 'suggests', 'testified',
  'testifies',
]);

// The verbs of a telling as wire copy writes them ("said", "announces", "told reporters"): the one list the
// patterns that find a telling, its date and what it tells are built from (anchor.ts, events.ts).
export const TELLING_PAST = [
  'said', 'announced', 'reported', 'stated', 'confirmed', 'claimed', 'argued', 'warned', 'admitted', 'noted', 'insisted',
  'acknowledged', 'explained', 'revealed', 'alleged', 'predicted', 'estimated', 'demanded', 'urged', 'ruled', 'added',
  'stressed',
];
const TELLING_PRESENT = [
  'says', 'announces', 'reports', 'states', 'confirms', 'claims', 'argues', 'warns', 'admits', 'notes', 'insists',
  'acknowledges', 'explains', 'reveals', 'alleges', 'predicts', 'estimates', 'demands', 'urges', 'rules', 'adds',
  'stresses',
];
/** The telling verbs' bare forms, as alternatives ("say", "announce", "stress"): an infinitive's ("came forward to say"). */
export const TELLING_INFINITIVE = TELLING_PRESENT.map((w) => w.replace(/(?<=ss)es$|s$/, '')).join('|');
/**
 * The telling verbs named by their past (`pasts`, each of TELLING_PAST), each with its present ("said" gives
 * "said|says"), as alternatives with no group of their own: for a pattern that reads only some tellings.
 */
export function tellingForms(...pasts: string[]): string {
  return pasts
    .map((past) => {
      const i = TELLING_PAST.indexOf(past);
      if (i < 0) throw new Error(`tellingForms: "${past}" is no telling verb of TELLING_PAST`);
      return `${past}|${TELLING_PRESENT[i]}`;
    })
    .join('|');
}
// Words in -s that are no plural noun: an adverb, a conjunction, a verb, a possessive ("always", "does", "its").
export const NOT_PLURAL_S = 'whereas|unless|always|perhaps|sometimes|besides|nevertheless|thus|does|was|has|is|this|its|his|hers|ours|theirs|yes|less';
// Plural subjects that end in no -s ("they report", "police report", "the staff, …, cut"): one list for every rule that
// reads a verb's number from the word before it. Each adds the nouns in -s its own way, and undated-clauses.ts's
// PLURAL_WORD the other subjects a bare present agrees with ("you", "these", "all"). "report that" does not take
// those: no text needs them, and the ten patterns that hold the telling's lookbehind would each need a new ReDoS
// verdict (recheck called one of them polynomial with them in).
export const PLURAL_SUBJECT_WORDS = ['they', 'we', 'people', 'police', 'staff', 'children', 'men', 'women'];
// In a pattern with no "i" flag: each word as written alone or opening a sentence ("they", "They").
const PLURAL_SUBJECT_ALTS = PLURAL_SUBJECT_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
// "Residents say …", "Engineers report that …", "…, officials say.": the plural present of a telling. "say" after a word
// that makes it finite (a subject, not "to", a modal, "did not" or a determiner: "to say", "would say", "have their
// say"), and not ", say, 10 percent". "report" only after a plural subject (a bare plural noun, or "they", "we",
// "people", "police" …) and before "that", where it is no noun ("a police report filed on Monday", "the sales report").
// Each reads back from the verb only once the verb has matched, over at most three spaces, so that no run of spaces or
// letters is read again from every position.
const SAY_FINITE = String.raw`say(?<=[\w'’]\s{1,3}(?:(?:also|now|still|often|too)\s{1,3})?say)(?<!\b(?:to|will|would|can|could|may|might|must|shall|should|do|does|did|not|let|I|you|a|an|the|their|his|her|its|our|my|your|no|any|some|final|last|full)\s{1,3}say)(?!\s*,)`;
const PLURAL_REPORT = String.raw`report(?<=\b(?:${PLURAL_SUBJECT_ALTS}|(?!(?:${NOT_PLURAL_S})\s)[A-Za-z][\w'’-]{1,}[^sS\W'’]s)\s{1,3}(?:(?:also|now|still|often|too)\s{1,3})?report)(?=\s+that\s)`;
const PLURAL_TELLING = `(?:${SAY_FINITE}|${PLURAL_REPORT})`;
const TELLING_LIST = [...TELLING_PAST, ...TELLING_PRESENT];
const TELLING_WORDS = new Set(TELLING_LIST);
// The plural present ("say", "report") is as of publication too.
const PRESENT_TELLING_WORDS = new Set([...TELLING_PRESENT, 'say', 'report']);
/** Whether a word is one of the telling verbs above, in any case ("said", "Announces"); "told" is not alone. */
export const isTellingWord = (word: string): boolean => TELLING_WORDS.has(word.toLowerCase());
/** Whether a telling verb is in the present ("says", "Announces"): its telling is as of publication. */
export const isPresentTelling = (verb: string): boolean => PRESENT_TELLING_WORDS.has(verb.toLowerCase());
// "told a news conference", "told a press briefing": the occasion told may be named by two words. ("told this
// newspaper": a paper may name itself so.)
const TOLD_OCCASION = '(?:\\s+(?:conference|briefing|meeting|hearing|rally|gathering))?';
/** Any telling verb, "told <someone>" included. */
export const TELLING_VERB_RE = `(?:${TELLING_LIST.join('|')}|${PLURAL_TELLING}|told\\s+(?:(?:the|a|an|this|his|her|their|its|our)\\s+)?\\w+${TOLD_OCCASION})`;
/**
 * A night told as a whole ("worked through the night", "stayed overnight", "all night"). Not "overnight" before a noun
 * it describes ("overnight shifts", "an overnight train"): only closing its phrase.
 */
export const THROUGH_NIGHT = /\b(?:(?:through|throughout|during)\s+the\s+night|all\s+night(?:\s+long)?|overnight(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:on|in|at|to|and|but|as|while|before|after|from|near|beside|by|with|until|so|without)\b))\b/i;
/**
 * "It had come in on the tide", "had probably been washed up": a past perfect anywhere in a text. Not "had" as the verb
 * itself, before what was had ("had no power overnight", "had two crews on site", "had to wait all night").
 */
export const PAST_PERFECT_ANYWHERE = new RegExp(String.raw`\bhad\s+(?:(?:already|just|also|not|never|[a-z]+ly)\s+)?(?:been\s+)?(?!(?:no|to|the|an|some|any|his|her|its|their|our|my|your|this|that|these|those|${countWords(2, 10)}|several|many|much|more|little|enough|nothing|it|them)\b)[a-z]{2,}`, 'i');
/** A telling verb as a whole word anywhere in a text ("officials said", "told reporters"; not "told" alone). */
export const TELLING_VERB_WORD = new RegExp(String.raw`\b${TELLING_VERB_RE}\b`, 'i');
/** The same, or "told"/"tells" with no listener after it ("as she told it", "he tells of"): any telling at all. */
export const TELLING_OR_TOLD_WORD = new RegExp(String.raw`\b(?:${TELLING_VERB_RE}|told|tells)\b`, 'i');
// What is written and given out to tell something, and what it is given out as: "a study published on Tuesday", "figures
// released by the trust", "said in a report issued on Monday". The day it was given out is the telling's.
export const WRITTEN_TELLINGS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'paper', 'review', 'audit', 'analysis', 'poll', 'census', 'figures',
  'data', 'statistics', 'findings', 'research', 'results', 'letter', 'memo', 'bulletin', 'update', 'assessment', 'estimates',
  'forecast', 'newsletter', 'filing',
]);
export const GIVEN_OUT_RE = '(?:released|published|issued|posted|unveiled|presented|filed|submitted|circulated|sent)';
// What a written telling does with what it tells: the telling verbs, and the verbs of finding and showing ("a study
// published on Tuesday has found", "figures released on Monday show").
export const WRITTEN_TELLING_VERB_RE = `(?:${TELLING_LIST.join('|')}|say|report|found|finds|find|shows?|showed|shown|suggest(?:s|ed)?|conclude(?:s|d)?|indicate(?:s|d)?)`;
// The few words a telling may put before what it tells ("said on Monday that", "told reporters late on Friday that"):
// no clause mark or quote among them.
const TOLD_GAP = String.raw`[^,;:"“”]{0,30}?`;
// The saying, then what is said: "… said on Tuesday that …", "… claims that …", "Ford says it made …" (a
// pronoun opens the reported clause when "that" is left out). "… said outside the court after the hearing that …": the
// occasion the saying followed may lengthen the words between. A pronoun followed by a preposition, a time word or
// "and" is the telling's object, no reported clause: "announced it in January 2008", "reported it to police on
// Monday", "confirmed it yesterday".
const PRONOUN_OBJECT_NEXT = String.raw`(?:in|on|at|to|for|with|by|from|into|over|after|before|during|until|since|last|this|next|yesterday|today|tonight|the|a|an|and|but|or|again|twice|once|publicly|formally|officially)\b`;
export const REPORTED_THAT = new RegExp(
  String.raw`\b(${TELLING_VERB_RE})(?:\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+)?${TOLD_GAP}(?:\s+(?:after|before|following|during)\s+(?:the|a|an|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?)?)?\s+(?:that\s+|(?=(?:it|he|she|they|we)\s+(?!${PRONOUN_OBJECT_NEXT})[a-z]))`,
  'i',
);
// The shorter form a title's shared subject needs (clause-words.ts): a telling and its "that" only, the few words
// between with no lead-in or occasion.
export const TELLING_THAT = new RegExp(String.raw`\b${TELLING_VERB_RE}\s+(?:${TOLD_GAP}\s+)?that\s+`, 'i');
/**
 * A telling right before its "that", which a headline leaves out ("said that", "residents say that", "told reporters
 * that"); group 1 the telling. Not a ruling or a demand ("ruled that", "urged that"), which title-syntax.ts reads no
 * told clause after, nor "told" with whom in more than one word ("told the court that"): there the "that" is all that
 * shows where what was told begins.
 */
const RULING_OR_DEMAND = new Set(['ruled', 'rules', 'alleged', 'alleges', 'demanded', 'demands', 'urged', 'urges']);
export const HEADLINE_TELLING_THAT = new RegExp(String.raw`\b(${TELLING_LIST.filter((w) => !RULING_OR_DEMAND.has(w)).join('|')}|${PLURAL_TELLING}|told\s+\w+)\s+that\s+`, 'gi');

// A record told against the last time the same happened: "its first win since May", "the wettest summer since
// records began in 1862", "for the first time since 1989". What "since" names is that last time, one happening before
// the record, not the start of a stretch up to it. "only" right before "since" ("has lived here only since 1990")
// makes the stretch short, and "most of the games since May" counts a share of one: neither is a record. Nor is a word
// that only ends as a superlative does ("lost a fifth of its forest since 2000", "its interest since 2010"). Nor "has
// been its only keeper since 1987": a post held, by a subject with the possessive, up to now. Nor "only" before a count
// with no determiner ("said only two letters had come since May"): how few, a tally up to a time; "the only two
// strikes since 1990" is still a record.
// Groups: 1 "for" before the determiner, 2 the determiner, 3 the record word, 4 the words from it to "since".
const NOT_SUPERLATIVE = String.raw`(?!(?:for|inter|prot|arr|requ|cont|harv|hon|mod|earn|sugg|dig|manif|conqu|inqu|bequ|beh|unr|midw|temp|inv|det|att)est\b)`;
/** A superlative read by its ending ("earliest", "wettest"), not a word that only ends as one ("forest", "interest"). */
export const SUPERLATIVE_RE = String.raw`${NOT_SUPERLATIVE}[a-z]{3,}est`;
export const RECORD_SINCE_LEAD = String.raw`(?:\b(for\s+)?\b(the|its|their|his|her|our|my|a)\s+)?\b(first|only(?!\s+since\b)(?!(?<!\b(?:the|its|their|his|her|our|my)\s+only)\s+(?:\d|${NUMBER_WORD_RE})\b)(?<!\b(?:has|have)\s+been\s+(?:its|their|his|her|our|my)\s+only)|most(?!\s+of\b)(?!(?<!\b(?:the|its|their|his|her|our|my)\s+most)\s+[a-z]+[a-rt-z]s\b)|least|best|worst|${SUPERLATIVE_RE})\b([^,.;:!?]{0,60}?)\s*\bsince\s+`;
/** A record's lead words ending the text read, "since" and then what `after` reads (a pattern) up to its end. */
export const recordSinceBefore = (after = ''): RegExp => new RegExp(`${RECORD_SINCE_LEAD}${after}$`, 'i');
/** A record's lead words ending right at the date after "since": "the first increase since" (April 2007). */
export const RECORD_BEFORE_DATE = recordSinceBefore();

// The telling verbs written in lower case, or with a capital by `first`.
const tellingVerbs = (first: (w: string) => string) =>
  `(?:${TELLING_LIST.map(first).join('|')}|${PLURAL_TELLING}|${first('told')}\\s+(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\\s+)?\\w+${TOLD_OCCASION})`;
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
/**
 * A telling verb right before a date: "said", "told reporters on". In lower case, or capitalised only where nothing
 * runs into it before: "the United States Thursday" names a country, not a telling.
 */
export const TELLING_BEFORE_DATE = new RegExp(String.raw`\b(?:${tellingVerbs((w) => w)}|(?<![\w,;:]\s*)${tellingVerbs(capitalised)})\s+(?:on\s+)?$`);

// "the new orders on 3 June", "its reports on Monday": a telling's form right after a determiner, a possessive or an
// adjective of such papers, then the date: the noun it spells, which tells nothing.
const TELLING_NOUN_BEFORE_DATE = /\b(?:the|an?|its|their|his|her|our|my|your|these|those|new|latest|final|draft)\s+([a-z]+)\s+(?:on\s+)?$/i;

/** Whether the words right before a date (`before`) end on a telling's form used as a noun ("the new orders on"). */
export const tellingNounBefore = (before: string): boolean => {
  const m = TELLING_NOUN_BEFORE_DATE.exec(before);
  return !!m && isTellingWord(m[1]);
};

/** Whether a telling verb, not a noun it spells, ends the words right before a date (`before`): TELLING_BEFORE_DATE. */
export const tellingBeforeDate = (before: string): boolean => TELLING_BEFORE_DATE.test(before) && !tellingNounBefore(before);

// "Mr", "Dr", "Dame": the words before a name that say it is a person's, as alternatives (capitalised).
export const HONORIFIC_ALTS = 'Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Lord|Lady';

// Bodies that speak and decide as one ("the water company said", "the county council plans"): heads of a noun phrase
// that a pronoun telling or planning may stand for.
export const BODY_NOUNS = [
  'company', 'council', 'board', 'authority', 'ministry', 'department', 'government', 'firm', 'trust', 'agency',
  'operator', 'bank', 'union', 'club', 'society', 'association', 'federation', 'league', 'committee', 'commission',
  'charity', 'airline', 'regulator', 'utility', 'corporation', 'institute', 'foundation', 'cooperative', 'co-operative',
  'museum', 'school', 'university', 'college', 'hospital', 'library', 'group', 'party', 'service',
];

export const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'went', 'came', 'took', 'made', 'fled', 'swept', 'began', 'gave', 'got', 'held', 'met',
  'left', 'won', 'lost', 'fought', 'ran', 'saw', 'found', 'fell', 'rose', 'broke', 'spoke', 'wrote', 'sent', 'brought',
  'bought', 'built', 'chose', 'drove', 'flew', 'grew', 'hit', 'kept', 'knew', 'led', 'paid', 'quit', 'rode', 'sold',
  'shot', 'sat', 'slept', 'stood', 'struck', 'stole', 'threw', 'woke', 'wore', 'withdrew', 'became', 'felt', 'forgot',
  'froze', 'hung', 'hid', 'laid', 'lay', 'lit', 'overthrew', 'sank', 'sang', 'shook', 'shut', 'slid', 'spent', 'split',
  'spread', 'sprang', 'stuck', 'stung', 'swore', 'swung', 'taught', 'tore', 'undertook', 'upheld', 'wept', 'wound',
  'arose', 'beat', 'bore', 'bound', 'bled', 'bent', 'blew', 'caught', 'dealt', 'drew', 'dug', 'fed', 'fit', 'forbade',
  'foresaw', 'heard', 'meant', 'mistook', 'overcame', 'overtook', 'rang', 'sought', 'shone', 'stank', 'strove', 'thrust',
  'underwent', 'won', 'ended', 'died', 'occurred', 'happened', 'took', 'signed', 'killed', 'injured', 'arrested',
  // Irregular pasts a relative aside often holds ("which lent the club £900 in May,"): without them the aside reads
  // no verb, and the main clause's tense took its date.
  'lent', 'drank', 'sped', 'spun', 'clung', 'crept', 'flung', 'knelt', 'leapt', 'strode', 'forgave',
  'oversaw', 'misled', 'withheld', 'rebuilt', 'retook', 'shrank', 'wove', 'slung', 'strung', 'overran', 'outgrew',
  'understood', 'mislaid', 'rewrote',
]);

// A present perfect of a verb that imposes a state (a closure, a ban, a suspension), closing the words before a bound
// with no comma or other clause between ("have shut the road until", "has been suspended until"): the state goes on
// now. Not "had", nor a verb of what someone did ("has stayed in hospital until Tuesday" is over).
// Verbs that grant someone time ("gave the tenant until", "was granted until"), read by the tense cues and the until-spans.
export const GRANT_VERB = String.raw`(?:given|gave|giving|give|gives|grant(?:s|ed|ing)?)`;


export const PERFECT_LEADS = /\b(?:has|have)\s+(?:(?:already|now|also|just)\s+)?(?:been\s+)?(?:closed|shut|suspended|banned|barred|halted|postponed|cancell?ed|extended|blocked|restricted|stopped|grounded|delayed|deferred|adjourned|frozen|sealed|cordoned|evacuated)\b[^,;:.]*$/i;

/**
 * A bound word (`words`, alternatives such as 'until|till') closing the text before a date, not after a weekday that
 * opens a range of opening hours ("Monday through Friday", "Monday, through Friday"): "through Sunday", "until Friday".
 */
export const boundWordBefore = (words: string): RegExp => new RegExp(String.raw`(?<!day,?\s{1,3})\b(?:${words})\s+$`, 'i');

// A plural unit's length in days, on average: what a count of them spans ("those four years", "that had lasted 14 months").
export const UNIT_LENGTH_DAYS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 30.44, years: 365.25 };

// The mark after a chronology entry's date, a colon or a dash ("May 2023: A new firm takes over", "2004 - A new
// ferry joins the harbour fleet"): read where a year heads a line and where a list's entries go without a year
// (text-years.ts), and cut once the date before it is (title.ts).
export const ENTRY_MARK_RE = String.raw`(?::|\s?[-–—]\s)`;

// Words that open a subordinate clause of time, cause, concession or condition: what follows one is that clause's
// ("because her choir has sung there in each of the last five years"), not the sentence's own happening (undated-sentences.ts),
// and a title holding one may hold a clause of its own (title-context.ts, with the words that order a happening).
export const SUBORDINATOR_ALTS = 'because|although|though|while|unless|when|after|before|if|until';

// Words that lead on to what follows them and so cannot close a title or a whole clause: a preposition, a conjunction
// or an article ("propelled the country into", "bookings rose at the"). Once a time phrase is cut away they are left
// dangling (title.ts), and a clause's title ending on one is no whole clause (title-context.ts).
export const LEADING_ON_ALTS = 'into|onto|to|through|from|until|till|by|on|in|at|of|for|since|during|between|throughout|within|around|about|past|toward|towards|upon|amid|via|after|before|and|or|but|the|a|an|as|than|with';

/** Verbs whose past is their bare form ("A spark set fire to the barn", "The repairs cost £9,000"). */
export const SAME_FORM_PAST = new Set(['set', 'put', 'cut', 'let', 'forecast', 'broadcast', 'read', 'hit', 'cost', 'shut', 'spread', 'hurt', 'burst', 'quit']);

/** Irregular past participles ("laid", "built", "taken"): a noun's participle phrase ("the ferries built in 1974"). */
export const PAST_PARTICIPLES = new Set([
  'laid', 'built', 'made', 'taken', 'given', 'seen', 'held', 'sold', 'paid', 'sent', 'found', 'hit', 'struck', 'stolen',
  'driven', 'thrown', 'beaten', 'born', 'done', 'won', 'lost', 'caught', 'brought', 'bought', 'set', 'cut', 'shut',
  'put', 'kept', 'left', 'told', 'chosen', 'broken', 'frozen', 'flown', 'torn', 'sunk', 'sworn', 'swept', 'spent',
  'split', 'hidden', 'run', 'begun', 'withdrawn', 'written', 'grown', 'known', 'shown', 'dug', 'fed', 'led', 'met',
  'rebuilt', 'sacked', 'hurt', 'shot', 'spread', 'heard', 'sought', 'taught', 'won',
]);

/**
 * Whether a lower-case word reads as a past participle by its spelling alone: a regular one (`regular`, a stem of two
 * letters or more and "-ed" by default) or an irregular one PAST_PARTICIPLES lists. A caller whose pattern lets a
 * participle end "-en" ("will be taken", "is forgotten") passes its own `regular`.
 */
export const listedOrRegularParticiple = (w: string, regular = /^[a-z]{2,}ed$/): boolean => regular.test(w) || PAST_PARTICIPLES.has(w);

// ", which was rained off in May,", ", who will retire in August,": a relative clause set off by a pair of commas, one
// reading for every place that sets such a clause apart from its sentence: the tense reader's asides and clause barriers
// (tense.ts), the title readers' subjects (title-syntax.ts, title-context.ts) and the undated sentences' own words
// (undated-sentences.ts). A comma inside a figure ("£180,000") closes nothing, nor one going on a list of weekdays or
// months (", which opens on Friday, Saturday and Sunday,"); a full stop before a figure or a lower-case word is an
// abbreviation's ("Feb. 26", "9 a.m. on"), and no aside runs past its sentence's end.
export const COMMA_RELATIVE = String.raw`,\s+(?:who|which|whose)\s(?:[^,;:.!?"“”]|,(?=\d|\s+(?:${WEEKDAY_RE}|${MONTH_RE})\b)|\.(?=\d|\s+[a-z\d])){1,150},`;

// ", built in", ", first laid out": the opening of a participle phrase set off by a comma, up to its participle, with
// an adverb of time allowed before it. One reading for every place that asks of such an aside: a phrase ending in its
// date (named-dates.ts), the tagger's aside still open at its date (asideOpens, tag-state.ts), and the tense reader's
// aside closed before a main clause's date (closedAsides, tense.ts).
// "last" too: ", last held in 2011," is the latest showing of a thing that comes round again, as much an aside as "first".
export const SET_OFF_OPENING = String.raw`,\s+(?:(?:first|originally|once|newly|later|last)\s+)?`;
// A helping verb or a telling among the words before such an aside: they are a clause, not the subject it is set off from.
export const VERB_IN_SUBJECT = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|does|did|says|said)\b/i;

/** Simple pasts in IRREGULAR_PAST that are never the past participle ("fell", not "fallen"): after "has" they are no perfect. */
export const PAST_ONLY = new Set([
  'was', 'were', 'did', 'went', 'came', 'took', 'began', 'gave', 'rose', 'fell', 'broke', 'spoke', 'wrote', 'chose',
  'drove', 'flew', 'grew', 'knew', 'rode', 'saw', 'woke', 'wore', 'withdrew', 'became', 'forgot', 'froze', 'sank', 'sang',
  'shook', 'sprang', 'swore', 'tore', 'arose', 'blew', 'drew', 'forbade', 'foresaw', 'mistook', 'overcame', 'overtook',
  'rang', 'shone', 'stank', 'strove', 'underwent',
]);

export const NOT_PAST_ED = new Set([
  'need', 'bed', 'red', 'shed', 'speed', 'seed', 'feed', 'breed', 'creed', 'deed', 'greed', 'weed', 'indeed', 'hundred',
  'embed', 'wed', 'ned', 'led', 'fled', 'united', 'limited', 'based', 'related', 'interested', 'concerned', 'armed',
  'alleged', 'supposed', 'proposed', 'expected', 'scheduled', 'planned', 'used', 'detailed', 'advanced', 'increased',
  'reduced', 'skilled', 'talented', 'experienced', 'balanced', 'sophisticated', 'committed', 'dedicated', 'automated',
]);

/** Whether a lower-case word is a simple past: an irregular one ("fled", "won") or one in -ed that is no noun or adjective. */
export const isPastForm = (w: string): boolean => IRREGULAR_PAST.has(w) || (/^[a-z]{2,}ed$/.test(w) && !NOT_PAST_ED.has(w));

// The determiners of a noun phrase that names one known thing: "the" and the possessives.
export const DEFINITE_DETERMINER = 'the|its|their|his|her|our';
// The words that open a subject's noun phrase: "the", "a", a possessive.
export const SUBJECT_DETERMINER = `${DEFINITE_DETERMINER}|a|an`;
// The words a clause's own subject opens on, as alternatives: a determiner before its noun, or a personal pronoun.
export const OWN_SUBJECT_WORDS = `${SUBJECT_DETERMINER}|it|he|she|they|we`;

/** Whether words hold a simple past: `isPastForm`'s, or one spelt as its present ("cut", "shut", "set"). */
export const holdsPastForm = (words: string): boolean => (words.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => isPastForm(w) || SAME_FORM_PAST.has(w));

/**
 * Words that tell a habit or a norm rather than one happening ("usually", "every", "traditionally"), as alternatives
 * with no group of their own.
 */
export const HABIT_WORD_ALTS = 'every|each|always|usually|often|normally|generally|typically|traditionally';
/** A word that tells a habit, not one happening (HABIT_WORD_ALTS). */
export const HABIT_WORD = new RegExp(String.raw`\b(?:${HABIT_WORD_ALTS})\b`, 'i');

/**
 * The text before a phrase ends where a sentence or a clause of its own opens: the text's start, a sentence's or a
 * clause's closing mark (a quote mark may follow it), ", and"/", but", or an opening quote mark.
 */
export const SENTENCE_OR_CONJUNCT_OPEN = /(?:^|[.!?;:]["”’]?\s+|,\s+(?:and|but)\s+|^["“])$/i;

// Words that open a sentence in news copy and are no name: determiners, pronouns and the common nouns that most
// often lead a reported clause. A word not listed counts as common when the text also writes it in lower case.
const COMMON_OPENERS = new Set(
  (
    'the a an this that these those it its they their them he his she her we our you your there here some all any ' +
    'no none each every both many most several few more much other another one two three four five six seven eight nine ten ' +
    'dozens hundreds thousands millions such what who ' +
    'exports imports prices sales profits earnings revenue output shares stocks inflation unemployment growth demand ' +
    'production spending costs wages rents debt taxes rates police officials authorities residents workers troops ' +
    'soldiers rescuers investigators prosecutors protesters people voters passengers patients students doctors ' +
    'talks negotiations fighting flooding damage traffic services flights trains schools hospitals'
  ).split(' '),
);

/** Whether a capitalised word opening a sentence is a common word (capitalised only there), not a name. */
export function isCommonWord(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON_OPENERS.has(lower)) return true;
  return lower !== word && text.split(/[^\w'’-]+/).includes(lower);
}

// "results for 2010", "the forecast for the fiscal year 2012": before a bare year, "for" names the period a clause is
// about, not when its happening was.
const FOR_PERIOD_LEAD = /\bfor\s+(?:the\s+(?:fiscal\s+|financial\s+)?year\s+)?$/i;

/** Whether a bare year (tagged by the rule `rule`) starting at `start` follows such a "for". */
export function periodYearAt(text: string, start: number, rule: string): boolean {
  return rule === 'year' && FOR_PERIOD_LEAD.test(text.slice(Math.max(0, start - 32), start));
}

// Happenings that English names with a noun unlike their verb: a later "after the theft" names what "was stolen"
// told. Each noun with the verbs (past forms, as titles keep them) that tell the same happening; only pairs of
// general English, none a sense the verb has in many other uses ("took office" is no theft: "taken" needs a thing
// taken "from" somewhere, see happenings.ts).
export const NOUN_VERBS: Record<string, RegExp> = {
  // The one who did it names the happening too: "a thief climbed the fence and took every squash" told the theft.
  // Not "stolen" as an adjective before its noun ("handling stolen goods", "a stolen van"): a charge's name or a thing's
  // description tells no theft of its own.
  theft: /\b(?:(?<!\b(?:a|an|the|[a-z]+ing)\s+)stolen(?!\s+(?:goods|property|cars?|vans?|bikes?|vehicles?)\b)|stole|taken\s+from|(?:took|cut|prised|pried|wrenched|unbolted|sawed)\s+[^,;]{1,40}?\s+from|thief|thieves)\b/i,
  robbery: /\b(?:robbed|held\s+up|robbers?)\b/i,
  burglary: /\b(?:burgled|burglarized|burglars?)\b/i,
  crash: /\b(?:collided|crashed)\b/i,
  collision: /\b(?:collided|crashed)\b/i,
  vote: /\b(?:voted|approved|rejected|passed)\b/i,
  ballot: /\b(?:voted)\b/i,
  explosion: /\b(?:exploded|blew\s+up)\b/i,
  blast: /\b(?:exploded|blew\s+up)\b/i,
  resignation: /\bresigned\b/i,
  death: /\bdied\b/i,
  wedding: /\bmarried\b/i,
  sale: /\bsold\b/i,
  purchase: /\bbought\b/i,
  closure: /\bclosed\b/i,
  departure: /\b(?:left|departed)\b/i,
  shooting: /\b(?:shot|opened\s+fire)\b/i,
  fire: /\b(?:burned|burnt|caught\s+fire)\b/i,
  blaze: /\b(?:burned|burnt|caught\s+fire)\b/i,
  // A person seized, not a thing: "seized" alone is also what police do to goods, so it must be "seized by" someone.
  kidnapping: /\b(?:kidnapped|abducted|seized\s+by|taken\s+hostage)\b/i,
  abduction: /\b(?:kidnapped|abducted|seized\s+by|taken\s+hostage)\b/i,
  collapse: /\b(?:collapsed|caved\s+in|fell\s+in)\b/i,
  flood: /\bflooded\b/i,
  flooding: /\bflooded\b/i,
  eruption: /\berupted\b/i,
  derailment: /\bderailed\b/i,
  sinking: /\b(?:sank|sunk)\b/i,
  birth: /\bborn\b/i,
  marriage: /\bmarried\b/i,
  takeover: /\btook\s+over\b/i,
  // A machine or a ship: "the trains broke down four times", "the tanker ran aground on the bar".
  breakdown: /\b(?:broke\s+down|broken\s+down)\b/i,
  grounding: /\b(?:ran|run|went|gone)\s+aground\b/i,
  // A newcomer's taking up a post: "who joined in May", "took over as head", "took up the post".
  arrival: /\b(?:arrived|joined|took\s+(?:over|up)\s+(?:as|the)\b|was\s+appointed)\b/i,
  flight: /\bfled\b/i,
};
// The same happenings told the other way round, for a title: a noun whose doer (or, for one done to someone, whom it
// was done to) is named by a possessive or an "of" phrase ("her death", "the fall of the first council", "Tibbet's
// arrest"), and the past its clause takes with that one for subject ("died", "fell", "was arrested"). Only nouns of one
// happening whose possessor and "of" phrase say the same one: not "invasion" or "capture", whose "of" phrase is the
// one done to and whose possessor is the doer.
export const NOUN_AS_PAST: Record<string, string> = {
  death: 'died', arrest: 'was arrested', birth: 'was born', retirement: 'retired', resignation: 'resigned',
  arrival: 'arrived', departure: 'left', collapse: 'collapsed', closure: 'closed', opening: 'opened', reopening: 'reopened',
  founding: 'was founded', breakup: 'broke up', 'break-up': 'broke up', fall: 'fell', election: 'was elected',
  disappearance: 'disappeared', conviction: 'was convicted', dismissal: 'was dismissed', appointment: 'was appointed',
  demolition: 'was demolished', completion: 'was completed', conversion: 'was converted', eruption: 'erupted',
  derailment: 'was derailed', sinking: 'sank', launch: 'was launched', release: 'was released', sale: 'was sold',
};
// What befalls one person's body, told the other way round for a title when only its noun was left ("since a fall"
// in "he had walked with a stick since a stroke"): the past its clause takes with that person for subject. A noun with a word
// of its own before it ("a bad fall", "a hip operation") is told with "had" and the article's own phrase.
export const MISHAP_AS_PAST: Record<string, string> = {
  fall: 'fell', stroke: 'had a stroke', 'heart attack': 'had a heart attack', collapse: 'collapsed', seizure: 'had a seizure',
  operation: 'had an operation',
};
/** Any noun the lexicon knows names one happening: the table above and the nouns NOUN_VERBS tells by a verb. */
export const HAPPENING_NOUN_RE = `(?:${happeningsWith('')}|${Object.keys(NOUN_VERBS).join('|')})`;
/** The verbs NOUN_VERBS gives for `noun`, if any. */

// How a noun of action is made from its verb, each ending with what the verb's stem ends in instead: "resignation"
// (resign), "explosion" (explode), "election" (elect), "appointment", "approval", "closure", "merger", "disappearance",
// "discovery", "bombing". The noun's own form with "-ed" or "-d" ("arrest", "release", "vote") is always tried.
const NOMINAL_ENDINGS: [RegExp, string][] = [
  [/ation$/, ''], [/ssion$/, 'ss'], [/sion$/, 'd'], [/tion$/, 't'], [/ment$/, ''], [/al$/, ''], [/ure$/, ''], [/er$/, ''],
  [/[ae]nce$/, ''], [/y$/, ''], [/ing$/, ''],
];

/** The stems a noun of action may come from: itself and each ending taken off, none shorter than four letters. */
export function verbStems(noun: string): string[] {
  const w = noun.toLowerCase();
  const stems = [w];
  for (const [end, stem] of NOMINAL_ENDINGS) if (end.test(w)) stems.push(w.replace(end, stem));
  return [...new Set(stems)].filter((s) => s.length >= 4 && /^[a-z-]+$/.test(s));
}

// A plural names the same happenings told by the verb ("since the breakdowns": "broke down four times").
export const nounVerbs = (noun: string): RegExp | undefined => {
  const w = noun.toLowerCase();
  const one = Object.hasOwn(NOUN_VERBS, w) ? w : /[^s]s$/.test(w) && Object.hasOwn(NOUN_VERBS, w.slice(0, -1)) ? w.slice(0, -1) : null;
  return one ? NOUN_VERBS[one] : undefined;
};

// "the first men landed on the moon", "Armstrong walked on the moon": a clause telling of the first crewed moon
// landing (20 July 1969), which readers date from the public record. Shared by the season a clause names and the
// undated sentence's night or day.
export const MOON_LANDING_CLAUSE = String.raw`(?:that\s+|when\s+)?(?:the\s+first\s+(?:men|man|astronauts?)|they|men|man|astronauts?|(?:Neil\s+)?Armstrong)\s+(?:first\s+)?(?:landed|walked|stepped|set\s+foot)\s+on\s+the\s+moon\b`;

// Verbs of a state rather than a happening, by lemma: "knew", "owned", "weighed eleven kilograms", "lived there". A
// sentence built only on them (or on "was" with a predicate, or "had" of possession) tells how things stood, not what
// happened at some time (state-clauses.ts).
export const STATIVE_VERBS: ReadonlySet<string> = new Set([
  'know', 'believe', 'think', 'suppose', 'understand', 'doubt', 'trust', 'seem', 'mean', 'matter', 'need', 'want', 'wish',
  'own', 'possess', 'belong', 'contain', 'include', 'consist', 'cost', 'weigh', 'resemble', 'love', 'like', 'hate',
  'dislike', 'prefer', 'lack', 'deserve', 'depend', 'live', 'remain', 'exist',
]);

// Helping verbs, one set a kind, so that a reader taking only some of them says which: the modals ("will reopen",
// "could collapse"), the forms of be and have before a participle or a state, and do's before a bare verb ("did not
// reopen").
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
export const BE_HAVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
export const DO_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do']);
/** Whether a word, in any case, is in one of the sets. */
export const isOneOf = (word: string, ...sets: ReadonlySet<string>[]): boolean => sets.some((s) => s.has(word.toLowerCase()));

// The present perfect's auxiliary, read in one place by the tense cues (tense.ts) and the since-readers (since-spans.ts
// `PRESENT_PERFECT`): "has", "have", or "have" contracted onto its pronoun with a straight or curly apostrophe ("I've",
// "we’ve", "who've").
const HAVE_FORMS = String.raw`\b(?:has|have)|(?<=\b(?:i|we|you|they|who)['’])ve`;
export const PERFECT_HAVE = `(?:${HAVE_FORMS})`;

/**
 * A grant of time closing the words before a bound: the grant's verb (`verb`), up to `words` words (who got the time,
 * and what), then "until" or "till", perhaps "the end of". What was granted runs on to the bound.
 */
const grantUntil = (verb: string, words: number) => new RegExp(String.raw`${verb}\s+(?:[\w'’.-]+\s+){0,${words}}?(?:until|till)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$`, 'i');
// A past grant ("The bench gave the tenant until", "the firm was granted until"): the time granted runs on from the
// grant, told as news, to a bound still to come, as a present perfect's does (until-spans.ts).
export const GRANT_LEADS = grantUntil(String.raw`\b(?:gave|given|granted)`, 4);
// A grant told in the present perfect ("has offered", "have lent us", a booking: "has been booked"): the tense cues
// read the bound as ahead (tense.ts). Not a verb of what was done ("has stayed in hospital until Tuesday" is over), nor
// the states of PERFECT_LEADS, which the until-readers take.
export const PERFECT_GRANT_UNTIL = grantUntil(String.raw`${PERFECT_HAVE}\s+(?:(?:now|also|already|kindly|generously)\s+)?(?:offered|lent|loaned|given|granted|allowed|promised|pledged|agreed|permitted|been\s+(?:booked|reserved|hired|rented|leased))`, 8);
// With "has" contracted too ("she's", "it’s", "there's"), only after a pronoun, where "'s" is no possessive; whether it
// is "has" or "is" the participle after it tells. The since-readers read it so; the tense cues leave it out (reading it
// there adds an event and flags another year in one probe-26 article: a change of output, not a refactor).
export const PERFECT_AUXILIARY = String.raw`(?:${HAVE_FORMS}|(?<=\b(?:he|she|it|that|there|who)['’])s)`;

// Wars a reader dates by the public record, named with a preposition of time ("during the Korean War", "in the Boer
// War", "throughout the Falklands War"). Wars whose name covers more than one war ("the Gulf War", "the Civil War") are
// left out.
const WAR_LEAD = String.raw`\b(?:[Dd]uring|[Ii]n|[Tt]hroughout)\s+(?:the\s+)?`;
// Not the war naming a thing ("in the Korean War memorial").
const WAR_END = String.raw`(?![\w'’-])(?!\s+(?:[Mm]emorial|[Mm]useum|[Vv]eterans?|[Cc]emetery|[Mm]onument|[Ee]ra)\b)`;
export const NAMED_WARS: [RegExp, string, string][] = [
  [new RegExp(`${WAR_LEAD}(?:First\\s+World\\s+War|Great\\s+War|World\\s+War\\s+(?:I|One|1))${WAR_END}`), '1914-07-28', '1918-11-11'],
  [new RegExp(`${WAR_LEAD}(?:Second\\s+World\\s+War|World\\s+War\\s+(?:II|Two|2))${WAR_END}`), '1939-09-01', '1945-09-02'],
  [new RegExp(`${WAR_LEAD}Korean\\s+War${WAR_END}`), '1950-06-25', '1953-07-27'],
  [new RegExp(`${WAR_LEAD}Vietnam\\s+War${WAR_END}`), '1955-11-01', '1975-04-30'],
  [new RegExp(`${WAR_LEAD}Falklands\\s+(?:War|conflict)${WAR_END}`), '1982-04-02', '1982-06-14'],
  [new RegExp(`${WAR_LEAD}(?:Second\\s+)?Boer\\s+War${WAR_END}`), '1899-10-11', '1902-05-31'],
  [new RegExp(`${WAR_LEAD}Crimean\\s+War${WAR_END}`), '1853-10-16', '1856-03-30'],
  [new RegExp(`${WAR_LEAD}Spanish\\s+Civil\\s+War${WAR_END}`), '1936-07-17', '1939-04-01'],
];

// "vote on next year's budget", "tickets for next year's show": a preposition of topic before a possessive date makes
// it say which thing the clause is about, not when the clause happens.
export const TOPIC_LEAD = /\b(?:on|about|over|for|into)\s+$/i;

// Words that move a sentence off the time told just before it ("was later sold", "has since", "two years ago"), as
// alternatives: the core both the year of a yearless month (tag-cursor.ts) and an undated sentence carried on
// (undated-sentences.ts) refuse to carry across; each adds its own.
export const MOVING_ON_WORDS = 'now|today|currently|recently|lately|ago|since|later|earlier|afterwards?|previously|beforehand';

/** Whether `text` may name one of NAMED_WARS: each is written with "War" or "conflict", looked for before the patterns. */
export const mayNameWar = (text: string): boolean => text.includes('War') || text.includes('conflict');

/** Where a named war told with a preposition of time ("served in the Korean War") is in `text`, the first one; or null. */
export function namedWarAt(text: string): { start: number; end: number } | null {
  let at: { start: number; end: number } | null = null;
  if (!mayNameWar(text)) return at;
  for (const [re] of NAMED_WARS) {
    const m = re.exec(text);
    if (m && (!at || m.index < at.start)) at = { start: m.index, end: m.index + m[0].length };
  }
  return at;
}

/** A person's post, written before the name ("Minister Ana Petrovic", "union leader Karl Brandt"). */
export const POST = new Set(
  ('minister secretary president general captain chairman chairwoman director spokesman spokeswoman judge governor mayor ' +
    'ambassador senator chief leader premier commander officer inspector sergeant professor doctor coach manager').split(' '),
);

/**
 * Whether a date stands at the head of an entry of a dated list ("1884: The mill is built.", "March: Talks fail.",
 * "1884 - The mill is built."): nothing of its paragraph before it but an opening quotation mark or a bullet (`before`,
 * up to the date), and a colon or a dash set off by spaces right after it (`after`; not the hyphen of "1964-65"). Such a
 * list tells each entry in the present whatever its time, and runs in order.
 */
export function listEntryHead(before: string, after: string): boolean {
  return /^[\s"“•*-]*$/.test(before) && /^(?:\s*:|\s+[-–—](?!\S))/.test(after);
}
