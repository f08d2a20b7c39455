import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { DomDocument, DomNode } from './dom-nodes';

// HTML pages saved from a browser. The page is parsed into an inert DOM (linkedom runs no scripts and
// loads nothing); scripts and embeds are removed before Readability picks the article text.

export interface HtmlArticle {
  title?: string;
  blocks: string[];
  published: string | null;
  publishedSource?: string;
  byline?: string;
  siteName?: string;
  url?: string;
  language?: string;
  scriptsRemoved: number;
  /** Subtrees nested past HTML_MAX_DEPTH that were read as plain paragraphs. */
  flattened: number;
}

// The part of linkedom's DOM this module reads. linkedom's own declarations are written against the DOM
// library, which main is compiled without (main/tsconfig.json: a browser global in main is a compile error).
interface HtmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly firstChild: unknown;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
  remove(): void;
}
interface HtmlDocument extends Pick<HtmlElement, 'querySelector' | 'querySelectorAll'> {
  readonly title: string;
  readonly body: HtmlElement | null;
  readonly documentElement: HtmlElement | null;
}
export type Doc = HtmlDocument;
const parse = (html: string) => (parseHTML(html) as unknown as { document: HtmlDocument }).document;

const isoDay = (v: string | null | undefined): string | null => {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(v ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

function fromJsonLd(doc: Doc): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      // JSON-LD is data: parsed as JSON, never evaluated.
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        const day = typeof o.datePublished === 'string' ? isoDay(o.datePublished) : null;
        if (day) return day;
        for (const v of Object.values(o)) if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return null;
}

/** The publication date from the page's own metadata, in the order the issue asks for. */
export function publishedFromHtml(doc: Doc): { date: string; source: string } | null {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
  const og = isoDay(meta('meta[property="article:published_time"]') ?? meta('meta[name="article:published_time"]'));
  if (og) return { date: og, source: 'article:published_time' };
  const ld = fromJsonLd(doc);
  if (ld) return { date: ld, source: 'JSON-LD datePublished' };
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const d = isoDay(t.getAttribute('datetime'));
    if (d) return { date: d, source: '<time>' };
  }
  for (const name of ['pubdate', 'publishdate', 'date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']) {
    const d = isoDay(meta(`meta[name="${name}" i]`) ?? meta(`meta[name="${name}"]`));
    if (d) return { date: d, source: `meta ${name}` };
  }
  return null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';
const BLOCK_TAGS = new Set(BLOCKS.split(', '));

/**
 * Whether an element has a block element inside it, as `el.querySelector(BLOCKS)` finds, walked by the
 * elements' links: a selector is compiled anew at every call, and once for every block of a page was more
 * than the page's reading allocated otherwise.
 */
export function hasBlockInside(el: DomNode): boolean {
  let node = el.firstElementChild;
  while (node) {
    if (BLOCK_TAGS.has(node.tagName.toLowerCase())) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node !== el && !node.nextElementSibling) node = node.parentNode!;
    node = node === el ? null : node.nextElementSibling;
  }
  return false;
}

/** Text blocks of an HTML fragment: leaf-most block elements, whitespace collapsed. */
export function htmlBlocks(html: string): string[] {
  const { document } = parseFlattened(`<!doctype html><html><body>${html}</body></html>`);
  return blocksOf(document.body);
}

export function blocksOf(root: HtmlElement | null): string[] {
  if (!root) return [];
  const all = Array.from(root.querySelectorAll(BLOCKS));
  const out: string[] = [];
  for (const el of all) {
    if (hasBlockInside(el as unknown as DomNode)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(oneByteWhenItCan(t));
  }
  if (out.length === 0) {
    const t = (root.textContent ?? '').replace(/[ \t]+/g, ' ');
    return t.split(/\n\s*\n/).map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }
  return out;
}

/**
 * The same text, as a string of one byte a character when it has no character past Latin-1. A page with any
 * character past Latin-1 (a curly quote) is decoded two bytes a character, and so is every piece of text cut
 * from it, though most paragraphs need only one: the paragraphs are held to the end of the import and beyond.
 */
function oneByteWhenItCan(text: string): string {
  return /[^\x00-\xff]/.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** The page title without the site name ("Headline | Site"), trusting the page's own headline when it agrees. */
function pickTitle(title: string | undefined, h1: string | undefined): string | undefined {
  if (h1 && (!title || title.includes(h1))) return h1;
  return title;
}

/** Elements nested deeper than this are flattened into plain paragraphs before any reader walks the page. */
export const HTML_MAX_DEPTH = 64;

const BREAKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'table', 'tr', 'td', 'th', 'br', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'form', 'fieldset', 'address']);

