import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workerImportService } from '../../main/import-service';
import { MAX_ARTICLE_BYTES } from '../../shared/limits';
import { atMost } from './targets';

// Hostile and huge inputs against typical news text of the same size (issue 10's targets):
//   - typical text at the size limit imports (with extraction) within 5 s, as .txt, .md and .html;
//   - each worst case takes at most 3x as long as typical text of its size;
//   - peak memory (the process's peak RSS over its warmed-up baseline) stays within 10x the input, and under 300 MB.
// Each case runs in a fresh process, as the app runs it: on the built import worker (dist/main/import-worker.js)
// with the app's worker limits (main/import-service.ts), the bytes posted to it and the document posted back.
// Peak memory is the process's resident memory, sampled every millisecond while the job runs (the main
// thread is idle meanwhile), over its level just before; a new lifetime peak (maxRSS) counts too.
// Time is the process's CPU time over the job (all its threads: the worker, its garbage collector, the idle
// main thread), beside the wall-clock time: on a machine shared with other work the wall clock measures the
// other work as much as this, while CPU time is what the job itself costs, and on an idle machine of this
// class (2 cores) it is at least the wall time, so the targets are held on it.
// Exits non-zero when a target is missed.
// Run: npm run build && npx tsx test/bench/hostile-bench.ts

const ROOT = resolve(__dirname, '../..');
const LIMIT_MS = atMost(5000);
const WORST_RATIO = atMost(3);
const MEMORY_RATIO = atMost(10);
const MEMORY_CEILING = atMost(300 * 1024 * 1024);
/** The size the worst cases are compared at. */
const SIZE = 256 * 1024;

function newsText(bytes: number): string {
  const seed = readFileSync(join(ROOT, 'data/tass-2024-05-15-taliban/article.txt'), 'utf8');
  const body = seed.split(/\n\s*\n/).slice(4);
  const out = ['A long report from the region', 'MOSCOW, May 15, 2024. /TASS/. The report opens here.'];
  let n = out.join('\n\n').length;
  for (let i = 0; n < bytes; i++) {
    const p = body[i % body.length].replace(/\b(19|20)\d\d\b/g, String(1990 + (i % 30)));
    out.push(p);
    n += p.length + 2;
  }
  let text = out.join('\n\n');
  // Sized in bytes, as the limit is: the text has multi-byte characters.
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.length - Math.max(1, Buffer.byteLength(text) - bytes));
  return text;
}

function newsHtml(bytes: number): string {
  // Markup takes room: the text is cut short once the page reaches its size.
  const paragraphs = newsText(bytes).split('\n\n');
  let html = '<!doctype html><html><head><title>A long report</title><style>body{font:16px serif}</style></head><body><nav><a href="/">Home</a></nav><article><h1>A long report from the region</h1>';
  for (const p of paragraphs) {
    if (html.length > bytes - 100) break;
    html += `<p>${p}</p>\n`;
  }
  return html + '</article></body></html>';
}

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));

/** name -> [file name, bytes, the typical case it is compared with] */
const CASES: Record<string, () => { name: string; text: string; typical?: string }> = {
  'typical .txt at the limit': () => ({ name: 'news.txt', text: newsText(MAX_ARTICLE_BYTES) }),
  'typical .md at the limit': () => ({ name: 'news.md', text: newsText(MAX_ARTICLE_BYTES) }),
  'typical .html at the limit': () => ({ name: 'news.html', text: newsHtml(MAX_ARTICLE_BYTES) }),
  'typical .txt': () => ({ name: 'news.txt', text: newsText(SIZE) }),
  'typical .md': () => ({ name: 'news.md', text: newsText(SIZE) }),
  'typical .html': () => ({ name: 'news.html', text: newsHtml(SIZE) }),
  '" *a" repeated (.md)': () => ({ name: 'stars.md', text: repeatTo(' *a', SIZE), typical: 'typical .md' }),
  '"[a](" repeated (.md)': () => ({ name: 'links.md', text: repeatTo('[a](', SIZE), typical: 'typical .md' }),
  'list markers nested (.md)': () => ({ name: 'nested.md', text: 'Title\n\n' + repeatTo('- ', SIZE - 7), typical: 'typical .md' }),
  'divs nested (.html)': () => {
    const n = Math.floor((SIZE - 200) / 11);
    return { name: 'deep.html', text: '<html><body>' + '<div>'.repeat(n) + '<p>Kabul fell on August 15, 2021.</p>' + '</div>'.repeat(n) + '</body></html>', typical: 'typical .html' };
  },
  '"AB-" first paragraph (.txt)': () => ({ name: 'ab.txt', text: repeatTo('AB-', 120) + '\n\n' + newsText(SIZE - 400), typical: 'typical .txt' }),
  '"May 5 " repeated (.txt)': () => ({ name: 'may.txt', text: repeatTo('May 5 ', SIZE), typical: 'typical .txt' }),
  'dated paragraphs (.txt)': () => ({ name: 'dated.txt', text: repeatTo('It happened on 12 March 2019.\n\n', SIZE), typical: 'typical .txt' }),
  'zero-width text (.txt)': () => ({ name: 'zw.txt', text: repeatTo('\u200b\u200c\n\n', SIZE), typical: 'typical .txt' }),
};

