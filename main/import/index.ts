import { readFile, stat } from 'node:fs/promises';
import { MessageChannel } from 'node:worker_threads';
import { basename, extname } from 'node:path';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, FIRST_SOURCE_ID, validateOwnDocument, type NewslineDocument, type NewslineEvent, type Paragraph } from '../../shared/document';
import { extractEventsInSteps, type ExtractOptions } from '../../shared/extract/events';
import { describePublished, findPublished } from '../../shared/extract/published';
import { describeReadError } from '../file-errors';
import { DocxProblem, readDocx } from './docx';
import { HTML_MAX_DEPTH, readHtml } from './html';
import { describeSize, MAX_ARTICLE_BYTES, MAX_EVENTS_PER_ARTICLE } from '../../shared/limits';
import { checkSize, decodeText, ImportError, sniffBinary, textFileBlocks, textFileRawBlocks } from './input-checks';
import { markdownBlocksOf } from './markdown';
import { structureBlocks, type MarkedBlock } from './structure';
import type { ImportWarning } from '../../shared/warnings';
import { readTimelineFile, TIMELINE_EXTENSIONS } from './timelinejs';

// The importer registry: one entry per file kind, each turning bytes into text blocks and whatever
// metadata the format carries. Structure, publication date and events are then found the same way for all.

export interface RawArticle {
  blocks: (string | MarkedBlock)[];
  title?: string;
  published: string | null;
  publishedSource?: string;
  publisher?: string;
  url?: string;
  language?: string;
  warnings: ImportWarning[];
}

export interface Importer {
  name: string;
  extensions: string[];
  /** `bytesRead`, when given, is called as soon as the importer no longer reads `bytes` (at most once). */
  read(file: string, bytes: Buffer, bytesRead?: () => void): Promise<RawArticle>;
}

const textImporter: Importer = {
  name: 'text',
  extensions: ['.txt', '.text'],
  read: async (file, bytes) => ({ blocks: textFileBlocks(file, bytes), published: null, warnings: [] }),
};

const markdownImporter: Importer = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read: async (file, bytes) => ({ blocks: markdownBlocksOf(textFileRawBlocks(file, bytes)), published: null, warnings: [] }),
};

const htmlImporter: Importer = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read: async (file, bytes, bytesRead) => {
    const text = decodeText(file, bytes);
    // The page is read from its text: its bytes (a megabyte at the size limit) need not sit beside its DOM.
    bytesRead?.();
    const page = readHtml(text);
    const warnings: ImportWarning[] = [];
    if (page.flattened) warnings.push({ code: 'html-flattened', maxDepth: HTML_MAX_DEPTH });
    if (page.scriptsRemoved) warnings.push({ code: 'scripts-removed', count: page.scriptsRemoved });
    if (page.blocks.length === 0) throw new ImportError(file, 'no article text was found in this page');
    return {
      blocks: page.blocks,
      title: page.title,
      published: page.published,
      publishedSource: page.publishedSource,
      publisher: page.siteName,
      url: page.url,
      language: page.language,
      warnings,
    };
  },
};

const docxImporter: Importer = {
  name: 'docx',
  extensions: ['.docx'],
  read: async (file, bytes) => {
    checkSize(file, bytes.length);
    if (sniffBinary(bytes) !== 'a ZIP archive (or a Word/Office document)') {
      throw new ImportError(file, 'this is not a Word document (.docx): it is not a ZIP package');
    }
    let out: Awaited<ReturnType<typeof readDocx>>;
    try {
      out = await readDocx(bytes);
    } catch (err) {
      if (err instanceof DocxProblem) throw new ImportError(file, `this Word document cannot be opened: ${err.message}`);
      if (err instanceof RangeError) throw new ImportError(file, 'this Word document is nested too deeply to be read');
      throw new ImportError(file, `this Word document cannot be read (${(err as Error).message})`);
    }
    if (out.blocks.length === 0) throw new ImportError(file, 'the Word document has no text');
    return { blocks: out.blocks, published: null, warnings: out.warnings };
  },
};

export const IMPORTERS: Importer[] = [textImporter, markdownImporter, htmlImporter, docxImporter];