/**
 * The text of an element's subtree as paragraphs, broken at block elements. Walked by the nodes' own links
 * (first child, next sibling, parent), without recursion and without a stack: a page nested thousands deep
 * has as many nodes to walk, and a stack entry for each was most of what flattening it allocated.
 */
function flatText(root: DomNode): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const isBlock = (node: DomNode) => node.nodeType === 1 && BREAKS.has(node.tagName.toLowerCase());
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === 3) line += node.textContent ?? '';
    else if (node.nodeType === 1) {
      // A block breaks the text where it opens and where it closes.
      if (isBlock(node)) flush();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (isBlock(node)) flush();
    }
    // On to the next node in document order, closing the elements left on the way up.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node !== root && isBlock(node)) flush();
    }
    node = node === root ? null : node.nextSibling;
  }
  flush();
  return out;
}

/**
 * Pages nested thousands deep (no real page is) make every recursive reader slow or overflow its stack. Past
 * HTML_MAX_DEPTH the subtree is replaced by its text as plain paragraphs: the words stay, the nesting goes.
 * Returns how many subtrees were flattened.
 */
export function flattenDeepNesting(page: Doc, maxDepth = HTML_MAX_DEPTH): number {
  const doc = page as unknown as DomDocument;
  const root = doc.documentElement;
  if (!root) return 0;
  let flattened = 0;
  // Walked by the elements' own links, its depth counted on the way: no stack of the elements to visit.
  let el: DomNode = root;
  let depth = 0;
  for (;;) {
    if (depth >= maxDepth) {
      if (el.firstElementChild) {
        const paragraphs = flatText(el);
        while (el.firstChild) el.removeChild(el.firstChild);
        for (const text of paragraphs) {
          const p = doc.createElement('p');
          p.textContent = text;
          el.appendChild(p);
        }
        flattened++;
      }
    } else if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el !== root && !el.nextElementSibling) {
      el = el.parentNode!;
      depth--;
    }
    if (el === root) return flattened;
    el = el.nextElementSibling!;
  }
}

/**
 * A page's markup with every subtree past `maxDepth` cut out before any DOM is built: what flattenDeepNesting
 * makes of the parsed page, without parsing the deep part into nodes first (a page 2,500 divs deep was a DOM of
 * tens of megabytes, to be thrown away). The page is read once by the parser linkedom builds its DOM from, with
 * the same options, so depth, implied ends and text are what the DOM would have. Each element at `maxDepth`
 * with an element inside keeps its place in the markup, its content replaced by an empty placeholder element
 * (a name the page does not use); `texts` holds, for each placeholder in document order, the paragraphs
 * flatText would make of the content (text broken where block elements open and close). Markup outside the
 * deep subtrees is passed on unchanged, and a page with none is returned as it is.
 */
export function collapseDeepNesting(html: string, maxDepth = HTML_MAX_DEPTH): { html: string; tag: string; texts: string[][] } {
  // [start, end) of each subtree's content in the markup, and its paragraphs.
  const cuts: { start: number; end: number; texts: string[] }[] = [];
  let depth = 0;
  let rootSeen = false;
  let outside = 0;
  let region: { start: number; inner: number; hasElement: boolean; line: string; texts: string[]; foreign: number; foreignTop: boolean } | null = null;
  let cdata = false;
  let ending = false;
  const flush = () => {
    const t = region!.line.replace(/\s+/g, ' ').trim();
    if (t) region!.texts.push(t);
    region!.line = '';
  };
  // The parser's stack of foreign (SVG, MathML) contexts is only popped by an explicit end tag: a subtree
  // that leaves it changed would parse the markup after it differently once cut, so such a subtree is left to
  // flattenDeepNesting on the DOM.
  const foreignState = (p: Parser) => (p as unknown as { foreignContext: boolean[] }).foreignContext;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (region) {
          region.hasElement = true;
          region.inner++;
          if (BREAKS.has(name)) flush();
          return;
        }
        if (outside || (depth === 0 && rootSeen)) {
          outside++;
          return;
        }
        rootSeen = true;
        if (depth === maxDepth) {
          const f = foreignState(parser);
          region = { start: parser.endIndex + 1, inner: 0, hasElement: false, line: '', texts: [], foreign: f.length, foreignTop: f[0] };
        }
        depth++;
      },
      ontext(text) {
        if (region && !cdata) region.line += text;
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
      onclosetag(name) {
        if (region && region.inner > 0) {
          region.inner--;
          if (BREAKS.has(name)) flush();
          return;
        }
        if (outside) {
          outside--;
          return;
        }
        depth--;
        if (region) {
          flush();
          const f = foreignState(parser);
          if (region.hasElement && f.length === region.foreign && f[0] === region.foreignTop) {
            cuts.push({ start: region.start, end: ending ? html.length : parser.startIndex, texts: region.texts });
          }
          region = null;
        }
      },
    },
    // As linkedom parses a page (linkedom/cjs/shared/parse-from-string.js).
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  ending = true;
  parser.end();
  if (cuts.length === 0) return { html, tag: '', texts: [] };
  let tag = 'newsline-flattened';
  for (let n = 2; new RegExp(`<${tag}`, 'i').test(html); n++) tag = `newsline-flattened-${n}`;
  let out = '';
  let at = 0;
  for (const c of cuts) {
    out += `${html.slice(at, c.start)}<${tag}></${tag}>`;
    at = c.end;
  }
  out += html.slice(at);
  return { html: out, tag, texts: cuts.map((c) => c.texts) };
}