const WORKER = join(ROOT, 'dist/main/import-worker.js');

async function runCase(label: string): Promise<void> {
  const c = CASES[label]();
  const bytes = Buffer.from(c.text);
  // The app's worker, warmed up on small inputs (the modules loaded and compiled) before the baseline.
  const service = workerImportService(WORKER, { budgetMs: 120_000 });
  await service.importBytes('warm.txt', Buffer.from(newsText(4096)));
  await service.importBytes('warm.md', Buffer.from(newsText(4096)));
  await service.importBytes('warm.html', Buffer.from(newsHtml(4096)));
  await new Promise((r) => setTimeout(r, 200));
  const baseline = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 1);
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await service.importBytes(c.name, bytes);
  const cpuUsed = process.cpuUsage(cpu0);
  const ms = (cpuUsed.user + cpuUsed.system) / 1000;
  const wallMs = performance.now() - t;
  clearInterval(sampler);
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  if (maxAfter > maxBefore) peak = Math.max(peak, maxAfter);
  await service.close();
  console.log(JSON.stringify({ ms, wallMs, bytes: bytes.length, peakDelta: Math.max(0, peak - baseline), outcome: r.ok ? `${r.document.events.length} events` : r.message.slice(0, 90) }));
}

function inChild(label: string): { ms: number; wallMs: number; bytes: number; peakDelta: number; outcome: string } {
  const out = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--case', label], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    return { ms: Infinity, wallMs: Infinity, bytes: 0, peakDelta: Infinity, outcome: `failed: ${(out.stderr || out.error?.message || '').slice(0, 200)}` };
  }
}

async function main() {
  const at = process.argv.indexOf('--case');
  if (at >= 0) return runCase(process.argv[at + 1]);
  if (!existsSync(WORKER)) {
    console.log(`${WORKER} is missing: run npm run build first (npm run bench does)`);
    process.exitCode = 1;
    return;
  }
  console.log('== Hostile and huge inputs (import + extraction, one fresh process each) ==');
  const results = new Map<string, ReturnType<typeof inChild>>();
  const misses: string[] = [];
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  for (const label of Object.keys(CASES)) {
    const r = inChild(label);
    results.set(label, r);
    const typical = CASES[label]().typical;
    const ratio = typical ? r.ms / results.get(typical)!.ms : null;
    const memoryTarget = Math.min(MEMORY_CEILING, MEMORY_RATIO * r.bytes);
    const checks: string[] = [];
    if (label.includes('at the limit') && !(r.ms <= LIMIT_MS)) checks.push(`over ${LIMIT_MS} ms`);
    if (ratio !== null && !(ratio <= WORST_RATIO)) checks.push(`over ${WORST_RATIO}x typical`);
    if (!(r.peakDelta <= memoryTarget)) checks.push(`memory over ${mb(memoryTarget)}`);
    if (checks.length) misses.push(`${label}: ${checks.join(', ')}`);
    console.log(
      `${label.padEnd(30)} ${mb(r.bytes).padStart(8)} ${`${Math.round(r.ms)} ms cpu`.padStart(13)} ${`(${Math.round(r.wallMs)} wall)`.padStart(12)}${ratio !== null ? ` ${ratio.toFixed(2)}x typical` : '              '}  peak +${mb(r.peakDelta)} (target ${mb(memoryTarget)})  ${checks.length ? 'MISS' : 'ok'}  ${r.outcome}`,
    );
  }
  console.log(`limits: file ${mb(MAX_ARTICLE_BYTES)}; targets (on CPU time): at the limit <= ${LIMIT_MS} ms, worst <= ${WORST_RATIO}x typical, peak memory <= ${MEMORY_RATIO}x input and <= ${mb(MEMORY_CEILING)}`);
  if (misses.length) {
    console.log(`MISSED:\n  ${misses.join('\n  ')}`);
    process.exitCode = 1;
  }
}

void main();
