import { micromark, type Options } from 'micromark';
import { gfmFootnote, gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough, gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { gfmTaskListItem, gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item';
import { parseDom } from './dom-nodes';

// Markdown articles go through a real CommonMark + GFM parser (micromark) to HTML, which is then read as
// blocks. micromark is not linear on every input (nested list markers and unclosed links grow
// quadratically or worse), so it only ever sees bounded pieces: the text is cut at blank lines, long blocks
// at whitespace, and a line nested deeper than any article needs is read as plain text.
//
// Speed: short blocks go to micromark (and to the HTML parser after it) together, up to a piece's length,
// rather than one call each; and GFM comes without its autolink literals ("www.x.org" made into a link),
// which cost more than the rest of the parse together and change no text.

export interface MarkdownBlock {
  text: string;
  /** A heading (#, or underlined). */
  heading: boolean;
  /** A paragraph that is one emphasised run: often a standfirst. */
  emphasis: boolean;
  /** Nothing but links or images: a navigation line from a saved page. */
  linksOnly: boolean;
}

/** The longest piece micromark is given at once. Its worst cases are quadratic in this, never in the file. */
export const MARKDOWN_PIECE_CHARS = 4096;
/** Block quotes and lists nested deeper than this are read as plain text. */
export const MARKDOWN_MAX_NESTING = 8;

const OPTIONS: Options = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
  htmlExtensions: [gfmFootnoteHtml(), gfmStrikethroughHtml(), gfmTableHtml(), gfmTaskListItemHtml()],
};
/** A line of bare web addresses (with separators) is as much a navigation line as a line of links. */
const BARE_LINKS = /^(?:(?:https?:\/\/|www\.)\S+[\s|·•]*)+$/i;
const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr';
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many container markers (">", "-", "*", "+", "1.") open a line, counted by hand to stay linear. */
function nesting(line: string): { depth: number; rest: number } {
  let i = 0;
  let depth = 0;
  for (;;) {
    let j = i;
    while (j < line.length && (line[j] === ' ' || line[j] === '\t')) j++;
    const c = line[j];
    let k = j;
    if (c === '>' || c === '-' || c === '*' || c === '+') k = j + 1;
    else {
      while (k < line.length && k - j < 9 && line[k] >= '0' && line[k] <= '9') k++;
      if (k === j || (line[k] !== '.' && line[k] !== ')')) return { depth, rest: i };
      k++;
    }
    if (c !== '>' && k < line.length && line[k] !== ' ' && line[k] !== '\t') return { depth, rest: i };
    depth++;
    i = k;
  }
}

/** Cuts a block into pieces of at most MARKDOWN_PIECE_CHARS, at whitespace where there is some. */
function pieces(block: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (block.length - at > MARKDOWN_PIECE_CHARS) {
    let cut = at + MARKDOWN_PIECE_CHARS;
    const space = block.lastIndexOf(' ', cut);
    const newline = block.lastIndexOf('\n', cut);
    const best = Math.max(space, newline);
    if (best > at + MARKDOWN_PIECE_CHARS / 2) cut = best;
    out.push(block.slice(at, cut));
    at = cut;
  }
  out.push(block.slice(at));
  return out;
}

function fromHtml(html: string): MarkdownBlock[] {
  const document = parseDom(`<!doctype html><html><body>${html}</body></html>`);
  // An image reads as its description, as it did in the Markdown.
  for (const img of Array.from(document.querySelectorAll('img'))) img.replaceWith(document.createTextNode(img.getAttribute('alt') ?? ''));
  const out: MarkdownBlock[] = [];
  for (const el of Array.from(document.querySelectorAll(LEAF_BLOCKS))) {
    if (el.querySelector(LEAF_BLOCKS)) continue;
    const cells = el.tagName.toLowerCase() === 'tr' ? Array.from(el.children).map((c) => collapse(c.textContent ?? '')) : null;
    const text = cells ? cells.filter(Boolean).join(' | ') : collapse(el.textContent ?? '');
    if (!text) continue;
    const tag = el.tagName.toLowerCase();
    const children = Array.from(el.childNodes).filter((n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '');
    const only = children.length === 1 && children[0].nodeType === 1 ? children[0].tagName.toLowerCase() : '';
    const elements = Array.from(el.children);
    const separators = Array.from(el.childNodes).every((n) => n.nodeType !== 3 || /^[\s|·•]*$/.test(n.textContent ?? ''));
    out.push({
      text,
      heading: /^h[1-6]$/.test(tag),
      emphasis: tag === 'p' && (only === 'em' || only === 'strong'),
      linksOnly: (elements.length > 0 && separators && elements.every((c) => c.tagName.toLowerCase() === 'a')) || BARE_LINKS.test(text),
    });
  }
  return out;
}

/** More markup than this share of a piece's characters is not prose with formatting (see markupHeavy). */
export const MARKDOWN_MAX_MARKUP_SHARE = 0.25;

/**
 * A piece that is mostly markup characters ("[a](" or " *a" over and over) is read as plain text. micromark
 * spends far more per character on such runs than on prose (every opener is an attempt that fails), and no
 * article is written so: a paragraph with several links and some emphasis stays well under a quarter.
 */
function markupHeavy(piece: string): boolean {
  let markup = 0;
  let visible = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c <= 32) continue;
    visible++;
    // [ ] ( ) * _ ! < > ` ~ \
    if (c === 91 || c === 93 || c === 40 || c === 41 || c === 42 || c === 95 || c === 33 || c === 60 || c === 62 || c === 96 || c === 126 || c === 92) markup++;
  }
  return visible >= 64 && markup > visible * MARKDOWN_MAX_MARKUP_SHARE;
}

