import { fmtYear } from '../../time-value';
import { B, E, rx, type Rule } from './rule';

// An age as a time: "At 23 she became …", "left school at 15 to work", "at the age of 40, he …". Only once the
// text has said the year its subject was born in, which the age is counted from: a birthday falls somewhere in
// the year, so "at 23" is the year of the 23rd birthday or the one after. "At 15 percent", "at 15 Bridge
// Street" and a clock time are no ages: only a comma, a stop, a pronoun or "to", "when", "after" may follow.
export const ageRule: Rule = {
  name: 'age',
  cue: /[Aa]t\s/,
  re: rx(`${B}(?:[Aa]t\\s+(?:the\\s+age\\s+of\\s+)?)(\\d{1,2})(?=[,;]|\\.(?!\\d)|\\s+(?:he|she|they|to|when|after|and)\\b)${E}`, 'g'),
  resolve: (m, c) => {
    const born = c.birthYear?.() ?? null;
    const age = +m[1];
    if (born === null || age < 5) return null;
    const y = born + age;
    if (c.dct && y > c.dct.y) return null;
    return { type: 'DATE', value: fmtYear(y), rule: 'age', exact: { start: fmtYear(y), end: fmtYear(y + 1) }, counted: true };
  },
};
