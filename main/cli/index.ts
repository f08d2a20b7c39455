import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatEventDate } from '../../shared/dates';
import { quoteOf, type NewslineDocument } from '../../shared/document';
import { addSources } from '../../shared/sources';
import { describeWarning } from '../../shared/warnings';
import { parseTimeValue } from '../../shared/time-value';
import { tagTimexes } from '../../shared/extract/tagger';
import { loadDocumentFile } from '../documents';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../export/index';
import { isPictureFormat, PICTURE_FORMATS, renderPicture } from '../export/picture';
import { loadStandaloneAssets } from '../export/standalone';
import { importFile } from '../import/index';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatMisses, formatScores, listMisses, readTimemlDir, scoreDocuments } from './timeml-scorer';
import { describeProposals, fileLocator, mergedGroups } from './merges';

// The newsline command: the same import and extraction code as the app, without Electron.
// runCli takes its arguments and output streams as parameters so tests can drive it directly.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Binary output (PNG, PDF) to standard output; absent, or undefined when it is a terminal, means --out is needed. */
  stdoutBytes?: (bytes: Uint8Array) => void;
}

/** Every format `newsline export` writes: the app's file exports, then the pictures and the PDF. */
const CLI_FORMATS: Record<string, { label: string; extension: string }> = { ...EXPORT_FORMATS, ...PICTURE_FORMATS };

export const USAGE = `Usage:
  newsline extract FILE... [--published YYYY-MM-DD] [--json]
      Import an article (.txt, .md, .html, .htm, .docx) and print it with the events found in it.
      Several files make one timeline, one source per file, each with its own publication date
      (--published, when given, sets it for every file).
  newsline merges FILE... [--published YYYY-MM-DD] [--min-score 0..1] [--json | --groups]
      Import several articles into one timeline (as extract does), or read one Newsline document (.json),
      and print the merges Newsline proposes: for each, its score, the words the two share, and each side's
      event id, source, title, date and quote. --json prints them with every span also as offsets into its
      file, and "groups": what accepting all proposals at or above --min-score (default: all) would merge.
      --groups prints only those groups, in the form ../shared/eval/meantime-dev/xdoc.py --merges reads.
  newsline export FILE --to FORMAT [--out PATH] [--scale 1|2] [--published YYYY-MM-DD]
      Export a Newsline document (.json), an article, or a TimelineJS file as FORMAT:
      ${Object.entries({ ...EXPORT_FORMATS, ...PICTURE_FORMATS }).map(([name, f]) => `${name} (${f.label}, .${f.extension})`).join(', ')}.
      --scale 2 makes a PNG with twice the pixels each way. Writes to PATH, or to standard output
      (PNG and PDF only when it is not a terminal).
  newsline score-timeml DIR [--json] [--misses]
      Tag every TimeML .tml file in DIR and print span F1 (strict and relaxed), value accuracy,
      value F1 and type accuracy against its TIMEX3 annotations. --misses first lists every
      disagreement (missed, spurious, span, value, type) with its file and the text around it.
  newsline help`;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's own parser, strict: an unknown option or a missing value is a usage error in Node's words. */
function parse<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    return (err as Error).message;
  }
}