const plainBlock = (text: string): MarkdownBlock => ({ text: collapse(text), heading: false, emphasis: false, linksOnly: false });

/** Characters that may start Markdown syntax anywhere in a line (entities, escapes, emphasis, links, code, HTML, tables, footnotes, strikethrough). */
const INLINE_SYNTAX = /[\\`*_[\]<>&~|!\0]/;
/** What may open a block construct at the start of a line: indentation, list and quote markers, headings, breaks, fences, a table's delimiter row (and a blank line, which a block never has: it would be two). */
const LINE_SYNTAX = /(?:^|\n)(?:[ \t\n]|[-+*>#=_~`<|:]|\d{1,9}[.)])/;

/**
 * A block of prose with nothing Markdown would read as syntax: micromark would make it one paragraph of the
 * same text, which is collapsed here directly. Most of an article's paragraphs are such blocks, and parsing
 * them (micromark's events, then an HTML page) was most of a Markdown import's time and memory.
 * test/unit/import/markdown-plain.test.ts holds the two paths to the same result.
 */
export function isPlainProse(block: string): boolean {
  return block.length <= MARKDOWN_PIECE_CHARS && !INLINE_SYNTAX.test(block) && !LINE_SYNTAX.test(block);
}

/** A plain block as micromark and the HTML reading would give it: one paragraph, its text collapsed. */
export function plainProseBlock(block: string): MarkdownBlock | null {
  const text = collapse(block);
  // Blank to the HTML reading too (a line of no-break spaces is a paragraph of nothing visible).
  if (!text) return null;
  return { text, heading: false, emphasis: false, linksOnly: BARE_LINKS.test(text) };
}

/** Stands in for a plain block in a batch that also has Markdown to parse: a paragraph of its own. */
const STAND_IN = '\uE000';

