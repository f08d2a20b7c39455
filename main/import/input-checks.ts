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

/** Decodes the bytes of a text file (.txt, .md, .html), or throws an ImportError saying what is wrong. */
export function decodeText(file: string, bytes: Uint8Array): string {
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
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new ImportError(file, 'the file has no text (only blank space)');
  if (!hasVisibleText(text)) throw new ImportError(file, 'the file has no visible text (only blank space and invisible characters such as zero-width spaces)');
  return text;
}
