import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatEventDate } from '../../shared/dates';
import { quoteOf, type NewslineDocument } from '../../shared/document';
import { addSources } from '../../shared/sources';
import { describeWarning } from '../../shared/warnings';
import { parseTimeValue } from '../../shared/time-value';
import { tagTimexes } from '../../shared/extract/tagger';
import { loadDocumentFile } from '../documents';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../export/index';
import { loadStandaloneAssets } from '../export/standalone';
import { importFile } from '../import/index';
import { writeFile } from 'node:fs/promises';
import { formatScores, readTimemlDir, scoreDocuments } from './timeml-scorer';

// The newsline command: the same import and extraction code as the app, without Electron.
// runCli takes its arguments and output streams as parameters so tests can drive it directly.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const USAGE = `Usage:
  newsline extract FILE... [--published YYYY-MM-DD] [--json]
      Import an article (.txt, .md, .html, .htm, .docx) and print it with the events found in it.
      Several files make one timeline, one source per file, each with its own publication date
      (--published, when given, sets it for every file).
  newsline export FILE --to FORMAT [--out PATH] [--published YYYY-MM-DD]
      Export a Newsline document (.json), an article, or a TimelineJS file as FORMAT:
      ${Object.entries(EXPORT_FORMATS).map(([name, f]) => `${name} (${f.label}, .${f.extension})`).join(', ')}.
      Writes to PATH, or to standard output.
  newsline score-timeml DIR [--json]
      Tag every TimeML .tml file in DIR and print span F1 (strict and relaxed), value accuracy,
      value F1 and type accuracy against its TIMEX3 annotations.
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
  // Several files make one timeline, each file a source, exactly as the app's "Add to this timeline" does.
  let document: NewslineDocument | null = null;
  const files: { file: string; sourceId: string; publishedSource: string | null | undefined; warnings: string[] }[] = [];
  for (const file of p.positionals) {
    const result = await importFile(file, { published: published ?? null });
    if (!result.ok) {
      io.stderr(`newsline: ${result.message}\n`);
      return 1;
    }
    const added: { document: NewslineDocument; sourceIds: string[] } = document ? addSources(document, result.document) : { document: result.document, sourceIds: result.document.sources.map((s) => s.id) };
    document = added.document;
    files.push({ file, sourceId: added.sourceIds[0], publishedSource: result.publishedSource, warnings: result.warnings.map(describeWarning) });
  }
  const doc = document!;
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
  const imported = await importFile(file, { published });
  return imported.ok ? { ok: true, document: imported.document } : { ok: false, message: imported.message };
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const p = parse(args, { to: { type: 'string' }, out: { type: 'string', short: 'o' }, published: { type: 'string' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length !== 1) return usageError(io, 'export needs exactly one FILE');
  const { to, out, published } = p.values;
  if (to === undefined) return usageError(io, `export needs --to FORMAT (${Object.keys(EXPORT_FORMATS).join(', ')})`);
  if (!isExportFormat(to)) return usageError(io, `unknown format "${to}"; use one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || typeof parseTimeValue(published) === 'string')) {
    return usageError(io, `--published must be a date written YYYY-MM-DD, not "${published}"`);
  }
  const read = await readAnyDocument(p.positionals[0], published ?? null);
  if (!read.ok) {
    io.stderr(`newsline: ${read.message}\n`);
    return 1;
  }
  let text: string;
  try {
    text = await renderExport(read.document, to, {}, { standaloneAssets: () => loadStandaloneAssets() });
  } catch (err) {
    io.stderr(`newsline: ${(err as Error).message}\n`);
    return 1;
  }
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (err) {
    io.stderr(`newsline: ${out}: cannot write the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return 1;
  }
  io.stderr(`Wrote ${EXPORT_FORMATS[to].label} of ${read.document.events.length} events to ${out}\n`);
  return 0;
}

async function scoreTimeml(args: string[], io: CliIo): Promise<number> {
  const p = parse(args, { json: { type: 'boolean' } });
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
  const { scores } = scoreDocuments(docs, tagTimexes);
  if (p.values.json) io.stdout(`${JSON.stringify({ documents: docs.length, ...scores }, null, 2)}\n`);
  else io.stdout(`${docs.length} documents\n${formatScores(scores)}\n`);
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
