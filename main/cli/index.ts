import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatEventDate } from '../../shared/dates';
import { quoteOf } from '../../shared/document';
import { parseTimeValue } from '../../shared/time-value';
import { tagTimexes } from '../../shared/extract/tagger';
import { importFile } from '../import/index';
import { formatScores, readTimemlDir, scoreDocuments } from './timeml-scorer';

// The newsline command: the same import and extraction code as the app, without Electron.
// runCli takes its arguments and output streams as parameters so tests can drive it directly.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const USAGE = `Usage:
  newsline extract FILE [--published YYYY-MM-DD] [--json]
      Import an article (.txt, .md, .html, .htm, .docx) and print it with the events found in it.
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
  if (p.positionals.length !== 1) return usageError(io, 'extract needs exactly one FILE');
  const { published, json } = p.values;
  if (published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || typeof parseTimeValue(published) === 'string') {
      return usageError(io, `--published must be a date written YYYY-MM-DD, not "${published}"`);
    }
  }
  const result = await importFile(p.positionals[0], { published: published ?? null });
  if (!result.ok) {
    io.stderr(`newsline: ${result.message}\n`);
    return 1;
  }
  if (json) {
    io.stdout(`${JSON.stringify({ document: result.document, warnings: result.warnings, publishedSource: result.publishedSource }, null, 2)}\n`);
    return 0;
  }
  const { sources, events } = result.document;
  const article = sources[0];
  const lines: string[] = [];
  lines.push(article.title);
  lines.push(`Published: ${article.published ?? 'unknown'}${result.publishedSource ? ` (${result.publishedSource})` : ''}`);
  if (article.dateline) lines.push(`Dateline: ${article.dateline}`);
  const roles = article.paragraphs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.role]: (acc[x.role] ?? 0) + 1 }), {});
  lines.push(`Paragraphs: ${Object.entries(roles).map(([r, n]) => `${n} ${r}`).join(', ')}`);
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  lines.push('', `Events (${events.length}):`);
  events.forEach((e, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${formatEventDate(e.date).padEnd(32)} ${e.title}`);
    const a = e.evidence[0];
    if (a) {
      const quote = quoteOf(result.document, a);
      lines.push(`       evidence ${a.paragraphId}[${a.start}-${a.end}]: “${quote.length > 110 ? `${quote.slice(0, 107)}…` : quote}”`);
    }
    lines.push(`       basis: ${e.date.basis}; rule: ${e.date.rule ?? '-'}`);
    if (e.date.note) lines.push(`       note: ${e.date.note}`);
  });
  io.stdout(`${lines.join('\n')}\n`);
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
