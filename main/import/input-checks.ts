// Checks a file's bytes before any importer sees them, so that every bad input gets one clear message
// naming the file and the problem, and nothing half-imported ever reaches the window.

import { isUtf8 } from 'node:buffer';
import { describeSize, MAX_ARTICLE_BYTES } from '../../shared/limits';

export { describeSize };

export const MAX_BYTES = MAX_ARTICLE_BYTES;

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}

const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a Word/Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old-style Word/Office document', [0xd0, 0xcf, 0x11, 0xe0]],
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}


export function checkSize(file: string, size: number): void {
  if (size === 0) throw new ImportError(file, 'the file is empty');
  if (size > MAX_BYTES) throw new ImportError(file, `the file is ${describeSize(size)}, over the ${describeSize(MAX_BYTES)} limit for an article`);
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Checked without decoding: a decoded copy made only to be thrown away doubled the memory a text file takes.
  if (isUtf8(bytes)) return -1;
  // Only on failure: walk the characters to say where.
  const strict = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    try {
      strict.decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Letters, digits, marks, punctuation or symbols: something a reader can see. */
const VISIBLE = /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u;

/** Whether a text has anything visible in it, not only blank space, zero-width or other invisible characters. */
export function hasVisibleText(text: string): boolean {
  // \p{S} includes no format characters (\p{Cf}: zero-width space, joiners, bidi marks), so those never count.
  return VISIBLE.test(text);
}

/**
 * Checks the bytes of a text file (.txt, .md, .html) and returns where its text starts (past a byte order
 * mark, or two), or throws an ImportError saying what is wrong.
 */
function checkTextBytes(file: string, bytes: Uint8Array): number {
  checkSize(file, bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(file, 'the file is UTF-16 text; save it as UTF-8 and open it again');
  }
  const kind = sniffBinary(bytes);
  if (kind) throw new ImportError(file, `this is a binary file (${kind}), not text`);
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ImportError(file, 'this is a binary file, not text (it contains NUL bytes)');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length * 0.1) throw new ImportError(file, 'this is a binary file, not text');
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new ImportError(file, `the file is not valid UTF-8 text (invalid byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8`);
  }
  // A decoder drops one byte order mark, and the text a second one.
  const bom = (at: number) => bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  return bom(0) ? (bom(3) ? 6 : 3) : 0;
}

const NO_TEXT = 'the file has no text (only blank space)';
const NOTHING_VISIBLE = 'the file has no visible text (only blank space and invisible characters such as zero-width spaces)';

/** Decodes the bytes of a text file (.txt, .md, .html), or throws an ImportError saying what is wrong. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const from = checkTextBytes(file, bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.byteLength - from).toString('utf8');
  if (text.trim().length === 0) throw new ImportError(file, NO_TEXT);
  if (!hasVisibleText(text)) throw new ImportError(file, NOTHING_VISIBLE);
  return text;
}

/**
 * A plain-text file's blocks (as `textBlocks` finds them in its decoded text), each decoded from its own bytes,
 * or an ImportError saying what is wrong with the file. The whole text is never decoded at once: a block
 * of Latin-1 characters becomes a string of one byte a character even when others in the file need two, and
 * no block keeps a decoded copy of the whole file alive.
 */
export function textFileBlocks(file: string, bytes: Uint8Array): string[] {
  const from = checkTextBytes(file, bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkSomethingVisible(file, buf.subarray(from));
  return textBlocksOfBytes(buf, from);
}

/**
 * A text file's text (as decodeText gives it), cut as Markdown is cut into blocks, at blank lines
 * (`text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)`), or an ImportError saying what is wrong with the file.
 * Each piece is decoded from its own bytes as it is asked for, so the whole text is never one string.
 */
export function textFileRawBlocks(file: string, bytes: Uint8Array): Iterable<string> {
  const from = checkTextBytes(file, bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkSomethingVisible(file, buf.subarray(from));
  return rawBlocksOfBytes(buf, from);
}

/** The pieces between blank lines (a break, spaces or tabs, a break), line breaks made `\n`, nothing trimmed. */
export function* rawBlocksOfBytes(b: Buffer, from: number): Generator<string> {
  const piece = (start: number, stop: number) => b.toString('utf8', start, stop).replace(/\r\n?/g, '\n');
  let start = from;
  for (let i = from; i < b.length; ) {
    const n = lineBreak(b, i);
    if (!n) {
      i++;
      continue;
    }
    const after = blanks(b, i + n);
    const m = lineBreak(b, after);
    if (!m) {
      i += n;
      continue;
    }
    yield piece(start, i);
    start = after + m;
    i = start;
  }
  yield piece(start, b.length);
}

/**
 * The text has something visible, or an ImportError says it has no text, or nothing visible. It is decoded a
 * piece at a time, and only until something visible is found: a file of invisible characters never becomes
 * a list of invisible blocks, nor one string.
 */
function checkSomethingVisible(file: string, bytes: Uint8Array): void {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const PIECE = 64 * 1024;
  let blank = true;
  for (let at = 0; at < bytes.length; at += PIECE) {
    const piece = decoder.decode(bytes.subarray(at, at + PIECE), { stream: at + PIECE < bytes.length });
    if (hasVisibleText(piece)) return;
    if (piece.trim().length > 0) blank = false;
  }
  throw new ImportError(file, blank ? NO_TEXT : NOTHING_VISIBLE);
}

const CR = 0x0d;
const LF = 0x0a;

/** Bytes in a line break at `i` (CR LF, CR or LF, each one break as `\r\n?` is read), or 0. */
function lineBreak(b: Uint8Array, i: number): number {
  if (b[i] === LF) return 1;
  if (b[i] === CR) return b[i + 1] === LF ? 2 : 1;
  return 0;
}

/** Past the spaces and tabs at `i`. */
function blanks(b: Uint8Array, i: number): number {
  while (b[i] === 0x20 || b[i] === 0x09) i++;
  return i;
}

/**
 * textBlocks, on bytes: the text is cut at blank lines (a break, spaces or tabs, then breaks), or at every
 * line break when it has no blank line; each piece is decoded, its line breaks become spaces, and it is
 * trimmed. Line breaks, spaces and tabs are single bytes in UTF-8 and never part of another character, so
 * cutting the bytes there and decoding each piece gives the pieces of the decoded text.
 */
function textBlocksOfBytes(b: Buffer, from: number): string[] {
  let blankLines = false;
  for (let i = from; i < b.length && !blankLines; i++) {
    const n = lineBreak(b, i);
    if (n && lineBreak(b, blanks(b, i + n))) blankLines = true;
    if (n === 2) i++;
  }
  const out: string[] = [];
  // Cut at blank lines as Markdown is (further breaks after one only make pieces of nothing, dropped here).
  for (const raw of blankLines ? rawBlocksOfBytes(b, from) : linesOfBytes(b, from)) {
    const p = raw.replace(/[ \t]*\n[ \t]*/g, ' ').trim();
    if (p.length > 0) out.push(p);
  }
  return out;
}

/** The lines of a text with no blank line: cut at every line break. */
function* linesOfBytes(b: Buffer, from: number): Generator<string> {
  let start = from;
  for (let i = from; i < b.length; ) {
    const n = lineBreak(b, i);
    if (!n) {
      i++;
      continue;
    }
    yield b.toString('utf8', start, i);
    start = i = i + n;
  }
  yield b.toString('utf8', start, b.length);
}