async function extract(args: string[], io: CliIo): Promise<number> {
  const p = parse(args, { published: { type: 'string' }, json: { type: 'boolean' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length === 0) return usageError(io, 'extract needs at least one FILE');
  const { published, json } = p.values;
  if (published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || typeof parseTimeValue(published) === 'string') {
      return usageError(io, `--published must be a date written YYYY-MM-DD, not "${published}"`);
    }
  }
  const built = await importTimeline(p.positionals, published ?? null, io);
  if (!built) return 1;
  const { document: doc, files } = built;
  if (json) {
    // `article` repeats the first source under its format-1 name: the evaluation scorers (../shared/eval)
    // were written against format 1 and read the paragraphs from there.
    // With several files there is no one article to alias: the document is plain format 2.
    const out =
      files.length === 1
        ? { document: { ...doc, article: doc.sources[0] }, warnings: files[0].warnings, publishedSource: files[0].publishedSource }
        : { document: doc, warnings: files.flatMap((f) => f.warnings.map((w) => `${f.file}: ${w}`)), files };
    io.stdout(`${JSON.stringify(out, null, 2)}
`);
    return 0;
  }
  const lines: string[] = [];
  for (const f of files) {
    const article = doc.sources.find((s) => s.id === f.sourceId)!;
    if (files.length > 1) lines.push(`== ${f.file} (source ${article.id})`);
    lines.push(article.title);
    lines.push(`Published: ${article.published ?? 'unknown'}${f.publishedSource ? ` (${f.publishedSource})` : ''}`);
    if (article.dateline) lines.push(`Dateline: ${article.dateline}`);
    const roles = article.paragraphs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.role]: (acc[x.role] ?? 0) + 1 }), {});
    lines.push(`Paragraphs: ${Object.entries(roles).map(([r, n]) => `${n} ${r}`).join(', ')}`);
    for (const w of f.warnings) lines.push(`Warning: ${w}`);
    const events = doc.events.filter((e) => e.evidence[0]?.sourceId === article.id);
    lines.push('', `Events (${events.length}):`);
    events.forEach((e, i) => {
      lines.push(`${String(i + 1).padStart(3)}. ${formatEventDate(e.date).padEnd(32)} ${e.title}`);
      const a = e.evidence[0];
      if (a) {
        const quote = quoteOf(doc, a);
        lines.push(`       evidence ${a.paragraphId}[${a.start}-${a.end}]: “${quote.length > 110 ? `${quote.slice(0, 107)}…` : quote}”`);
      }
      lines.push(`       basis: ${e.date.basis}; rule: ${e.date.rule ?? '-'}`);
      if (e.date.note) lines.push(`       note: ${e.date.note}`);
    });
    if (files.length > 1) lines.push('');
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

interface ImportedFile {
  file: string;
  sourceId: string;
  publishedSource: string | null | undefined;
  warnings: string[];
}

/** The year it is now: the extractor reads no clock of its own, so the command gives it (ExtractOptions.year). */
const clockYear = (): number => new Date().getUTCFullYear();

/** Several files make one timeline, each file a source, exactly as the app's "Add to this timeline" does. */
async function importTimeline(paths: string[], published: string | null, io: CliIo): Promise<{ document: NewslineDocument; files: ImportedFile[] } | null> {
  let document: NewslineDocument | null = null;
  const files: ImportedFile[] = [];
  for (const file of paths) {
    const result = await importFile(file, { published, year: clockYear() });
    if (!result.ok) {
      io.stderr(`newsline: ${result.message}\n`);
      return null;
    }
    const added: { document: NewslineDocument; sourceIds: string[] } = document ? addSources(document, result.document) : { document: result.document, sourceIds: result.document.sources.map((s) => s.id) };
    document = added.document;
    files.push({ file, sourceId: added.sourceIds[0], publishedSource: result.publishedSource, warnings: result.warnings.map(describeWarning) });
  }
  return { document: document!, files };
}

function validPublished(published: string | undefined): boolean {
  return published === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(published) && typeof parseTimeValue(published) !== 'string');
}

