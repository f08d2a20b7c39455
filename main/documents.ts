import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { documentSchemas, salvageDocument, type Paragraph } from '../shared/document';
import { eventTimes } from '../shared/dates';
import { readDocument } from '../shared/migrations';
import type { DocumentLoadResult, SentLoadResult } from '../shared/ipc';
import { describeReadError } from './file-errors';

/** The folder of the article Newsline ships with, relative to the app's data/ folder. */
export const DEFAULT_DOCUMENT = join('tass-2024-05-15-taliban', 'document.json');

/** A document folder may keep the article's plain text beside the document, to fall back on. */
const ARTICLE_TEXT = 'article.txt';

/** Splits plain text into paragraphs at blank lines; all of them body, since nothing says otherwise. */
export function paragraphsFromText(text: string): Paragraph[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t, i) => ({ id: `p${i + 1}`, role: 'body' as const, text: t }));
}

/** Keeps the paragraphs of a broken document's first source that are themselves well formed. */
function salvageParagraphs(data: unknown): { title?: string; paragraphs: Paragraph[] } | null {
  const sources = (data as { sources?: unknown } | null | undefined)?.sources;
  const article = (Array.isArray(sources) ? sources[0] : undefined) as { title?: unknown; paragraphs?: unknown } | undefined;
  if (!article || !Array.isArray(article.paragraphs)) return null;
  const paragraphs = article.paragraphs.flatMap((p) => {
    const parsed = documentSchemas().ParagraphSchema.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
  if (paragraphs.length === 0) return null;
  return { title: typeof article.title === 'string' ? article.title : undefined, paragraphs };
}

async function salvageFromText(file: string): Promise<{ source: string; paragraphs: Paragraph[] } | null> {
  const textFile = join(dirname(file), ARTICLE_TEXT);
  try {
    const paragraphs = paragraphsFromText(await readFile(textFile, 'utf8'));
    return paragraphs.length ? { source: textFile, paragraphs } : null;
  } catch {
    return null;
  }
}

/**
 * Reads and validates a Newsline document. Never throws: a bad document comes back as problems that name
 * the file, the field and what is wrong, with whatever article text could still be read.
 */
export async function loadDocumentFile(file: string): Promise<DocumentLoadResult> {
  try {
    return await loadChecked(file);
  } catch (err) {
    // Nothing above should throw; if something does, the window still gets a message and what text there is.
    return {
      ok: false,
      file,
      problems: [{ path: '', message: `${basename(file)} could not be read: ${(err as Error)?.message ?? String(err)}` }],
      salvage: await salvageFromText(file).catch(() => null),
    };
  }
}

/**
 * The launch document as the window gets it: its checked document written as JSON once, here, when main reads the
 * file ahead of the page's request. Answering is then a copy of bytes; a structured clone of 10,000 events took
 * main's thread, which also serves the page's own files, just as the page asked for them. TextEncoder gives the
 * bytes a buffer of their own (a small Buffer would share Node's pool, and a clone sends the whole pool).
 */
export async function loadDocumentToSend(file: string): Promise<SentLoadResult> {
  const result = await loadDocumentFile(file);
  return result.ok ? { ...result, document: { json: new TextEncoder().encode(JSON.stringify(result.document)) } } : result;
}

/** The events' time order, sorted here in main rather than on the window's main thread before its first frame. */
function withTimes(result: Extract<DocumentLoadResult, { ok: true }>): DocumentLoadResult {
  const times = eventTimes(result.document.events);
  return times ? { ...result, times } : result;
}

async function loadChecked(file: string): Promise<DocumentLoadResult> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, file, problems: [{ path: '', message: describeReadError(err) }], salvage: await salvageFromText(file) };
  }

  let data: unknown;
  try {
    // A byte-order mark is how some editors start UTF-8; JSON.parse would call it an unexpected token.
    data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (err) {
    return {
      ok: false,
      file,
      problems: [{ path: '', message: `${basename(file)} is not valid JSON: ${(err as Error).message}` }],
      salvage: await salvageFromText(file),
    };
  }

  const checked = readDocument(data);
  if (checked.ok) return withTimes({ ok: true, file, document: checked.document });

  // One bad event must not cost the others: open what is good, and list what was left out.
  const partial = checked.migrated ? salvageDocument(checked.migrated) : null;
  if (partial && partial.document.sources.length > 0) return withTimes({ ok: true, file, document: partial.document, problems: checked.problems });

  const fromDocument = salvageParagraphs(checked.migrated);
  return {
    ok: false,
    file,
    problems: checked.problems,
    salvage: fromDocument ? { source: file, ...fromDocument } : await salvageFromText(file),
  };
}