/** A batch's blocks, in order: parsed together as one piece, each plain block by a stand-in for it. */
function readBatch(batch: (string | { source: string; block: MarkdownBlock | null })[]): MarkdownBlock[] {
  const plain = batch.filter((b) => typeof b !== 'string');
  if (plain.length === batch.length) return plain.flatMap((b) => (b.block ? [b.block] : []));
  const whole = () => fromHtml(micromark(batch.map((b) => (typeof b === 'string' ? b : b.source)).join('\n\n'), OPTIONS));
  const markdown = batch.map((b) => (typeof b === 'string' ? b : STAND_IN)).join('\n\n');
  if (batch.some((b) => typeof b === 'string' && b.includes(STAND_IN))) return whole();
  const found = fromHtml(micromark(markdown, OPTIONS));
  const out: MarkdownBlock[] = [];
  let k = 0;
  for (const f of found) {
    if (f.text !== STAND_IN) out.push(f);
    else if (k < plain.length) {
      const b = plain[k++].block;
      if (b) out.push(b);
    }
  }
  // Each stand-in is a paragraph of its own; should one ever not be, the batch is read in full.
  return k === plain.length && found.filter((f) => f.text === STAND_IN).length === plain.length ? out : whole();
}

/** A block read through micromark on its own, as the batches and pieces below are (for tests). */
export const viaMicromark = (block: string): MarkdownBlock[] => fromHtml(micromark(block, OPTIONS));

/**
 * Whether a block can share a micromark call with its neighbours: a block that may open a fenced code block
 * or an HTML block could run on into the next blocks, where on its own it ends at its last line.
 */
const shareable = (block: string) => !/```|~~~|</.test(block);

/** The text blocks of a Markdown article, in reading order, markup removed. */
export function markdownBlocks(text: string, opts: { plainProse?: boolean } = {}): MarkdownBlock[] {
  return markdownBlocksOf(text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/), opts);
}

/**
 * markdownBlocks on the text cut at blank lines already (line breaks made `\n`): a file's pieces can then be
 * decoded one at a time (input-checks.ts textFileRawBlocks), never the whole text at once.
 */
export function markdownBlocksOf(blocks: Iterable<string>, opts: { plainProse?: boolean } = {}): MarkdownBlock[] {
  const plainProse = opts.plainProse ?? true;
  const out: MarkdownBlock[] = [];
  // A batch's blocks: the Markdown of each, or for a plain block its result, already worked out.
  let batch: (string | { source: string; block: MarkdownBlock | null })[] = [];
  let batchChars = 0;
  const flush = () => {
    if (batch.length) out.push(...readBatch(batch));
    batch = [];
    batchChars = 0;
  };
  for (const block of blocks) {
    if (!block.trim()) continue;
    const lines = block.split('\n');
    if (lines.some((line) => nesting(line).depth > MARKDOWN_MAX_NESTING)) {
      flush();
      // Far deeper than any article: the markers are dropped and the words kept as one plain paragraph.
      const plain = collapse(lines.map((line) => line.slice(nesting(line).rest)).join(' '));
      if (plain) out.push({ text: plain, heading: false, emphasis: false, linksOnly: false });
      continue;
    }
    if (block.length <= MARKDOWN_PIECE_CHARS && markupHeavy(block)) {
      flush();
      out.push(plainBlock(block));
      continue;
    }
    if (block.length <= MARKDOWN_PIECE_CHARS && shareable(block)) {
      if (batchChars + block.length > MARKDOWN_PIECE_CHARS) flush();
      // Batched as before (the same batches, so a reference definition links the same words), but a plain
      // block is not parsed: it has no syntax, so it ends any list or quote before it as any paragraph does.
      batch.push(plainProse && isPlainProse(block) ? { source: block, block: plainProseBlock(block) } : block);
      batchChars += block.length + 2;
      continue;
    }
    flush();
    const parts = pieces(block);
    parts.forEach((piece, i) => {
      const found = markupHeavy(piece) ? [plainBlock(piece)] : fromHtml(micromark(piece, OPTIONS));
      // A long paragraph cut into pieces stays one paragraph.
      if (i > 0 && found.length > 0 && out.length > 0) {
        const last = out[out.length - 1];
        last.text = `${last.text} ${found[0].text}`;
        last.emphasis = false;
        last.linksOnly = false;
        found.shift();
      }
      out.push(...found);
    });
  }
  flush();
  return out;
}
