// "by <date>": a deadline ahead, a state expected by then, or something done by then.
import type { EventDate } from '../document';
import type { Timex } from './types';

// "be profitable by 2011", "be back in service by May": a state (be + an adjective or a place, not a passive).
export const STATE_BY = /\bbe\s+["“]?(?:[a-z]+ly\s+)?(?!(?:[a-z]+ed|done|made|built|paid|sold|cut|shut|set|met|taken|given|seen|known|held|run|won|lost)\b)[a-z]+["”]?(?:\s+(?:again|once\s+more))?\s+by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
export const BY_DEADLINE = /\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

/** "By <date>" told as done: that date or earlier, so before the unit after it. */
export function doneBy(date: EventDate, next: string, when: string, main: Timex): void {
  date.note = `“by ${main.text}”: done by then, ${when}.${date.note ? ` ${date.note}` : ''}`;
  date.start = next;
  date.mod = 'before';
  date.rule = `${date.rule}/by-past`;
}

// "has pledged to", "promised to", "have agreed to": a promise made, told in the past or present perfect, of what is
// to be done by a deadline.
export const PLEDGED = /\b(?:(?:has|have|had)\s+(?:(?:also|now|already|since|publicly)\s+)?)?(?:pledged|promised|vowed|agreed|undertaken|committed\s+(?:itself|themselves|himself|herself)|sworn|swore|undertook)(?=\s+to\s+[a-z])/i;
// "is seeking to", "are planning to": an aim under way, told in the present progressive, before what it aims at.
export const AIMING = /\b(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:seeking|trying|planning|hoping|aiming|looking|working|preparing|striving)(?=\s+to\s+[a-z])/i;
