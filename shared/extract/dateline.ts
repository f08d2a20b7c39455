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

const PLACE = "([A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+)*(?:,\\s+[A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+)?)?)";
const DATE = `(${MONTH_RE}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_RE}(?:\\s+\\d{4})?)`;
const AGENCY = "(?:\\s*(?:\\(|/)[A-Za-z-]+(?:\\)|/)\\s*\\.?)?";
const TAIL = '(?:\\s*(?:--|_|—|–|-|:|\\.)\\s*)';

const WITH_DATE = new RegExp(`^${PLACE},\\s+${DATE}\\.?${AGENCY}${TAIL}?`);
const WITHOUT_DATE = new RegExp(`^${PLACE}${AGENCY}${TAIL}`);

export function findDateline(paragraph: string): Dateline | null {
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
  // Without a date only an all-capitals place followed by an agency tag is safe to call a dateline.
  if (n && /^[A-Z .'’-]{3,}/.test(n[1]) && /[(/]/.test(n[0]) && n[0].length < 60) {
    return { end: n[0].length, place: n[1], text: n[0].replace(/[\s_—–:.-]+$/, '') };
  }
  return null;
}
