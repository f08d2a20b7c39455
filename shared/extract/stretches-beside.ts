// A stretch told beside a dated clause that ends or starts at its date ("after two days of talks", "from a
// nine-month deployment", "three days of mourning beginning Monday").
import { NUMBER_WORD_RE } from './lexicon';

// ", ending a 12-month tour that began in May 2008": an aside telling of what the clause's happening ended.
export const ENDING_ASIDE = /^(?:ending|concluding|capping|closing|completing)\s/i;
export const BEGAN_BEFORE = /\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\s+(?:in|on)\s+$/i;
export const AFTER_SPELL = new RegExp(`\\b(?:after|following|ended|ending)\\s+(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\s+of\\s+(?=[a-z])`, 'i');
// ", after running trials every night for three weeks": a gerund phrase after the date, with its own length of time.
export const AFTER_DOING_FOR = new RegExp(`^[\\s,]*(?:after|following)\\s+[a-z]{3,}ing\\s[^,;.:]{0,80}?\\bfor\\s+(?:the\\s+(?:past|last|previous)\\s+)?(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)(?=[\\s.,;]*$)`, 'i');
// "returned in August from a nine-month deployment": the stay is the months up to the return.
export const RETURN_FROM_SPELL = new RegExp(`^\\s+from\\s+(?:a|an|its|their|his|her|the)\\s+(\\d{1,2}|${NUMBER_WORD_RE})-(day|week|month|year)\\s+(?:[a-z-]+\\s+){0,2}?(?:deployment|tour|mission|stint|posting|assignment|trip|voyage|expedition|journey|stay|absence|exile|rotation)\\b[^,;.]*`, 'i');
export const RETURN_VERB = /\b(?:returned|came\s+(?:back|home)|arrived\s+(?:back|home)|flew\s+(?:back|home)|got\s+back)\s+(?:home\s+)?(?:in|on|late|early)?\s*$/i;
export const RUN_FROM = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?)\\s+of\\s+(?:[a-z]+\\s+){1,4}?(?:beginning|starting)\\s+(?:on\\s+)?$`, 'i');