/**
 * The page parsed with its subtrees past HTML_MAX_DEPTH flattened into plain paragraphs (collapseDeepNesting
 * before the DOM is built, flattenDeepNesting after it for any it left), and how many were flattened.
 */
export function parseFlattened(html: string, maxDepth = HTML_MAX_DEPTH): { document: HtmlDocument; flattened: number } {
  return parseCollapsed(html, collapseDeepNesting(html, maxDepth), maxDepth);
}

/** parseFlattened of a page whose collapseDeepNesting is `collapsed`: the same page again, without cutting it again. */
function parseCollapsed(html: string, collapsed: ReturnType<typeof collapseDeepNesting>, maxDepth: number): { document: HtmlDocument; flattened: number } {
  let document = parse(collapsed.html);
  let flattened = 0;
  if (collapsed.texts.length) {
    const doc = document as unknown as DomDocument;
    const placeholders = Array.from(doc.querySelectorAll(collapsed.tag));
    // Each cut is found again in the order it was made; were one out of reach (inside a template's content, say),
    // the page is parsed whole and flattened on the DOM, as it was before any cut.
    if (placeholders.length !== collapsed.texts.length) {
      document = parse(html);
      return { document, flattened: document.documentElement ? flattenDeepNesting(document, maxDepth) : 0 };
    }
    placeholders.forEach((placeholder, i) => {
      const el = placeholder.parentNode!;
      el.removeChild(placeholder);
      for (const text of collapsed.texts[i] ?? []) {
        const p = doc.createElement('p');
        p.textContent = text;
        el.appendChild(p);
      }
    });
    // One flattened to paragraphs is read again by flattenDeepNesting below, which finds the same paragraphs
    // and counts it; one with no text in it is counted here.
    flattened = collapsed.texts.filter((t) => t.length === 0).length;
  }
  if (!document.documentElement) return { document, flattened };
  return { document, flattened: flattened + flattenDeepNesting(document, maxDepth) };
}

/** Removes what is never article text (scripts, embeds, templates) from a parsed page; returns how many scripts. */
export function removeEmbeds(document: HtmlDocument): number {
  let scriptsRemoved = 0;
  for (const el of Array.from(document.querySelectorAll('script, noscript, iframe, object, embed, style, template'))) {
    if (el.tagName.toLowerCase() === 'script') scriptsRemoved++;
    el.remove();
  }
  return scriptsRemoved;
}

type Article = ReturnType<Readability<HtmlElement>['parse']>;
/** Readability's own steps this module reaches into (see readArticle and readerFor), absent from its declarations. */
interface ReaderInside {
  _grabArticle(page?: HtmlElement): unknown;
  _postProcessContent(content: HtmlElement): void;
  _getInnerText(e: DomNode, normalizeSpaces?: boolean): string;
  _getLinkDensity(element: DomNode): number;
  _isValidByline(node: DomNode, matchString: string): boolean;
  REGEXPS: { byline: RegExp };
}

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The length of Readability's inner text of an element (its textContent trimmed, each run of white space in it
 * made one space: `_getInnerText(e)`), counted over its text nodes without making the text. `isSpace` is the
 * white space of `\s` and of trim(). Null for a node this walk does not read as linkedom does (not an element,
 * or one given its own textContent).
 */
