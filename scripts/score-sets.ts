// Scores news-dev and the probes with the handbook's own scorer (../shared/eval/news-dev/score.mjs), in both modes,
// but runs every extraction in ONE process. The scorer spawns `npx newsline extract` once per article and mode, which
// takes about 20 minutes for every set on an idle two-core machine; this takes about one.
// It runs a copy of score.mjs whose runExtract reads the dump this script wrote instead of spawning the CLI. Nothing
// else in the copy changes, so the figures are the scorer's own; if the scorer's runExtract ever changes shape, the
// copy cannot be made and this script stops with that message rather than scoring with a different scorer.
// Usage, from the repo root:
//   npx tsx scripts/score-sets.ts [--sets news-dev,p1,p18] [--verbose] [--keep DIR]
//   --sets    which sets (default: news-dev and every test/fixtures/extract-probe*)
//   --verbose also print the scorer's per-event misses for each set and mode
//   --keep    write the dumps to DIR (kept) instead of a temporary folder
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../main/cli/index';
import { EVAL_ROOT, evalSets, option } from './eval-sets';

const args = process.argv.slice(2);
const opt = (k: string): string | undefined => option(args, k);
const ROOT = process.cwd();
const SCORER = path.join(EVAL_ROOT, 'news-dev', 'score.mjs');

const RUN_EXTRACT = /function runExtract\(file, published\) \{[\s\S]*?\n\}\n/;
const FROM_DUMP = `function runExtract(file) {
  return JSON.parse(fs.readFileSync(path.join(process.env.SCORE_DUMP, path.basename(file, '.txt') + '.json'), 'utf8'));
}
`;

function scorerCopy(dir: string): string {
  const src = fs.readFileSync(SCORER, 'utf8');
  if (!RUN_EXTRACT.test(src)) throw new Error(`${SCORER}: runExtract is not in the shape this script replaces; score with the scorer itself`);
  const file = path.join(dir, 'score-from-dump.mjs');
  fs.writeFileSync(file, src.replace(RUN_EXTRACT, FROM_DUMP));
  return file;
}

async function dump(dir: string, out: string, withPub: boolean): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = f.slice(0, -'.gold.json'.length);
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { published: string };
    let json = '';
    let err = '';
    const cli = ['extract', path.join(dir, `${name}.txt`), '--json', ...(withPub ? ['--published', gold.published] : [])];
    const code = await runCli(cli, { stdout: (t) => (json += t), stderr: (t) => (err += t) });
    // A failed extraction scores as no events, as the scorer does when the CLI fails.
    if (code !== 0 || !json) {
      process.stderr.write(`extract failed: ${name}: ${err.trim().split('\n')[0]}\n`);
      json = JSON.stringify({ document: { article: { paragraphs: [] }, events: [] }, failed: err.trim() });
    }
    fs.writeFileSync(path.join(out, `${name}.json`), json);
  }
}

const total = (text: string): string => {
  const line = text.split('\n').find((l) => l.startsWith('TOTAL'));
  if (!line) throw new Error('the scorer printed no TOTAL line');
  // gold found (rec) right (pct) rightAny wrongYr sys extra undated
  const n = line.replace(/[()%]/g, ' ').trim().split(/\s+/);
  return `${n[2]}/${n[4]}/${n[7]}`;
};

async function main(): Promise<void> {
  const every = evalSets(ROOT);
  const chosen = opt('--sets')?.split(',') ?? Object.keys(every);
  for (const s of chosen) if (!every[s]) throw new Error(`unknown set ${s}; known: ${Object.keys(every).join(', ')}`);
  const keep = opt('--keep');
  const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'score-sets-'));
  fs.mkdirSync(work, { recursive: true });
  const scorer = scorerCopy(work);
  console.log('set'.padEnd(10) + 'found/right/unflagged  with pub | without');
  for (const set of chosen) {
    const cells: string[] = [];
    for (const mode of ['pub', 'nopub'] as const) {
      const out = path.join(work, mode, set);
      await dump(every[set]!, out, mode === 'pub');
      const text = execFileSync(
        process.execPath,
        [scorer, '--holdout', every[set]!, ...(mode === 'nopub' ? ['--no-published'] : []), ...(args.includes('--verbose') ? ['--verbose'] : [])],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, SCORE_DUMP: out } },
      );
      if (args.includes('--verbose')) console.log(`--- ${set} ${mode}\n${text}`);
      cells.push(total(text));
    }
    console.log(`${set.padEnd(10)}${cells.join(' | ')}`);
  }
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
