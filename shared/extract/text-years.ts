import { isoWeekday, isValidYmd, toDayNumber } from '../time-value';
import { countWords, eitherCaseAlts, ENTRY_MARK_RE, hedgeWords, IRREGULAR_PAST, listedOrRegularParticiple, MONTH_RE, monthNumber, NOT_PAST_ED, NUMBER_WORD_RE, ORDINAL_NUMBER_RE, ordinalNumberValue, parseCount, PERFECT_HAVE, SAME_FORM_PAST, SEASON_ALTS, SEASON_FIRST_MONTH, SEASONS, SUBJECT_DETERMINER, UNIT_RE, WAKING_PART_ALTS, WEEKDAY_RE, weekdayNumber } from './lexicon';
import { holiday } from './rules/seasons';
import { sentenceAt, sentenceTexts, splitSentences } from './sentences';
import { tenseAt } from './tense';

// Without a publication date, the year a story is told in is not known. A clause dated only by something relative to
// that unknown day ("on Thursday", with no year written before it) still tells of a happening; to keep it on the
// timeline the app needs some year to draw it in, always flagged as a guess. The likeliest one the text itself offers
// is the latest year it writes: news tells its background in the years it names and the story's own days after them.

// A year as a date: after a preposition, a month (and day), another year ("1990 and 1995") or a dash, or closing its
// clause ("in 1998.", "1998's").
// A number in that range may also be a count ("1800 tonnes"), which neither context gives.
// The words either case: a sentence or a list's line may open on them ("In 1998 the mill closed", "Spring 2018 - ...").
const YEAR_LEAD_WORDS = eitherCaseAlts(['in', 'since', 'of', 'from', 'until', 'till', 'by', 'early', 'late', 'mid', 'between', 'during', 'before', 'after', ...Object.keys(SEASONS)]);
const YEAR_LEAD = new RegExp(
  `(?:\\b(?:${YEAR_LEAD_WORDS})\\s+|\\d{4}\\s+(?:and|or|to)\\s+|${MONTH_RE}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\b\\d{1,2}\\s+${MONTH_RE}\\s+|[-–]\\s?)$`,
);
const YEAR_TAIL = /^(?:[.,;:)!?"”]|['’]s\b)/;
// The mark after a chronology entry's date (lexicon's), as after a year heading a line.
const ENTRY_MARK = new RegExp(`^${ENTRY_MARK_RE}`);
const YEAR_NUMBER = /(?<![\w$£€.,-])(1[6-9]\d\d|20\d\d)(?![\w,.]\w)/g;

/**
 * The latest year the paragraphs write as a date, or null when they write none. A year written as still ahead ("is due
 * to reopen in 2015", "must cut emissions by 2030", "will run until 2010") is a plan's, not the story's: the story is
 * told before it, so such a year counts only when the article writes no other. Linear: one scan, fixed look-behind,
 * and the tense read only for a year later than the latest so far.
 */
export function latestWrittenYear(paragraphs: readonly string[]): number | null {
  const { latest, ahead } = writtenYears(paragraphs);
  return latest ?? ahead;
}

/**
 * The latest year written as past (`latest`) and as still ahead (`ahead`), each null when there is none; `plans`, when
 * given, collects every year read as still ahead (only years later than the latest past one so far are read).
 */
export function writtenYears(paragraphs: readonly string[], plans?: Set<number>): { latest: number | null; ahead: number | null } {
  let latest: number | null = null;
  let ahead: number | null = null;
  // The tense is read at most twice for each year and TENSE_READS times in all: past that, a year counts as told
  // (the guess before plans were told apart), so a megabyte of repeated plans costs no more than an article.
  const aheadSeen = new Map<number, number>();
  let reads = 0;
  for (const text of paragraphs) {
    for (const m of text.matchAll(YEAR_NUMBER)) {
      const first = +m[1];
      // "the winter of 2023-24", "the 1998-99 season", "every year from 2020-2023": the span reaches its later year.
      const end = SPAN_END.exec(text.slice(m.index + 4, m.index + 12));
      const y = end ? spanEnd(first, end[1]) : first;
      if (latest !== null && y <= latest) continue;
      const lead = text.slice(Math.max(0, m.index - 24), m.index);
      const tail = text.slice(m.index + 4 + (end && y !== first ? end[0].length : 0), m.index + 16);
      const opensLine = m.index === 0 || text[m.index - 1] === '\n';
      if (!YEAR_LEAD.test(lead) && !YEAR_TAIL.test(tail) && !(opensLine && ENTRY_MARK.test(tail))) continue;
      const seen = aheadSeen.get(y) ?? 0;
      const isAhead = seen >= 2 || (reads++ < TENSE_READS && toldAhead(text, m.index));
      if (isAhead) {
        aheadSeen.set(y, seen + 1);
        ahead = Math.max(ahead ?? y, y);
        plans?.add(y);
      } else latest = y;
    }
  }
  return { latest, ahead };
}

const TENSE_READS = 200;

// The later year of a span written with a hyphen, a dash or a slash straight after its first: two digits for the next
// year ("2023-24", "1998/99"), or four for any later one ("2020-2023"). Not a date written with numbers ("2000-01-05",
// "2010/11/04"), whose month would read as a year.
const SPAN_END = /^[-–/](\d{4}|\d{2})(?![\d/–-])/;

/** The span's later year (see SPAN_END), or its first year when the digits name no later one. */
function spanEnd(first: number, digits: string): number {
  const y = digits.length === 4 ? +digits : first - (first % 100) + +digits + (+digits < first % 100 ? 100 : 0);
  return y > first && (digits.length === 4 || y === first + 1) && y - first <= 30 ? y : first;
}

/**
 * The sentence around `at`, as the shared splitter reads it, in a window of 300 characters each side, so that a
 * run-on line of a megabyte costs no more than an ordinary sentence. `here` is `at` in the window, `start` the
 * sentence's start in it.
 */
function sentenceAround(text: string, at: number): { sentence: string; here: number; start: number } {
  const from = Math.max(0, at - 300);
  const near = text.slice(from, at + 300);
  const here = at - from;
  const span = sentenceAt(splitSentences(near), here);
  const start = Math.max(0, span.start);
  return { sentence: near.slice(start, span.end), here, start };
}

/** Whether the year at `at` is told as still to come: the tense of its own sentence is the future. */
function toldAhead(text: string, at: number): boolean {
  const { sentence, here, start } = sentenceAround(text, at);
  // A year that starts a stretch ("since 1966", "since the spring of 1966") is gone by, whatever the tense around it
  // ("after failing to win an order since ..." reads as an infinitive's plan).
  if (SINCE_PHRASE.test(sentence.slice(Math.max(0, here - start - 48), here - start))) return false;
  // So is one dating the happening "since" names ("the first stoppage since a two-week lockout in March 2009"): the
  // happening counted from has come, whatever the tense of the clause the phrase hangs on.
  if (SINCE_HAPPENING.test(sentence.slice(Math.max(0, here - start - 80), here - start))) return false;
  // A year closing a deadline or an end ("by the end of 2006", "by April 2020", "until June 30, 2021") is read where
  // its bound word stands, as the tense reader reads "by Friday": a deadline unless its clause tells of what was done
  // by then ("had fallen by 1990").
  const bound = BOUND_PHRASE.exec(sentence.slice(Math.max(0, here - start - 48), here - start));
  if (bound) {
    const at = here - start - bound[0].length + bound[1].length + 1;
    const tense = tenseAt(sentence, at + (bound[1].toLowerCase() === 'by' ? 0 : -1));
    if (tense === 'future') return true;
    // A bound told in the present ("Her contract runs until June 2021", "could be built by 2020") is still ahead, and
    // so is one a past plan set ("was meant to stay buried until 2025", "was due to rule by March"): what was done by
    // then is told in the past itself ("had fallen by 1990", "stayed until 1975").
    if (tense === 'present' || (tense === 'unknown' && NOW.test(sentence.slice(0, at)))) return true;
    if (PAST_PLAN.test(sentence.slice(Math.max(0, at - 80), at))) return true;
    // So is what a past telling looked ahead to ("the board faced a shortfall of 2 million by March 2031", "expected a
    // first profit by 2009"): the shortfall or profit lay ahead of that telling, and nothing says it came ("had fallen
    // by 1990" is read by the tense above, and "expected" is no word of it).
    if (LOOKED_AHEAD.test(sentence.slice(Math.max(0, at - 80), at))) return true;
  }
  // A delay's new date ("the new wing has slipped again, to the autumn of 2031", "was put back until March 2019") is a
  // plan's: news tells of a delay while the date it moved to is still ahead.
  if (DELAYED_TO.test(sentence.slice(Math.max(0, here - start - 80), here - start))) return true;
  // A year in a clause whose verb is a modal's ("building could start in 2004 at the earliest", "the lamp is due to be
  // switched off in 1954") is one the clause still waits for, as a future's is; "could have started in 2004" is past.
  const clause = sentence.slice(0, here - start);
  const ownClause = clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')) + 1);
  if (MODAL_PLAN.test(ownClause) || (FORECAST.test(ownClause) && FOR_OR_IN.test(ownClause))) return true;
  if (gappedAfterFuture(clause, ownClause)) return true;
  return tenseAt(sentence, here - start) === 'future';
}

// A modal of what may or must come, or "is due/expected to", then the verb and up to eight words before the year:
// fixed runs of words, nothing that can backtrack. Case matters: "May" is the month ("sold in May and rebuilt in 1998").
const MODAL_PLAN = /\b(?:[Cc]ould|may|[Mm]ight|[Mm]ust|[Ss]hould|(?:[Ii]s|[Aa]re)\s(?:due|expected|likely|scheduled|set)\sto)\s(?!have\b|not\b|never\b)(?:[A-Za-z]+\s){1,8}$/;

// A forecast told in the present, then up to six words and "for" or "in" before the year ("the board forecasts a loss
// for 2031", "the club expects a profit in 2009"): a forecast is made of a year still to come, where a year gone by has
// its figures told as results. Not the bare "forecast", whose past is spelled the same. Fixed runs of words; the
// closing "for" or "in" is a second test, so that no word can be read by both.
const FORECAST = /\b(?:forecasts|predicts|projects|expects|anticipates)\s(?:[^\s,;.]+\s){1,7}$/;
const FOR_OR_IN = /\s(?:for|in)\s$/;

// A verb of delay, perhaps "again" or "once more", then "to" or "until" and the words of a date before its year. Fixed
// runs of words, each optional once: nothing here can backtrack.
const DELAYED_TO = new RegExp(
  `\\b(?:slipped|slips|delayed|postponed|put\\sback|pushed\\sback|deferred)(?:\\s(?:again|further|once\\smore|yet\\sagain))?,?\\s(?:to|until|till)\\s(?:the\\s(?:end|start|beginning|middle|${SEASON_ALTS})\\sof\\s)?(?:${MONTH_RE}\\s(?:\\d{1,2},?\\s)?|\\d{1,2}\\s${MONTH_RE}\\s)?$`,
);

const NOW = /\bnow\b/i;
// A past verb of looking ahead, its object of up to eight words before a bound ("faced a deficit of 2 million pounds by").
// Fixed runs of words over classes apart: nothing here can backtrack.
const LOOKED_AHEAD = /\b(?:faced|expected|needed|predicted|projected|forecast)\s(?:[^\s,;]+\s){1,8}$/i;
// A plan told in the past, its verb a few words before the bound: "was meant to stay underground until".
const PAST_PLAN = /\b(?:was|were)\s(?:meant|due|supposed|expected|scheduled|set|planned)\sto\s(?:[a-z]+\s){1,4}$/i;

// "by" or "until" and the words of a date between it and its year: "by the end of ", "until June 30, ", "by April ",
// "by the summer of ". Fixed runs of words, each optional once: nothing here can backtrack.
// The words of a date that may stand between a bound or "since" and its year: "the end of", a month, a day.
const DATE_WORDS_BEFORE_YEAR = `(?:the\\s(?:end|start|beginning|middle|close|${SEASON_ALTS})\\sof\\s)?(?:${MONTH_RE}\\s(?:\\d{1,2},?\\s)?|\\d{1,2}\\s${MONTH_RE}\\s)?$`;
const BOUND_PHRASE = new RegExp(`\\b([Bb]y|[Uu]ntil|[Tt]ill)\\s${DATE_WORDS_BEFORE_YEAR}`);

// "since" and the words of a date between it and its year, as in BOUND_PHRASE.
const SINCE_PHRASE = new RegExp(`\\b[Ss]ince\\s${DATE_WORDS_BEFORE_YEAR}`);

// "since", a noun phrase of up to five more words after its determiner, and "in", "of" or "on" with the date words
// before a year: "since a lockout in March ", "since the fire of ". Bounded runs of words only.
const SINCE_HAPPENING = new RegExp(`\\b[Ss]ince\\s(?:${SUBJECT_DETERMINER})\\s(?:[\\w'’-]+\\s){0,5}(?:in|of|on)\\s${DATE_WORDS_BEFORE_YEAR}`);

// A conjunct with no verb of its own after a comma: "and", a determiner and up to four more words of a noun phrase,
// then the preposition and date words before the year ("will open in May, and the east wing in the spring of 2031").
// Its verb is the clause before's, left out; so is that verb's tense. Fixed runs of words, the noun phrase bounded.
const GAPPED_CONJUNCT = new RegExp(`^(\\s?and\\s(?:${SUBJECT_DETERMINER})\\s)((?:[\\w'’-]+\\s){0,4})(?:in|from|by|during|until)\\s${DATE_WORDS_BEFORE_YEAR}`);

/**
 * Whether the year closing `ownClause` (the text after the last comma of `clause`, its sentence up to the year) is in a
 * conjunct that leaves out its verb after a clause told in the future: "A first room will open in June, and the rest
 * in 2031" plans 2031 as the first clause plans June. Not a conjunct with a verb of its own ("and the rest opened in
 * 2019"). A word whose past is spelled as its base, closing the noun phrase before the preposition, is the noun ("and
 * the full set in 2031", "and a second cut by 2030"), not a verb.
 */
function gappedAfterFuture(clause: string, ownClause: string): boolean {
  const m = GAPPED_CONJUNCT.exec(ownClause);
  if (!m) return false;
  const last = m[2].trimEnd().split(/\s/).at(-1) ?? '';
  const phrase = SAME_FORM_PAST.has(last.toLowerCase()) ? m[2].slice(0, m[2].trimEnd().length - last.length) : m[2];
  const conjunct = m[1] + phrase + ownClause.slice(m[1].length + m[2].length);
  // A bound read on its own ("and a second cut by 2030") is a deadline already.
  const own = tenseAt(conjunct, conjunct.length);
  if (own !== 'unknown') return own === 'future';
  const comma = clause.length - ownClause.length - 1;
  return clause[comma] === ',' && tenseAt(clause.slice(0, comma), comma) === 'future';
}

// The clues to the year of writing below are looked for this many times at most: an article gives them early.
const CLUE_TRIES = 20;

// An obituary gives the year it was written twice over without writing it: the age at death ("She was 88.", "died on
// Saturday, aged 77", "dies at 84") and the year of birth ("Born in 1930 in a mining village"). Bounded runs only.
const AGE_AT_DEATH = new RegExp(`\\b(?:died|dies)\\b[^.]{0,160}?\\b(?:aged|at|at\\sthe\\sage\\sof)\\s(?!an?\\s)(\\d{2,3}|${NUMBER_WORD_RE})\\b(?![.:]\\d|[\\w-]*\\s(?:years?\\b|per|[a-z]*\\.?m\\b))|(?:^|[.!?"”]\\s)(?:He|She)\\swas\\s(\\d{2,3}|${NUMBER_WORD_RE})(?:\\.|,\\sand\\s(?:had|was|has)\\b)`, 'gi');
const DIED = /\b(?:died|dies)\b/i;
const BORN = /\bborn\b/gi;
const YEAR = /\b(1[6-9]\d\d|20\d\d)\b/;

// A birth day as written after "born": "on Feb. 9, 1911", "on 9 February 1911", "in March 1927". The dot of an
// abbreviated month ("Feb. 9") ends no clause.
const BIRTH_DAY = new RegExp(`\\b(?:(${MONTH_RE})\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s|(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH_RE}),?\\s|(${MONTH_RE}),?\\s(?:of\\s)?)(?=(?:1[6-9]|20)\\d\\d\\b)`);

/**
 * The years written within a few words after "born", in the same clause ("Born in 1930 in a mining village"), each with
 * the month and day of birth when they are written beside it (day 0 when only the month is).
 */
function bornYears(text: string): Map<number, { m: number; d: number } | null> {
  const years = new Map<number, { m: number; d: number } | null>();
  for (const m of text.matchAll(BORN)) {
    const clause = /^(?:[^.;]|\.(?=\s\d))*/.exec(text.slice(m.index, m.index + 70))![0];
    const y = YEAR.exec(clause);
    if (!y) continue;
    const day = BIRTH_DAY.exec(clause.slice(0, y.index + 4));
    const month = day ? monthNumber(day[1] ?? day[4] ?? day[5]) : undefined;
    years.set(+y[1], month && day!.index + day![0].length === y.index ? { m: month, d: +(day![2] ?? day![3] ?? 0) } : (years.get(+y[1]) ?? null));
  }
  return years;
}

/**
 * Without a publication date, the year an obituary was written, from the age at death and the one year of birth it
 * writes: the birth year plus the age, or one more when the birthday had not yet come round that year (the later
 * is taken: news of a death follows it by days, and either is only a guess). Null when the article gives no age at
 * death, or more than one year of birth (two people's lives).
 */
export function obituaryYear(paragraphs: readonly string[]): number | null {
  const text = paragraphs.join('\n\n');
  if (!DIED.test(text)) return null;
  const years = bornYears(text);
  if (years.size !== 1) return null;
  // A death told beside a birthday ("died three days short of her 90th birthday") names the year of death itself.
  const near = DIED_NEAR_BIRTHDAY.exec(text);
  if (near) {
    const n = near[1] ? +near[1] : ordinalNumberValue(near[2]);
    if (n >= 10 && n <= 120) return [...years][0][0] + n;
  }
  // "died at a hospice", "died at 4 a.m.": not an age; the first count that can be one is.
  let tries = 0;
  for (const m of text.matchAll(AGE_AT_DEATH)) {
    if (++tries > CLUE_TRIES) break;
    const n = parseCount(m[1] ?? m[2]);
    if (n !== undefined && n >= 10 && n <= 120) {
      const [born, written] = [...years][0];
      const birthday = written ?? birthdayMonth(text, born);
      const after = birthday ?? HALF_YEAR_GONE;
      // A death told on its own day, earlier in the year than a written day of birth, came before that year's
      // birthday: the age was reached the year before, whatever later months the article tells.
      if (written?.d && diedOnDayBefore(text, written)) return born + n + 1;
      // News of a death is written within days of it: a month of writing that the yearless months put after the
      // birthday's ("a retrospective opened in September", the funeral "on Oct. 3") puts the death after it too.
      return born + n + (diedAfterBirthday(text, after) || (writingMonth(paragraphs) ?? 0) > after.m ? 0 : 1);
    }
  }
  return null;
}

// A death told as on, or days, weeks or a month before or after, a birthday whose count is written: "died on her 80th
// birthday", "died a fortnight short of his ninetieth birthday", "died just after her 75th birthday". Before it, the age
// at death is one less, but the birthday was still to come in the same year: either way the year of death is the birth
// year plus that count (save a death in December before a January birthday). Not "years after" a birthday: another
// year. In the death's own sentence; fixed runs of words, the gap before them bounded.
const DIED_NEAR_BIRTHDAY = new RegExp(
  `\\b(?:died|dies)\\b[^.]{0,160}?\\s(?:(?:(?:a|${countWords(1, 6)}|\\d{1,2})\\s(?:days?|weeks?|months?|fortnight)|a\\sfew\\s(?:days|weeks))\\s(?:short\\sof|shy\\sof|before|after)|(?<!\\byears?\\s)(?:just\\s|shortly\\s)?(?:before|after)|on\\sthe\\seve\\sof|on)\\s(?:his|her)\\s(?:(\\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_NUMBER_RE}))\\sbirthday\\b`,
  'i',
);

// The death's own day follows "died" by a few words and "on" ("died on 2 February", "died at home on New Year's Day"):
// the day is read there with DAY_TOLD. Bounded.
const DIED_ON = /\b(?:died|dies)\s(?:[\w'’]+\s){0,5}?on\s/;

/**
 * The yearless day of the death, told in the sentence of the text's first "died" or the one after ("has died at 88. He
 * died on New Year's Day"): a month and day, or a holiday's; null when neither sentence tells one.
 */
export function deathDay(text: string): { m: number; d: number } | null {
  const at = DIED.exec(text)?.index ?? -1;
  if (at < 0) return null;
  const rest = text.slice(at, at + 400);
  // Read by the sentence splitter, so that "St." or "Dr." in the death's sentence ends neither it nor the one after.
  const next = splitSentences(rest, 2)[1];
  const window = next ? rest.slice(0, next.end) : rest;
  const on = DIED_ON.exec(window);
  if (!on) return null;
  // A day and its month, or a holiday, right after "on"; not a month alone.
  const m = window.slice(on.index + on[0].length, on.index + on[0].length + 40).matchAll(DAY_TOLD).next().value;
  if (!m || m.index !== 0 || m[5]) return null;
  const feast = m[6] ? holiday(m[6], ANY_YEAR_OF_HOLIDAY) : null;
  const month = feast?.m ?? monthNumber(m[1] ?? m[4]);
  return month ? { m: month, d: feast?.d ?? +(m[2] ?? m[3]) } : null;
}

/** Whether the death's own day (see deathDay) falls before the birthday `birthday` in the year. */
function diedOnDayBefore(text: string, birthday: { m: number; d: number }): boolean {
  const day = deathDay(text);
  return !!day && (day.m < birthday.m || (day.m === birthday.m && day.d < birthday.d));
}

// With no month of birth written, the birthday is as likely in any month: a death told on or after a day of June or
// later ("had been in hospital since June", "stopped answering letters in August") came, more likely than not, after
// that year's birthday, so the year of death is the birth year plus the age. Compared as a birthday at the end of May.
const HALF_YEAR_GONE = { m: 5, d: 0 };

// A month and year written in a birthday's clause: "on her sixtieth birthday, in March 1972".
const MONTH_AND_YEAR = new RegExp(`\\b(${MONTH_RE})\\.?,?\\s(?:of\\s)?(1[6-9]\\d\\d|20\\d\\d)\\b`);

/**
 * The month of birth (day 0) as a birthday kept in a written month and year tells it ("retired on her sixtieth birthday,
 * in March 1972", born in 1912), when that year less the birthday's count is the year of birth; else null.
 */
function birthdayMonth(text: string, born: number): { m: number; d: number } | null {
  let tries = 0;
  for (const m of text.matchAll(BIRTHDAY)) {
    if (++tries > CLUE_TRIES) break;
    const n = m[1] ? +m[1] : ordinalNumberValue(m[2]);
    const kept = MONTH_AND_YEAR.exec(birthdayClause(text, m.index));
    const month = kept ? monthNumber(kept[1]) : undefined;
    if (month && +kept![2] - n === born) return { m: month, d: 0 };
  }
  return null;
}

/** The clause around a birthday's count at `at`: from the last stop or semicolon in the 40 characters before it. */
function birthdayClause(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1) + /^[^.;]*/.exec(text.slice(at, at + 60))![0];
}

// A day the death's own telling writes without a year: "died on Christmas Eve", "died on March 4", "had been unwell
// since a fall in April". Each alternative a fixed run: a month and day, a day and month, a month alone (not one whose
// day or year follows), or a holiday that keeps its day.
const DAY_TOLD = new RegExp(
  `\\b(?:(${MONTH_RE})\\s(\\d{1,2})\\b(?!,?\\s\\d)|(\\d{1,2})\\s(${MONTH_RE})(?!,?\\s\\d)|(${MONTH_RE})(?![\\w.]|,?\\s(?:of\\s)?\\d)|(Christmas\\s(?:Eve|Day)|Boxing\\sDay|New\\sYear['’]s\\s(?:Eve|Day)|Halloween))`,
  'g',
);
// One sentence from the start of the text given, with its stop: a stop before a capital or a quote ends it.
const ONE_SENTENCE = /^(?:[^.!?\n]|[.!?](?!\s+["“A-Z]))*[.!?]?/;
// A sentence that gives only the age at death: "She was 89.", "He was ninety-one."
const AGE_LINE = /^(?:He|She)\swas\s[\w-]+\.$/;

// DAY_TOLD's holidays keep their day every year: any year gives it.
const ANY_YEAR_OF_HOLIDAY = 2000;

/**
 * Whether the death, told in its first sentence and the one after it, is told on or after a day of its year that falls
 * after the birthday (`birthday`, day 0 when only the month is written): then the age at death was already reached
 * that year, and the year of death is the birth year plus the age. Without such a day the birthday may not have come
 * round, and the caller keeps the later year.
 */
function diedAfterBirthday(text: string, birthday: { m: number; d: number }): boolean {
  const at = DIED.exec(text)?.index ?? -1;
  if (at < 0) return false;
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  // The death's sentence and the next one: a stop before a capital ends a sentence ("Feb. 9" does not). A next one that
  // gives only the age ("She was 89.") tells no day, so the one after it is read too ("had spent a week in hospital in
  // May").
  const rest = text.slice(from, at + 600);
  const death = ONE_SENTENCE.exec(rest)![0];
  const after = rest.slice(death.length).trimStart();
  const next = ONE_SENTENCE.exec(after)![0];
  const third = AGE_LINE.test(next) ? ONE_SENTENCE.exec(after.slice(next.length).trimStart())![0] : '';
  // Each without its stop: a month closing a sentence ("a fall in April.") is read as DAY_TOLD reads one mid-sentence.
  const window = [death, next, third].map((x) => x.replace(/[.!?]$/, '')).join(' ');
  for (const m of window.matchAll(DAY_TOLD)) {
    const feast = m[6] ? holiday(m[6], ANY_YEAR_OF_HOLIDAY) : null;
    const month = feast?.m ?? monthNumber(m[1] ?? m[4] ?? m[5]);
    if (!month) continue;
    const day = feast?.d ?? +(m[2] ?? m[3] ?? 0);
    if (month > birthday.m || (month === birthday.m && day && birthday.d && day >= birthday.d)) return true;
  }
  return pastMonthAfter(text, birthday.m);
}

// A yearless month named as another year's or every year's: "last September", "in June of last year", "every May",
// "That December" (of a year told before), "the following March".
const MONTH_OF_OTHER_YEAR = /\b(?:last|next|every|each|that|following|previous|same)\s$/i;
const OTHER_YEAR_AFTER = /^,?\s(?:of\s)?(?:last|next)\syear\b/i;

/**
 * Whether an obituary tells, as past and without a year, a month later in the year than the birthday's month
 * (`birthMonth`): the months of the last weeks of a life ("was nursed at home through October") are
 * told without their year because they are the year of the death, so the death came after that month's birthday.
 * Not in a sentence that writes a year (its months are that year's), nor a month named as another year's.
 */
function pastMonthAfter(text: string, birthMonth: number): boolean {
  let tries = 0;
  for (const m of text.matchAll(YEARLESS_MONTH)) {
    if (++tries > CLUE_TRIES) break;
    const month = monthNumber(m[1]);
    if (!month || month <= birthMonth) continue;
    if (MONTH_OF_OTHER_YEAR.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (OTHER_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const { sentence, here, start } = sentenceAround(text, m.index);
    if (YEAR.test(sentence)) continue;
    if (tenseAt(sentence, here - start) === 'past') return true;
  }
  return false;
}

// An anniversary names the years between a happening and the day of writing: "Thirty years ago this week, …", "Ten
// years ago today", "This week marks the tenth anniversary of …", "the centenary of …", or a sentence opening on "Forty
// years ago, …". Only such a marked count: a bare "bought it three years ago" in passing has nothing near to count from.
// The anniversaries whose name is their count.
const NAMED_ANNIVERSARIES: Record<string, number> = { centenary: 100, centennial: 100, bicentenary: 200, bicentennial: 200 };
// A thing's own anniversary or birthday told by its possessive, with whatever follows ("the hall celebrates its 60th
// birthday tonight", "this week the pier marks its centenary with a regatta"): read only when its sentence tells it as
// now (ANNIVERSARY_NOW), since "its 50th anniversary" may as well be one long past or still ahead.
const OWN_ANNIVERSARY = `\\bits\\s(?:(\\d{1,3})(?:st|nd|rd|th)\\s|(${ORDINAL_NUMBER_RE})\\s)?(anniversary|birthday|${Object.keys(NAMED_ANNIVERSARIES).join('|')})\\b(?!\\sof\\b)`;
const ANNIVERSARY = new RegExp(
  `(?:^|[.!?"”]\\s|\\n)(${NUMBER_WORD_RE}|\\d{1,3})\\syears\\sago,|\\b(${NUMBER_WORD_RE}|\\d{1,3})\\syears\\sago\\s(?:this\\s(?:week|month)|today|tomorrow)\\b|\\b(?:the\\s|its\\s|this\\s)(?:(\\d{1,3})(?:st|nd|rd|th)\\s|(${ORDINAL_NUMBER_RE})\\s)?(anniversary|${Object.keys(NAMED_ANNIVERSARIES).join('|')})(?:\\sof\\b|(?=[:;,.\\n]|$))|\\b(${NUMBER_WORD_RE}|\\d{1,3})\\syears\\sto\\sthe\\sday\\b|${OWN_ANNIVERSARY}`,
  'gi',
);
// The happening's own day as the text writes it, with its month: "In July 1995", "the landslip of January 25, 1992",
// "on a cold February morning in 1990". A bare year ("arrested in 1983") may be any year of the story. A run of days
// is a day of its month too ("on Nov. 7-9, 1960", "from 12 to 14 March 2004").
const DAY_RUN = `(?:[-–]|\\sto\\s|\\sand\\s)\\d{1,2}(?:st|nd|rd|th)?`;
const MONTH_WITH_YEAR = `\\b${MONTH_RE}\\.?(?:\\s\\d{1,2}(?:st|nd|rd|th)?(?:${DAY_RUN})?,?)?\\s(?:of\\s)?(1[6-9]\\d\\d|20\\d\\d)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?(?:${DAY_RUN})?\\s${MONTH_RE}\\.?,?\\s(1[6-9]\\d\\d|20\\d\\d)\\b`;
const MONTH_YEAR = new RegExp(`${MONTH_WITH_YEAR}|\\b${MONTH_RE}\\s(?:[a-z]+\\s){0,2}in\\s(1[6-9]\\d\\d|20\\d\\d)\\b`);

// An anniversary told as now: "this November", "this week", "this year", "today", "tomorrow".
const ANNIVERSARY_NOW = new RegExp(`\\b(?:[Tt]his\\s(?:week|month|year|${SEASON_ALTS}|${MONTH_RE})|[Tt]oday|[Tt]onight|[Tt]omorrow)\\b`);

/**
 * Without a publication date, the year an anniversary piece was written: the count of years its anniversary names,
 * added to the year of the first date with a month written in that sentence or the two after it. Null when there is
 * no anniversary or no such date near it. Only a guess: the date near it may be another happening's.
 */
export function anniversaryYear(paragraphs: readonly string[]): number | null {
  const text = paragraphs.join('\n\n');
  let tries = 0;
  for (const m of text.matchAll(ANNIVERSARY)) {
    if (++tries > CLUE_TRIES) break;
    const word = (m[4] ?? m[8])?.toLowerCase();
    const kind = (m[5] ?? m[9])?.toLowerCase();
    const numeral = m[3] ?? m[7];
    const n = m[1] || m[2] || m[6] ? parseCount(m[1] ?? m[2] ?? m[6]) : numeral ? +numeral : word ? ordinalNumberValue(word) : kind ? NAMED_ANNIVERSARIES[kind] : undefined;
    if (!n) continue;
    const ownKept = !!m[9];
    if (ownKept && !ANNIVERSARY_NOW.test(sentenceAround(text, m.index).sentence)) continue;
    // An anniversary named without its happening ("reaches its centenary") is the article's subject's only in the
    // first paragraph (the headline, when there is one); further on it may be anything's ("when the museum marks its
    // 150th anniversary").
    if (m[5] && !/\sof$/.test(m[0]) && m.index > (paragraphs[0]?.length ?? 0)) continue;
    const sentences = text.slice(m.index, m.index + 600).split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim());
    const day = MONTH_YEAR.exec(sentences.slice(0, 3).join(' '));
    if (day) return +(day[1] ?? day[2] ?? day[3]) + n;
    // "lost two of its crew in 1893 … for the 125th anniversary of the wreck this November": an anniversary told as
    // now, in a sentence that writes one year, counts from that year.
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    const own = before.slice(before.lastIndexOf('. ') + 1) + (sentences[0] ?? '');
    const years = own.match(ANY_YEAR) ?? [];
    if (years.length === 1 && ANNIVERSARY_NOW.test(own)) return +years[0] + n;
    // A thing's own anniversary kept now is that of the day it began, which the text may give just before ("The
    // hall opened on 3 May 1925. A fair this week keeps its centenary"): the sentence before, in the same paragraph.
    if (ownKept) {
      const para = before.slice(before.lastIndexOf('\n') + 1);
      const cut = para.lastIndexOf('. ');
      const opened = cut < 0 ? null : MONTH_YEAR.exec(para.slice(para.lastIndexOf('. ', cut - 1) + 1, cut + 1));
      if (opened) return +(opened[1] ?? opened[2] ?? opened[3]) + n;
    }
    // "held a fair for the 150th anniversary of its opening" names the happening by its noun only; the text tells it
    // elsewhere with the verb and one year ("it opened to traffic in May 1901"). Counted from that year, moved by the
    // year the anniversary is told in; one not told from the writing ("was rebuilt for the 50th anniversary of its
    // opening") may lie anywhere in the past.
    const happening = /\sof$/.test(m[0]) ? HAPPENING_NOUN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    const from = happening ? happeningYear(text, HAPPENING_VERB[happening[1].toLowerCase()]) : null;
    // Only an anniversary told from the year of writing: "last year", "next year" or as now ("this year", "today").
    const told = from === null ? '' : sentenceAround(text, m.index).sentence;
    const shift = /\blast\syear\b/i.test(told) ? 1 : /\bnext\syear\b/i.test(told) ? -1 : ANNIVERSARY_NOW.test(told) ? 0 : null;
    if (from !== null && shift !== null) return from + n + shift;
  }
  return null;
}

// A happening an anniversary names by its noun, and the verb the text tells it with.
const HAPPENING_VERB: Record<string, string> = { opening: 'opened', founding: 'founded', foundation: 'founded', launch: 'launched', launching: 'launched', consecration: 'consecrated', dedication: 'dedicated' };
const HAPPENING_NOUN = new RegExp(`^\\s(?:its|the|their)\\s(${Object.keys(HAPPENING_VERB).join('|')})\\b`, 'i');

/** The one year written after the verb in its clause, wherever the text tells the happening; null if none or two. */
export function happeningYear(text: string, verb: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(new RegExp(`\\b${verb}\\b[^.;!?\\n]{0,80}`, 'gi'))) {
    const y = YEAR.exec(m[0]);
    if (!y) continue;
    if (year !== null && +y[0] !== year) return null;
    year = +y[0];
  }
  return year;
}

// A profile gives the year it was written as a living person's age and the one year of their birth: "Born in 1956 on
// the island, …" or a birthday kept in a written year ("on her sixtieth birthday, in 1992", "his fiftieth birthday
// in 1994"), and an age told as now ("Mr Orrin, 62, said", "now 71", "at 67, she sailed"). Ages told of the past
// ("left school at 15") are younger than the one now, so the oldest age is taken. Fixed runs of words only.
const BIRTHDAY = new RegExp(`\\b(?:(\\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_NUMBER_RE}))\\sbirthday\\b`, 'gi');
const LIVING_AGE = /\b[A-Z][\w'’-]+,\s(\d{2,3}),\s|\b(?:now|aged|who\sis|turns)\s(\d{2,3})\b(?![.,]\d|\s(?:years?|per|[a-z]*\.?m)\b)|\bat\s(\d{2,3}),\s|\b(\d{2,3})-year-old\b/g;

/**
 * Without a publication date, the year a profile of a living person was written: the one birth year the article
 * gives (written after "born", or a birthday's count taken from the year it was kept in) plus the oldest age it tells
 * as now. Null when it gives no such age, or more than one birth year (two people's lives). Only a guess: the age may
 * be another person's, so the caller takes it only when later than every year written.
 */
export function ageYear(paragraphs: readonly string[]): number | null {
  const text = paragraphs.join('\n\n');
  const years = bornYears(text);
  let tries = 0;
  for (const m of text.matchAll(BIRTHDAY)) {
    if (++tries > CLUE_TRIES) break;
    // The year the birthday was kept in, written in its clause: "in March 1975, on her seventieth birthday".
    const kept = birthdayClause(text, m.index).match(ANY_YEAR) ?? [];
    const n = m[1] ? +m[1] : ordinalNumberValue(m[2]);
    if (kept.length === 1 && n >= 10) years.set(+kept[0] - n, years.get(+kept[0] - n) ?? null);
  }
  if (years.size !== 1) return null;
  let oldest = 0;
  tries = 0;
  for (const m of text.matchAll(LIVING_AGE)) {
    if (++tries > CLUE_TRIES) break;
    const n = +(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (n >= 18 && n <= 110) oldest = Math.max(oldest, n);
  }
  return oldest ? [...years.keys()][0] + oldest : null;
}

// A stretch told as running up to the day of writing names both its ends: its first year ("since 1993") and its length
// ("a 31-year wait", "after 35 years", "for thirty-seven years", "after 47 years on air"). In one sentence, or in a
// headline and the sentence that opens the story under it, the two are one stretch when nothing else there is dated,
// and the year of writing is their sum. A length told as over ("two years ago", "four years later", "forty years on,"
// "ten years on from", "a 28-year-old") is no such stretch, nor a rough one ("more than 80 years"); "years on" before
// what the time was spent on ("on air", "on the council", "on stage") is a length. Fixed runs of words only.
// "years on" as a length's, before what the time was spent on ("47 years on air", "37 years on the buses"), is no
// "years on" told as over ("forty years on,"): one reading for the stretch and lead counts.
const LENGTH_NOT_ON = 'on(?!\\s(?:air|stage|screen|board|duty|the|its|his|her|their|our)\\b)';
const SINCE_YEAR = /\b[Ss]ince\s(1[6-9]\d\d|20\d\d)\b/g;
const SPAN_LENGTH = new RegExp(
  `(?<!\\b${hedgeWords('than', 'over', 'around', 'roughly', 'least', 'of')}\\s)\\b(\\d{1,3}|${NUMBER_WORD_RE})[-\\s][Yy]ears?\\b(?![-\\s](?:ago|old|later|earlier|before|after|${LENGTH_NOT_ON}|from|younger|older|senior|junior)\\b)`,
  'gi',
);
// YEAR, every one a text writes (String.match with the flag g gives whole matches: YEAR's group is not read).
const ANY_YEAR = new RegExp(YEAR.source, 'g');
const SINCE = /\bsince\b/i;
// A record or mark broken in the story "had stood for" its length from the one year its sentence writes ("the old mark,
// set in 1987, had stood for 29 years"): the same stretch up to the day of writing, its first year written bare.
const STOOD = /\b(?:had|has)\sstood\sfor\b/i;
const UP_TO_NOW = new RegExp(`${SINCE.source}|${STOOD.source}`, 'i');

/**
 * Without a publication date, the year of writing from a stretch whose first year and length are both written (see
 * SPAN_LENGTH): the first sentence, or headline (`headline`, '' when the text has none) with the body's opening
 * sentence, that writes exactly one year, after "since" or beside "had stood for" (STOOD), and one length of two years or
 * more. Null when none does.
 */
export function spanYear(paragraphs: readonly string[], headline = ''): number | null {
  const windows: string[] = [];
  if (headline.trim()) windows.push(`${headline.trim()}\n${sentenceTexts((paragraphs.find((p) => p.trim() !== '') ?? '').trim(), 1)[0] ?? ''}`);
  for (const text of paragraphs) {
    if (windows.length > CLUE_TRIES) break;
    if (!UP_TO_NOW.test(text)) continue;
    for (const sentence of sentenceTexts(text.slice(0, 20_000))) if (UP_TO_NOW.test(sentence)) windows.push(sentence);
  }
  for (const w of windows.slice(0, CLUE_TRIES)) {
    const since = [...w.matchAll(SINCE_YEAR)];
    const years = w.match(ANY_YEAR) ?? [];
    if (years.length !== 1 || (since.length !== 1 && !STOOD.test(w))) continue;
    const lengths = [...w.matchAll(SPAN_LENGTH)].map((m) => parseCount(m[1])).filter((n): n is number => n !== undefined && n >= 2);
    if (lengths.length !== 1) continue;
    return +years[0] + lengths[0];
  }
  return null;
}

// A marriage's length told as reached now ("will celebrate sixty years of marriage on Sunday", "have been married for
// 65 years", "mark 50 years married this week") runs from the wedding to the day of writing; one told in the past ("had
// been married for 40 years when she died") ended earlier and tells nothing of now. Fixed runs of words only.
const MARRIAGE_NOW = new RegExp(
  `\\b(?:(?:celebrates?|celebrating|marks?|marking|will\\s(?:celebrate|mark))\\s(?:(?:their|her|his)\\s)?(\\d{1,3}|${NUMBER_WORD_RE})\\syears\\s(?:of\\smarriage|married)|(?:have|has)\\sbeen\\smarried\\sfor\\s(\\d{1,3}|${NUMBER_WORD_RE})\\syears)\\b`,
  'i',
);
// The wedding's year, within a few words after its verb: "were married at the chapel in June 1951", "wed in 1962".
const WEDDING_YEAR = /\b(?:married|wed|wedded)\b(?:[^.;!?\d]|\d{1,2}(?!\d)){0,60}?\b(1[6-9]\d\d|20\d\d)\b/;

/**
 * Without a publication date, the year of writing from a marriage's length told as reached now (MARRIAGE_NOW, in the
 * headline or body) and the one wedding year the text gives (WEDDING_YEAR): their sum. Null without either, or when
 * two sentences give different wedding years (two couples).
 */
export function marriageYear(paragraphs: readonly string[], headline = ''): number | null {
  const text = [headline, ...paragraphs].join('\n\n').slice(0, 40_000);
  const now = MARRIAGE_NOW.exec(text);
  const n = now ? parseCount(now[1] ?? now[2]) : undefined;
  if (n === undefined || n < 2) return null;
  let wed: number | null = null;
  let tries = 0;
  for (const sentence of sentenceTexts(text)) {
    const m = WEDDING_YEAR.exec(sentence);
    if (!m) continue;
    if (++tries > CLUE_TRIES || (wed !== null && wed !== +m[1])) return null;
    wed = +m[1];
  }
  return wed === null ? null : wed + n;
}

// A story's own happening counted from an older one: "gave his 150th pint on Monday, 47 years after he first gave blood
// in 1951", "the village flooded in 2004; twelve years on, the insurers have still not paid", "gave the first
// performance on Thursday night, ninety-one years after the composer put down his pen" (the pen put down "in August
// 1925" in the sentences after), a headline's "three years after vanishing" over an opening sentence that writes "in
// the summer of 2014". So does a thing that comes or is given now "N years late" (a letter delivered, a medal pinned on)
// after it was sent or earned: "a postcard arrives forty years late" over "posted in the summer of 1961". The count runs
// from the older happening to the story's day, so the year of writing is their sum.
// Only an exact count (not "nearly seven years", "more than 170 years"), and only told of a day near the writing (a
// weekday, "yesterday", "tonight", or a day of a month written without its year, past or ahead: "the forge shuts on 4
// July, sixty years after"): "took the helm in 1990, 40 years after her mother founded the mill" counts between two old
// happenings. The older happening's date after it may be a season with its year. Fixed runs of words only.
const YEARS_AFTER = new RegExp(
  `(?<!\\b${hedgeWords('than', 'over', 'around', 'roughly', 'least', 'under', 'just', 'only', 'another')}\\s)\\b(a|\\d{1,3}|${NUMBER_WORD_RE})[-\\s]years?\\s(?:after\\b|(on)(?=[,;:.!?]|$)|late\\b)`,
  'i',
);
const STORY_DAY = new RegExp(
  `\\b(?:${WEEKDAY_RE})\\b(?!['’]s\\b)|\\b(?:yesterday|today|tonight|last\\snight)\\b|\\b${MONTH_RE}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_RE}\\b(?!,?\\s\\d)`,
  'i',
);

/**
 * Without a publication date, the year of writing from a story's happening counted in years after an older one whose
 * year is written (see YEARS_AFTER): in its own sentence, when that writes exactly one year, else the first year
 * written with its month in the two sentences after it. The headline with the body's opening sentence (`headline`, ''
 * when the text has none) counts as such a sentence. Null when no sentence gives both.
 */
export function storyCountYear(paragraphs: readonly string[], headline = ''): number | null {
  if (headline.trim()) {
    const body = sentenceTexts((paragraphs.find((p) => p.trim() !== '') ?? '').trim(), 3);
    const y = countedFrom([`${headline.trim()}\n${body[0] ?? ''}`, ...body.slice(1, 3)], true);
    if (y !== null) return y;
  }
  let tries = 0;
  for (let p = 0; p < paragraphs.length && tries <= CLUE_TRIES; p++) {
    if (!YEARS_AFTER.test(paragraphs[p])) continue;
    const own = sentenceTexts(paragraphs[p].slice(0, 20_000));
    for (let i = 0; i < own.length && tries <= CLUE_TRIES; i++) {
      if (!YEARS_AFTER.test(own[i])) continue;
      tries++;
      // The sentence and the two after it, in this paragraph and the next.
      const y = countedFrom([...own.slice(i), ...sentenceTexts(paragraphs[p + 1] ?? '', 3)].slice(0, 3), false);
      if (y !== null) return y;
    }
  }
  return null;
}

/** The year `window[0]` counts to (see storyCountYear); `headline` when that sentence is a headline and its lead. */
function countedFrom(window: readonly string[], headline: boolean): number | null {
  const sentence = window[0];
  // With two counts ("ninety-one years after the composer put down his pen and eighty-nine years after the score
  // vanished") the first is the one the story goes on to tell first.
  const count = YEARS_AFTER.exec(sentence);
  if (!count) return null;
  // "Twelve years on, the new trees have still not …" tells of now by itself.
  if (!headline && !count[2] && !STORY_DAY.test(sentence.slice(0, count.index))) return null;
  const n = /^a$/i.test(count[1]) ? 1 : parseCount(count[1]);
  if (n === undefined) return null;
  const years = sentence.match(ANY_YEAR) ?? [];
  if (years.length === 1) return +years[0] + n;
  if (years.length) return null;
  const later = DATED_WITHIN_YEAR.exec(window.slice(1).join(' '));
  return later ? +(later[1] ?? later[2] ?? later[4]) + n : null;
}

// A headline or lead may count the years of a stretch that ends in the story and leave its first year to the body:
// a run ending now counted "after N years" (a shop shutting, a post given up, a last crossing) from the year it began,
// or a gap closed now ("sings again after thirty quiet years", "reopens after 17 years", "a first title in 19 years")
// from the last time before it. The body marks that year by what it tells of it: a run's start ("opened the shop in
// 1887", "began in the spring of 1931", "took the post in 1971", "since 1613"), a gap's last time ("last flowered in
// 1935", "held every year until 1928", "silenced in 1965", "closed in 1974"); and its sentence names the same thing
// as the headline or lead (a word of theirs), so that another thing's opening ("the new clinic opened in 1974") is not
// taken. Only an exact count (not "more than 40 years"), not one told as over ("40 years ago", "40 years later").
// Fixed runs of words and windows of bounded length only.
const LEAD_COUNT = new RegExp(
  `(?<!\\b${hedgeWords('than', 'over', 'around', 'roughly', 'least', 'under', 'another', 'within')}\\s)\\b(after|in)\\s(\\d{1,3}|${NUMBER_WORD_RE})(?:\\s(?:silent|quiet|dormant|empty|long))?\\s[Yy]ears?\\b(?![-\\s](?:ago|old|later|earlier|before|after|${LENGTH_NOT_ON}|from|younger|older|time)\\b)`,
  'i',
);
// A count of a gap rather than of a run: something happens again, for the first time, or most, in those years.
const GAP_TOLD = /\b(?:again|first|silent|asleep|quiet|dormant|returns?|revived|reopens?|reopened|worst|best|most|highest|lowest|biggest|largest|strongest|heaviest|wettest|driest|coldest|hottest)\b/i;
// The body's year that a gap (GAP_LAST) or a run (RUN_BEGAN) counts from: the first year after the word in its clause,
// within 50 characters ("until" within 20: "until 1928", "until the summer of 1928", not "until an earthquake on
// March 3, 1926", which dates what ended it); "last" not as the writer's "last year / week".
const YEAR_WITHIN = (n: number): string => String.raw`(?:[^.;!?\d]|\d{1,2}(?!\d)){0,${n}}?\b(1[6-9]\d\d|20\d\d)\b`;
const GAP_LAST = new RegExp(String.raw`\b(?:last(?!\s(?:year|month|week|weekend|night|time|season|summer|winter|spring|autumn)\b)|silenced|closed|shut)\b${YEAR_WITHIN(50)}|\buntil\b${YEAR_WITHIN(20)}`, 'gi');
const RUN_BEGAN = new RegExp(String.raw`\b(?:opened|began|begun|founded|established|started|took\s(?:the\s[a-z]+|over|up|charge))\b${YEAR_WITHIN(50)}`, 'gi');
// Words too common to say two sentences tell of the same thing.
const COMMON_WORDS = new Set(['after', 'again', 'first', 'their', 'there', 'these', 'those', 'which', 'where', 'while', 'with', 'from', 'have', 'been', 'were', 'will', 'this', 'that', 'than', 'then', 'when', 'what', 'said', 'years', 'year', 'time', 'into', 'over', 'last', 'only', 'also', 'more', 'most', 'some', 'each', 'every', 'about', 'would', 'could', 'other', 'since', 'until']);

/** The words of four letters or more in `text`, lower case, a possessive's "'s" cut, the common ones left out. */
function namingWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.slice(0, 2000).matchAll(/[A-Za-z]{4,}/g)) {
    const w = m[0].toLowerCase();
    if (!COMMON_WORDS.has(w)) words.add(w);
  }
  return words;
}

/**
 * Without a publication date, the year of writing from a stretch counted (LEAD_COUNT) in the headline, the body's
 * first two sentences or a later sentence telling a day near the writing, and begun in a year the body marks as a
 * gap's last time or a run's start in a sentence sharing a word with the headline and lead: the least such sum no
 * earlier than `latest`, the latest year written as past. Null when there is no such count or year, or when the count's sentence writes a year of its own.
 */
export function leadCountYear(paragraphs: readonly string[], headline: string, latest: number): number | null {
  const body = sentenceTexts((paragraphs.find((p) => p.trim() !== '') ?? '').trim().slice(0, 2000), 2);
  const lead = [headline, ...body];
  const named = namingWords(lead.join(' '));
  // Further on, a sentence that tells a day near the writing (STORY_DAY: "stirred on Oct. 3 after 52 years asleep").
  const later = paragraphs.slice(0, CLUE_TRIES).flatMap((p) => sentenceTexts(p.slice(0, 4000))).filter((x) => LEAD_COUNT.test(x) && STORY_DAY.test(x));
  for (const sentence of [...lead, ...later]) {
    const count = LEAD_COUNT.exec(sentence);
    const n = count ? parseCount(count[2]) : undefined;
    if (!count || n === undefined || n < 2) continue;
    const gap = GAP_TOLD.test(sentence) || count[1].toLowerCase() === 'in';
    const marked = gap ? GAP_LAST : RUN_BEGAN;
    // A count beside a year of its own ("opened in 2019, after six years of fundraising") ends at that year, not now.
    if (YEAR.test(sentence)) return null;
    let best: number | null = null;
    let tries = 0;
    for (const text of paragraphs) {
      for (const m of text.slice(0, 20_000).matchAll(marked)) {
        if (++tries > 3 * CLUE_TRIES) break;
        const y = +(m[1] ?? m[2]);
        if (y > latest || y + n < latest || (best !== null && y + n >= best)) continue;
        if ([...namingWords(sentenceAround(text, m.index).sentence)].some((w) => named.has(w))) best = y + n;
      }
    }
    return best;
  }
  return null;
}

// A run told in the lead as lasting up to now by its length, in a present perfect ("For 33 years, she has mended the
// clocks", "has rung the bell every evening for 26 years"): the profile's subject, whose start the body gives as a year
// of its own telling ("took the post in the spring of 1981", "first took the wheel in May 1983"), however it words it. Not a
// sentence that writes a year (its run ends there), nor a penalty's length ("have been barred for twelve years"), which
// runs on from now. Only an exact count. Fixed runs of words only.
const RUN_NOW = new RegExp(
  `(?<!\\b${hedgeWords('than', 'over', 'around', 'roughly', 'least', 'under', 'another', 'within')}\\s)\\b[Ff]or\\s(\\d{1,3}|${NUMBER_WORD_RE})\\syears\\b(?![-\\s](?:ago|old|later|earlier|before|after|from)\\b)`,
);
const PERFECT_NOW = new RegExp(`${PERFECT_HAVE}\\s`, 'i');
const PENALTY = /\b(?:banned|barred|suspended|jailed|sentenced|imprisoned|disqualified|excluded|sanctioned)\b/i;

/**
 * Without a publication date, the year of writing from a run up to now counted in the lead (RUN_NOW: the headline,
 * `headline`, '' when there is none, and the body's first two sentences): the least year the text writes, plus the
 * count, that is no earlier than `floor`, the year the other clues give. The run's start is among the years written,
 * and the writing comes no earlier than the guess so far; the least such sum is the guess that assumes least. Null
 * without such a run or year.
 */
export function runToNowYear(paragraphs: readonly string[], headline: string, floor: number): number | null {
  const lead = [headline, ...sentenceTexts((paragraphs.find((p) => p.trim() !== '') ?? '').trim().slice(0, 2000), 2)];
  for (const sentence of lead) {
    const run = RUN_NOW.exec(sentence);
    const n = run ? parseCount(run[1]) : undefined;
    if (!run || n === undefined || n < 2 || !PERFECT_NOW.test(sentence) || PENALTY.test(sentence) || YEAR.test(sentence)) continue;
    let best: number | null = null;
    let tries = 0;
    for (const text of paragraphs) {
      for (const m of text.slice(0, 20_000).matchAll(ANY_YEAR)) {
        if (++tries > 3 * CLUE_TRIES) return best;
        const y = +m[0];
        if (y <= floor && y + n >= floor && (best === null || y + n < best)) best = y + n;
      }
    }
    return best;
  }
  return null;
}

// News names the year of a month only when it is not the year of writing: "in January 2018" is told from a later
// year, "in January" from that one. So the latest year written, when it is written with a month or a day of a month
// in a sentence told as past, is most likely a year before the story's. A line that dates the notice itself
// ("Issued Friday 5 July 2002.", "Dated this 14th day of July") or a plan ("by March 2026") is no such telling.
// Only a month joined to its year ("January 2018", "3 April 2016", "April 3, 2016"): in "the last snow in April came
// in 1975" the year may be a past one's, told in a story of another year.
// A season is named with its year for the same reason ("in the summer of 2001", "spring 2015"); not winter, whose
// months run into the next year.
const SEASON_IN_ONE_YEAR = eitherCaseAlts(Object.keys(SEASONS).filter((w) => SEASONS[w] !== 'WI'));
const MONTH_YEAR_ALL = new RegExp(`${MONTH_WITH_YEAR}|\\b(${SEASON_IN_ONE_YEAR})\\s(?:of\\s)?(1[6-9]\\d\\d|20\\d\\d)\\b`, 'g');
// The first of them, for the older happening a story's count runs from ("set up the forge in the autumn of 1961").
const DATED_WITHIN_YEAR = new RegExp(MONTH_YEAR_ALL.source);
const MONTH_NAME = new RegExp(MONTH_RE);
// A chronology's entry dated without a year: a line opening on a month or season, perhaps with its day or "last",
// then the entry's mark ("9 May: Trustees vote …", "Last summer - A heatwave …"). Fixed runs of words only.
const YEARLESS_ENTRY = new RegExp(`(?:^|\\n)(?:(?:last|this|that|early|late)\\s)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s)?(?:${MONTH_RE}|${SEASON_ALTS})\\.?(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?${ENTRY_MARK_RE}`, 'i');
const NOTICE_LINE = /\b(?:issued|dated|released?|published|posted|updated|filed)\b|\|/i;

/** The month (1-12) with which `year`, the latest written, is first written told as past (see above); else null. */
export function monthOfYearTold(year: number, paragraphs: readonly string[]): number | null {
  let tries = 0;
  const yearlessEntry = paragraphs.some((text) => YEARLESS_ENTRY.test(text.slice(0, 20_000)));
  for (const text of paragraphs) {
    if (!text.includes(String(year))) continue;
    for (const m of text.matchAll(MONTH_YEAR_ALL)) {
      if (+(m[1] ?? m[2] ?? m[4]) !== year) continue;
      if (++tries > CLUE_TRIES) return null;
      // A line that is little more than the date ("20 December 2013", "Monday 4 May 2009"), or a date closing its
      // paragraph with no stop (a sign-off: "J. Aldous, Head of Planning 20 December 2013"), dates the notice.
      const lineFrom = text.lastIndexOf('\n', m.index) + 1;
      const lineTo = text.indexOf('\n', m.index);
      if (text.slice(lineFrom, lineTo < 0 ? text.length : lineTo).trim().length < m[0].length + 16) continue;
      if (!text.slice(m.index + m[0].length).trim()) continue;
      const from = Math.max(text.lastIndexOf('. ', m.index) + 1, lineFrom);
      if (NOTICE_LINE.test(text.slice(from, m.index))) continue;
      // A chronology's entry heads its line or follows the entry before it ("March 2015: The board approves …"): a
      // list that writes every entry's year writes the year of writing's own too, so its year says nothing of a later
      // one. One that leaves some entries' years out ("2 March - Wardens report …") leaves out the year of writing's.
      if (!text.slice(from, m.index).trim() && ENTRY_MARK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !yearlessEntry) continue;
      if (!toldAhead(text, m.index + m[0].length - 4)) return m[3] ? SEASON_FIRST_MONTH[SEASONS[m[3].toLowerCase()]] : (monthNumber(MONTH_NAME.exec(m[0])![0]) ?? null);
    }
  }
  return null;
}

// A figure counted over a year ("logged 412 breakdowns in 2009", "shipped 1.8 million crates during 1994", "a loss
// of 3.2 million for 2016") is that year's total, known only once the year is over: a writer still in it says "so far
// this year". A figure in digits (a word like "a" or "two" counts one happening), perhaps "million" or more, then up to
// five words of what was counted, not a time unit ("for 34 years until 2019" is a length), right before "in", "for"
// or "during" and the year, not a span's first year ("in 2019-20"). Fixed runs of words, the gap bounded.
const YEAR_TALLY = new RegExp(
  String.raw`(?<![\d,.])(?!(?:1[6-9]|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s(?:(?:million|billion|thousand)\s)?(?!${UNIT_RE}\b)(?:[a-z]+\s){0,5}?(?:in|for|during)\s(1[6-9]\d\d|20\d\d)\b(?![-–/]\d)`,
  'g',
);

/** Whether `year` is written as the year a figure was counted over (see YEAR_TALLY), so that it was over when written. */
export function yearTallied(year: number, paragraphs: readonly string[]): boolean {
  let tries = 0;
  for (const text of paragraphs) {
    if (!text.includes(String(year))) continue;
    for (const m of text.slice(0, 20_000).matchAll(YEAR_TALLY)) {
      if (++tries > CLUE_TRIES) return false;
      if (+m[1] === year && !toldAhead(text, m.index + m[0].length - 4)) return true;
    }
  }
  return false;
}

// News names a year only when it cannot say it from the day of writing: the year before that is "last year" ("closed
// last year", "last year's floods"), so a text that says "last year" and writes its latest year as past wrote that year
// from two years on or more. Not "the last year of the war", "its last year", "in their last year at school": a year
// of something else's, not the writer's.
// Not after a determiner or possessive: the writer's own "last"/"next", not someone's or something's.
const WRITERS = '(?<!\\b(?:the|his|her|its|their|our|my|your|a|that|this|whose|final|very)\\s)';
const LAST_YEAR = new RegExp(`${WRITERS}\\b[Ll]ast\\syear\\b(?!\\s+of\\b)`);

/** Whether the paragraphs tell of the year before the day of writing as "last year" (see LAST_YEAR). */
export function tellsLastYear(paragraphs: readonly string[]): boolean {
  return paragraphs.some((text) => LAST_YEAR.test(text));
}

// A month or season named from the day of writing ("was charged last March", "last summer's harvest") lies within the
// twelve months before it, and a writer who names one month so names the others of that stretch the same way, not with
// their year (how setTextYear reads it). LAST_YEAR's exclusions ("the last summer of the war", "her last May there").
const LAST_MONTH = new RegExp(`${WRITERS}\\b[Ll]ast\\s(?:${MONTH_RE}|${SEASON_ALTS})(?!\\w)(?!\\s+of\\b)`);

/** Whether the paragraphs name a month or season of the months before the day of writing as "last" (see LAST_MONTH). */
export function tellsLastMonth(paragraphs: readonly string[]): boolean {
  return paragraphs.some((text) => LAST_MONTH.test(text));
}

// A weekday written beside a day and month: "Friday, Dec. 30", "on Tuesday 14 March", "Oct. 4, a Monday". Each
// alternative is a fixed run of words, so the pattern cannot backtrack.
const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAY_RE}),?\\s(?:(${MONTH_RE})\\s(\\d{1,2})\\b|(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH_RE}))|\\b(${MONTH_RE})\\s(\\d{1,2}),\\s(?:a|on\\sa)\\s(${WEEKDAY_RE})\\b`,
  'g',
);

/**
 * Without a publication date, the year of writing as the weekdays the article writes beside a day and month ("on
 * Tuesday, March 18", with no year) allow: each such day falls on its weekday only in a few years of any twelve. The
 * guess so far (`guess`: the latest year written, or an obituary's or anniversary's) is kept while every such day fits
 * it: in that year, in the one after when told as still to come ("will open on Saturday, April 1"), or across the turn
 * of the year (a "Friday, Dec. 30" in a January story). Otherwise the first later year in which every such day falls on
 * its weekday is taken, the guess's own year being only the latest the text names. Always a guess; unchanged when no
 * later year within twelve fits or the text writes no such day. Days with a year written after them pin their own year,
 * not the writing year, and are left out.
 */
export function weekdayWritingYear(guess: number, paragraphs: readonly string[]): number {
  const pairs = weekdayDays(paragraphs);
  if (!pairs.length) return guess;
  // A plan's day told with its weekday is weeks or a few months ahead, not more than half a year past the turn of the
  // year: when the months told put the writing in February, "will meet on Monday, Nov. 30" falling only in the year
  // after the guess says the story is that year's.
  const writing = pairs.some((p) => p.ahead) ? writingMonth(paragraphs) : null;
  const nextYear = (p: { m: number; ahead: boolean }): boolean => p.m <= 2 || (p.ahead && (writing === null || p.m + 12 - writing <= AHEAD_MONTHS));
  // A day whose sentence names its year from the day of writing ("Last year's cheese fair opened on Saturday, June 3")
  // is in that year and no other.
  const fitsGuess = pairs.every((p) => (p.shift ? falls(guess + p.shift, p) : falls(guess, p) || (nextYear(p) && falls(guess + 1, p)) || (p.m >= 11 && falls(guess - 1, p))));
  if (fitsGuess) return guess;
  for (let y = guess + 1; y < guess + 12; y++) if (pairs.every((p) => falls(y + p.shift, p))) return y;
  return guess;
}

/**
 * The year of writing of an article that tells no year as a year (`writtenYears` found none), when nothing else gives
 * one: only a guess, which every date drawn from it is flagged as, so that its events stay on the timeline.
 * - A number that reads as a year though no word around it says so ("the 2018 budget", "the deficit for 2017") is
 *   the best clue left: the latest such, no later than `now`.
 * - A text that writes no year at all is read as recent: the latest year up to `now` whose calendar puts every day it
 *   writes with its weekday on that weekday, else `now` (`unwritten`).
 */
export function unwrittenWritingYear(now: number, paragraphs: readonly string[]): { year: number; unwritten: boolean } {
  let numbered: number | null = null;
  for (const text of paragraphs) for (const m of text.matchAll(YEAR_NUMBER)) if (+m[1] <= now) numbered = Math.max(numbered ?? 0, +m[1]);
  if (numbered !== null) return { year: numbered, unwritten: false };
  const pairs = weekdayDays(paragraphs);
  for (let y = now; pairs.length && y > now - 28; y--) if (pairs.every((p) => falls(y + p.shift, p))) return { year: y, unwritten: true };
  return { year: now, unwritten: true };
}

interface WeekdayDay {
  m: number;
  d: number;
  wd: number;
  /** Told as still to come. */
  ahead: boolean;
  /** The year its sentence names from the day of writing: 1 "next year", -1 "last year", else 0. */
  shift: number;
}

/** The days written with their weekday and no year after them ("on Tuesday, March 18"), at most CLUE_TRIES. */
function weekdayDays(paragraphs: readonly string[]): WeekdayDay[] {
  const pairs: WeekdayDay[] = [];
  for (const text of paragraphs) {
    for (const m of text.matchAll(WEEKDAY_DATE)) {
      if (pairs.length >= CLUE_TRIES) break;
      const end = m.index + m[0].length;
      if (YEAR_AFTER.test(text.slice(end, end + 8))) continue;
      const month = monthNumber(m[2] ?? m[5] ?? m[6]);
      const wd = weekdayNumber(m[1] ?? m[8]);
      if (month && wd) pairs.push({ m: month, d: +(m[3] ?? m[4] ?? m[7]), wd, ahead: toldAhead(text, m.index), shift: yearNamedBeside(text, m.index) });
    }
  }
  return pairs;
}

function falls(y: number, p: { m: number; d: number; wd: number }): boolean {
  return isValidYmd({ y, m: p.m, d: p.d }) && isoWeekday({ y, m: p.m, d: p.d }) === p.wd;
}

/**
 * Whether every day the article writes with its weekday is a December day told as past that falls on its weekday in
 * `year` (none named as another year's): the weekdays then fix that December, and the story is told just after it.
 */
export function weekdaysFixDecember(year: number, paragraphs: readonly string[]): boolean {
  const pairs = weekdayDays(paragraphs);
  return pairs.length > 0 && pairs.every((p) => p.m === 12 && !p.ahead && !p.shift && falls(year, p));
}

// "next year" as the writer's, with LAST_YEAR's exclusions ("the next year", "in its next year of").
const NEXT_YEAR = new RegExp(`${WRITERS}\\b[Nn]ext\\syear\\b(?!\\s+of\\b)`);

/**
 * 1 when the sentence around `at` says "next year", -1 when it says "last year", else 0 (neither, or both). A
 * possessive counts only as the sentence's subject: "Next year's regatta will begin on Monday, Aug. 17" dates the
 * regatta, but in "will hear objections to next year's mooring fees on Monday, Aug. 17" the day is the hearing's.
 */
function yearNamedBeside(text: string, at: number): number {
  const { sentence } = sentenceAround(text, at);
  const named = (re: RegExp): boolean => {
    const m = re.exec(sentence);
    return !!m && (!/^['’]s\b/.test(sentence.slice(m.index + m[0].length)) || !sentence.slice(0, m.index).trim());
  };
  const next = named(NEXT_YEAR);
  const last = named(LAST_YEAR);
  return next === last ? 0 : next ? 1 : -1;
}

// How far past the turn of the year, in months after the guessed month of writing, a plan's weekday may lie.
const AHEAD_MONTHS = 6;

// A year written just after a weekday's day ("Tuesday, March 18, 2008", "Friday 14 March 1997").
const YEAR_AFTER = /^,?\s(?:1[6-9]\d\d|20\d\d)\b/;

/**
 * Without a publication date, the year to put a yearless dateline's day in ("HARBORTON, Oct 22 -"). News writes its
 * own days after the years it tells of, so the latest year written is the first guess; a weekday the article writes
 * beside a day and month near the dateline's rules out the years where that day falls on another weekday: the first
 * year from the latest one written where every such day fits is taken. Always a guess.
 */
export function datelineYear(day: { m: number; d: number }, latest: number, paragraphs: readonly string[]): number {
  const pairs: { m: number; d: number; wd: number }[] = [];
  for (const text of paragraphs) {
    for (const m of text.matchAll(WEEKDAY_DATE)) {
      const month = monthNumber(m[2] ?? m[5] ?? m[6]);
      const wd = weekdayNumber(m[1] ?? m[8]);
      if (month && wd) pairs.push({ m: month, d: +(m[3] ?? m[4] ?? m[7]), wd });
    }
  }
  if (!pairs.length) return leadWeekdayYear(day, latest, paragraphs[0] ?? '');
  // Within twelve years every day of the year but Feb. 29 comes round to each weekday (leap days can skip one).
  for (let y = latest; y < latest + 12; y++) {
    const today = toDayNumber({ y, m: day.m, d: day.d });
    let near = 0;
    let fits = true;
    for (const p of pairs) {
      // The pair's day in the year that puts it nearest the dateline's (a "Dec. 30" before a "Jan. 4" dateline).
      const q = [y - 1, y, y + 1].map((yy) => ({ y: yy, m: p.m, d: p.d })).filter(isValidYmd);
      const best = q.sort((a, b) => Math.abs(toDayNumber(a) - today) - Math.abs(toDayNumber(b) - today))[0];
      if (!best || Math.abs(toDayNumber(best) - today) > 31) continue;
      near++;
      if (isoWeekday(best) !== p.wd) fits = false;
    }
    if (!near) return latest;
    if (fits) return y;
  }
  return latest;
}

// A weekday as a day of its own in a lead ("on Thursday"), not a day of every week ("on Mondays"), nor a possessive
// ("Tuesday's vote", "over Sunday's break-in"): that names an occasion, which may lie days before the filing.
const LEAD_WEEKDAY = new RegExp(`\\b(${WEEKDAY_RE})\\b(?!['’]s\\b)`);
// A lead told as still to come ("will strike on Monday"): its weekday lies after the day of filing, by how much is open.
const LEAD_AHEAD = /\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|due\s+to|next|coming)\b/i;
// A lead that names its own day otherwise ("began work today, where an explosion on Saturday …"): the weekday is an
// earlier happening's, some days back.
const LEAD_OWN_DAY = new RegExp(String.raw`\b(?:today|tonight|yesterday|this\s+(?:${WAKING_PART_ALTS}))\b`, 'i');

/**
 * A wire story's first sentence names the day of what it reports by its weekday ("HALDA, Jan. 8 - Five climbers … were
 * lifted off on Thursday"): the day of the dateline itself, or, filed the morning after, the day before. So the
 * dateline's day falls on that weekday or the next one, and the first year from the latest written where it does is
 * the guess (two weekdays in seven: the latest year written is ruled out five times in seven). Unchanged when the lead
 * names no such weekday, names it as ahead, with "last" or "since", or beside a "today" of its own, or no year within
 * twelve fits. Always a guess.
 */
function leadWeekdayYear(day: { m: number; d: number }, latest: number, lead: string): number {
  // The first sentence: a full stop ends it only before a capital ("Jan. 8" does not).
  const first = /^(?:[^.!?]|\.(?!\s+["“A-Z]))*/.exec(lead.slice(0, 400))![0];
  const m = LEAD_WEEKDAY.exec(first);
  if (!m || LEAD_AHEAD.test(first.slice(0, m.index)) || LEAD_OWN_DAY.test(first) || /\b(?:last|this|every|since)\s$/i.test(first.slice(Math.max(0, m.index - 6), m.index))) return latest;
  const wd = weekdayNumber(m[1])!;
  for (let y = latest; y < latest + 12; y++) {
    const p = { y, m: day.m, d: day.d };
    if (!isValidYmd(p)) continue;
    const on = isoWeekday(p);
    if (on === wd || on === (wd % 7) + 1) return y;
  }
  return latest;
}

// A month written without a year ("in March", "on Dec. 14", "on 2 January"): not one whose year follows ("March
// 2011", "Dec. 14, 2010"), nor one after a year ("2010 in March" is rare; "the winter of 2010" names none).
const YEARLESS_MONTH = new RegExp(`\\b(${MONTH_RE})(?!\\w|\\.\\w)(?!\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:1[6-9]|20)\\d\\d\\b|\\.?,?\\s(?:of\\s)?(?:1[6-9]|20)\\d\\d\\b)`, 'g');

/**
 * Without a publication date, the month of writing as the months written without a year suggest: news tells of the
 * months just past and just ahead, so the month is the one that puts the past months (by their clause's tense) least
 * far before it and the months to come least far after it, counted round the year. Null when fewer than two months
 * are told as past or to come, or when months tie (two neighbours give the earlier). Only a guess, used only to put a yearless month told as past
 * after it in the year before, or one to come before it in the year after, still flagged.
 */
export function writingMonth(paragraphs: readonly string[]): number | null {
  const told: { m: number; ahead: boolean }[] = [];
  for (const text of paragraphs) {
    for (const m of text.slice(0, 20_000).matchAll(YEARLESS_MONTH)) {
      if (told.length >= 3 * CLUE_TRIES) break;
      const month = monthNumber(m[1]);
      if (!month) continue;
      const { sentence, here, start } = sentenceAround(text, m.index);
      const tense = tenseAt(sentence, here - start);
      if (tense === 'past' || tense === 'future') told.push({ m: month, ahead: tense === 'future' });
    }
  }
  if (told.length < 2) return null;
  let best: number | null = null;
  let bestCost = Infinity;
  let tie = false;
  // Two neighbouring months may tie: the writing then falls at the turn between them ("closed on January 4", "will
  // attend on February 19"), and the earlier is taken, as a month told as past puts the writing no earlier than it.
  let neighbourTie = false;
  for (let w = 1; w <= 12; w++) {
    const cost = told.reduce((s, t) => s + (t.ahead ? (t.m - w + 12) % 12 : (w - t.m + 12) % 12), 0);
    if (cost < bestCost) [best, bestCost, tie, neighbourTie] = [w, cost, false, false];
    else if (cost === bestCost) [neighbourTie, tie] = [!tie && w === best! + 1, true];
  }
  return tie && !neighbourTie ? null : best;
}

// A happening told as "N years ago" is often told again elsewhere with its year ("was declared closed five years ago"
// in the lead, "was formally declared closed in 2009" further on): the count runs from that year to the day of writing,
// which is their sum. The two tellings are taken as one when they share the verb and the word beside it in the count's
// clause ("declared closed", "first rang", "ballot held"), and the other sentence writes one year and no count of its
// own. Only an exact count ("more than forty years ago" bounds the year only), and only in a sentence that writes no year
// (beside one, "two years ago, in 1990," the count dates nothing new). Fixed runs of words only.
const YEARS_AGO = new RegExp(`(?<!\\b${hedgeWords('than', 'over', 'around', 'roughly', 'least', 'under')}\\s)\\b(\\d{1,3}|${NUMBER_WORD_RE})\\syears\\sago\\b`, 'gi');
// Words that name no happening: what stands beside a verb without telling which one it is.
const BARE_NEIGHBOUR = /^(?:the|a|an|it|he|she|they|we|i|you|was|were|is|are|be|been|being|has|have|had|who|which|that|this|there|and|but|or|his|her|its|their|our|my|him|them|to|of|in|on|at|by|for|with|from|as|not|only)$/i;
const AGO = /\bago\b/i;
// A year a few words on in the same clause, no figure or clause stop before it.
const YEAR_CLOSE_AFTER = /^[^.;:,!?\d]{0,40}?\b(1[6-9]\d\d|20\d\d)\b/;

/** The verb of a clause's last words and the word beside it ("declared closed", "first rang"), lower case; null if none. */
function happeningPhrase(clause: string): string | null {
  const words = clause.match(/[A-Za-z]+/g)?.slice(-4) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].toLowerCase();
    if (!(IRREGULAR_PAST.has(w) || (listedOrRegularParticiple(w) && !NOT_PAST_ED.has(w))) || /^(?:was|were|had|did)$/.test(w)) continue;
    const beside = i + 1 < words.length ? words[i + 1] : words[i - 1];
    if (!beside || BARE_NEIGHBOUR.test(beside)) return null;
    return i + 1 < words.length ? `${w} ${beside.toLowerCase()}` : `${beside.toLowerCase()} ${w}`;
  }
  return null;
}

/**
 * Without a publication date, the year of writing from a happening counted "N years ago" (YEARS_AGO) and told again with
 * its one year in another sentence (see happeningPhrase): that year plus the count. Null when no such pair is found.
 */
export function agoHappeningYear(paragraphs: readonly string[]): number | null {
  let tries = 0;
  let sentences: string[] | null = null;
  for (const text of paragraphs) {
    for (const m of text.slice(0, 20_000).matchAll(YEARS_AGO)) {
      if (++tries > CLUE_TRIES) return null;
      const n = parseCount(m[1]);
      if (n === undefined || n < 1) continue;
      const { sentence, here, start } = sentenceAround(text, m.index);
      if (YEAR.test(sentence)) continue;
      const before = sentence.slice(0, here - start);
      const phrase = happeningPhrase(before.slice(Math.max(...[',', ';', ':', '(', '"', '“'].map((c) => before.lastIndexOf(c))) + 1));
      if (!phrase) continue;
      const told = new RegExp(`\\b${phrase.replace(' ', '\\s')}\\b`, 'i');
      sentences ??= paragraphs.slice(0, 200).flatMap((p) => sentenceTexts(p.slice(0, 20_000)));
      for (const other of sentences) {
        const again = told.exec(other);
        if (!again || AGO.test(other)) continue;
        // The year its clause gives just after it ("declared closed in 2009", with other years earlier in the
        // sentence), else the sentence's one year.
        const after = YEAR_CLOSE_AFTER.exec(other.slice(again.index + again[0].length, again.index + again[0].length + 60));
        const years = new Set(other.match(ANY_YEAR) ?? []);
        if (after) return +after[1] + n;
        if (years.size === 1) return +[...years][0] + n;
      }
    }
  }
  return null;
}

// A later happening counted from a written year and told as past ("first chaired the board in 2003 and took the
// chair again six years later") had happened by the writing: their sum is a year the story was written no earlier
// than. Not when the sentence looks ahead or supposes ("would", "will", "is due"). The count is found first and its
// year looked for in the 80 characters before it: a pattern running from every year to a count after it tried the
// count's words at each of those characters, too slow on a line of years.
const YEARS_LATER = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_RE})\\s(years|decades)\\s(?:later|after\\sthat)\\b`, 'gi');
const SUPPOSED = /\b(?:will|would|could|might|should|shall|due|expected|expects|plans?|hopes?)\b/i;

/** The latest year a past happening counted "N years later" from a written year reaches; null when none is told. */
export function laterHappeningYear(paragraphs: readonly string[]): number | null {
  let latest: number | null = null;
  let tries = 0;
  // Read as the other clues are, the first 20,000 characters of a paragraph: a run-on line of a megabyte would cost
  // the splitter and this scan its whole length.
  for (const sentence of paragraphs.flatMap((text) => sentenceTexts(text.slice(0, 20_000)))) {
    if (SUPPOSED.test(sentence)) continue;
    for (const m of sentence.matchAll(YEARS_LATER)) {
      if (++tries > CLUE_TRIES) return latest;
      const n = parseCount(m[1]);
      if (!n) continue;
      // The earliest year in the stretch before the count that no sentence or clause stop cuts off.
      const before = sentence.slice(Math.max(0, m.index - 84), m.index);
      const open = before.slice(Math.max(...['.', ';', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1);
      const year = YEAR.exec(open);
      if (!year || open.length - (year.index + year[0].length) > 80) continue;
      const y = +year[1] + n * (/^decades$/i.test(m[2]) ? 10 : 1);
      latest = Math.max(latest ?? 0, y);
    }
  }
  return latest;
}
