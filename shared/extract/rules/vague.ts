import { IRREGULAR_PAST } from '../lexicon';
import { B, E, rx, type Rule } from './rule';

// The rule for vague references: "now", "recently", "in the past", "some time ago".
// "the future" and a possessed "future" ("the boy's future", "their future") are the time to come; "futures
// contracts" and "future tense" are not. Before its noun "future" is the time to come too ("future repairs"), and
// "current" after a determiner is the present ("her current employer"): TimeML marks both, FUTURE_REF and PRESENT_REF.
// A function word or a verb after either makes it the noun ("a future in which", "the current swept"), which is left.
const NOT_A_HEAD_NOUN = /^\s+(?:of|in|on|at|for|from|to|with|by|and|or|but|as|than|that|which|who|whom|where|is|are|was|were|be|been|will|would|has|have|had|can|could|may|might|must|should|shall|looks?|seems?|remains?|lies|lay|holds?|depends?|belongs?|rests?|appears?|awaits?|beckons?|ahead|there|here|then|now|so|too|very|not|it|he|she|they|we|you|this|these|those)\b/i;
const POSSESSOR_BEFORE = /(?:['’]s|\b(?:his|her|its|their|our|my|your))\s{1,4}$/i;
const FUTURE_NOT_TIME = /^\s+(?:tense|perfect|contracts?|markets?|trading|exchanges?|prices?|options?)\b/i;
const CURRENT_NOT_TIME = /^\s+(?:[a-z]{3,}ed|accounts?|affairs|flows?|flowing|runs|sweeps|carries|pulls|drags|washes|limits?|density|draw|source|sense|meters?)\b/i;

// A noun of a feeling or a calling that "in" names the object of: "interest in", "pride in", "faith in".
const FEELING_ABOUT = /\b(?:interest|interests|pride|faith|belief|delight|expertise)\s+(?:in\s+)?$/i;

export const vagueRule: Rule = {
  name: 'vague',
  cue: /now|current|these|present|recent|lately|past|future|ago|once|soon/i,
  re: rx(
    `${B}(now|currently|nowadays|these\\s+days|at\\s+present|presently|right\\s+now|recently|lately|(?:the|in)\\s+(?:recent\\s+|distant\\s+|near\\s+)?past|(?:the|in)\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|(?<=(?:['’]s|\\b(?:his|her|its|their|our|my|your))\\s{1,4})future|future(?=\\s+[a-z])|(?<=(?:['’]s|\\b(?:the|his|her|its|their|our|my|your))\\s{1,4})current(?=\\s+[a-z])|(?:some|a\\s+long|a|quite\\s+some)\\s+(?:time|while)\\s+ago|long\\s+ago|years\\s+ago|months\\s+ago|weeks\\s+ago|days\\s+ago|decades\\s+ago|once\\s+upon\\s+a\\s+time|soon)${E}`,
    'gi',
  ),
  accept: (m, text) => {
    const w = m[1].toLowerCase();
    // "now" as a discourse marker ("Now, ...") still refers to the present, but "until now" and
    // "by now" too; only "now that" is a conjunction worth skipping.
    if (w === 'now' && /^\s+that\b/i.test(text.slice(m.index + m[0].length))) return false;
    if (w === 'soon') return false;
    // "her interest in the past", "their pride in the past": the past as what a feeling is about, a noun, no time.
    if (/^(?:in\s+)?the\s+past$/.test(w) && FEELING_ABOUT.test(text.slice(Math.max(0, m.index - 16), m.index))) return false;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/future$/.test(w) && FUTURE_NOT_TIME.test(after)) return false;
    // A bare "future" or "current" is the adjective only with a noun after it; a possessed "future" is the noun itself
    // ("what the orchard's future holds").
    const possessed = w === 'future' && POSSESSOR_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
    if ((w === 'current' || (w === 'future' && !possessed)) && NOT_A_HEAD_NOUN.test(after)) return false;
    if (w === 'current' && (CURRENT_NOT_TIME.test(after) || IRREGULAR_PAST.has(/^\s+([a-z]+)/i.exec(after)?.[1].toLowerCase() ?? ''))) return false;
    return true;
  },
  resolve: (m) => {
    const w = m[1].toLowerCase();
    let value = 'PRESENT_REF';
    if (/past|ago|recently|lately|once/.test(w)) value = 'PAST_REF';
    else if (/future|soon/.test(w)) value = 'FUTURE_REF';
    return { type: 'DATE', value, rule: 'vague' };
  },
};

// "born the year her father arrived", "left the week the mill closed": a time named by a happening told after it, a
// subject and a past verb, which the text does not date here. It is the happening's time, not the clause's around it:
// a past time of its own (PAST_REF), so the clause it is in is not dated by a date of another clause. Only the bare
// noun phrase: after a preposition ("during the year the firm sold…", "in the spring when the speaker fell ill", "on the
// night his mother died, in August 2018") the period is one the other rules read (a company's year, a season, a date
// set beside it), the clause only telling which. A season so named ("the summer we opened the lido") is the season
// rules' (a season, its year flagged).
const PREPOSITION_BEFORE = '(?<!\\b(?:in|on|at|during|of|by|from|since|until|till|through|throughout|before|after|for|over|within|into|to)\\s+)';
const PAST_VERB = `[a-z]{2,}ed|${[...IRREGULAR_PAST].join('|')}`;
export const happeningTimeRule: Rule = {
  name: 'happening-time',
  cue: /year|month|week|day|night/i,
  re: rx(
    `${B}${PREPOSITION_BEFORE}the\\s+(?:very\\s+)?(?:year|month|week|day|night)\\s+(?:that\\s+|when\\s+)?(?:his|her|their|its|my|our|your|the)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:${PAST_VERB})${E}`,
    'gi',
  ),
  resolve: () => ({ type: 'DATE', value: 'PAST_REF', rule: 'vague/happening-time' }),
};
