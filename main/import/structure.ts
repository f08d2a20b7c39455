import type { Paragraph, ParagraphRole } from '../../shared/document';
import { findDateline } from '../../shared/extract/dateline';
import { tagTimexes } from '../../shared/extract/tagger';
import { hasVisibleText } from './input-checks';

// Finds an article's parts in a list of text blocks: page chrome, title, standfirst, dateline, body.
// Chrome stays in the document (marked so) to keep the text verbatim; the renderer leaves it out.

export interface Structured {
  title: string;
  dateline?: string;
  paragraphs: Paragraph[];
  /** A full date (with year) found in a dateline or byline near the top, YYYY-MM-DD. */
  datelinePublished: string | null;
}

const CHROME = new RegExp(
  '^(?:' +
    [
      'all news', 'news', 'home', 'menu', 'search', 'share', 'share this( article| story| page)?', 'share on \\w+', 'tweet', 'print',
      'email', 'e-mail', 'comments?', '\\d+ comments?', 'read more', 'read also', 'see also', 'related( articles| news| stories)?',
      'more from .{1,40}', 'most (read|popular|viewed)', 'top stories', 'trending', 'advertisement', 'sponsored( content)?',
      'subscribe( now)?', 'sign in', 'sign up', 'log ?in', 'log out', 'register', 'newsletter', 'follow us( on .{1,30})?',
      'skip to (main )?content', 'back to top', 'cookies?.{0,80}', 'we use cookies.{0,200}', 'accept( all)?( cookies)?',
      'copyright .{0,120}', '© .{0,120}', 'all rights reserved\\.?', 'photo:? .{0,80}', 'image:? .{0,80}', 'listen( to this article)?',
      'loading\\.*', 'next article', 'previous article', 'permalink', 'tags?:.{0,120}', 'topics?:.{0,120}',
    ].join('|') +
    ')[.:!]?$',
  'i',
);

const BYLINE = /^(?:[Bb]y|BY|[Ff]rom)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}(?:,?\s+[\w .'’-]{0,60})?$/;
const DATE_LINE = /^(?:(?:published|updated|posted|last updated|first published)(?:\s+on)?:?\s*)?[^.]{0,80}\b(?:1[89]|20)\d{2}\b[^.]{0,40}$/i;

export function isChrome(block: string): boolean {
  const t = block.trim();
  if (t.length > 240) return false;
  if (CHROME.test(t)) return true;
  // A line of nothing but links or images from a markdown export.
  return /^(?:\s*(?:!?\[[^\]]*\]\([^)]*\))\s*[|·•]?)+$/.test(t);
}

/** Splits plain text into blocks: at blank lines, or at line breaks when the text has no blank lines. */
export function textBlocks(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t]*\n/.test(normal) ? normal.split(/\n[ \t]*\n+/) : normal.split('\n');
  return parts.map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim()).filter((p) => p.length > 0);
}

