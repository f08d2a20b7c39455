import { B, E, rx, type Rule } from './rule';

// The rule for vague references: "now", "recently", "in the past", "some time ago".
// "the future" and a possessed "future" ("the boy's future", "their future") are the time to come; "futures
// contracts" and "future tense" are not.

export const vagueRule: Rule = {
  name: 'vague',
  cue: /now|current|these|present|recent|lately|past|future|ago|once|soon/i,
  re: rx(
    `${B}(now|currently|nowadays|these\\s+days|at\\s+present|presently|right\\s+now|recently|lately|(?:the|in)\\s+(?:recent\\s+|distant\\s+|near\\s+)?past|(?:the|in)\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|(?<=(?:['’]s|\\b(?:his|her|its|their|our|my|your))\\s{1,4})future|(?:some|a\\s+long|a|quite\\s+some)\\s+(?:time|while)\\s+ago|long\\s+ago|years\\s+ago|months\\s+ago|weeks\\s+ago|days\\s+ago|decades\\s+ago|once\\s+upon\\s+a\\s+time|soon)${E}`,
    'gi',
  ),
  accept: (m, text) => {
    const w = m[1].toLowerCase();
    // "now" as a discourse marker ("Now, ...") still refers to the present, but "until now" and
    // "by now" too; only "now that" is a conjunction worth skipping.
    if (w === 'now' && /^\s+that\b/i.test(text.slice(m.index + m[0].length))) return false;
    if (w === 'soon') return false;
    if (/future$/.test(w) && /^\s+(?:tense|contracts?|markets?|trading|exchanges?|prices?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return false;
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
