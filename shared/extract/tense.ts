import { IRREGULAR_PAST, NOT_PAST_ED, REPORTING_VERBS } from './lexicon';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

interface Cue {
  pos: number;
  tense: Tense;
}

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', 'tomorrow']);
const PRESENT_WORDS = new Set(['is', 'are', 'am', "'s", "'re"]);
const WORD = /[A-Za-z']+/g;

// Phrases that put a following verb in the future even though they are written in the present.
const FUTURE_PHRASES =
  /\b(?:going to|(?:is|are|was|were) (?:due|scheduled|set|expected|slated|planned|poised|about) to|(?:is|are) to\b|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|scheduled|slated|postponed|deadline|will|won't|would|might|as soon as)\b/gi;

// A delay or a grace period runs until a day still to come: "postponed until Tuesday", "has until Monday".
const DEADLINE_UNTIL = /\b(?:(?:postpon|adjourn|defer|delay|extend|recess)[a-z]*|put\s+off|has|have|(?:given|gave|giving|give|gives)(?:\s+[a-z]+){0,3}?)\s+until\b/gi;

// An infinitive ("planned to leave on Thursday", "subpoenaed him to testify on Feb. 10") points forward
// from its main verb; a capitalised or function word after "to" is a destination instead.
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|be|have|date|\d)\b)([a-z]+)\b/g;

/**
 * The tense of the verb that governs a position in a sentence: the nearest verb cue within the clause,
 * skipping reporting verbs, because "said" dates the telling and not the event told.
 */
export function tenseAt(sentence: string, offset: number): Tense {
  const cues: Cue[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const pos = m.index!;
    // A capitalised word inside a sentence is a name ("the United States", "Will Smith"), not a verb.
    if (pos > 0 && /^[A-Z]/.test(m[0]) && /[\w,]\s*$/.test(sentence.slice(0, pos))) continue;
    if (REPORTING_VERBS.has(w)) {
      // "said Friday", "told reporters on Tuesday": the expression dates the telling itself.
      const gap = sentence.slice(pos + m[0].length, offset);
      if (pos < offset && /^\s+(?:(?:on|late|early|last|this)\s+|(?:\w+\s+){0,2}?(?:on\s+)?)$/.test(gap) && gap.length < 25) {
        cues.push({ pos: offset - 1, tense: /^(?:says|say|tells|tell|adds|states|reports|notes|stresses|explains|claims|announces|writes|asks|insists|argues|declares|confirms|comments|warns|suggests|acknowledges)$/.test(w) ? 'present' : 'past' });
      }
      continue;
    }
    if (FUTURE_WORDS.has(w)) cues.push({ pos, tense: 'future' });
    else if (w === 'has' || w === 'have') {
      // A present perfect tells of something already done: past for dating purposes.
      const next = /^\s+(?:not\s+|already\s+|just\s+|now\s+|also\s+|yet\s+)?([a-z]+)/i.exec(sentence.slice(pos + m[0].length))?.[1] ?? '';
      cues.push({ pos, tense: /(?:ed|en|wn|ne|ht|un|id)$/.test(next.toLowerCase()) && next.toLowerCase() !== 'been' ? 'past' : next.toLowerCase() === 'been' ? 'past' : 'present' });
    } else if (PRESENT_WORDS.has(w)) cues.push({ pos, tense: 'present' });
    else if (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w))) {
      // "was killed", "would still be held", "is expected": the auxiliary before a participle carries
      // the tense (and makes its own cue), so the participle says nothing.
      const prev = /([a-z']+)\s+(?:(?:still|also|not|never|already|then|just|be|been|being)\s+){0,2}$/.exec(sentence.slice(Math.max(0, pos - 40), pos))?.[1];
      if (prev && ['is', 'are', 'be', 'being', 'am', 'been', 'to', 'will', 'would', 'the', 'a', 'an', 'has', 'have', 'had', 'was', 'were', 'not', 'could', 'should', 'may', 'might', 'must', 'can'].includes(prev)) continue;
      cues.push({ pos, tense: 'past' });
    }
  }
  for (const m of sentence.matchAll(FUTURE_PHRASES)) {
    cues.push({ pos: m.index!, tense: m[0].toLowerCase() === 'would' ? 'future' : 'future' });
  }
  for (const m of sentence.matchAll(DEADLINE_UNTIL)) {
    const at = m.index! + m[0].length - 5;
    if (at < offset) cues.push({ pos: at, tense: 'future' });
  }
  // Only an infinitive before the expression governs it: "to testify on Feb. 10", not "on Monday to evacuate".
  for (const m of sentence.matchAll(INFINITIVE)) if (m.index! < offset) cues.push({ pos: m.index!, tense: 'future' });
  if (/\bby\s+$/i.test(sentence.slice(Math.max(0, offset - 4), offset))) cues.push({ pos: offset - 3, tense: 'future' });
  if (cues.length === 0) return 'unknown';
  // Clause boundaries weigh distance: a cue across a semicolon or a quote mark counts for less.
  let best: Cue | null = null;
  let bestScore = Infinity;
  for (const c of cues) {
    const from = Math.min(c.pos, offset);
    const to = Math.max(c.pos, offset);
    const between = sentence.slice(from, to);
    const barriers = (between.match(/[;:"“”]|\bbut\b|\bwhile\b|\bwhen\b|\bafter\b|\bbefore\b/g) ?? []).length;
    // The governing verb usually comes before its time expression: cues after it count for less.
    const score = (to - from) * (c.pos > offset ? 1.5 : 1) + barriers * 60;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best!.tense;
}