export function importerFor(file: string): Importer | undefined {
  const ext = extname(file).toLowerCase();
  return IMPORTERS.find((i) => i.extensions.includes(ext));
}

export const SUPPORTED_EXTENSIONS = [...IMPORTERS.flatMap((i) => i.extensions), ...TIMELINE_EXTENSIONS];

export interface ImportOptions {
  /** A publication date the user gave (YYYY-MM-DD); it overrides what the file says. */
  published?: string | null;
  /** The year it is now, by the caller's clock, for the extractor (ExtractOptions.year). */
  year?: number;
  /**
   * Called once the file's bytes have been read into text, when nothing reads them any more: the caller that
   * owns them can free them (releaseBytes) rather than hold the file beside its text to the end.
   */
  bytesRead?: () => void;
  /**
   * A full garbage collection, from a caller that can run one (the import worker), which may skip it when little
   * has been made since its last, unless asked for one `now`. Offered, for a file of COLLECT_FROM bytes or more,
   * once the file is read (a web page's DOM, its text and the reader's working data are garbage then), every few
   * dozen paragraphs while events are found, before the document is checked and once it is: an import never reaches a full collection by
   * itself, so without these its garbage is held, dead, beside the document to the end of the job (at 256 KB, a
   * page's DOM is more than the document, and a text of thousands of one-line paragraphs left more garbage than
   * the document). A smaller file's garbage is a few hundred kilobytes, and a collection (tens of milliseconds,
   * with the importers' libraries in the heap) would nearly double its import's time.
   */
  collect?: (now?: boolean) => Promise<void>;
}

/**
 * Frees the memory of bytes no one will read again, at once rather than at the next full collection (which an
 * import does not otherwise reach): their buffer is moved into a message that is dropped unsent. Only for
 * bytes the caller owns whole (a file it read, or a copy it was sent), never a slice of a shared buffer.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const buffer = bytes.buffer;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return;
  const { port1, port2 } = new MessageChannel();
  try {
    port1.postMessage(null, [buffer]);
  } finally {
    port1.close();
    port2.close();
  }
}

/** `D`: the document, or (as main forwards it from the import worker to the page) its JSON: shared/ipc.ts SentDocument. */
export type ImportResult<D = NewslineDocument> =
  | { ok: true; file: string; document: D; warnings: ImportWarning[]; publishedSource: string | null }
  | { ok: false; file: string; message: string; /** Stopped by the user, not a problem with the file. */ canceled?: true };

/**
 * The article's first MAX_EVENTS_PER_ARTICLE events in reading order, with a warning saying how many were left
 * out: a timeline of thousands of rows is no use to a reader and slow to draw. The extractor only counts the
 * rest, so a text dense with dates costs little more than one at the cap. `collect` (ImportOptions.collect) is
 * offered every COLLECT_EVERY paragraphs.
 */
export async function cappedEvents(
  paragraphs: Paragraph[],
  opts: ExtractOptions,
  warnings: ImportWarning[],
  { max = MAX_EVENTS_PER_ARTICLE, collect }: { max?: number; collect?: () => Promise<void> } = {},
): Promise<NewslineEvent[]> {
  const steps = extractEventsInSteps(paragraphs, opts, max);
  let step = steps.next();
  for (let n = 1; !step.done; n++) {
    if (collect && n % COLLECT_EVERY === 0) await collect();
    step = steps.next();
  }
  const { events, found } = step.value;
  if (found > events.length) warnings.push({ code: 'events-capped', found, shown: events.length });
  return events;
}

/** Paragraphs between offers to collect: the offer is cheap (the worker only looks at its heap's size). */
const COLLECT_EVERY = 64;

/** The size from which an import offers collections (ImportOptions.collect). */
export const COLLECT_FROM = 64 * 1024;

