import { COMMA_RELATIVE, countWords, GRANT_VERB, holdsPastForm, IRREGULAR_PAST, listedOrRegularParticiple, MONTH_RE, NOT_PAST_ED, PART_OF_DAY_ALTS, PAST_PARTICIPLES, PERFECT_GRANT_UNTIL, PERFECT_HAVE, REPORTING_VERBS, SAME_FORM_PAST, SET_OFF_OPENING, SUBJECT_DETERMINER, SUPERLATIVE_RE, TELLING_VERB_RE, VERB_IN_SUBJECT, WEEKDAY_RE } from './lexicon';
import { occasionOfTelling } from './telling-occasion';
import { lastMatchOf } from './matches';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

interface Cue {
  pos: number;
  tense: Tense;
}

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', 'tomorrow']);
const PRESENT_MODALS = new Set(['can', 'may', 'must']);
// A passive after such a modal, an adverb or "not" between ("can be booked", "may not be parked"): what is allowed or
// owed to be done. An active verb after it more often tells of an ability ("a crane that can lift the beams",
// "as far as anyone can tell"), with no time of its own; "may have left" is a past guess.
const BARE_VERB_AHEAD = /^\s+(?:(?:not|also|still|now|only|then|again)\s+)?be\s+[a-z]{3,}(?:ed|en|wn|ld|ht|nt|id|ne|ung|ut)\b/;
const NEGATED_AUXILIARY = /^(did|was|were|had|is|are|has|have|does|do)n(?:'t)?$/i;
const PRESENT_WORDS = new Set(['is', 'are', 'am', "'s", "'re"]);
const GOING_TO = /^\s+(?:not\s+|also\s+|just\s+)?going\s+to\b/i;
// "He is to be buried on Thursday", "The houses are to be sold in May": "to be" and a participle after the present of
// "be" is an arrangement still ahead; the infinitive cue leaves "to be" out ("seemed to be"), so the auxiliary says so.
// So is one "due to be" done ("The depot is due to be demolished in the autumn"; not "due to the rain").
const IS_TO_BE = /^\s+(?:(?:not|also|now|then|still|first)\s+)?(?:due\s+)?to\s+be\s+[a-z]/i;
/** A word's characters, as /[A-Za-z']/ has them. */
const isWordChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
// A past verb as the cues read one. Not isPastForm: a word in -ed counts from five letters ("aged 45", "tied" stay
// out), and a word here may keep a quote before it ('ended), which still reads as past.
const pastWord = (w: string): boolean => IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
const WINDOW = 400;
// "will be announced Friday", "is to be reported on Monday": an auxiliary just before a telling says it is still to come.
const TELLING_TO_COME = /\b(?:will|would|shall|to|'ll)\s+(?:(?:be|not|also|then|now|only)\s+){0,2}$/i;
const tellingToCome = (sentence: string, pos: number): boolean => TELLING_TO_COME.test(sentence.slice(Math.max(0, pos - 24), pos));
// Not a possessive: "receipts from Saturday's gate" name no stretch.
const WEEKDAY_START = new RegExp(`^${WEEKDAY_RE}(?![\\w'’])`);

// Phrases that put a following verb in the future even though they are written in the present.
const FUTURE_PHRASES =
  /\b(?:going to|(?:is|are|was|were) (?:due|scheduled|set|expected|slated|planned|poised|about) to|(?<=\b(?:is|are) )planned for|(?:is|are) to\b|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|scheduled|slated|postponed|deadline|will|won't|would|might|as soon as|(?:should|must)\s+(?!have\b)(?=[a-z]))\b/gi;

// The present of a scheduled happening points forward: "The summit opens on Friday", "Voters go to the polls
// on Sunday", "The ban takes effect on July 1", "The gala takes place on 2 May", "Tickets go on sale on Monday", "She takes up the role on 1 May" (an office taken up on its day). News tells of a past happening in the
// past tense.
const SCHEDULED_PRESENT =
  /\b(?:opens|reopens|begins|starts|kicks\s+off|resumes|returns\s+(?:from|to|home)\b|reconvenes|closes|ends|expires|(?:goes|go|heads?)\s+to\s+the\s+polls|(?:goes|go)\s+on\s+sale(?=\s+on\s)|(?:takes|take)\s+(?:effect|office|place|over|charge|up\s+(?:the|her|his|their|its|a|an)\s+(?:new\s+)?(?:post|role|job|position|appointment|reins))|(?:comes|come)\s+into\s+(?:force|effect)|arrives|departs)\b/gi;

// An arrangement names a day still ahead of it: "has set up a match for me on Saturday", "called a strike for
// Thursday", "set a hearing for Feb. 15", "listed the appeal for 3 June" (the day the thing is set for, whatever the
// tense of the setting; not "set a record for January", a month the record is of), "is holding a dinner on Friday" (the
// present progressive with a day is a plan: what is under way now has no other day). The cue sits where the day follows.
const ARRANGED_FOR = new RegExp(`\\b(?:set(?:\\s+up)?(?!\\s+(?:an?|the|his|her|their|its|our|my)\\s+(?:[\\w-]+\\s+)?records?\\b)|arranged|scheduled|called|booked|planned|organi[sz]ed|fixed|listed)\\s+(?:an?|the|his|her|their|its|our|my)\\s+(?:[\\w-]+\\s+){0,3}?for\\s+(?:(?:me|us|him|her|them|you)\\s+on\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?=${MONTH_RE})|(?=${WEEKDAY_RE}|${MONTH_RE}))`, 'g');
// The passive of an arrangement: "The retrial was set for July 7", "the inquest was adjourned until 14 April", "its
// launch has been pushed back to 2 June", a fixture's draw ("The tie has been drawn for 9 May"). The day the thing is
// set for lies ahead of the setting, whatever its tense, as with "set a hearing for Feb. 15". The day must follow at
// once ("was moved to March Hall" is no arrangement).
const ARRANGED_PASSIVE = new RegExp(`\\b(?:is|are|was|were|been)\\s+(?:(?:now|provisionally|tentatively|also)\\s+)?(?:set|fixed|listed|booked|called|arranged|organi[sz]ed|drawn|timetabled|pencil(?:l)?ed\\s+in|adjourned|put\\s+back|pushed\\s+back|brought\\s+forward|rescheduled|postponed|deferred)\\s+(?:for|until|till|to)\\s+(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?=${MONTH_RE})|(?=${WEEKDAY_RE}|${MONTH_RE}))`, 'g');
// The same arrangement after its noun, the participle with no verb of its own: "anxious about a hearing set for March",
// "the vote scheduled for 4 May", "a dinner booked for Friday". What is set for a day lies ahead of the setting.
const ARRANGED_AFTER_NOUN = new RegExp(`\\b(?:an?|the|its|his|her|their|our|my)\\s(?:[\\w-]+\\s){1,4}(?:set|scheduled|slated|planned|fixed|booked|timetabled|pencil(?:l)?ed\\sin)\\sfor\\s(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?=${MONTH_RE})|(?=${WEEKDAY_RE}|${MONTH_RE}))`, 'g');
// "planned a march on Saturday", "organised a vigil on Friday": a thing planned, with an article of its own, is held
// on the day after it, ahead of the planning; "planned the attack on Saturday" may date the planning, and is left.
// Where it is held may come between ("planned a rally in Union Square on Sunday"): a place with a name of its own.
const ARRANGED_ON = new RegExp(`\\b(?:planned|scheduled|organi[sz]ed|arranged)\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?(?:(?:in|at|outside|near)\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){1,3})?on\\s+(?=${WEEKDAY_RE})`, 'g');
const PLANNED_PROGRESSIVE = new RegExp(`\\b(?:is|are|am)\\s+(?:having|holding|hosting|throwing|meeting|playing|visiting|flying|leaving|travelling|traveling|staging|voting|debating|speaking|addressing|testifying|announcing|releasing|unveiling|launching|opening|hearing|marrying|performing|competing|signing|publishing|celebrating)\\s+(?:(?:an?|the|his|her|their|its|our|my)\\s+)?(?:[\\w-]+\\s+){0,2}?on\\s+(?=${WEEKDAY_RE})`, 'g');
// "The play is being restaged on Friday", "Pupils are returning to the school on Monday", "The strike is going ahead on
// Thursday": a present progressive told of its day, with at most a particle and a place between, is a plan, as the
// listed verbs above are. Not the progressives of what goes on now about a past day ("are appealing for witnesses to
// the crash on Saturday", "is recovering after a fall on Monday"): their verbs are left out, and an object or a clause
// between verb and day does not match. A month-day serves as a weekday does ("is being revived on 2 May").
const ONGOING_ING = ['appealing', 'investigating', 'recovering', 'searching', 'treating', 'questioning', 'holding', 'looking', 'seeking', 'trying', 'hoping', 'waiting', 'working', 'facing', 'mourning', 'reeling', 'counting', 'celebrating', 'being', 'still', 'saying', 'telling', 'thinking', 'feeling', 'living', 'staying', 'remaining'];
// "are getting married on Saturday": "getting" with the participle of a rite is a progressive of its own.
const PLAN_ING = String.raw`(?:getting\s+(?:married|engaged|wed)|(?!(?:${ONGOING_ING.join('|')}|(?:some|no|any|every)thing)\b)[a-z]{2,}ing)`;
// The day a plan is told of: a weekday (not "Mondays", a habit) or a month-day.
const PLAN_DAY = String.raw`on\s+(?=${WEEKDAY_RE}(?!s\b)|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}|${MONTH_RE}\s+\d)`;
// A passive's participle by its spelling: regular "-ed", "-en" or "-wn" ("taken", "overthrown"), or a listed irregular
// one, with a "re-" or "un-" of repetition or undoing before it ("is being resold", "are being unwound").
const BEING_PARTICIPLE = String.raw`being\s+(?:re-?|un)?(?:[a-z]{2,}(?:ed|en|wn)|sung|hung|wound|${[...PAST_PARTICIPLES].join('|')})\b`;
const PROGRESSIVE_PLAN = new RegExp(String.raw`\b(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:${BEING_PARTICIPLE}|${PLAN_ING})\s+(?:(?:ahead|back|again|out|off|up|down)\s+)?(?:(?:to|at|in|into|through|from|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?)?${PLAN_DAY}`, 'g');
// "The wildlife park is reopening its gates on Monday", "The firm is adding a second boat on Friday": the same plan with
// a short object after a determiner. Not where the object holds a past form or opens a clause or a phrase of its own
// ("are hunting a driver seen on Monday", "are clearing the damage of the storm on Saturday"): there the day may be the
// past one the object tells of (the past form is checked where the match is used).
// A bare noun serves as the object too ("are moving house on Tuesday", "is changing hands on Friday"): one or two
// lower-case words, none a determiner (the branch before reads those) nor a word opening a phrase of its own.
const OBJECT_PHRASE_OPENING = String.raw`(?:of|that|which|who|whose|after|since|following|from|over|about|before)\b`;
// Where the plan is held may follow the object, in up to two short place phrases ("is selling raffle tickets at
// the harvest fair on the quay on Sunday"), as it may follow the verb in the plan above.
const PLAN_PLACE = String.raw`(?:(?:at|in|outside|near|on)\s+(?:the\s+)?(?:(?!on\b)[\w'’-]+\s+){1,3}?)`;
const PROGRESSIVE_OBJECT_PLAN = new RegExp(String.raw`\b(?:is|are)\s+(?:(?:now|also|still)\s+)?${PLAN_ING}\s+(?:(?:an?|the|its|his|her|their|our|my)\s+(?:(?!${OBJECT_PHRASE_OPENING})[\w'’-]+\s+){1,2}?|(?:(?!${OBJECT_PHRASE_OPENING}|(?:an?|the|its|his|her|their|our|my|on)\b)[a-z'’-]+\s+){1,2}?)${PLAN_PLACE}{0,2}${PLAN_DAY}`, 'g');

// The simple present of a happening with its day points forward as the scheduled-present verbs above do: "She
// retires on Friday", "It sails on Monday, and docks at Bergen on Thursday"; "The final is at Vang on Sunday", "The
// funeral is on Tuesday". After "he", "she" or "it" the -s word is a verb (a noun would need a determiner); a
// conjunct after one shares its subject. Not "does", a helping verb; nor a verb of saying ("she says on Monday"),
// whose date is the telling's, with a cue of its own; nor a verb of a state or a standing habit ("he knows on Monday",
// "it costs less on Sundays", "she runs the stall on Saturdays"), which names no happening on the day.
const SAYING_PRESENT = ['says', 'tells', 'adds', 'notes', 'writes', 'asks', 'claims', 'argues', 'insists', 'states', 'reports'];
const STATE_PRESENT = ['thinks', 'believes', 'knows', 'seems', 'looks', 'means', 'needs', 'wants', 'hopes', 'remains', 'lives', 'owns', 'belongs', 'dates', 'stands', 'lies', 'sits', 'runs', 'keeps', 'includes', 'contains', 'costs',
  // "It takes two hours", "she holds the record" are states; "takes place / over / up the post", "holds a vigil" name
  // a happening on the day, as any other present verb of an arrangement does.
  String.raw`takes(?!\s+(?:place|part|charge|office|effect|over|up|the\s+helm)\b)`, String.raw`holds(?!\s+(?:an?|its|their|his|her)\s)`];
const PRESENT_VERB = String.raw`(?!(?:${['does', ...SAYING_PRESENT, ...STATE_PRESENT].join('|')})\b)[a-z]{2,}[^\Ws]s`;
const ON_DAY_AHEAD = String.raw`\s+(?:[\w'’-]+,?\s+){0,6}?on\s+(?=${WEEKDAY_RE})`;
const SCHEDULED_SIMPLE = new RegExp(`\\b(?:[Hh]e|[Ss]he|[Ii]t)\\s+${PRESENT_VERB}${ON_DAY_AHEAD}`, 'g');
const SCHEDULED_CONJUNCT = new RegExp(`\\band\\s+${PRESENT_VERB}${ON_DAY_AHEAD}`, 'g');
// "the foreman, who retires on Friday, …": after "who" or "which" the -s word is a verb, as after "he". So is one after
// "and" in a who-clause whose first verb closed on its own year ("who joined the firm in 1971 and leaves on Friday"): a
// noun joined to the object ("who sold bread and cakes on Saturday") has no date between.
const SCHEDULED_RELATIVE = new RegExp(`\\b(?:who|which)\\s+${PRESENT_VERB}${ON_DAY_AHEAD}`, 'g');
const SCHEDULED_AFTER_DATED = new RegExp(`\\bwho\\s[^,;:.!?"“”]{0,80}?\\b\\d{4}\\s+and\\s+${PRESENT_VERB}${ON_DAY_AHEAD}`, 'g');
// "The parish council meets on Thursday", "Her brother flies home on Sunday": a subject with a determiner and a
// singular head noun (no -s, so the -s word after it is the verb) does the same. Only at the head of a clause: after a
// verb the phrase is its object ("completed their final checks on Monday"), and after a bare "and" one of two objects
// ("cleared the roads and the car parks on Saturday"). The head noun may take a place by its name ("The flower show
// at Tuxley moves to the green on Friday").
const SCHEDULED_NOUN_SUBJECT = new RegExp(`(?:^|[,;:]\\s+(?:and\\s+|but\\s+)?|\\b(?:but|while)\\s+)["“]?(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\\s+(?:[A-Za-z][\\w'’-]*\\s+){0,2}?[A-Za-z][\\w-]*[^\\Ws]\\s+(?:(?:in|at|of)\\s+[A-Z][a-z'’-]+\\s+)?${PRESENT_VERB}${ON_DAY_AHEAD}`, 'g');
// "They play the leaders at home on Saturday", "The Rovers travel to Ebbfield on Sunday and host the champions on
// Wednesday": a plural subject (a pronoun, or "the" and a capitalised plural, a team or a band) with a fixture's or a
// journey's verb in the present does the same. The base form has no -s to tell it is a verb, so only these verbs,
// whose past differs ("played", "travelled"), and a conjunct only after such a clause.
const FIXTURE_VERB = String.raw`(?:play|travel|host|face|meet|visit|fly|sail|race|resume)`;
// A plural subject opening a clause: "They", "We", "The <capitalised plural>".
const PLURAL_OPENING = String.raw`(?:^|[,;:]\s+|\b(?:but|while)\s+)["“]?(?:[Tt]hey|[Ww]e|[Tt]he\s+[A-Z][\w'’-]*[a-z]s)\s+`;
// An adverb a fixture verb may follow: "they also play", "we then travel".
const FIXTURE_ADVERB = String.raw`(?:(?:also|then|next|now)\s+)?`;
const SCHEDULED_PLURAL = new RegExp(`${PLURAL_OPENING}${FIXTURE_ADVERB}${FIXTURE_VERB}${ON_DAY_AHEAD}`, 'g');
// "The two crews, who meet again on Saturday, …": after "who" or "which" the fixture's bare verb is a plural present.
const SCHEDULED_PLURAL_RELATIVE = new RegExp(`\\b(?:who|which)\\s+${FIXTURE_ADVERB}${FIXTURE_VERB}${ON_DAY_AHEAD}`, 'g');
const SCHEDULED_PLURAL_CONJUNCT = new RegExp(`\\band\\s+${FIXTURE_VERB}${ON_DAY_AHEAD}`, 'g');
// "They are top of the league and play the champions on Saturday": the same verbs joined to a plural subject's present
// "are" or "have" are present too (a past would be "were ... and played"), so the day is still to come.
const SCHEDULED_PLURAL_AFTER_PRESENT = new RegExp(`${PLURAL_OPENING}(?:are|have)\\s[^,;.!?]{0,60}?\\band\\s+${FIXTURE_ADVERB}${FIXTURE_VERB}${ON_DAY_AHEAD}`, 'g');
// "Anna Berg hands over the keys on Sunday", "Tessly Council meets on Monday": a name of two or three capitalised
// words heading the sentence does the same. One capitalised word is too often a noun's modifier, whose -s word is
// then the plural head ("Rescue crews pulled …"); a past word before the day ("Air Force jets bombed …") is checked
// where the match is used. Not "on Sundays", a habit.
const ON_ONE_DAY_AHEAD = String.raw`\s+(?:[\w'’-]+\s+){0,8}?on\s+(?=${WEEKDAY_RE}(?!s\b))`;
const SCHEDULED_NAME_SUBJECT = new RegExp(`^["“]?(?!(?:The|Its|His|Her|Their|Our|My|This|That|These|Those|Some|All|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\\s)(?:[A-Z][a-z'’-]+\\s+){2,3}${PRESENT_VERB}${ON_ONE_DAY_AHEAD}`, 'g');
// "Residents are invited to a meeting on Monday", "Drivers are asked to keep clear on Sunday": a request in the
// present is for a day to come. So is one in the present perfect ("Former pupils have been invited to a reunion on
// Friday"): the asking is done, what was asked for still ahead.
const REQUESTED_FOR = new RegExp(`\\b(?:is|are|(?:has|have)\\s+(?:now\\s+|also\\s+)?been)\\s+(?:invited|asked|urged|encouraged)\\s+to\\s+(?:[\\w'’-]+,?\\s+){0,8}?on\\s+(?=${WEEKDAY_RE}(?!s\\b))`, 'g');
// "The funeral is at Osselby parish church on Friday": the place may run on in lower case after its name.
// "The funeral is at St Anne's church, Hollin, at two o'clock on Friday": a place set off by commas and a time of day.
// "The revue is back at the Tuxley Empire on Friday": a thing that comes round again is back on its day, still ahead.
const SCHEDULED_BE = new RegExp(`\\b(?:is|are)\\s+(?:back\\s+)?(?:(?:at|in)\\s+(?:the\\s+)?[A-Z][^\\s,.;:]*(?:\\s+[A-Z][^\\s,.;:]*){0,2}(?:\\s+[a-z]+){0,2}(?:,\\s+[A-Z][a-z]+,)?\\s+(?:at\\s+(?:\\d{1,2}(?:[.:]\\d{2})?|[a-z]+)\\s*(?:o['’]clock|[ap]\\.m\\.|noon)?\\s+)?)?on\\s+(?=${WEEKDAY_RE})`, 'g');
// "The new ferries are due in April", "The ruling is expected on Friday", "More snow is forecast for Sunday": what is
// due, expected or forecast now is still ahead. Not "was due in April", which may have passed.
// "Dr Lind is available for interview on Thursday", "The guide is available from the library on Friday", "Tickets go on
// sale at the box office on Monday": what is to be had from a weekday named in the present is still to come (what
// was had is told in the past).
const AVAILABLE_ON = new RegExp(`\\b(?:(?:is|are)\\s+(?:now\\s+|also\\s+)?available|(?:goes|go)\\s+on\\s+sale)\\s+(?:[\\w'’-]+,?\\s+){0,5}?on\\s+(?=${WEEKDAY_RE}(?!s\\b))`, 'g');
// "ordered a confiscation hearing, to be held on May 12", "its new depot, to be opened in June": an infinitive set off
// after a noun says what is arranged for the thing, still ahead of the arranging, whatever that verb's tense.
const SET_OFF_TO_BE = /,\s+to\s+be\s+(?:[a-z]{2,}ed|held|built|made|run|sung|shown|given|sold|paid|laid|set|spent|begun|won|heard|seen)\s/g;
// "a national register, due to open in March, would …": a schedule set off after a noun is still ahead of the telling,
// as an infinitive set off so is.
const SET_OFF_DUE = /,\s+(?:due|scheduled)\s+to\s+[a-z]{2,}\s/g;
const DUE_PRESENT = /\b(?:is|are)\s+(?:now\s+|also\s+|still\s+)?(?:(?:due|expected)(?:\s+(?:back|home|out|here|there))?|forecast)(?=\s+(?:in|on|by|at|from|early|late|next)\b|\s+for\s+(?:next\s+|this\s+)?(?:[A-Z]|tomorrow|tonight))/g;
// The arrangements above, and those of them that need no weekday after them (the rest end before one: "on\s+(?=Monday").
const ARRANGEMENTS = [ARRANGED_FOR, ARRANGED_PASSIVE, ARRANGED_AFTER_NOUN, ARRANGED_ON, PLANNED_PROGRESSIVE, PROGRESSIVE_PLAN, SCHEDULED_BE, DUE_PRESENT, SET_OFF_TO_BE, SET_OFF_DUE, REQUESTED_FOR, AVAILABLE_ON];
const UNDAYED_ARRANGEMENTS = [ARRANGED_FOR, ARRANGED_PASSIVE, ARRANGED_AFTER_NOUN, PROGRESSIVE_PLAN, DUE_PRESENT, SET_OFF_TO_BE, SET_OFF_DUE];
// Any weekday, where WEEKDAY_RE's patterns read one (case and all).
const WEEKDAY_ANY = new RegExp(WEEKDAY_RE);

// A passive ("be launched", "been shelved") and a few words without a comma, then "and" or "or" before a participle.
const PASSIVE_CONJUNCT = /\b(?:be|been|being)\s+[a-z]+\s[^,;.:"“”]{0,60}\b(?:and|or)\s+$/;

// "at both ends of the bridge", "after two false starts": after a determiner or a number the word is a plural noun.
const NOUN_LEAD = new RegExp(String.raw`\b(?:the|both|either|all|its|their|his|her|our|these|those|${countWords(2, 4)}|false|loose)\s+$`, 'i');

// "said on a windy afternoon this week": an occasion of the day between a telling and its date.
const TIME_OF_DAY_GAP = new RegExp(String.raw`^\s+on\s+an?\s+(?:[a-z]+\s+)?(?:${PART_OF_DAY_ALTS}|day)\s+$`, 'i');

const TELLING_WORD = new RegExp(String.raw`\b${TELLING_VERB_RE}`, 'gi');
// Only so many characters before a date are read for a telling and its occasion.
const OCCASION_REACH = 120;

/**
 * "the prosecutor told jurors in her closing argument on Monday", "told the special council session on Monday": where
 * the telling whose occasion stands between it and the date at `at` ends (after "told" and who was told, as
 * TELLING_VERB_RE reads it), or -1.
 */
export function tellingOccasionBefore(text: string, at: number): number {
  const from = Math.max(0, at - OCCASION_REACH);
  const window = text.slice(from, at);
  let found = -1;
  for (const m of window.matchAll(TELLING_WORD)) {
    // The gap is read from the verb itself: who was told is part of it.
    const verb = /^[A-Za-z]+/.exec(m[0])![0];
    if (occasionOfTelling(window.slice(m.index! + verb.length), verb.toLowerCase())) found = from + m.index! + m[0].length;
  }
  return found;
}

// A delay or a grace period runs until a day still to come: "postponed until Tuesday", "has until Monday".
const DEADLINE_UNTIL = new RegExp(String.raw`\b(?:(?:postpon|adjourn|defer|delay|extend|recess)[a-z]*|put\s+off|has|have|${GRANT_VERB}(?:\s+[a-z]+){0,3}?)\s+until\b`, 'gi');

// An infinitive ("planned to leave on Thursday", "subpoenaed him to testify on Feb. 10") points forward
// from its main verb; a capitalised or function word after "to" is a destination instead.
// A measure after "to" ("down to minus 38", "rose to about 300") is no verb either, nor a quantifier ("letters had gone
// to every tenant in May", "wrote to each member"), which heads a noun phrase; nor an object pronoun ("what was sent
// to them in June", "the land passed to him in 1950"), which no verb can be; nor a place named by a bare noun ("the
// boats have not put to sea since Friday", "was taken to hospital on Monday", "went to bed"), which no verb is either;
// nor a noun of action or state ("the plan went out to consultation in January", "was restored to profitability in
// May"), which no verb's ending is, with an adjective of scope before it or not ("went out to public consultation").
// Nor a count written as a word ("at ten to five on Saturday", "fell to nine"): a clock time or a measure.
const INFINITIVE = new RegExp(String.raw`\bto\s+(?!(?:(?:public|full|formal|further|wider|open|local|national)\s+[a-z]{4,}ation|[a-z]{4,}ation|[a-z]{2,}ity|the|a|an|his|her|their|its|our|my|your|this|that|these|those|be|have|date|minus|plus|about|around|nearly|almost|roughly|some|zero|every|each|all|both|several|many|more|most|him|them|us|me|you|it|whom|sea|bed|church|hospital|prison|town|college|university|${countWords(1, 19)}|\d)\b)([a-z]+)\b`, 'g');

// What may come before a date that opens its sentence: "On", or a clock time ("At 4 p.m. on Tuesday, …").
// "In an email to customers on Friday, it said …", "At a briefing on Thursday, the minister told …": the date may close
// a fronted phrase naming the occasion of the telling.
// "Speaking to reporters on Monday, the minister said …": so may a telling's participle.
const DATE_OPENING = /^\W*(?:at\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?,?\s+|(?:in|at|during)\s+(?:a|an|the|his|her|its|their|our|my|this|that)\s+(?:[\w'’-]+\s+){1,6}(?=on\s+$)|(?:speaking|talking|writing)\s+(?:[\w'’-]+\s+){0,6}(?=on\s+$))?(?:(?:on|late|early|by)\s+)?$/i;

// "… when the first shoots appear in", "… once the ice melts on": a time clause opened by "when" or "once", its date
// at its end; its words are read for a past or a helping verb.
const WHEN_CLAUSE_DATE = /\b(?:when|once)\s+((?:[\w'’-]+\s+){2,8}?)(?:in|on)\s+$/i;
const NOT_PRESENT_IN_WHEN = /^(?:was|were|had|did|would|could|should|might|will|shall|been|being)$/i;
// "will", "shall" or "'ll", an adverb or "not" between, right before the word.
const AFTER_FUTURE_WORD = /(?:\b(?:will|shall)|['’]ll)\s+(?:(?:not|also|then|still|now|probably|already)\s+)?['’]?$/i;
const WILL_OR_SHALL = /\b(?:will|shall)\s|['’]ll\s/gi;

/**
 * "Growers will learn which bulbs lived when the first shoots appear in March": a "when" clause told in the present under
 * a "will" is what the future waits on, so its date is still to come, whatever past the main clause holds ("lived").
 */
function whenAheadOfWill(sentence: string, offset: number): boolean {
  const from = Math.max(0, offset - 60);
  const m = WHEN_CLAUSE_DATE.exec(sentence.slice(from, offset));
  if (!m) return false;
  // "once the roof has been fitted in": a present perfect there is the future perfect's, its participle no past.
  const words = m[1].trim().split(/\s+/);
  const perfect = words.findIndex((w) => /^(?:has|have)$/i.test(w));
  if ((perfect < 0 ? words : words.slice(0, perfect)).some((w) => pastWord(w.toLowerCase()) || NOT_PRESENT_IN_WHEN.test(w))) return false;
  const when = from + m.index;
  const before = sentence.slice(Math.max(0, when - 120), when);
  const will = lastMatchOf(WILL_OR_SHALL, before);
  return !!will && !/[;:"“”.!?]/.test(before.slice(will.index));
}

/**
 * The tense of the verb that governs a position in a sentence: the nearest verb cue within the clause,
 * skipping reporting verbs, because "said" dates the telling and not the event told.
 */
export function tenseAt(text: string, at: number): Tense {
  // The governing verb is near: a long text is read in a window around the position, so that a run-on
  // "sentence" of a megabyte costs no more per expression than an ordinary one.
  const from = text.length <= 2 * WINDOW ? 0 : Math.max(0, at - WINDOW);
  const sentence = from === 0 && text.length <= 2 * WINDOW ? text : text.slice(from, at + WINDOW);
  const offset = at - from;
  // "The regatta, which was rained off in May, goes ahead on Sunday": a clause set off inside another has verbs of its
  // own, which govern its own dates and none outside it. A date outside such asides is read with them blanked out (the
  // main clause's subject then meets its verb, as the scheduled present wants); one inside an aside with a verb of its
  // own is read by the aside's words alone ("The kiosk, which will reopen in April, shut on Sunday"). With no verb left
  // to read, the whole sentence is read as before.
  const asides = closedAsides(sentence);
  if (asides.length) {
    // Only asides closed before the date: one after it may tell of the thing the date names ("Monday's takings, which
    // came to £900, will go to the hospice").
    const holding = asides.find(([lo, hi]) => lo < offset && offset < hi);
    // "The minister, speaking on Monday, said …": the date of a telling set off before its verb is that verb's.
    const teller = holding && TELLING_ASIDE_OPEN.test(sentence.slice(holding[0], holding[0] + 16)) ? /^\s+([a-z]+)/.exec(sentence.slice(holding[1], holding[1] + 16))?.[1] : undefined;
    if (teller && PAST_REPORTING.test(teller)) return 'past';
    if (teller && PRESENT_REPORTING.test(teller)) return 'present';
    const before = asides.filter(([, hi]) => hi <= offset);
    const read = holding ? keepOnly(sentence, holding) : before.length ? blankOut(sentence, before) : sentence;
    const told = read === sentence ? 'unknown' : tenseIn(read, offset);
    if (told !== 'unknown') return told;
  }
  return tenseIn(sentence, offset);
}

// A relative clause set off by two commas (lexicon's COMMA_RELATIVE), unless the closing comma goes on a list of
// weekdays or months ("opens on Monday, Tuesday and Thursday"). The clause barriers of cuesOf read the same asides.
const CLOSED_COMMA_RELATIVE = String.raw`${COMMA_RELATIVE}(?=\s)(?!\s*(?:${WEEKDAY_RE}|${MONTH_RE}))`;
// "(which shut in 2019)": a bracket. " - which shut in 2019 - ": a pair of dashes around a relative clause.
const SET_OFF_RELATIVE = new RegExp(String.raw`${CLOSED_COMMA_RELATIVE}|\([^().!?]{1,150}\)|\s[-–—]\s+(?:who|which|whose)\s[^–—;:.!?"“”]{1,150}?\s[-–—]\s`, 'g');
// ", speaking at the harbour on Monday,": the occasion of a telling whose verb follows the aside.
const SET_OFF_TELLING = /,\s+(?:speaking|talking|writing)\s[^,;:.!?"“”()]{1,80},(?=\s)/g;
const TELLING_ASIDE_OPEN = /^,\s+(?:speaking|talking|writing)\s/;
// "The regatta, rained off in May, goes ahead": a participle phrase set off after the sentence's subject.
const SET_OFF_PARTICIPLE_ASIDE = new RegExp(String.raw`^([^,;:.!?()"“”]{1,60})(${SET_OFF_OPENING}([a-z]{3,})\s[^,;:.!?()"“”]{0,80},)`);

/** The spans [start, end) of the asides set off inside a sentence, each closed before the sentence goes on. */
function closedAsides(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  eachMatch(SET_OFF_TELLING, sentence, (at, length) => spans.push([at, at + length]));
  eachMatch(SET_OFF_RELATIVE, sentence, (at, length) => {
    if (/[a-z]/i.test(sentence.slice(at + length))) spans.push([at, at + length]);
  });
  const m = SET_OFF_PARTICIPLE_ASIDE.exec(sentence);
  // The words before it are a subject with no verb of its own ("He sold the farm, moved …" is no aside).
  if (m && !VERB_IN_SUBJECT.test(m[1]) && !holdsPastForm(m[1]) && listedOrRegularParticiple(m[3]) && !/^(?:been|seen)$/.test(m[3])) {
    spans.push([m[1].length, m[0].length]);
  }
  return spans;
}

/** The sentence with the spans replaced by spaces: every position kept, their words gone. */
function blankOut(sentence: string, spans: [number, number][]): string {
  let out = sentence;
  for (const [lo, hi] of spans) out = out.slice(0, lo) + ' '.repeat(hi - lo) + out.slice(hi);
  return out;
}

/** The sentence with all but the span replaced by spaces. */
function keepOnly(sentence: string, [lo, hi]: [number, number]): string {
  return ' '.repeat(lo) + sentence.slice(lo, hi) + ' '.repeat(sentence.length - hi);
}

/** tenseAt's reading of the expression at `offset` of a sentence (or the window read for one). */
function tenseIn(sentence: string, offset: number): Tense {
  const c = cuesOf(sentence);
  const subject = toldSubjectVerb(sentence, c, offset);
  if (subject) return subject;
  const cues: Cue[] = [...c.fixed];
  for (const r of c.reporting) {
    if (tellingToCome(sentence, r.pos)) continue;
    // "On Tuesday, the president told parliament …": a date opening the sentence, with only the subject between it
    // and a telling, dates the telling.
    if (r.pos > offset && DATE_OPENING.test(sentence.slice(0, offset)) && r.pos - offset < 90) {
      const between = sentence.slice(offset, r.pos);
      if (!/[;:"“”]/.test(between) && !c.fixed.some((x) => x.pos > offset && x.pos < r.pos) && (between.match(/,/g) ?? []).length <= 1) {
        cues.push({ pos: offset + 1, tense: PRESENT_REPORTING.test(r.word) ? 'present' : 'past' });
      }
      continue;
    }
    // "said Friday", "told reporters on Tuesday", "said on a wet afternoon this week": the expression dates the telling.
    const gap = sentence.slice(r.pos + r.word.length, offset);
    // "told reporters at a briefing in Carrow on Wednesday", "told the special council session on Monday": an occasion
    // of the telling between it and its date.
    const occasionGap = r.pos < offset && gap.length < OCCASION_REACH && occasionOfTelling(gap, r.word);
    if (r.pos < offset && (occasionGap || (gap.length < 25 && !PERIOD_ADJECTIVE.test(sentence.slice(offset, offset + 24)) && (/^\s+(?:(?:on|late|early|last|this)\s+|(?:\w+\s+){0,2}?(?:on\s+)?)$/.test(gap) || TIME_OF_DAY_GAP.test(gap))))) {
      cues.push({ pos: offset - 1, tense: PRESENT_REPORTING.test(r.word) ? 'present' : 'past' });
    }
  }
  for (const at of c.deadlines) if (at < offset) cues.push({ pos: at, tense: 'future' });
  if (whenAheadOfWill(sentence, offset)) cues.push({ pos: offset - 1, tense: 'future' });
  // "Tickets sold since Easter will be refunded": what "since" counts from has come, whatever the main verb's tense.
  if (/\bsince\s+$/i.test(sentence.slice(Math.max(0, offset - 7), offset))) cues.push({ pos: offset - 1, tense: 'past' });
  // "Passes bought since sales opened on March 8 will be refunded": a clause "since" opens, told in the past up
  // to the date, has come too; the main verb after it does not govern the date.
  else if (sinceClauseInPast(sentence, c, offset)) cues.push({ pos: offset - 1, tense: 'past' });
  // "has been put back to the spring", "is postponed until May", "will be put back to June": a new time given in the present
  // perfect, present or future is still ahead, whatever past the perfect's participle reads as ("the match, moved to
  // Sunday, ended 2-1" is left to the tense).
  if (RESCHEDULED_AHEAD.test(sentence.slice(Math.max(0, offset - 90), offset))) cues.push({ pos: offset - 1, tense: 'future' });
  // "The school has lent us its hall until the end of March": what a present perfect has granted runs on from now to the
  // time "until" names, which is still ahead.
  if (UNTIL_LEAD.test(sentence.slice(Math.max(0, offset - 24), offset)) && perfectGrantBefore(sentence, offset)) cues.push({ pos: offset - 1, tense: 'future' });
  // Only an infinitive before the expression governs it: "to testify on Feb. 10", not "on Monday to evacuate".
  for (const at of c.infinitives) if (at < offset && !happeningBeforeAct(sentence, c, at, offset) && !nounInfinitiveOfPastAct(sentence, at, offset)) cues.push({ pos: at, tense: 'future' });
  // "by Friday" is a deadline still ahead, unless the clause tells in the past of what was done by then ("By
  // Friday the river had burst its banks", "the repairs were finished by March").
  if (/\bby\s+$/i.test(sentence.slice(Math.max(0, offset - 4), offset)) && !pastInClause(c, offset)) cues.push({ pos: offset - 3, tense: 'future' });
  // "Fares rise from Monday", "The road is shut from Friday": a stretch that starts at a named day, told in no past, is
  // still to start ("The road was shut from Friday to Sunday" is past).
  if (/\bfrom\s+$/i.test(sentence.slice(Math.max(0, offset - 6), offset)) && WEEKDAY_START.test(sentence.slice(offset, offset + 10)) && !pastInClause(c, offset)) cues.push({ pos: offset - 5, tense: 'future' });
  // "The orchestra announced the find in May": a telling with a noun for its object and no other verb is the clause's
  // only verb, and its tense is the date's (not "according to", which is no verb).
  if (cues.length === 0) {
    const teller = c.reporting.filter((r) => r.pos < offset && r.word !== 'according' && !tellingToCome(sentence, r.pos)).at(-1);
    if (!teller || !TOLD_OBJECT_GAP.test(sentence.slice(teller.pos + teller.word.length, offset)) || /\b(?:to|that|[a-z]{3,}ed)\b/i.test(sentence.slice(teller.pos + teller.word.length, offset))) return 'unknown';
    return PRESENT_REPORTING.test(teller.word) ? 'present' : PAST_REPORTING.test(teller.word) ? 'past' : 'unknown';
  }
  // Clause boundaries weigh distance: a cue across a semicolon or a quote mark counts for less.
  let best: Cue | null = null;
  let bestScore = Infinity;
  for (const cue of cues) {
    const lo = Math.min(cue.pos, offset);
    const hi = Math.max(cue.pos, offset);
    const barriers = countBetween(c.barriers, lo, hi);
    // The governing verb usually comes before its time expression: cues after it count for less, and less again past
    // a comma when a verb before it is in reach ("will be shown in September, in an exhibition she helped to plan":
    // what follows the comma is another clause's). A date opening the sentence still takes the verb after it.
    const afterComma = cue.pos > offset && hasCue(c, offset) && sentence.slice(offset, cue.pos).includes(',');
    const score = (hi - lo) * (cue.pos > offset ? 1.5 : 1) + barriers * 60 + (afterComma ? 40 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = cue;
    }
  }
  return best!.tense;
}

// "agreed that the " right before the date: the date opens the noun phrase a that-clause starts with.
const THAT_CLAUSE_SUBJECT = /\bthat\s+(?:the|its|their|our|his|her|this|next)\s+$/i;

/**
 * "The board agreed that the Whitsun fair should go ahead", "said that the May show had made a loss": a date inside the
 * subject of a that-clause names which thing the clause tells of; the clause's own verb, right after that subject,
 * has its tense, not the verb before "that". The subject is a short noun phrase, with no comma or other verb in it.
 */
function toldSubjectVerb(sentence: string, c: SentenceCues, offset: number): Tense | null {
  if (!THAT_CLAUSE_SUBJECT.test(sentence.slice(Math.max(0, offset - 12), offset))) return null;
  let next: Cue | null = null;
  for (const cue of c.fixed) if (cue.pos > offset && (!next || cue.pos < next.pos)) next = cue;
  if (!next || next.pos - offset > 50 || /[,;:"“”()]/.test(sentence.slice(offset, next.pos))) return null;
  if (c.reporting.some((r) => r.pos > offset && r.pos < next!.pos)) return null;
  return next.tense;
}

const UNTIL_LEAD = /\b(?:until|till)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
/** A present-perfect grant (lexicon's PERFECT_GRANT_UNTIL) governing the "until" right before `offset`, with no clause break. */
export function perfectGrantBefore(sentence: string, offset: number): boolean {
  const m = PERFECT_GRANT_UNTIL.exec(sentence.slice(Math.max(0, offset - 110), offset));
  return !!m && !/[,;:"“”]/.test(m[0]);
}

// A time moved, told in the present perfect, present or future, then at most a few words, then "to" / "until" (and
// "the") right before the date.
const RESCHEDULED_AHEAD = /\b(?:has|have|is|are|will\s+be)\s+(?:(?:now|also|since|already)\s+)?(?:been\s+)?(?:moved|put\s+back|pushed\s+back|postponed|delayed|rescheduled|deferred|brought\s+forward)\s+(?:[\w'’-]+\s+){0,4}?(?:to|until|till)\s+(?:the\s+)?$/i;

// "since booking opened on ": "since", a few words with no clause break, up to the date.
const SINCE_CLAUSE_LEAD = /\bsince\s+(?:[^\s,;:"“”]+\s+){1,8}$/i;

/** A clause opened by "since" whose nearest verb cue before `offset`, after the "since", is a past one. */
function sinceClauseInPast(sentence: string, c: SentenceCues, offset: number): boolean {
  const leadAt = Math.max(0, offset - 90);
  const m = SINCE_CLAUSE_LEAD.exec(sentence.slice(leadAt, offset));
  if (!m) return false;
  const since = leadAt + m.index;
  let last: Cue | null = null;
  for (const cue of c.fixed) if (cue.pos > since && cue.pos < offset && (!last || cue.pos > last.pos)) last = cue;
  return last?.tense === 'past';
}

// "after a heavy defeat on ": a noun phrase after "after", up to the date. Not "before" ("asked to appear before the
// committee on 22 May"), which may name a place.
const NOUN_ADJUNCT = /^after\s+(?:a|an|the|its|his|her|their)\s[^,;:"“”]{0,80}$/i;

/**
 * "The coach offered to resign after a heavy defeat on 3 March": an infinitive after a past verb points forward from
 * that act, but a noun phrase after "after" beyond it, with no verb of its own up to the date, names the
 * happening the act was told against; its date is no part of what was still to be done.
 */
function happeningBeforeAct(sentence: string, c: SentenceCues, at: number, offset: number): boolean {
  const prev = /([a-z]+)\s+$/i.exec(sentence.slice(Math.max(0, at - 24), at))?.[1].toLowerCase();
  if (!prev || !FORWARD_PAST.has(prev) || !pastWord(prev)) return false;
  const barrier = c.barriers.find((b) => b > at && b < offset && NOUN_ADJUNCT.test(sentence.slice(b, offset)));
  return barrier !== undefined && !c.fixed.some((x) => x.pos > barrier && x.pos < offset);
}

// "rejected a request to list the mill in May", "turned down an offer to buy the club on Friday": an infinitive on the
// object noun of a plain past verb (not one that looks forward, "asked the board to ...") says what the noun was for;
// a date closing it, with no "by" or "until" of a deadline, dates the past act, as a date closing its clause does.
const PAST_ACT_NOUN_BEFORE_TO = new RegExp(`\\b([a-z]+)\\s+(?:(?:down|up|out|off|back|over)\\s+)?(?:${SUBJECT_DETERMINER})\\s+(?:[a-z-]+\\s+){0,2}?[a-z]{3,}\\s+$`, 'i');
// A helping verb or modal right before the past word makes it a participle of another tense ("will have rejected").
const AFTER_AUX_OR_MODAL = /\b(?:will|would|shall|should|may|might|must|can|could|to)\s+(?:have\s+)?$/i;
const DEADLINE_WORD_BEFORE = /\b(?:by|before|until|till|within)\s+(?:the\s+)?$/i;

/** An infinitive at `at` on the object of a plain past verb, with the date at `offset` closing it and no deadline. */
function nounInfinitiveOfPastAct(sentence: string, at: number, offset: number): boolean {
  const from = Math.max(0, at - 60);
  const m = PAST_ACT_NOUN_BEFORE_TO.exec(sentence.slice(from, at));
  const verb = m?.[1].toLowerCase();
  // "needed a late goal to draw on Saturday": what was needed, a thing named by a determiner, then what it was needed
  // for; the past "needed" tells that the outcome is behind the writer too (one not yet reached would be "needs"). A
  // person for object ("needed him to sign") still looks forward, as after "asked": no determiner opens it.
  if (!m || !verb || (FORWARD_PAST.has(verb) && verb !== 'needed') || !pastWord(verb) || AFTER_AUX_OR_MODAL.test(sentence.slice(Math.max(0, from + m.index - 20), from + m.index))) return false;
  return !DEADLINE_WORD_BEFORE.test(sentence.slice(Math.max(0, offset - 12), offset)) && !/[,;:]/.test(sentence.slice(at, offset));
}

/** Whether a verb cue comes before `offset` in the sentence. */
function hasCue(c: SentenceCues, offset: number): boolean {
  return c.fixed.some((cue) => cue.pos < offset);
}

/** Whether an auxiliary or a linking verb (up to two adverbs or forms of "be" between) comes just before `pos`. */
function afterAuxiliary(sentence: string, pos: number): boolean {
  // A whole lower-case word only: the tail of a capitalised one ("Four", "Many", "Hall") spells "our", "any", "all".
  const prev = /(?<![A-Za-z'])([a-z']+)\s+(?:(?:still|also|not|never|already|then|just|now|finally|instead|again|probably|likely|be|been|being)\s+){0,3}$/.exec(sentence.slice(Math.max(0, pos - 40), pos))?.[1];
  return prev !== undefined && AUXILIARIES.has(prev);
}

/** A past cue near `offset` with no clause barrier and no other tense between: the clause is told in the past. */
function pastInClause(c: SentenceCues, offset: number): boolean {
  let nearest: Cue | null = null;
  for (const cue of c.fixed) {
    const lo = Math.min(cue.pos, offset);
    const hi = Math.max(cue.pos, offset);
    if (hi - lo > 80 || countBetween(c.barriers, lo, hi) > 0) continue;
    if (!nearest || Math.abs(cue.pos - offset) < Math.abs(nearest.pos - offset)) nearest = cue;
  }
  return nearest?.tense === 'past';
}

// "said fourth-quarter sales would beat forecasts", "said 2012 output would rise": a period used as an adjective is
// the told clause's subject, not the date of the telling; that clause's own verb has the tense.
const PERIOD_ADJECTIVE = /^(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-(?:quarter|half)|(?:19|20)\d{2}|full-year|half-year)\s+[a-z]/i;
const PRESENT_REPORTING = /^(?:says|say|tells|tell|adds|states|reports|notes|stresses|explains|claims|announces|writes|asks|insists|argues|declares|confirms|comments|warns|suggests|acknowledges)$/;
// "… had been told on Monday and would meet them next week": "and" before a modal opens a second predicate.
// "were built in 1974 and are now too slow", "was founded in 1871 and has 14,000 students": so does "and" before a
// present "is", "are", "has" or "have", whose verb is not the one of the date before it.
// "approved a well in March that would supply the school": a relative pronoun right before a modal opens a clause of
// its own, whose modal does not govern the date before it.
const BARRIER = /[;:"“”]|\bbut\b|\bwhile\b|\bwhen\b|\bafter\b|\bbefore\b|\band(?=\s+(?:will|would|shall|could|can|may|might|must|should|has|have|is|are)\s)|\b(?:that|which|who)(?=\s+(?:will|would|shall|could|can|may|might|must|should)\s)/g;
const RELATIVE_ASIDE = new RegExp(CLOSED_COMMA_RELATIVE, 'g');

interface SentenceCues {
  /** Cues that do not depend on where the expression is. */
  fixed: Cue[];
  reporting: { pos: number; word: string }[];
  deadlines: number[];
  infinitives: number[];
  /** Where clause barriers start, in order. */
  barriers: number[];
}

// Every expression of a sentence asks about the same sentence: its cues are found once.
// Two are kept: a sentence with asides is read both with them blanked out and whole.
let cached: { sentence: string; cues: SentenceCues } | null = null;
let cachedBefore: { sentence: string; cues: SentenceCues } | null = null;

// The present perfect's "have" ending where a word ends: "has", "I've", and "ve" after "I’" (a curly apostrophe splits
// the word).
const PERFECT_HAVE_END = new RegExp(`${PERFECT_HAVE}$`, 'i');
// Asked of every word: the cheap test of its ending first.
const perfectAuxiliary = (sentence: string, pos: number, end: number) =>
  (sentence.endsWith('ve', end) || sentence.endsWith('VE', end) || sentence.endsWith('as', end) || sentence.endsWith('AS', end)) && PERFECT_HAVE_END.test(sentence.slice(Math.max(0, pos - 8), end));

function cuesOf(sentence: string): SentenceCues {
  if (cached?.sentence === sentence) return cached.cues;
  if (cachedBefore?.sentence === sentence) return cachedBefore.cues;
  const cues: SentenceCues = { fixed: [], reporting: [], deadlines: [], infinitives: [], barriers: [] };
  const names = wordCues(sentence, cues);
  phraseCues(sentence, cues, names);
  cachedBefore = cached;
  cached = { sentence, cues };
  return cues;
}

// Words NOT_PAST_ED keeps from reading as past verbs because they are most often adjectives ("used cars", "reduced
// fares"), which are verbs all the same before an object: "used the money to buy", "reduced its fares", "detailed the
// cuts". Not the verbs of a plan ("expected the sale to close", "planned a second trip"): they look ahead.
const VERB_OR_ADJECTIVE_ED = new Set([
  'used', 'increased', 'reduced', 'advanced', 'detailed', 'based', 'limited', 'united', 'armed', 'balanced',
  'committed', 'dedicated', 'automated', 'related', 'concerned',
]);
const OBJECT_AFTER = /^\s+(?:the|a|an|its|his|her|their|our|my|your|it|them|him|us|me|this|these|those)\b/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|no|any|some|as|than)\s+$/i;

/** An ambiguous -ed word of VERB_OR_ADJECTIVE_ED at `pos`..`end` read as a verb: an object after it, no determiner before. */
function verbBeforeObject(sentence: string, pos: number, end: number, w: string): boolean {
  return VERB_OR_ADJECTIVE_ED.has(w) && OBJECT_AFTER.test(sentence.slice(end, end + 8)) && !DETERMINER_BEFORE.test(sentence.slice(Math.max(0, pos - 8), pos));
}

/** The cues single words give (verbs, auxiliaries, reporting verbs), added to `cues`; where "Will" opens a name. */
function wordCues(sentence: string, cues: SentenceCues): number[] {
  const names: number[] = [];
  // The words (runs of letters and apostrophes) are read by hand: a match object for every word of every sentence
  // asked about was a quarter of all the memory extraction went through.
  for (let at = 0; at < sentence.length; ) {
    if (!isWordChar(sentence.charCodeAt(at))) {
      at++;
      continue;
    }
    const pos = at;
    while (at < sentence.length && isWordChar(sentence.charCodeAt(at))) at++;
    const word = sentence.slice(pos, at);
    // "didn't", "wasn't" ("didn" when the apostrophe is curly): the auxiliary's tense, as "did not" gives it.
    // Only a word ending in n or t can be one: the rest skip the match (asked of every word of every sentence read).
    const last = word.charCodeAt(word.length - 1) | 0x20;
    const w = ((last === 0x6e || last === 0x74) && NEGATED_AUXILIARY.exec(word)?.[1].toLowerCase()) || word.toLowerCase();
    // A capitalised word inside a sentence is a name ("the United States", "Will Smith"), not a verb.
    if (pos > 0 && /^[A-Z]/.test(word) && /[\w,]\s*$/.test(sentence.slice(Math.max(0, pos - 12), pos)) && !perfectAuxiliary(sentence, pos, at)) continue;
    if (REPORTING_VERBS.has(w)) {
      cues.reporting.push({ pos, word: w });
      continue;
    }
    // "Will Carter resigned": a sentence opening "Will" and a capitalised word, not as a question, names a person.
    if (word === 'Will' && /^\s+[A-Z][a-z]/.test(sentence.slice(at, at + 3)) && !/\?\s*["”’]?\s*$/.test(sentence)) {
      names.push(pos);
      continue;
    }
    if (FUTURE_WORDS.has(w)) {
      if (!(w === 'will' && willNoun(sentence, pos))) cues.fixed.push({ pos, tense: 'future' });
    }
    // "Seats can be booked until noon on Friday", "Forms must be returned by Monday": "can", "may" or "must" before a
    // passive tells of what is open or owed from now, as "will" does; never of a past act.
    else if (PRESENT_MODALS.has(w) && BARE_VERB_AHEAD.test(sentence.slice(at, at + 24))) cues.fixed.push({ pos, tense: 'future' });
    // "the crew will have a rest on Sunday", "will have finished by then": "have" after "will" or "shall" is the bare
    // verb the future governs, no present and no perfect; the future word before it is the cue.
    else if ((w === 'have' || w === 've') && AFTER_FUTURE_WORD.test(sentence.slice(Math.max(0, pos - 24), pos))) continue;
    else if (perfectAuxiliary(sentence, pos, at)) {
      // A present perfect tells of something already done: past for dating purposes ("I've run it since" too).
      const next = (/^\s+(?:not\s+|already\s+|just\s+|now\s+|also\s+|yet\s+|since\s+|recently\s+|never\s+|[a-z]{3,}ly\s+)?([a-z]+)/i.exec(sentence.slice(at, at + 40))?.[1] ?? '').toLowerCase();
      // "have since rebuilt", "has retold": "re-" before an irregular participle is one too.
      const participle = (w: string) => w === 'been' || /(?:ed|en|wn|ne|ht|un|id)$/.test(w) || IRREGULAR_PAST.has(w) || PARTICIPLES.has(w);
      cues.fixed.push({ pos, tense: participle(next) || (/^re[a-z]{3,}$/.test(next) && participle(next.slice(2))) ? 'past' : 'present' });
    } else if (PRESENT_WORDS.has(w)) {
      // "I am going to sleep on Monday": the present of "go" before "to" is the future; the auxiliary, nearer a date
      // set before it ("On Monday I am going to …"), must not say present.
      const ahead = sentence.slice(at, at + 24);
      cues.fixed.push({ pos, tense: GOING_TO.test(ahead) || IS_TO_BE.test(ahead) ? 'future' : 'present' });
    }
    else if (SAME_FORM_PAST.has(w) && singularSubjectBefore(sentence.slice(Math.max(0, pos - 48), pos))) {
      // "will stay shut", "has been cut": after an auxiliary or a linking verb the form is a participle or an
      // adjective, and the verb before it tells the tense.
      if (!afterAuxiliary(sentence, pos)) cues.fixed.push({ pos, tense: 'past' });
    } else if (IRREGULAR_PAST.has(w) || ((pastWord(w) || verbBeforeObject(sentence, pos, at, w)) && !modifierOpening(sentence, pos, at, word) && !modifierAfterPreposition(sentence, pos, at))) {
      // "was killed", "would still be held", "is expected": the auxiliary before a participle carries
      // the tense (and makes its own cue), so the participle says nothing.
      if (afterAuxiliary(sentence, pos)) continue;
      // "is to be launched in the autumn and handed over in 2005": a participle joined to a passive shares its auxiliary.
      if (PASSIVE_CONJUNCT.test(sentence.slice(Math.max(0, pos - 80), pos))) continue;
      // "wants it kept as a garden", "would like the hall repainted": a participle after a wish and its object says
      // what the wish is for, and tells of nothing done.
      if (WISHED_OBJECT.test(sentence.slice(Math.max(0, pos - 40), pos))) continue;
      cues.fixed.push({ pos, tense: 'past' });
    }
  }
  return names;
}

// "can ask for signed copies", "sold at reduced prices": a regular -ed word right after a preposition, a noun after
// it, modifies that noun; no finite verb follows a preposition.
const PREPOSITION_BEFORE = /\b(?:for|with|without|at|of|from|into)\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:the|a|an|his|her|their|its|our|my|to|in|on|at|by|for|from|with|and|or|as|that|which|who|it|them|him|us)\b)[a-z]{3,}/;
const modifierAfterPreposition = (sentence: string, pos: number, end: number): boolean =>
  PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, pos - 10), pos)) && NOUN_AFTER.test(sentence.slice(end, end + 20));

// A wish and its object right before a participle: "wants it", "would like the hall", "needs its roof".
const WISHED_OBJECT = /\b(?:wants?|needs?|prefers?|would\s+like)\s+(?:it|them|him|her|this|that|(?:the|its|their|his|her|our)\s+[a-z]+)\s+$/i;

// Words a verb opening a sentence takes after it ("Walked to the shop", "Handed him the keys"); any other lowercase
// word after a capitalised -ed opening is a noun it modifies.
const AFTER_OPENING_VERB = /^\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|it|me|us|to|in|on|at|by|for|from|with|into|up|out|off|down|over|back|away|home|and|or|as)\b/;

/**
 * "Bottled water stations at the hall …", "Reported cases rose": a capitalised regular -ed word opening the sentence,
 * a noun after it, modifies that noun; it is no verb told in the past (a sentence rarely opens on its verb).
 */
function modifierOpening(sentence: string, pos: number, end: number, word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word) || !/^["“‘'\s]*$/.test(sentence.slice(0, pos))) return false;
  return /^\s+[a-z]/.test(sentence.slice(end, end + 3)) && !AFTER_OPENING_VERB.test(sentence.slice(end, end + 12));
}

// "The deadline, the end of May, expired unheeded", "the deadline lapsed on Friday": a deadline that is the subject of a
// past verb has come and gone; the noun points forward only while it is still ahead.
const DEADLINE_SUBJECT = /^deadline(?:,[^,;:.]{1,40},)?\s+(?:had\s+)?([a-z]+)/i;

/** Whether the future cue at `at` is the noun "deadline" as the subject of a past verb. */
function deadlinePassed(sentence: string, at: number): boolean {
  const m = DEADLINE_SUBJECT.exec(sentence.slice(at, at + 80));
  return !!m && pastWord(m[1].toLowerCase());
}

// A determiner or possessive before "will" makes it the noun: "contested the will", "her will was read", "a will
// made in 1990". A modal has a subject before it, never an article.
const WILL_NOUN_LEAD = new RegExp(`\\b(?:${SUBJECT_DETERMINER}|my|your|whose|own|living)\\s+$`, 'i');

/** Whether the word at `at` is "will" as a noun (see WILL_NOUN_LEAD). */
function willNoun(sentence: string, at: number): boolean {
  return /^will\b/i.test(sentence.slice(at, at + 5)) && WILL_NOUN_LEAD.test(sentence.slice(Math.max(0, at - 8), at));
}

/** The cues phrases give (plans, schedules, deadlines, infinitives) and the clause barriers, added to `cues`. */
function phraseCues(sentence: string, cues: SentenceCues, names: number[]): void {
  eachMatch(FUTURE_PHRASES, sentence, (at) => {
    if (!names.includes(at) && !deadlinePassed(sentence, at) && !willNoun(sentence, at)) cues.fixed.push({ pos: at, tense: 'future' });
  });
  eachMatch(SCHEDULED_PRESENT, sentence, (at) => {
    if (!NOUN_LEAD.test(sentence.slice(Math.max(0, at - 8), at))) cues.fixed.push({ pos: at, tense: 'future' });
  });
  eachMatch(DEADLINE_UNTIL, sentence, (at, length) => cues.deadlines.push(at + length - 5));
  // Most arrangements, and every scheduled present below, end before a weekday: a sentence naming none is spared them.
  const weekday = WEEKDAY_ANY.test(sentence);
  // Arrangements and plans: a future cue at the end of each match.
  for (const re of weekday ? ARRANGEMENTS : UNDAYED_ARRANGEMENTS) {
    eachMatch(re, sentence, (at, length) => cues.fixed.push({ pos: at + length - 1, tense: 'future' }));
  }
  eachMatch(PROGRESSIVE_OBJECT_PLAN, sentence, (at, length) => {
    const words = sentence.slice(at, at + length);
    if (!pastWordIn(words) && !words.toLowerCase().split(/[^a-z']+/).some((w) => listedOrRegularParticiple(w))) cues.fixed.push({ pos: at + length - 1, tense: 'future' });
  });
  if (weekday) scheduledPresentCues(sentence, cues);
  eachMatch(INFINITIVE, sentence, (at) => {
    if (!prepositionalTo(sentence, at)) cues.infinitives.push(at);
  });
  eachMatch(BARRIER, sentence, (at) => cues.barriers.push(at));
  // "The owners, who were charged in October, will go on trial in March": a relative clause set off by commas
  // has its own verb; each comma is a barrier, so "were" governs October and "will" March.
  let relative = false;
  eachMatch(RELATIVE_ASIDE, sentence, (at, length) => {
    cues.barriers.push(at, at + length - 1);
    relative = true;
  });
  if (relative) cues.barriers.sort((a, b) => a - b);
}

/**
 * Whether a past verb sits among the words of a scheduled-present match ("The union leaders met on Monday": "leaders"
 * is a noun, "met" the verb).
 */
function pastWordIn(words: string): boolean {
  // "The pier manager told reporters on Tuesday": the past of a telling is a past too, whatever -s word follows it.
  return words.toLowerCase().split(/[^a-z']+/).some((w) => pastWord(w) || w === 'told' || w === 'said');
}

/** The scheduled present with its weekday ("She retires on Friday", "The council meets on Monday"): future cues. */
function scheduledPresentCues(sentence: string, cues: SentenceCues): void {
  let simpleAt = -1;
  const simple = (at: number, length: number) => {
    if (simpleAt < 0) simpleAt = at;
    cues.fixed.push({ pos: at + length - 1, tense: 'future' });
  };
  eachMatch(SCHEDULED_SIMPLE, sentence, simple);
  eachMatch(SCHEDULED_PLURAL, sentence, simple);
  eachMatch(SCHEDULED_PLURAL_AFTER_PRESENT, sentence, simple);
  for (const re of [SCHEDULED_RELATIVE, SCHEDULED_PLURAL_RELATIVE, SCHEDULED_AFTER_DATED]) {
    eachMatch(re, sentence, (at, length) => {
      // "who chairs it, said on Wednesday": a past verb before the day dates it. Only the present verb's own words are
      // read (after the dated verb's "and").
      const words = sentence.slice(at, at + length);
      if (!pastWordIn(words.slice(words.lastIndexOf(' and ') + 1))) simple(at, length);
    });
  }
  eachMatch(SCHEDULED_NAME_SUBJECT, sentence, (at, length) => {
    if (!pastWordIn(sentence.slice(at, at + length))) simple(at, length);
  });
  eachMatch(SCHEDULED_NOUN_SUBJECT, sentence, (at, length) => {
    // "The police chiefs on Monday agreed …": the verb may also come after the day.
    const next = /^[A-Za-z]+,?\s+([a-z]+)/.exec(sentence.slice(at + length, at + length + 30))?.[1] ?? '';
    if (pastWordIn(`${sentence.slice(at, at + length)} ${next}`)) return;
    if (simpleAt < 0) simpleAt = at;
    cues.fixed.push({ pos: at + length - 1, tense: 'future' });
  });
  if (simpleAt >= 0) {
    for (const re of [SCHEDULED_CONJUNCT, SCHEDULED_PLURAL_CONJUNCT]) {
      eachMatch(re, sentence, (at, length) => {
        if (at > simpleAt) cues.fixed.push({ pos: at + length - 1, tense: 'future' });
      });
    }
  }
}

/**
 * Where each match of a global pattern (one of this file's, used nowhere else) starts, and its length, in text order:
 * matchAll copied the pattern and made an iterator for each of the eight patterns, for every sentence asked about.
 */
function eachMatch(re: RegExp, text: string, f: (at: number, length: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // An empty match would never move on; matchAll stepped past it, and so does this.
    if (m[0].length === 0) re.lastIndex++;
    f(m.index, m[0].length);
  }
}

// Past verbs whose "to" may open an infinitive that points forward from them ("planned to leave on Thursday", "was
// ordered to appear on Monday"). After another past verb "to" is a preposition ("returned to work on Monday",
// "reopened to traffic Tuesday", "was sentenced to death on Friday") or opens what was done then ("managed to
// escape on Sunday"): no cue of its own.
const FORWARD_PAST = new Set(['planned', 'decided', 'agreed', 'wanted', 'hoped', 'expected', 'promised', 'vowed', 'threatened', 'pledged', 'intended', 'scheduled', 'asked', 'ordered', 'urged', 'told', 'invited', 'subpoenaed', 'summoned', 'called', 'voted', 'proposed', 'offered', 'prepared', 'arranged', 'aimed', 'sought', 'needed', 'wished', 'chose', 'elected', 'resolved', 'required', 'allowed', 'authorized', 'authorised', 'directed', 'instructed', 'encouraged', 'advised', 'warned', 'appointed', 'named', 'tapped', 'nominated', 'hired', 'moved', 'refused', 'declined', 'set', 'due', 'going', 'able']);

// "was able to land on Tuesday", "went on to win in April": what was managed or came next was done then, in the past
// of the verb before it, not planned from it; "will be able to vote on Friday" still points forward. So is the outcome
// after ", only to" ("sailed on Monday, only to turn back on Wednesday").
const DONE_THEN = /\b(?:(?:was|were)\s+(?:(?:not|never|also|finally|only|still)\s+)?able|went\s+on)\s+$|,\s+only\s+$/i;

// "She became the first rider in ten years to finish on Sunday": the infinitive after a ranking noun phrase tells
// what made the subject first, done in the time of the copula before it, not planned from it. A superlative is read
// as a record's is (not "was the forest ranger to …").
const RANKED_TO = new RegExp(String.raw`\b(?:became|becomes|become|was|were|is|are|been)\s+the\s+(?:first|second|third|last|only|${SUPERLATIVE_RE})\s+(?:[\w'’-]+\s+){1,8}$`, 'i');

// "did not return to normal until May", "didn't get back to work until Friday": a bare verb after past "did" is past,
// and its "to" is as after "returned" (a preposition), unless the verb looks forward ("did not plan to leave").
const DID_VERB = /\b(?:did|didn[’']t)\s+(?:(?:not|never|also|only|finally|even)\s+)?([a-z]+)\s+(?:(?:back|up|down|out|over|off|on|in|again)\s+)?$/i;
const FORWARD_BARE = new Set(['plan', 'decide', 'agree', 'want', 'hope', 'expect', 'promise', 'vow', 'threaten', 'pledge', 'intend', 'ask', 'order', 'urge', 'tell', 'invite', 'call', 'vote', 'propose', 'offer', 'prepare', 'arrange', 'aim', 'seek', 'need', 'wish', 'choose', 'elect', 'resolve', 'require', 'allow', 'mean', 'try', 'refuse', 'decline', 'dare', 'bother', 'have', 'forget', 'remember', 'like', 'care']);

function prepositionalTo(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 32), at);
  if (DONE_THEN.test(before)) return true;
  if (RANKED_TO.test(sentence.slice(Math.max(0, at - 80), at))) return true;
  if (TRANSFERRED_TO.test(sentence.slice(Math.max(0, at - 48), at))) return true;
  const done = DID_VERB.exec(before)?.[1].toLowerCase();
  if (done && !FORWARD_BARE.has(done)) return true;
  const prev = /([a-z]+)\s+$/i.exec(before.slice(-24))?.[1].toLowerCase();
  if (!prev || FORWARD_PAST.has(prev)) return false;
  return pastWord(prev);
}

// "dropped hay to cut-off farms on Tuesday", "sent two crews to the quarry": after a past verb of carrying and its
// object, "to" names where the thing went, not what is still to be done. So after "lost" or "sold" ("had lost their
// nets to drift ice", "sold the mill to a brewer"): "to" names what took the thing or who got it.
const TRANSFERRED_TO = /\b(?:lost|sold|dropped|sent|flew|carried|delivered|brought|took|moved|shipped|airlifted|ferried|rushed|diverted|evacuated|handed|gave|lent|donated|supplied|posted|towed|trucked)\s+(?:[a-z0-9'’-]+\s+){1,3}$/i;

// "A spark set fire to the barn", "She cut the ribbon": a verb whose past is its bare form, right after a singular
// subject, is past (the present would be "sets", "cuts").
// "The gauge read minus 4C", "A storm hit the coast", "The repairs cost £9,000" likewise.
// The subject may carry a phrase of its own ("a spark from the stove set", "the gauge at Hob Farm read"), and may come
// right after a fronted date with no comma ("On May 3 the gauge read").
const SINGULAR_SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|but|then)\s+|(?:\d|\b${MONTH_RE}|\b${WEEKDAY_RE})\s+)["“]?(?:(?:he|she|it)|(?:a|an|the|this|that|its|his|her|their|our|my)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z-]+\s+(?:of|from|in|on|at|near)\s+(?:(?:a|an|the|its|his|her|their|our|my)\s+)?(?:[a-z-]+\s+)?)?[a-z-]*[a-rt-z])\s+$`,
  'i',
);
// The noun of such a subject is no helping verb ("the museum will put").
const NOT_SUBJECT_NOUN = /\b(?:will|would|can|could|may|might|must|shall|should|to|not|never|also|just|did|do|does|then|now|who|which|that)\s+$/i;

// "down from the $1.60 it forecast in August": a singular pronoun right after a figure opens a contact relative clause.
const PRONOUN_AFTER_FIGURE = /(?:[\d%]|\bper\s?cent)\s+(?:he|she|it)\s+$/;
function singularSubjectBefore(before: string): boolean {
  return (SINGULAR_SUBJECT_BEFORE.test(before) || PRONOUN_AFTER_FIGURE.test(before)) && !NOT_SUBJECT_NOUN.test(before);
}

// Participles that do not end like one: "has set up", "have put", "has cut".
const PARTICIPLES = new Set(['set', 'put', 'cut', 'let', 'shut', 'hit', 'spread', 'done', 'gone', 'come', 'become', 'begun', 'run', 'won', 'lost', 'made', 'paid', 'sent', 'built', 'held', 'kept', 'left', 'brought', 'bought', 'taught', 'told', 'said', 'found']);

// Auxiliaries carry the tense of the participle after them; a determiner or quantifier before one makes it an
// adjective ("all affected families", "those injured"), which has no tense at all; so does a linking verb in the
// present or bare form ("and stay closed on New Year's Day", "remains closed"): the verb before it tells the tense.
const AUXILIARIES = new Set(['is', 'are', 'be', 'being', 'am', 'been', 'to', 'will', 'would', 'the', 'a', 'an', 'has', 'have', 'had', 'was', 'were', 'not', 'could', 'should', 'may', 'might', 'must', 'can', 'all', 'those', 'these', 'any', 'every', 'each', 'its', 'their', 'our', 'some', 'many', 'newly', 'stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'appear', 'appears', 'become', 'becomes', 'get', 'gets']);

/** How many of the sorted positions lie in [lo, hi). */
function countBetween(sorted: number[], lo: number, hi: number): number {
  const first = (x: number) => {
    let a = 0;
    let b = sorted.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (sorted[mid] < x) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  return first(hi) - first(lo);
}

// Between a telling and its date, only the noun phrase it takes for object: "announced the sale of its mill in".
const TOLD_OBJECT_GAP = /^\s+(?:the|a|an|its|his|her|their|our|my|this|these|those)(?:\s+[\w'’-]+){1,5}\s+(?:in|on|during|at|early|late)\s+$/i;
// A clause of time the modal is the verb of: "…, before police could", "until the crew would".
const TIME_CLAUSE_BEFORE = /\b(?:before|until|till)\s+(?:[a-z]+\s+){1,3}$/i;
const PAST_REPORTING = /^(?:said|told|added|stated|reported|noted|stressed|explained|claimed|announced|wrote|asked|insisted|argued|declared|confirmed|commented|remarked|recalled|warned|predicted|acknowledged|suggested)$/;
const PROGRESSIVE = /\b(?:is|are)\s+(?:(?:still|now|also|already)\s+)?(?:[a-z]+ing\b|under\s*way\b)/i;
// "as if" likens ("cheered as if it were a final"): the verb before it is told as done, not on a condition.
const MODAL = /\b(?:would|could|should|must|can|might|(?<!\bas\s)if|unless)\b/i;
// The modal read at the end of a window ending just after it: "… but could not", "… and they would not".
const REFUSED_CONJUNCT = /\b(?:but|and)\s+(?:(?:he|she|it|they|we|I)\s+)?(?:could|would)\s+not\b[^]{0,4}$/i;
// The clause a verb takes: "that the …", "when …", "whether …" (not "if", itself a condition; not "that date").
const PAST_THEN_CLAUSE = /\b(?:that(?=\s+(?:the|a|an|he|she|it|they|we|I|you|some|his|her|its|their|this|these|[A-Z])\b)|when|whether|what|how|why|where)\b/;
// "is being questioned", "are still searching", "remains in hospital": a state told as holding now.
const ONGOING_AT = /\b(?:(?:is|are)\s+(?:(?:still|now|also|currently)\s+)?(?:being\s+[a-z]{3,}(?:ed|en|wn)|[a-z]{3,}ing)|(?:remains?|is\s+still|are\s+still)\s+(?:in|under|on|at|missing|closed|shut|detained|jailed|hospitali[sz]ed|unconscious))\b/i;

/**
 * "Vey is being questioned, police said": a past telling of a state the reporter gives in the present tense, which
 * news English keeps for what still holds when the story is written. Only when that present progressive (or
 * "remains …") is the told part's first verb: "said the flames spread" and "said he was being held" stay past.
 */
function reportedOngoing(sentence: string, c: SentenceCues, toldAt: number): boolean {
  // The told part is the longer side of the telling verb: before it ("…, police said") or after it ("Police said …").
  const after = sentence.length - toldAt > toldAt;
  const lo = after ? toldAt : 0;
  const hi = after ? sentence.length : toldAt;
  const m = ONGOING_AT.exec(sentence.slice(lo, hi));
  if (!m) return false;
  const at = lo + m.index;
  return !c.fixed.some((x) => x.pos >= lo && x.pos < at && x.tense !== 'present') && !/\b(?:that|which|who|whether|if)\b/i.test(sentence.slice(lo, at));
}

// ", a skill she thought the navy should have taught them", ", though she could barely walk": a noun phrase or a
// concession set off after the main clause, whose own verbs are not the main clause's.
const TRAILING_ASIDE_OPENER = /^,\s+(?:(?:a|an|one|something)\s|(?:though|although|even\s+though)\s)/i;

/** The modal at `at` sits in an aside set off after a main clause already told in the past. */
function inTrailingAside(sentence: string, c: SentenceCues, at: number): boolean {
  return trailingAsideAt(sentence, c, at) >= 0;
}

/** Where the aside holding `at` opens (its comma), when it is set off after a past main clause; -1 otherwise. */
function trailingAsideAt(sentence: string, c: SentenceCues, at: number): number {
  const comma = sentence.lastIndexOf(',', at);
  if (comma < 0 || !TRAILING_ASIDE_OPENER.test(sentence.slice(comma, at))) return -1;
  return c.fixed.some((x) => x.pos < comma && x.tense === 'past') && !c.fixed.some((x) => x.pos < comma && x.tense === 'future') ? comma : -1;
}

/** A sentence whose first modal sits in such an aside, cut before the aside: the main clause, for its title. */
export function withoutTrailingAside(sentence: string): string {
  const m = MODAL.exec(sentence);
  const at = m ? trailingAsideAt(sentence, cuesOf(sentence), m.index) : -1;
  return at > 0 ? sentence.slice(0, at) : sentence;
}

/**
 * How a sentence without a date of its own tells of its happening, for placing it on the timeline:
 * 'past' when it reports something done (past tense, present perfect, or a past telling: "said"),
 * 'ongoing' when it tells of something under way as it is written ("are appealing", "is under way"),
 * and null for everything else: the future, conditions, questions, standing facts ("is home to") and
 * habits ("open Monday through Friday"), which are no events of their own.
 */
export function happeningOf(sentence: string): 'past' | 'ongoing' | null {
  if (/\?\s*["”’]?\s*$/.test(sentence)) return null;
  const c = cuesOf(sentence);
  // "The mayor said the city would rebuild": the saying is done, whatever it says of the future.
  const told = c.reporting.find((r) => PAST_REPORTING.test(r.word));
  // A modal inside a relative or complement clause ("a vote that could decide the race") is not the main verb's.
  const sub = /\b(?:that|which|who)\b/i.exec(sentence);
  const m = MODAL.exec(sentence);
  // Nor one in a clause of time after the main verb ("was taken down before police could photograph it").
  // Nor a refusal or a failure told in a conjunct after a past main verb ("reached the wreck at dawn but could not board
  // it"): "could not" and "would not" there are that past's, not a possibility.
  const refused = !!m && REFUSED_CONJUNCT.test(sentence.slice(Math.max(0, m.index - 24), m.index + 12)) && c.fixed.some((y) => y.pos < m.index && y.tense === 'past');
  const modal = m && !refused && (!sub || m.index < sub.index) && !TIME_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index)) && !inTrailingAside(sentence, c, m.index) ? m : null;
  // So is a future in a relative clause set off after the main verb ("ordered the eggs handed to the museum, which
  // will keep them").
  const aside = /,\s+(?:which|who)\s/i.exec(sentence);
  // And one in a clause a past main verb takes ("described the cuts that the town would face", "refused to say when
  // the mill would reopen"): the telling of it is done.
  const taken = PAST_THEN_CLAUSE.exec(sentence);
  const pastBefore = (at: number) => c.fixed.some((y) => y.pos < at && y.tense === 'past');
  // The verb that takes it is the last one before it, and in the past ("who worked there recall that …" is present).
  const lastBefore = (at: number) => c.fixed.filter((y) => y.pos < at).at(-1);
  // A simple past as the main verb: not "has made it clear that …" (a stance still held), not a verb in a relative
  // clause ("designers who worked there recall that …").
  const taker = taken ? lastBefore(taken.index) : undefined;
  const takesIt = !!taker && taker.tense === 'past' && !/^ha(?:s|ve)\b/i.test(sentence.slice(taker.pos, taker.pos + 5)) && !/\b(?:who|which)\b/i.test(sentence.slice(0, taker.pos));
  const inTaken = (pos: number) => takesIt && pos > taken!.index;
  const future = c.fixed.find((x) => x.tense === 'future' && (!aside || x.pos < aside.index || !pastBefore(aside.index)) && !inTaken(x.pos) && !inTrailingAside(sentence, c, x.pos));
  if (told && (!modal || modal.index > told.pos) && (!future || future.pos > told.pos)) return reportedOngoing(sentence, c, told.pos) ? 'ongoing' : 'past';
  if ((modal && !inTaken(modal.index)) || future || c.deadlines.length) return null;
  if (c.fixed.some((x) => x.tense === 'past')) return 'past';
  return PROGRESSIVE.test(sentence) && !/\bgoing\s+to\b/i.test(sentence) ? 'ongoing' : null;
}