const ends = (s: string) => /[.!?…"”’)]$/.test(s.trim());

/** A full date with its year in a short line near the top: a dateline or a byline. */
function datedHeader(line: string): string | null {
  if (line.length > 160) return null;
  for (const t of tagTimexes(line, { dct: null })) {
    if (t.explicitYear && /^\d{4}-\d{2}-\d{2}/.test(t.value)) return t.value.slice(0, 10);
  }
  return null;
}

/** A block of text with what its markup said about it (Markdown headings, emphasis, lines of links). */
export interface MarkedBlock {
  text: string;
  heading?: boolean;
  emphasis?: boolean;
  linksOnly?: boolean;
}

export function structureBlocks(rawBlocks: (string | MarkedBlock)[], opts: { title?: string; fallbackTitle: string }): Structured {
  // Blocks of nothing visible (zero-width characters, say) would be invisible paragraphs: they are left out.
  // The blocks' texts and their marks are read from two lists, not from an object made per block: those
  // objects lived through the whole pass, so in a text of thousands of short paragraphs they were promoted to
  // the old space, dead, and counted in the import's peak memory.
  const texts: string[] = [];
  const marks: (MarkedBlock | null)[] = [];
  for (const b of rawBlocks) {
    const text = (typeof b === 'string' ? b : b.text).trim();
    if (!hasVisibleText(text)) continue;
    texts.push(text);
    marks.push(typeof b === 'string' ? null : b);
  }
  const marked = (i: number, mark: 'heading' | 'emphasis' | 'linksOnly') => Boolean(marks[i]?.[mark]);
  const roles: ParagraphRole[] = texts.map((text, i) => (marked(i, 'linksOnly') || isChrome(text) ? 'chrome' : 'body'));
  let title = opts.title?.trim() ?? '';
  let datelinePublished: string | null = null;
  let dateline: string | undefined;

  // The title: the given one if it appears in the text, else the first short unpunctuated block.
  const firstContent = roles.findIndex((r) => r !== 'chrome');
  let titleIdx = -1;
  if (title) {
    // A text with no run of spaces and no other white space is its own normal form: most blocks are compared
    // without a copy of their text being made.
    const norm = (x: string) => (/\s\s|[^\S ]/.test(x) ? x.replace(/\s+/g, ' ') : x).trim();
    const normTitle = norm(title);
    titleIdx = texts.findIndex((text, i) => roles[i] !== 'chrome' && norm(text) === normTitle);
    if (titleIdx < 0) {
      // Page titles often carry the site name: "Headline | Site". The headline block is the title.
      titleIdx = texts.findIndex(
        (text, i) => i < 4 && roles[i] !== 'chrome' && text.length >= 8 && norm(title).startsWith(norm(text)) && /^\s*[|–—:-]/.test(norm(title).slice(norm(text).length)),
      );
    }
  } else if (firstContent >= 0) {
    const text = texts[firstContent];
    if (marked(firstContent, 'heading') || (text.length <= 200 && !ends(text.replace(/["”’)]$/, '')) && texts.length > 1)) titleIdx = firstContent;
  }
  if (titleIdx >= 0) {
    roles[titleIdx] = 'title';
    title = texts[titleIdx];
  }

  // The dateline opens the first body paragraph near the top.
  let datelineIdx = -1;
  for (let i = Math.max(0, titleIdx + 1); i < Math.min(texts.length, titleIdx + 6); i++) {
    if (roles[i] !== 'body') continue;
    const dl = findDateline(texts[i]);
    if (dl) {
      datelineIdx = i;
      roles[i] = 'dateline';
      dateline = dl.text;
      if (dl.date) datelinePublished = datedHeader(dl.date.text);
      break;
    }
  }

  // Bylines and date lines between the title and the body carry no events.
  for (let i = Math.max(0, titleIdx + 1); i < Math.min(texts.length, titleIdx + 5); i++) {
    if (roles[i] !== 'body' || (datelineIdx >= 0 && i >= datelineIdx)) continue;
    const t = texts[i];
    if (BYLINE.test(t) || (DATE_LINE.test(t) && t.length < 100 && datedHeader(t))) {
      roles[i] = 'chrome';
      datelinePublished ??= datedHeader(t);
    }
  }

  // The standfirst sits between the title and the dateline, or right after the title when it reads as one.
  if (titleIdx >= 0) {
    for (let i = titleIdx + 1; i < texts.length; i++) {
      if (roles[i] === 'chrome') continue;
      if (roles[i] !== 'body') break;
      const text = texts[i];
      const beforeDateline = datelineIdx > i;
      if (beforeDateline || (datelineIdx < 0 && (marked(i, 'emphasis') || (!ends(text) && text.length < 400 && i + 1 < texts.length)))) {
        roles[i] = 'standfirst';
      }
      break;
    }
  }

  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, role: roles[i], text }));
  return { title: title || opts.fallbackTitle, dateline, paragraphs, datelinePublished };
}
