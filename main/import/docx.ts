import mammoth from 'mammoth';
import { posix } from 'node:path';
import yauzl from 'yauzl';
import { describeSize, MAX_DOCX_INFLATED_BYTES } from '../../shared/limits';
import { htmlBlocks } from './html';
import type { ImportWarning } from '../../shared/warnings';

// Word documents go through mammoth to simple HTML, then the same block reader as web pages. A .docx is a
// ZIP archive, and an archive can claim anything: before mammoth (which inflates everything in memory) sees
// it, the archive is read here with yauzl, its sizes checked from the central directory before anything is
// inflated, then every part inflated as a stream that stops at the limit, whatever the directory claimed.

/** Something wrong with the package, in words for the user. */
export class DocxProblem extends Error {}

/** No Word document has more parts than this; a directory of millions of entries is an attack on time. */
const MAX_ENTRIES = 5000;
/** XML elements nested deeper than this (tables within tables...) would overflow mammoth's recursion. */
export const DOCX_MAX_DEPTH = 200;

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(new DocxProblem(`it is not a readable ZIP package (${err.message})`)) : resolve(zip),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) reject(new DocxProblem(`the package has more than ${MAX_ENTRIES} parts, which no Word document has`));
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err: Error) => reject(new DocxProblem(`the ZIP package is damaged (${err.message})`)));
    zip.readEntry();
  });
}

const overLimit = (size: number) =>
  new DocxProblem(`it would be ${describeSize(size)} or more once decompressed, over the ${describeSize(MAX_DOCX_INFLATED_BYTES)} limit for a Word document`);

/** Inflates one entry, counting against what the whole package may still take. */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { left: number; used: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(new DocxProblem(`the part ${entry.fileName} cannot be read (${err.message})`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        budget.left -= chunk.length;
        budget.used += chunk.length;
        if (budget.left < 0) {
          stream.destroy();
          reject(overLimit(budget.used));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) =>
        reject(
          new DocxProblem(
            /too many bytes/.test(e.message)
              ? `the part ${entry.fileName} inflates to more than the ${describeSize(entry.uncompressedSize)} its header claims (a ZIP bomb?)`
              : `the part ${entry.fileName} is damaged (${e.message})`,
          ),
        ),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** How deep the XML's elements nest, by one linear pass over its tags. */
export function xmlDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  let i = xml.indexOf('<');
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    const close = xml.indexOf('>', i + 1);
    if (close < 0) break;
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */ && xml.charCodeAt(close - 1) !== 0x2f) {
      depth++;
      if (depth > max) max = depth;
    }
    i = xml.indexOf('<', close + 1);
  }
  return max;
}

/** The internal targets of a relationships part, resolved against the part it belongs to. */
function relationshipTargets(relsName: string, xml: string): string[] {
  // _rels/.rels belongs to the package root; word/_rels/document.xml.rels to word/document.xml.
  const owner = posix.dirname(posix.dirname(relsName));
  const out: string[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]{0,4000}>/g)) {
    const tag = m[0];
    if (/\bTargetMode\s*=\s*["']External["']/i.test(tag)) continue;
    const target = /\bTarget\s*=\s*["']([^"']{0,2000})["']/.exec(tag)?.[1];
    if (target === undefined) continue;
    const resolved = target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(owner === '.' ? '' : owner, target));
    out.push(resolved);
  }
  return out;
}

/** Reads and checks the package, part by part; throws a DocxProblem naming what is wrong. */
export async function checkDocxPackage(buffer: Buffer): Promise<void> {
  const zip = await openZip(buffer);
  try {
    const entries = await listEntries(zip);
    // First the directory's own claims, before a single byte is inflated.
    let declared = 0;
    for (const e of entries) declared += e.uncompressedSize;
    if (declared > MAX_DOCX_INFLATED_BYTES) throw overLimit(declared);
    const names = new Set(entries.map((e) => e.fileName));
    // Then what the parts really inflate to: a directory may lie about sizes.
    const budget = { left: MAX_DOCX_INFLATED_BYTES, used: 0 };
    const parts = new Map<string, string>();
    for (const e of entries) {
      if (e.fileName.endsWith('/')) continue;
      const data = await inflate(zip, e, budget);
      if (/\.(xml|rels)$/i.test(e.fileName)) parts.set(e.fileName, data.toString('utf8'));
    }
    for (const [name, xml] of parts) {
      // Word never writes a DTD. One is how entity expansion (billion laughs) and external entities (XXE) come in.
      if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DocxProblem(`the part ${name} declares a DTD (<!DOCTYPE>), which Word never writes; it is refused for safety`);
      const depth = xmlDepth(xml);
      if (depth > DOCX_MAX_DEPTH) {
        throw new DocxProblem(`the part ${name} nests its elements ${depth} deep (tables within tables?); Newsline reads up to ${DOCX_MAX_DEPTH}`);
      }
    }
    const rels = parts.get('_rels/.rels');
    if (rels === undefined) throw new DocxProblem('the package has no _rels/.rels, so its main document cannot be found');
    for (const relsName of ['_rels/.rels', 'word/_rels/document.xml.rels']) {
      const xml = parts.get(relsName);
      if (xml === undefined) continue;
      for (const target of relationshipTargets(relsName, xml)) {
        if (target.startsWith('..')) throw new DocxProblem(`a relationship in ${relsName} points outside the package (${target})`);
        if (!names.has(target)) throw new DocxProblem(`a relationship in ${relsName} points to ${target}, which is not in the package`);
      }
    }
  } finally {
    zip.close();
  }
}

export async function readDocx(buffer: Buffer): Promise<{ blocks: string[]; warnings: ImportWarning[] }> {
  await checkDocxPackage(buffer);
  const result = await mammoth.convertToHtml({ buffer });
  return {
    blocks: htmlBlocks(result.value),
    warnings: result.messages.filter((m) => m.type === 'error').map((m) => ({ code: 'docx-part-unreadable' as const, detail: m.message })),
  };
}
