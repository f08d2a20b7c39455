import * as chrono from 'chrono-node';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFile } from '../../main/import/index';
import { formatScores, readTimemlDir, scoreDocuments } from '../../main/cli/timeml-scorer';
import { tagTimexes } from '../../shared/extract/tagger';
import type { Timex } from '../../shared/extract/types';

// Benchmarks for the time-expression engine (not timed tests):
//   1. scores on the development set ../shared/eval/timeml-aquaint, next to chrono-node alone;
//   2. import + extraction time for a ~5,000-word article, next to chrono-node's raw parse of the same text.
// Run: npx tsx test/bench/extract-bench.ts

const ROOT = resolve(__dirname, '../..');
const DEV_SET = resolve(ROOT, '../shared/eval/timeml-aquaint');
const TARGET_MS = 200;

/** chrono-node as a tagger, for comparison: its spans, with values cut to the precision it knows. */
function chronoTagger(text: string, opts: { dct: string | null }): Timex[] {
  const ref = opts.dct ? new Date(`${opts.dct}T12:00:00Z`) : new Date(0);
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    const pad = (n: number | null) => String(n).padStart(2, '0');
    let value = `${y}`;
    if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) value = `${y}-${pad(m)}-${pad(d)}`;
    else if (c.isCertain('month')) value = `${y}-${pad(m)}`;
    if (c.isCertain('year') && !c.isCertain('month')) value = `${y}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: c.isCertain('hour') ? 'TIME' : 'DATE', value, rule: 'chrono' };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function devScores(): Promise<void> {
  console.log('== Development set: TimeML AQUAINT (TBAQ-cleaned) ==');
  if (!existsSync(DEV_SET)) {
    console.log(`skipped: ${DEV_SET} is not there (it lives in the team handbook beside the repo)`);
    return;
  }
  const docs = await readTimemlDir(DEV_SET);
  console.log(`${docs.length} documents`);
  console.log('-- newsline tagger');
  console.log(formatScores(scoreDocuments(docs, tagTimexes).scores));
  console.log('-- chrono-node alone (baseline)');
  console.log(formatScores(scoreDocuments(docs, chronoTagger).scores));
}

/** A ~5,000-word news article: the seed article's body, with varied dates so no result is cached. */
function makeLongArticle(): string {
  const seed = readFileSync(join(ROOT, 'data/tass-2024-05-15-taliban/article.txt'), 'utf8');
  const [chrome, title, standfirst, dateline, ...body] = seed.split(/\n\s*\n/);
  const extra = [
    'On Tuesday, officials said the talks would resume next month in Doha, two weeks after the last round ended without agreement.',
    'Between 1996 and 2001 the movement ruled most of the country; it was ousted in late 2001 and fought a twenty-year insurgency.',
    'Earlier this year, the ministry said that trade had grown by 40 percent since 2022, and that flights could restart by the summer.',
    'Three days ago, a delegation arrived in Kabul for meetings that lasted until Friday night, according to a statement issued at 3 p.m.',
  ];
  const paras: string[] = [chrome, title, standfirst, dateline];
  let words = paras.join(' ').split(/\s+/).length;
  let i = 0;
  while (words < 5000) {
    const p = i % 2 === 0 ? body[i % body.length] : extra[i % extra.length];
    paras.push(p);
    words += p.split(/\s+/).length;
    i++;
  }
  return paras.join('\n\n');
}

async function throughput(): Promise<void> {
  console.log('\n== Throughput: import + extraction of a ~5,000-word article ==');
  const text = makeLongArticle();
  const words = text.split(/\s+/).length;
  const dir = mkdtempSync(join(tmpdir(), 'newsline-bench-'));
  const file = join(dir, 'long-article.txt');
  writeFileSync(file, text);
  const runs = 15;
  const ours: number[] = [];
  let events = 0;
  for (let r = 0; r < runs + 3; r++) {
    const t0 = performance.now();
    const result = await importFile(file, { published: '2024-05-15' });
    const t1 = performance.now();
    if (!result.ok) throw new Error(result.message);
    events = result.document.events.length;
    if (r >= 3) ours.push(t1 - t0);
  }
  const base: number[] = [];
  const ref = new Date('2024-05-15T12:00:00Z');
  for (let r = 0; r < runs + 3; r++) {
    const t0 = performance.now();
    chrono.parse(text, ref);
    const t1 = performance.now();
    if (r >= 3) base.push(t1 - t0);
  }
  const mOurs = median(ours);
  const mBase = median(base);
  console.log(`article: ${words} words, ${text.length} characters, ${events} events`);
  console.log(`newsline import + extract: median ${mOurs.toFixed(1)} ms over ${runs} runs (target < ${TARGET_MS} ms: ${mOurs < TARGET_MS ? 'met' : 'MISSED'})`);
  console.log(`chrono-node parse only:    median ${mBase.toFixed(1)} ms`);
  console.log(`ratio newsline / chrono:   ${(mOurs / mBase).toFixed(2)}x`);
  // A missed target fails the run (and so `npm run bench`), not just a line in its output.
  if (mOurs >= TARGET_MS) process.exitCode = 1;
}

async function main(): Promise<void> {
  await devScores();
  await throughput();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
