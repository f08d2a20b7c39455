import { Readability } from '@mozilla/readability';
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
type Doc = HtmlDocument;
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
  const document = parse(`<!doctype html><html><body>${html}</body></html>`);
  flattenDeepNesting(document);
  return blocksOf(document.body);
}

function blocksOf(root: HtmlElement | null): string[] {
  if (!root) return [];
  const all = Array.from(root.querySelectorAll(BLOCKS));
  const out: string[] = [];
  for (const el of all) {
    if (hasBlockInside(el as unknown as DomNode)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  if (out.length === 0) {
    const t = (root.textContent ?? '').replace(/[ \t]+/g, ' ');
    return t.split(/\n\s*\n/).map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }
  return out;
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

export function readHtml(html: string): HtmlArticle {
  const document = parse(html);
  if (!document.documentElement) return { blocks: [], published: null, scriptsRemoved: 0, flattened: 0 };
  const flattened = flattenDeepNesting(document);
  let scriptsRemoved = 0;
  const published = publishedFromHtml(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const language = document.documentElement?.getAttribute('lang') ?? undefined;
  const h1 = (document.querySelector('article h1') ?? document.querySelector('h1'))?.textContent?.replace(/\s+/g, ' ').trim();
  for (const el of Array.from(document.querySelectorAll('script, noscript, iframe, object, embed, style, template'))) {
    if (el.tagName.toLowerCase() === 'script') scriptsRemoved++;
    el.remove();
  }
  let article: ReturnType<Readability<HtmlElement>['parse']> = null;
  try {
    article = new Readability<HtmlElement>(document as never, { serializer: (el) => el as unknown as HtmlElement }).parse();
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
