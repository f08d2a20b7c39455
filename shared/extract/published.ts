import type { Paragraph } from '../document';
import { findDateline } from './dateline';
import { tagTimexes } from './tagger';
import type { Timex } from './types';

// Where an article says when it was published, when no page metadata does: a "Release Date:" line, a
// line that is only a date, a dateline ("WASHINGTON, March 18, 2009 -", "CITY (Agency, Nov. 16, 2006) -"),
// a byline with a date, a notice's closing sign-off ("Issued 4 May 2011 by the Clerk"), or a date at the end of the
// title ("… - 2003-01-05"). Only full dates with a year count: a publication date is never guessed.

type PublishedSource = 'release-date' | 'date-line' | 'dateline' | 'byline' | 'sign-off' | 'title';

interface PublishedCandidate {
  /** YYYY-MM-DD */
  date: string;
  source: PublishedSource;
  /** The words the date was read from, as written. */
  text: string;
  paragraphId: string;
}

/** In the order a careful reader trusts them: a labelled date first, a headline's date last. */
const RANK: PublishedSource[] = ['release-date', 'date-line', 'dateline', 'byline', 'sign-off', 'title'];

const PUBLISHED_SOURCE_LABELS: Record<PublishedSource, string> = {
  'release-date': 'the release-date line',
  'date-line': 'the date line under the headline',
  dateline: 'the dateline',
  byline: 'the byline',
  'sign-off': 'the sign-off at the end',
  title: 'the title',
};