/** Builds a validated document from a file's bytes; `name` is only used for messages and the title. */
export async function importBytes(name: string, bytes: Buffer, opts: ImportOptions = {}): Promise<ImportResult> {
  const file = basename(name);
  try {
    // Timelines made elsewhere (TimelineJS) arrive with their events; they have no article to read.
    if (TIMELINE_EXTENSIONS.includes(extname(name).toLowerCase())) {
      const timeline = readTimelineFile(file, bytes, basename(name, extname(name)));
      return { ok: true, file, document: timeline.document, warnings: timeline.warnings, publishedSource: null };
    }
    const importer = importerFor(name);
    if (!importer) {
      throw new ImportError(file, `files of type "${extname(name) || '(none)'}" cannot be opened; use ${SUPPORTED_EXTENSIONS.join(', ')}`);
    }
    let read = false;
    const bytesRead = () => {
      if (read) return;
      read = true;
      opts.bytesRead?.();
    };
    const collect = bytes.length >= COLLECT_FROM ? opts.collect : undefined;
    // Read and structured in a function of its own, so that the importer's blocks (a second copy of every
    // paragraph's text) are garbage once the paragraphs are made, not held to the last collection beside them.
    const { s, raw } = await (async () => {
      const read = await importer.read(file, bytes, bytesRead);
      bytesRead();
      await collect?.();
      let chars = 0;
      for (const b of read.blocks) chars += typeof b === 'string' ? b.length : b.text.length;
      if (chars > MAX_ARTICLE_BYTES) {
        throw new ImportError(file, `its text is ${describeSize(chars)} long, over the ${describeSize(MAX_ARTICLE_BYTES)} limit for an article`);
      }
      return { s: structureBlocks(read.blocks, { title: read.title, fallbackTitle: basename(name, extname(name)) }), raw: { ...read, blocks: [] } };
    })();
    if (s.paragraphs.length === 0) throw new ImportError(file, 'no text was found');
    const warnings = [...raw.warnings];
    let published: string | null = null;
    let publishedSource: string | null = null;
    if (opts.published) {
      published = opts.published;
      publishedSource = 'given';
    } else if (raw.published) {
      published = raw.published;
      publishedSource = raw.publishedSource ?? 'page metadata';
    } else if (findPublished(s.paragraphs)[0]) {
      const best = findPublished(s.paragraphs)[0];
      published = best.date;
      publishedSource = describePublished(best);
    } else if (s.datelinePublished) {
      published = s.datelinePublished;
      publishedSource = 'dateline or byline';
    } else {
      warnings.push({ code: 'no-publication-date' });
    }
    const doc = {
      format: DOCUMENT_FORMAT,
      version: DOCUMENT_VERSION,
      sources: [
        {
          id: FIRST_SOURCE_ID,
          title: s.title,
          ...(raw.publisher ? { publisher: raw.publisher } : {}),
          ...(raw.url ? { url: raw.url } : {}),
          published,
          ...(s.dateline ? { dateline: s.dateline } : {}),
          ...(raw.language ? { language: raw.language } : {}),
          file,
          paragraphs: s.paragraphs,
        },
      ],
      events: await cappedEvents(s.paragraphs, { published, sourceId: FIRST_SOURCE_ID, year: opts.year }, warnings, { collect }),
    };
    await collect?.();
    const checked = validateOwnDocument(doc);
    if (!checked.ok) {
      throw new ImportError(file, `the imported document is not valid: ${checked.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    }
    // The caller writes the document out next (the worker, as JSON beside it): the job's garbage goes first,
    // whatever its size, as the document and its JSON are the import's largest moment.
    await collect?.(true);
    return { ok: true, file, document: checked.document, warnings, publishedSource };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, file: err.file, message: err.message };
    return { ok: false, file, message: `${file}: the file could not be imported (${(err as Error).message})` };
  }
}

/** Reads and imports a file; bad input comes back as a message naming the file and the problem. */
export async function importFile(path: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const file = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, file, message: `${file}: ${describeReadError({ code: 'EISDIR' })}` };
    // Check the size before reading, so a huge file is never loaded into memory.
    checkSize(file, info.size);
    const bytes = await readFile(path);
    // Read into a buffer of its own: once its text is out, the file's bytes are freed.
    return await importBytes(path, bytes, { ...opts, bytesRead: () => releaseBytes(bytes) });
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, file, message: err.message };
    return { ok: false, file, message: `${file}: ${describeReadError(err)}` };
  }
}

export { ImportError, MAX_BYTES } from './input-checks';