export function innerTextLength(e: DomNode): number | null {
  if (e.nodeType !== 1 || Object.prototype.hasOwnProperty.call(e, 'textContent')) return null;
  let length = 0;
  let seen = false;
  let spaces = false;
  let node = e.firstChild;
  while (node) {
    // linkedom's textContent of an element: its text and CDATA nodes in document order.
    if (node.nodeType === 3 || node.nodeType === 4) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (isSpace(text.charCodeAt(i))) spaces = true;
        else {
          // Inside the text, a run of white space is one character, whatever its length.
          if (spaces && seen) length++;
          length++;
          seen = true;
          spaces = false;
        }
      }
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== e && !node.nextSibling) node = node.parentNode!;
    node = node === e ? null : node.nextSibling;
  }
  return length;
}

/**
 * A reader for the page. The article's element is handed back as it is (blocksOf reads its blocks), never
 * serialized to markup. Where Readability makes an element's inner text only to take its length (the link
 * density of each candidate, the text density of a block, and the article's length: `_getInnerText(e, true)`
 * is only ever asked for its length), it is given a string of that length made of spaces, which V8 holds as a
 * few pieces, not the text: on a page's body or article each was a string as long as the page, two bytes a
 * character on a page with one curly quote, held in the worker to the end of the import.
 */
function readerFor(document: HtmlDocument) {
  const reader = new Readability<HtmlElement>(document as never, {
    serializer: (el) => {
      // The own textContent readArticle gave it is taken off: the element reads as any other again.
      delete (el as { textContent?: unknown }).textContent;
      return el as unknown as HtmlElement;
    },
  });
  const inside = reader as unknown as ReaderInside;
  const validByline = inside._isValidByline;
  if (typeof validByline === 'function' && inside.REGEXPS?.byline instanceof RegExp) {
    // Readability takes the whole text of every element it walks (html, body, the article's ancestors among them)
    // to measure it for a byline before it asks whether the element is named like one, and only then reads the
    // length: each a string as long as the page, made in the large-object space, where it stays until a full
    // collection. The same test, the name first, the text only of an element named like a byline.
    inside._isValidByline = function (this: ReaderInside, node: DomNode, matchString: string) {
      const rel = node.getAttribute('rel');
      const itemprop = node.getAttribute('itemprop');
      if (!(rel === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))) return false;
      return validByline.call(this, node, matchString);
    };
  }
  const innerText = inside._getInnerText;
  const linkDensity = inside._getLinkDensity;
  if (typeof innerText !== 'function' || typeof linkDensity !== 'function') return reader;
  let lengthOnly: DomNode | null = null;
  inside._getInnerText = function (this: unknown, e: DomNode, normalizeSpaces?: boolean) {
    const only = normalizeSpaces === true || (e === lengthOnly && normalizeSpaces === undefined);
    const length = only ? innerTextLength(e) : null;
    return length === null ? innerText.call(this, e, normalizeSpaces) : ' '.repeat(length);
  };
  // Its first inner text, the element's own, is read for its length; the links' texts are made as they were.
  inside._getLinkDensity = function (this: unknown, element: DomNode) {
    lengthOnly = element;
    try {
      return linkDensity.call(this, element);
    } finally {
      lengthOnly = null;
    }
  };
  return reader;
}

/**
 * The body's markup as Readability reads it before it looks for the article: on a page prepared as `again`
 * prepares it, Readability is run up to that point, and stopped there.
 */
function bodyAsFirstRead(again: () => HtmlDocument): string {
  const document = again();
  const reader = readerFor(document);
  const stop = new Error('stop');
  let markup: string | null = null;
  (reader as unknown as ReaderInside)._grabArticle = (page) => {
    markup = (page ?? (document.body as HtmlElement)).innerHTML;
    throw stop;
  };
  try {
    reader.parse();
  } catch (err) {
    if (err !== stop) throw err;
  }
  if (markup === null) throw new Error('the page could not be read again');
  return markup;
}

/**
 * Readability's article of a prepared page. Two strings as long as the page that Readability makes and
 * this importer never reads are left unmade: the body's markup, which it keeps to start again from when a
 * first reading finds too little text (made again, only then, by reading a fresh copy of the page, `again`,
 * as far as that point: the same markup), and the article's whole text, which it returns beside the article.
 * At the size limit each was 2 MB (the text two bytes a character), held in the worker to the end of the import.
 */
