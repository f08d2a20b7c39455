import { MONTH_RE } from './lexicon';

// News datelines open the first paragraph: "NEW DELHI, May 15. /TASS/.", "WASHINGTON, Aug. 11 (Xinhua) --",
// "NAIROBI, Kenya (AP) _". The place is in capitals; a date, when present, dates the report.

export interface Dateline {
  /** End of the dateline prefix in the paragraph, after its closing punctuation and agency tag. */
  end: number;
  place: string;
  /** The date as written, and where it sits in the paragraph. */
  date?: { text: string; start: number; end: number };
  /** The dateline as a person would quote it: "NEW DELHI, May 15". */
  text: string;
}

// Words of a place are separated by single spaces only: a hyphen belongs inside a word ("WINSTON-SALEM"),
// never also between words, so that a run such as "AB-AB-AB-…" can be read one way only (the old pattern let
// either reading match and backtracked exponentially on it).
const PLACE = "([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)?)?)";
const DATE = `(${MONTH_RE} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${MONTH_RE}(?: \\d{4})?)`;
// "(Xinhua)", "/TASS/", "(Army News Service, Nov. 16, 2006)": an agency, perhaps with the date inside; or the date
// alone in brackets ("FORT KNOX, Ky. (Dec. 19, 2024) --"), as military and government newsrooms write it. The
// agency's name ends where a comma or the bracket does, so a month's abbreviation is never read as a name.
const AGENCY = `(?: ?(?:\\(|/)(?![)/])(?:[A-Za-z][A-Za-z -]{0,40}?(?=,|\\)|/))?(?:,? ?${DATE})?(?:\\)|/) ?\\.?)?`;
const TAIL = '(?: ?(?:--|_|—|–|-|:|\\.) ?)';

const WITH_DATE = new RegExp(`^${PLACE}, ${DATE}\\.?${AGENCY}${TAIL}?`);
const WITHOUT_DATE = new RegExp(`^${PLACE}${AGENCY}${TAIL}`);

/** A dateline is short: only the head of a paragraph is read, so no pattern here sees more than this. */
const HEAD = 200;

export function findDateline(text: string): Dateline | null {
  // Spacing is written out as single spaces in datelines; reading a canonical copy keeps the patterns free of
  // "\s+" runs that could be read in many ways. Offsets stay those of the original, since only runs of
  // whitespace shrink, and they are mapped back below.
  const paragraph = text.slice(0, HEAD);
  const { canon, toOriginal } = canonicalSpaces(paragraph);
  const found = findIn(canon);
  if (!found) return null;
  const map = (i: number) => toOriginal[i];
  return {
    ...found,
    end: map(found.end),
    ...(found.date ? { date: { text: paragraph.slice(map(found.date.start), map(found.date.end)), start: map(found.date.start), end: map(found.date.end) } } : {}),
  };
}

function canonicalSpaces(s: string): { canon: string; toOriginal: number[] } {
  let canon = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const space = /\s/.test(s[i]);
    if (space && /\s/.test(s[i - 1] ?? '')) continue;
    toOriginal.push(i);
    canon += space ? ' ' : s[i];
  }
  toOriginal.push(s.length);
  return { canon, toOriginal };
}

function findIn(paragraph: string): Dateline | null {
  const m = WITH_DATE.exec(paragraph);
  if (m && /[A-Z]{2}/.test(m[1])) {
    const start = m[0].indexOf(m[2], m[1].length);
    return {
      end: m[0].length,
      place: m[1],
      date: { text: m[2], start, end: start + m[2].length },
      text: `${m[1]}, ${m[2]}`,
    };
  }
  const n = WITHOUT_DATE.exec(paragraph);
  // Without a date before the agency, only an all-capitals place followed by an agency tag is safe to call a
  // dateline; the agency may carry the date itself ("WASHINGTON (Army News Service, Nov. 16, 2006) -").
  if (n && /^[A-Z .'’-]{3,}/.test(n[1]) && /[(/]/.test(n[0]) && n[0].length < 90) {
    const text = n[0].replace(/[\s_—–:.-]+$/, '');
    if (n[2]) {
      const start = n[0].lastIndexOf(n[2]);
      return { end: n[0].length, place: n[1], date: { text: n[2], start, end: start + n[2].length }, text };
    }
    return { end: n[0].length, place: n[1], text };
  }
  return null;
}
