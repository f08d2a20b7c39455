import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importBytes } from '../../main/import/index';
import { MAX_ARTICLE_BYTES } from '../../shared/limits';
import { atMost } from './targets';

// Hostile and huge inputs against typical news text of the same size (issue 10's targets):
//   - typical text at the size limit imports (with extraction) within 5 s, as .txt, .md and .html;
//   - each worst case takes at most 3x as long as typical text of its size;
//   - peak memory (the process's peak RSS over its warmed-up baseline) stays within 10x the input, and under 300 MB.
// Each case runs in a fresh process, so its peak memory is its own. Exits non-zero when a target is missed.
// Run: npx tsx test/bench/hostile-bench.ts

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
  const paragraphs = newsText(bytes * 0.8).split('\n\n');
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

async function runCase(label: string): Promise<void> {
  const c = CASES[label]();
  const bytes = Buffer.from(c.text);
  // Warm up the modules on a small input, then take the baseline.
  await importBytes('warm.txt', Buffer.from(newsText(4096)));
  await importBytes('warm.md', Buffer.from(newsText(4096)));
  await importBytes('warm.html', Buffer.from(newsHtml(4096)));
  const baseline = process.memoryUsage().rss;
  const t = performance.now();
  const r = await importBytes(c.name, bytes);
  const ms = performance.now() - t;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, bytes: bytes.length, peakDelta: Math.max(0, peak - baseline), outcome: r.ok ? `${r.document.events.length} events` : r.message.slice(0, 90) }));
}

function inChild(label: string): { ms: number; bytes: number; peakDelta: number; outcome: string } {
  const out = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--case', label], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    return { ms: Infinity, bytes: 0, peakDelta: Infinity, outcome: `failed: ${(out.stderr || out.error?.message || '').slice(0, 200)}` };
  }
}

async function main() {
  const at = process.argv.indexOf('--case');
  if (at >= 0) return runCase(process.argv[at + 1]);
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
      `${label.padEnd(30)} ${mb(r.bytes).padStart(8)} ${`${Math.round(r.ms)} ms`.padStart(9)}${ratio !== null ? ` ${ratio.toFixed(2)}x typical` : '              '}  peak +${mb(r.peakDelta)} (target ${mb(memoryTarget)})  ${checks.length ? 'MISS' : 'ok'}  ${r.outcome}`,
    );
  }
  console.log(`limits: file ${mb(MAX_ARTICLE_BYTES)}; targets: at the limit <= ${LIMIT_MS} ms, worst <= ${WORST_RATIO}x typical, peak memory <= ${MEMORY_RATIO}x input and <= ${mb(MEMORY_CEILING)}`);
  if (misses.length) {
    console.log(`MISSED:\n  ${misses.join('\n  ')}`);
    process.exitCode = 1;
  }
}

void main();