export function readArticle(document: HtmlDocument, again: () => HtmlDocument): Article {
  const reader = readerFor(document);
  const inside = reader as unknown as ReaderInside;
  const postProcess = inside._postProcessContent;
  const grab = inside._grabArticle;
  if (typeof postProcess === 'function' && typeof grab === 'function') {
    // Readability logs the article's markup as it gets it ("Grabbed: " + its innerHTML), making the string
    // (as long as the article, two bytes a character on a page with a curly quote) whether or not it is logging.
    // Between the two steps the article reads as having no markup; its own getter is taken off before anything
    // else reads it.
    inside._grabArticle = function (this: unknown, page?: HtmlElement) {
      const content = grab.call(this, page);
      if (content && typeof content === 'object') Object.defineProperty(content, 'innerHTML', { configurable: true, get: () => '' });
      return content;
    };
    inside._postProcessContent = function (this: unknown, content: HtmlElement) {
      delete (content as { innerHTML?: unknown }).innerHTML;
      postProcess.call(this, content);
      Object.defineProperty(content, 'textContent', { configurable: true, get: () => '' });
    };
  }
  const body = document.body;
  // What the body's own accessors below reach, cleared when the reading ends. V8 keeps a map an object has left
  // (the body's, with these accessors) alive through a few full collections after its last use, and with it the
  // accessors and whatever they hold: through `again`, the page's whole text; through the body, its DOM.
  const reading: { again: (() => HtmlDocument) | null; first: string | null; read: boolean } = { again, first: null, read: false };
  let own = false;
  if (body) {
    let proto: object | null = Object.getPrototypeOf(body);
    let markup: PropertyDescriptor | undefined;
    while (proto && !(markup = Object.getOwnPropertyDescriptor(proto, 'innerHTML'))) proto = Object.getPrototypeOf(proto);
    const set = markup?.get && markup.set;
    if (set) {
      own = true;
      Object.defineProperty(body, 'innerHTML', {
        configurable: true,
        // Read once, to keep: a token stands for the markup until it is put back (each time a reading starts over).
        get: () => {
          reading.read = true;
          return FIRST_MARKUP;
        },
        set(this: HtmlElement, value: string) {
          set.call(this, value === FIRST_MARKUP && reading.read && reading.again ? (reading.first ??= bodyAsFirstRead(reading.again)) : value);
        },
      });
    }
  }
  try {
    return reader.parse();
  } finally {
    reading.again = null;
    reading.first = null;
    if (own) delete (body as { innerHTML?: unknown }).innerHTML;
  }
}

/** What the body's markup reads as while Readability runs (see readArticle); no page's markup is this. */
const FIRST_MARKUP = '\u0000newsline: the body as Readability first read it\u0000';

export function readHtml(html: string): HtmlArticle {
  // Cut once: a page read again (see readArticle) is parsed from the same cut markup, which on a deeply nested
  // page is a fraction of the page, rather than read through by the parser a second time.
  const collapsed = collapseDeepNesting(html);
  const { document, flattened } = parseCollapsed(html, collapsed, HTML_MAX_DEPTH);
  if (!document.documentElement) return { blocks: [], published: null, scriptsRemoved: 0, flattened: 0 };
  const published = publishedFromHtml(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const language = document.documentElement?.getAttribute('lang') ?? undefined;
  const h1 = (document.querySelector('article h1') ?? document.querySelector('h1'))?.textContent?.replace(/\s+/g, ' ').trim();
  const scriptsRemoved = removeEmbeds(document);
  const again = () => {
    const page = parseCollapsed(html, collapsed, HTML_MAX_DEPTH).document;
    removeEmbeds(page);
    return page;
  };
  let article: Article = null;
  try {
    article = readArticle(document, again);
  } catch {
    article = null;
  }
  const blocks = article?.content?.firstChild ? blocksOf(article.content) : blocksOf(document.body);
  return {
    title: pickTitle(article?.title?.trim() || document.title?.trim() || undefined, h1),
    blocks,
    published: published?.date ?? null,
    publishedSource: published?.source,
    byline: article?.byline ?? undefined,
    siteName: article?.siteName ?? undefined,
    url: url || undefined,
    language: language || undefined,
    scriptsRemoved,
    flattened,
  };
}
