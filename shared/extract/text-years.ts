import { MONTH_RE } from './lexicon';

// Without a publication date, the year a story is told in is not known. A clause dated only by something relative to
// that unknown day ("on Thursday", with no year written before it) still tells of a happening; to keep it on the
// timeline the app needs some year to draw it in, always flagged as a guess. The likeliest one the text itself offers
// is the latest year it writes: news tells its background in the years it names and the story's own days after them.

// A year as a date: after a preposition, a month (and day), another year ("1990 and 1995") or a dash, or closing its
// clause ("in 1998.", "1998's").
// A number in that range may also be a count ("1800 tonnes"), which neither context gives.
const YEAR_LEAD = new RegExp(
  `(?:\\b(?:in|since|of|from|until|till|by|early|late|mid|between|during|before|after|spring|summer|autumn|fall|winter)\\s+|\\d{4}\\s+(?:and|or|to)\\s+|${MONTH_RE}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|\\b\\d{1,2}\\s+${MONTH_RE}\\s+|[-–]\\s?)$`,
);
const YEAR_TAIL = /^(?:[.,;:)!?"”]|['’]s\b)/;
const YEAR_NUMBER = /(?<![\w$£€.,-])(1[6-9]\d\d|20\d\d)(?![\w,.]\w)/g;

/** The latest year the paragraphs write as a date, or null when they write none. Linear: one scan, fixed look-behind. */
export function latestWrittenYear(paragraphs: readonly string[]): number | null {
  let latest: number | null = null;
  for (const text of paragraphs) {
    for (const m of text.matchAll(YEAR_NUMBER)) {
      const y = +m[1];
      if (latest !== null && y <= latest) continue;
      const lead = text.slice(Math.max(0, m.index - 24), m.index);
      const tail = text.slice(m.index + 4, m.index + 7);
      if (YEAR_LEAD.test(lead) || YEAR_TAIL.test(tail)) latest = y;
    }
  }
  return latest;
}
