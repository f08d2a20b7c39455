// Checks a file's bytes before any importer sees them, so that every bad input gets one clear message
// naming the file and the problem, and nothing half-imported ever reaches the window.

import { MAX_ARTICLE_BYTES } from '../../shared/limits';

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

export function describeSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export function checkSize(file: string, size: number): void {
  if (size === 0) throw new ImportError(file, 'the file is empty');
  if (size > MAX_BYTES) throw new ImportError(file, `the file is ${describeSize(size)}, over the 20 MB limit for an article`);
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
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
  return text;
}