async function mergesCommand(args: string[], io: CliIo): Promise<number> {
  const p = parse(args, { published: { type: 'string' }, json: { type: 'boolean' }, groups: { type: 'boolean' }, 'min-score': { type: 'string' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length === 0) return usageError(io, 'merges needs at least one FILE');
  const { published, json, groups: groupsOnly } = p.values;
  if (!validPublished(published)) return usageError(io, `--published must be a date written YYYY-MM-DD, not "${published}"`);
  if (json && groupsOnly) return usageError(io, 'give --json or --groups, not both');
  const minText = p.values['min-score'];
  const minScore = minText === undefined ? 0 : Number(minText);
  if (minText !== undefined && (!/^\d*\.?\d+$/.test(minText) || minScore > 1)) return usageError(io, `--min-score must be a number from 0 to 1, not "${minText}"`);

  // One .json file is a timeline already (its sources' files are looked for beside it); else articles to import.
  let doc: NewslineDocument;
  const paths = new Map<string, string>();
  if (p.positionals.length === 1 && p.positionals[0].toLowerCase().endsWith('.json')) {
    const read = await readAnyDocument(p.positionals[0], published ?? null);
    if (!read.ok) {
      io.stderr(`newsline: ${read.message}\n`);
      return 1;
    }
    doc = read.document;
    for (const s of doc.sources) if (s.file) paths.set(s.id, join(dirname(p.positionals[0]), s.file));
  } else {
    const built = await importTimeline(p.positionals, published ?? null, io);
    if (!built) return 1;
    doc = built.document;
    for (const f of built.files) paths.set(f.sourceId, f.file);
  }
  if (doc.sources.length < 2) io.stderr('newsline: warning: one article only; merges join events of different articles\n');
  // Loaded here only: its tagger's model is a few MB that `newsline extract` never needs (scripts/build.mjs keeps it
  // in a file of its own beside the command).
  const { proposeMerges } = await import('../../shared/merge-propose');
  const proposals = proposeMerges(doc);
  const locate = fileLocator(doc, (s) => paths.get(s.id));
  const groups = mergedGroups(doc, proposals, minScore, locate);
  if (groupsOnly) {
    io.stdout(`${JSON.stringify(groups)}\n`);
    return 0;
  }
  const described = describeProposals(doc, proposals, locate);
  if (json) {
    const sources = doc.sources.map((s) => ({ id: s.id, title: s.title, file: s.file ?? null, published: s.published }));
    io.stdout(`${JSON.stringify({ sources, events: doc.events.length, minScore, proposals: described, groups }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${described.length} ${described.length === 1 ? 'proposal' : 'proposals'} over ${doc.sources.length} articles (${doc.events.length} events); ` +
      `accepting ${minScore > 0 ? `those at or above ${Math.round(minScore * 100)} %` : 'all'} makes ${groups.length} merged ${groups.length === 1 ? 'event' : 'events'}.`,
  ];
  described.forEach((x, i) => {
    lines.push('', `${String(i + 1).padStart(3)}. ${Math.round(x.score * 100)} % alike; shares: ${x.shared.slice(0, 8).join(', ')}${x.kind === 'sentence' ? ' (a sentence without a date of its own)' : ''}`);
    for (const side of x.sides) {
      const where = `${side.sourceId}${side.sourceFile ? ` ${side.sourceFile}` : ''}`;
      lines.push(`     ${where}: ${side.eventId ? `${side.eventId} ${side.dateText}: ${side.title}` : side.dateText}`);
      lines.push(`       “${side.quote.length > 110 ? `${side.quote.slice(0, 107)}…` : side.quote}”`);
    }
  });
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** A Newsline document as it is, or anything Open accepts (article, TimelineJS), imported the same way. */
async function readAnyDocument(file: string, published: string | null): Promise<{ ok: true; document: NewslineDocument } | { ok: false; message: string }> {
  if (file.toLowerCase().endsWith('.json')) {
    const loaded = await loadDocumentFile(file);
    if (loaded.ok) return { ok: true, document: loaded.document };
    // Not a Newsline document: perhaps a TimelineJS timeline; if it is neither, say what the document check found.
    const imported = await importFile(file, { published });
    if (imported.ok) return { ok: true, document: imported.document };
    const problems = loaded.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
    return { ok: false, message: `${file}: neither a Newsline document (${problems}) nor a TimelineJS timeline (${imported.message})` };
  }
  const imported = await importFile(file, { published, year: clockYear() });
  return imported.ok ? { ok: true, document: imported.document } : { ok: false, message: imported.message };
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const p = parse(args, { to: { type: 'string' }, out: { type: 'string', short: 'o' }, published: { type: 'string' }, scale: { type: 'string' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length !== 1) return usageError(io, 'export needs exactly one FILE');
  const { to, out, published, scale } = p.values;
  const formats = Object.keys(CLI_FORMATS).join(', ');
  if (to === undefined) return usageError(io, `export needs --to FORMAT (${formats})`);
  if (!isExportFormat(to) && !isPictureFormat(to)) return usageError(io, `unknown format "${to}"; use one of ${formats}`);
  if (scale !== undefined && to !== 'png') return usageError(io, `--scale is for --to png, not ${to}`);
  if (scale !== undefined && scale !== '1' && scale !== '2') return usageError(io, `--scale must be 1 or 2, not "${scale}"`);
  const binary = to === 'png' || to === 'pdf';
  if (binary && out === undefined && !io.stdoutBytes) {
    return usageError(io, `${to.toUpperCase()} is binary: give --out PATH, or redirect standard output to a file`);
  }
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || typeof parseTimeValue(published) === 'string')) {
    return usageError(io, `--published must be a date written YYYY-MM-DD, not "${published}"`);
  }
  const read = await readAnyDocument(p.positionals[0], published ?? null);
  if (!read.ok) {
    io.stderr(`newsline: ${read.message}\n`);
    return 1;
  }
  let text: string | Uint8Array;
  try {
    text = isPictureFormat(to)
      ? await renderPicture(read.document, to, { scale: scale === '2' ? 2 : 1, warn: (m) => io.stderr(`newsline: warning: ${m}\n`) })
      : await renderExport(read.document, to, {}, { standaloneAssets: () => loadStandaloneAssets() });
  } catch (err) {
    io.stderr(`newsline: ${(err as Error).message}\n`);
    return 1;
  }
  if (out === undefined) {
    if (typeof text === 'string') io.stdout(text);
    else if (binary) io.stdoutBytes!(text);
    else io.stdout(Buffer.from(text).toString('utf8'));
    return 0;
  }
  try {
    await writeFile(out, text);
  } catch (err) {
    io.stderr(`newsline: ${out}: cannot write the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return 1;
  }
  io.stderr(`Wrote ${CLI_FORMATS[to].label}${scale === '2' ? ' at 2×' : ''} of ${read.document.events.length} events to ${out}\n`);
  return 0;
}

async function scoreTimeml(args: string[], io: CliIo): Promise<number> {
  const p = parse(args, { json: { type: 'boolean' }, misses: { type: 'boolean' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length !== 1) return usageError(io, 'score-timeml needs exactly one DIR');
  let docs;
  try {
    docs = await readTimemlDir(p.positionals[0]);
  } catch (err) {
    io.stderr(`newsline: ${p.positionals[0]}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (err as Error).message}\n`);
    return 1;
  }
  if (docs.length === 0) {
    io.stderr(`newsline: ${p.positionals[0]}: no .tml files in this folder\n`);
    return 1;
  }
  const { scores, results } = scoreDocuments(docs, tagTimexes);
  const misses = p.values.misses ? listMisses(results) : undefined;
  if (p.values.json) io.stdout(`${JSON.stringify({ documents: docs.length, ...scores, ...(misses ? { misses } : {}) }, null, 2)}\n`);
  else io.stdout(`${misses ? `${formatMisses(misses)}\n\n` : ''}${docs.length} documents\n${formatScores(scores)}\n`);
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`newsline: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** Runs one newsline command; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extract(rest, io);
    case 'score-timeml':
      return scoreTimeml(rest, io);
    case 'merges':
      return mergesCommand(rest, io);
    case 'export':
      return exportCommand(rest, io);
    case 'help':
    case '--help':
    case '-h':
      io.stdout(`${USAGE}\n`);
      return 0;
    case undefined:
      return usageError(io, 'no command given');
    default:
      return usageError(io, `unknown command "${command}"`);
  }
}

/** Entry for the bundled bin: node dist/cli.js extract FILE … */
export function main(): void {
  runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    // Never pour PNG or PDF bytes into a terminal.
    stdoutBytes: process.stdout.isTTY ? undefined : (b) => process.stdout.write(b),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`newsline: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

// Lets `npx tsx main/cli/index.ts …` work during development; bin/newsline.cjs calls main() itself.
if (require.main === module) main();