// Only the head of a paragraph is looked at: every pattern below runs on at most this many characters.
const HEAD = 160;
const LABEL = /^(?:release\s+date|date\s+released|date|published(?:\s+on)?|posted(?:\s+on)?|first\s+published|issued)\s*:\s*/i;
const BYLINE = /^(?:by|from)\s+[A-Z]/i;
// "Issued 4 May 2011 by the Town Clerk.", "Issued by the Press Office on 4 May 2011": the closing line of a notice or a
// release, saying when it went out.
const SIGN_OFF = /^(?:issued|released|published|dated)\b(?:\s+by\s+[^.;:]{1,80}?)?\s+(?:on\s+|this\s+)?$/i;
// All that may follow its date: who issued it, and the full stop. Not a clause ("Released on 2 May 1998, the album …").
const SIGN_OFF_TAIL = /^\s*(?:by\s+[^;:]{1,120})?\.?\s*$/i;
const SEPARATOR_AFTER = /^\)?\s*(?:--|—|–|-|_|:|\|)(?:\s|$)/;
// The pieces of a header line that sets a section, a date and a byline side by side ("Travel | Sunday 26 May 2019 | By …").
const HEADER_PIECES = /\s[|·•]\s/;
// Short words a signer's name and office may hold between capitalised ones ("J. Marsh, Head of Planning").
const OFFICE_WORD = /^(?:[A-Z][\w.'’&-]*|of|the|and|for|to|at|in|&)$/;
const SEPARATOR_BEFORE = /(?:\s(?:--|—|–|-|\|)|:)\s*$/;

function fullDates(text: string): Timex[] {
  return tagTimexes(text, { dct: null }).filter((t) => t.explicitYear && /^\d{4}-\d{2}-\d{2}/.test(t.value));
}

function candidate(p: Paragraph, t: Timex, source: PublishedSource, text = t.text): PublishedCandidate {
  return { date: t.value.slice(0, 10), source, text, paragraphId: p.id };
}

/**
 * "Issued 4 May 2011 by the Clerk.", and after the issuer's name, "Press office. Issued Friday 5 July 2002.": the last
 * sentence of a short paragraph says when it went out, and nothing but who issued it follows the date.
 */
function issuedLine(p: Paragraph, source: PublishedSource): PublishedCandidate | null {
  if (p.text.length > HEAD) return null;
  const first = fullDates(p.text)[0];
  if (!first) return null;
  const before = p.text.slice(0, first.start);
  const sentence = before.slice(before.search(/(?:^|[.!?]\s+)(?=[A-Z][^.!?]*$)/)).replace(/^[.!?]\s+/, '');
  if (!SIGN_OFF.test(sentence) || !SIGN_OFF_TAIL.test(p.text.slice(first.end))) return null;
  return candidate(p, first, source, p.text.slice(before.length - sentence.length, first.end).trim());
}

/**
 * "J. Marsh, Head of Planning 20 December 2013": a notice's last paragraph, signed with a name and an office (the line
 * break between them and the date is lost when lines join into one paragraph), closes on the date it went out.
 */
function signedLine(p: Paragraph): PublishedCandidate | null {
  if (p.text.length > 100) return null;
  const last = fullDates(p.text).pop();
  if (!last || !/^[\s.]*$/.test(p.text.slice(last.end))) return null;
  const signer = p.text.slice(0, last.start);
  const words = signer.split(/[\s,]+/).filter(Boolean);
  // The comma between the name and the office: a headline-cased clause ("Tickets Go On Sale 3 May 2016") has none.
  if (!signer.includes(',') || words.length < 2 || !/^[A-Z]/.test(words[0]) || !words.every((w) => OFFICE_WORD.test(w))) return null;
  return candidate(p, last, 'sign-off', p.text.trim());
}

function fromParagraph(p: Paragraph, isTitle: boolean, isLast: boolean): PublishedCandidate | null {
  const head = p.text.slice(0, HEAD);
  const dates = fullDates(head);
  if (!dates.length) return null;
  if (isTitle) {
    // "… - 2003-01-05": the last date, closing the title after a separator.
    const last = dates[dates.length - 1];
    if (p.text.length <= HEAD && /^\s*$/.test(p.text.slice(last.end)) && SEPARATOR_BEFORE.test(p.text.slice(0, last.start))) {
      return candidate(p, last, 'title');
    }
    return null;
  }
  const label = LABEL.exec(head);
  if (label && dates[0].start === label[0].length) return candidate(p, dates[0], 'release-date', head.slice(0, dates[0].end));
  // A paragraph that is nothing but a date, perhaps with its weekday.
  if (p.text.length <= 60 && /^[\s,.]*$/.test(p.text.slice(dates[0].end)) && /^[A-Za-z]*[\s,]*$/.test(p.text.slice(0, dates[0].start))) {
    return candidate(p, dates[0], 'date-line');
  }
  // "Travel | Sunday 26 May 2019 | Words by …": one piece of a header line is nothing but a date, perhaps with its weekday.
  if (p.text.length <= HEAD && HEADER_PIECES.test(p.text)) {
    for (const t of dates) {
      const left = p.text.slice(0, t.start).split(HEADER_PIECES).pop() ?? '';
      const right = p.text.slice(t.end).split(HEADER_PIECES)[0];
      if (/^[A-Za-z]*[\s,]*$/.test(left) && /^[\s,.]*$/.test(right)) return candidate(p, t, 'date-line');
    }
  }
  if (BYLINE.test(head) && p.text.length <= HEAD) return candidate(p, dates[0], 'byline', p.text.trim());
  // A short article's last paragraph may be among the first few: there it is the notice's sign-off.
  const issued = issuedLine(p, isLast ? 'sign-off' : 'release-date');
  if (issued) return issued;
  // A dateline: a short place (with an agency) before the date, and a separator after it.
  const first = dates[0];
  const before = head.slice(0, first.start);
  const dl = findDateline(head);
  const placeLike = /^[A-Z][^.!?]{0,70}$/.test(before) && /^[A-Z][A-Za-z.'’ -]*[A-Z]/.test(before);
  if ((dl?.date && dl.date.start <= first.start && first.end <= dl.end + 1) || (placeLike && SEPARATOR_AFTER.test(head.slice(first.end)))) {
    const end = first.end + (SEPARATOR_AFTER.exec(head.slice(first.end))?.[0].replace(/[\s:|_—–-]+$/, '').length ?? 0);
    return candidate(p, first, 'dateline', head.slice(0, end).trim());
  }
  return null;
}

/** Publication-date candidates from the top of an article, the most trustworthy first. */
export function findPublished(paragraphs: Paragraph[]): PublishedCandidate[] {
  const out: PublishedCandidate[] = [];
  // The title, and the first few paragraphs after it: a dateline or date line never sits further down.
  const top = paragraphs.filter((p) => p.role !== 'chrome' || p.text.length <= HEAD).slice(0, 5);
  top.forEach((p, i) => {
    const c = fromParagraph(p, p.role === 'title' || (i === 0 && !paragraphs.some((x) => x.role === 'title') && p.text.length <= HEAD), p === paragraphs[paragraphs.length - 1]);
    if (c) out.push(c);
  });
  // A notice signs off at its end: only its last two paragraphs, and only a short one.
  const last = paragraphs.length - 1;
  paragraphs.slice(-2).forEach((p, i) => {
    if (p.role === 'title' || p.text.length > HEAD || out.some((c) => c.paragraphId === p.id)) return;
    const c = issuedLine(p, 'sign-off') ?? (i === 1 || last === 0 ? signedLine(p) : null);
    if (c) out.push(c);
  });
  return out.sort((a, b) => RANK.indexOf(a.source) - RANK.indexOf(b.source));
}

/** "the dateline (“WASHINGTON, March 18, 2009”)": where a candidate came from, for people. */
export function describePublished(c: PublishedCandidate): string {
  return `${PUBLISHED_SOURCE_LABELS[c.source]} (“${c.text}”)`;
}
