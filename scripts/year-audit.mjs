#!/usr/bin/env node
// Year-certainty audit (a developer's tool, not part of the app): runs the built `newsline extract` over
// news-dev and the probes, with and without the gold publication date, and counts
//   - unflagged wrong years as the scorer does (the judged event against the first gold entry it matches),
//   - unflagged wrong years against EVERY gold entry an event overlaps (the scorer sees only the first),
//   - flagged events whose date is nonetheless right (over-flagging: a hatched item where the text is clear).
// Usage, from the repo root after `npm run build`:
//   node scripts/year-audit.mjs [--out DIR] [--from DIR] [--by-rule] [--by-route] [--list] [--sets news-dev,p1,...,p12] [--modes pub,nopub] [--meantime]
// --out keeps every run's JSON (DIR/<mode>/<set>/<name>.json) so two builds can be compared with diff.
// The date arithmetic is the news-dev scorer's (../shared/eval/news-dev/score.mjs), copied so that this tool
// can look at every gold entry.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const ROOT = process.cwd();
// The handbook folder sits beside the repo (../shared/eval).
const EVAL = process.env.NEWSLINE_EVAL ?? path.resolve(ROOT, '../shared/eval');
const OUT = opt('--out', null);
const FROM = opt('--from', null);
const BY_RULE = args.includes('--by-rule');
const BY_ROUTE = args.includes('--by-route');
const byRule = new Map();
// --by-route: where each judged event's year came from (shared/extract/year-route.ts), read from a dump made by
// `npx tsx scripts/extract-dump.ts DIR --routes` (then --from DIR): every date there has "[route:NAME]" in its note, the
// tagger's own route (it tells a count from a date told paragraphs back from one in its own sentence), or for a date
// made after the tagger, the route its rule name tells. A date rewritten as an undated bound or a sequence after its
// expression was resolved counts as that. Without such a dump the route is "untraced".
const byRoute = new Map();
function routeOf(d) {
  const rule = d.rule ?? '';
  if (/^(?:narrative-order|ordering-clause|reported-speech|vague)|past-ref/.test(rule)) return 'undated';
  if (/^(?:sequence|narrative-focus)\//.test(rule)) return 'sequence';
  if (/^count-from-clause\//.test(rule)) return 'count-own-sentence';
  return /\[route:([a-z-]+)\]/.exec(d.note ?? '')?.[1] ?? 'untraced';
}
const LIST = args.includes('--list');
const SETS = {
  'news-dev': path.join(EVAL, 'news-dev'),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((n) => [`p${n}`, path.join(ROOT, 'test/fixtures', n === 1 ? 'extract-probe' : `extract-probe-${n}`)])),
};
const want = opt('--sets', Object.keys(SETS).join(',')).split(',');
const modes = opt('--modes', 'pub,nopub').split(',');

const dn = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / 864e5);
const ymd = (n) => new Date(n * 864e5).toISOString().slice(0, 10);
const yearOf = (n) => new Date(n * 864e5).getUTCFullYear();
function span(v) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) { const x = dn(+m[1], +m[2], +m[3]); return { lo: x, hi: x, prec: 'day' }; }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return { lo: dn(+m[1], +m[2], 1), hi: dn(+m[1], +m[2] + 1, 1) - 1, prec: 'month' };
  if ((m = /^(\d{4})$/.exec(v))) return { lo: dn(+m[1], 1, 1), hi: dn(+m[1] + 1, 1, 1) - 1, prec: 'year' };
  if ((m = /^(\d{3})$/.exec(v))) return { lo: dn(+m[1] * 10, 1, 1), hi: dn(+m[1] * 10 + 10, 1, 1) - 1, prec: 'decade' };
  return null;
}
const trunc = (n, prec) => { const s = ymd(n); return prec === 'day' ? s : prec === 'month' ? s.slice(0, 7) : s.slice(0, 4); };
const precOf = (s) => (s.length === 10 ? 'day' : s.length === 7 ? 'month' : 'year');
function sysInterval(date) {
  const a = span(date.start);
  if (!a) return null;
  let lo = a.lo, hi = a.hi;
  if (date.end) { const b = span(date.end); if (b) hi = b.hi; }
  const len = hi - lo + 1;
  switch (date.mod) {
    case 'before': return { lo: -Infinity, hi: a.hi, prec: 'open' };
    case 'after': return { lo: a.lo, hi: Infinity, prec: 'open' };
    case 'start': return { lo, hi: lo + Math.floor(len / 3), prec: a.prec };
    case 'mid': return { lo: lo + Math.floor(len / 3), hi: hi - Math.floor(len / 3), prec: a.prec };
    case 'end': return { lo: hi - Math.floor(len / 3), hi, prec: a.prec };
    default: return { lo, hi, prec: date.end ? 'range' : a.prec };
  }
}
function goldInterval(g) {
  const lo = g.start ? span(g.start).lo : -Infinity;
  const hi = g.end ? span(g.end).hi : g.precision === 'range' ? Infinity : span(g.start).hi;
  return { lo, hi };
}
const UNDATED_RULE = /narrative-order|ordering-clause|sequence\/|reported-|past-ref|before-publication/;
const marksUncertain = (d) => d.yearUncertain === true || UNDATED_RULE.test(d.rule || '');
function dateRight(g, d) {
  const s = sysInterval(d);
  if (!s) return false;
  const gi = goldInterval(g);
  if (g.resolution === 'undated') return marksUncertain(d) || (s.lo <= gi.lo && s.hi >= gi.hi);
  if (g.precision === 'day' && (!g.end || g.end === g.start)) {
    const G = span(g.start).lo;
    const tol = /one-day|defensible/i.test(g.note) ? 1 : 0;
    return s.lo === s.hi && Math.abs(s.lo - G) <= tol;
  }
  if (g.precision === 'month' || g.precision === 'year') return Number.isFinite(s.lo) && Number.isFinite(s.hi) && s.lo >= gi.lo && s.hi <= gi.hi;
  if (!(s.lo <= gi.hi && gi.lo <= s.hi)) return false;
  if (g.start && !(Number.isFinite(s.lo) && trunc(s.lo, precOf(g.start)) === g.start)) return false;
  if (g.end && !(Number.isFinite(s.hi) && trunc(s.hi, precOf(g.end)) === g.end)) return false;
  return true;
}
function yearWrong(g, d) {
  const s = sysInterval(d);
  if (!s || (!Number.isFinite(s.lo) && !Number.isFinite(s.hi))) return false;
  const gi = goldInterval(g);
  const sy = [Number.isFinite(s.lo) ? yearOf(s.lo) : -Infinity, Number.isFinite(s.hi) ? yearOf(s.hi) : Infinity];
  const gy = [Number.isFinite(gi.lo) ? yearOf(gi.lo) : -Infinity, Number.isFinite(gi.hi) ? yearOf(gi.hi) : Infinity];
  return sy[1] < gy[0] || gy[1] < sy[0];
}
function normWithMap(s) {
  let out = '', prevSpace = false;
  const map = [];
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    if (/\s/.test(c)) { if (prevSpace) continue; c = ' '; prevSpace = true; } else prevSpace = false;
    c = c.replace(/[’‘]/, "'").replace(/[“”]/, '"').replace(/[–—]/, '-');
    out += c; map.push(i);
  }
  map.push(s.length);
  return { out, map };
}
const tokens = (s) => s.toLowerCase().match(/[a-z0-9]+/g) || [];
function fuzzyOverlap(a, b) {
  const na = normWithMap(a).out.toLowerCase(), nb = normWithMap(b).out.toLowerCase();
  if (na.includes(nb) || nb.includes(na)) return Math.min(na.length, nb.length);
  const ta = new Set(tokens(a)), tb = tokens(b);
  const k = tb.filter((t) => ta.has(t)).length;
  return tb.length && k / tb.length >= 0.5 ? k * 5 : 0;
}

function run(file, published) {
  const a = [path.join(ROOT, 'bin/newsline.cjs'), 'extract', file, '--json'];
  if (published) a.push('--published', published);
  return new Promise((resolve) => {
    const ch = spawn('node', a, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    ch.stdout.on('data', (b) => (out += b));
    ch.on('close', () => { try { resolve(JSON.parse(out)); } catch { resolve({ document: { article: { paragraphs: [] }, events: [] } }); } });
  });
}
async function pool(items, n, fn) {
  const res = new Array(items.length);
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (i < items.length) { const k = i++; res[k] = await fn(items[k]); } }));
  return res;
}

function audit(txt, gold, doc) {
  const paras = new Map(doc.article.paragraphs.map((p) => [p.id, p]));
  const T = normWithMap(txt);
  const where = new Map();
  let from = 0;
  for (const p of doc.article.paragraphs) {
    const P = normWithMap(p.text);
    const k = T.out.indexOf(P.out.trim(), from);
    if (k >= 0) { where.set(p.id, { P, k: k - (P.out.length - P.out.trimStart().length) }); from = k; }
  }
  const anchorSpan = (a) => {
    const w = where.get(a.paragraphId);
    if (!w) return null;
    const ns = w.k + w.P.map.findIndex((x) => x >= a.start), ne = w.k + w.P.map.findIndex((x) => x >= a.end);
    return { start: T.map[Math.max(0, ns)], end: T.map[Math.max(0, ne)] };
  };
  const evText = (a) => paras.get(a.paragraphId)?.text.slice(a.start, a.end) ?? '';
  const events = doc.events.map((e) => ({ e, spans: e.evidence.map((a) => ({ a, s: anchorSpan(a), text: evText(a) })) }));
  const overlapOf = (ev, g) => {
    let best = 0;
    for (const { s, text } of ev.spans) {
      if (s) best = Math.max(best, Math.min(s.end, g.end) - Math.max(s.start, g.start));
      else best = Math.max(best, fuzzyOverlap(text, g.quote));
    }
    return best;
  };
  const evLen = (ev) => ev.spans.reduce((n, x) => n + x.text.length, 0);
  const judged = new Map();
  const golds = new Map(); // event -> every gold entry it overlaps enough to be matched
  for (const g of gold.events) {
    const gs = txt.indexOf(g.quote);
    const gq = { start: gs, end: gs + g.quote.length, quote: g.quote };
    const need = Math.min(20, Math.ceil(g.quote.length / 2));
    const cands = events.map((ev) => ({ ev, o: overlapOf(ev, gq) })).filter((c) => c.o >= need)
      .sort((a, b) => b.o - a.o || evLen(a.ev) - evLen(b.ev));
    for (const c of cands) { if (!golds.has(c.ev)) golds.set(c.ev, []); golds.get(c.ev).push(g); }
    if (cands.length && !judged.has(cands[0].ev)) judged.set(cands[0].ev, g);
  }
  const r = { events: events.length, scorerWrong: 0, anyWrong: 0, flagged: 0, flaggedRight: 0, flaggedYearOk: 0, rows: [] };
  for (const ev of events) {
    const d = ev.e.date;
    const gs = golds.get(ev) ?? [];
    const jg = judged.get(ev);
    if (BY_RULE && jg) {
      const fam = (d.rule ?? '').replace(/\.\..*$/, '');
      const k = `${d.yearUncertain ? '?' : ' '} ${fam}`;
      const b = byRule.get(k) ?? { n: 0, right: 0, yearWrong: 0 };
      b.n++; if (dateRight(jg, d)) b.right++; if (yearWrong(jg, d)) b.yearWrong++;
      byRule.set(k, b);
    }
    if (BY_ROUTE && jg) {
      const k = routeOf(d);
      const b = byRoute.get(k) ?? { n: 0, right: 0, yearRight: 0, yearWrong: 0, flagged: 0, flaggedYearRight: 0, flaggedWrong: 0, anyWrong: 0 };
      const wrong = yearWrong(jg, d);
      b.n++; if (dateRight(jg, d)) b.right++; if (wrong) b.yearWrong++; else b.yearRight++;
      if (d.yearUncertain) { b.flagged++; if (wrong) b.flaggedWrong++; else b.flaggedYearRight++; }
      if (!d.yearUncertain && gs.some((g) => yearWrong(g, d))) b.anyWrong++;
      byRoute.set(k, b);
    }
    const ev1 = ev.spans[0]?.text ?? '';
    if (d.yearUncertain) {
      r.flagged++;
      if (jg && dateRight(jg, d)) { r.flaggedRight++; r.rows.push({ kind: 'FLAG-RIGHT', d, g: jg, ev: ev1, title: ev.e.title }); }
      else if (jg && !yearWrong(jg, d)) { r.flaggedYearOk++; r.rows.push({ kind: 'FLAG-YROK', d, g: jg, ev: ev1, title: ev.e.title }); }
      continue;
    }
    if (jg && yearWrong(jg, d)) { r.scorerWrong++; r.rows.push({ kind: 'WRONG', d, g: jg, ev: ev1, title: ev.e.title }); }
    const others = gs.filter((g) => g !== jg && yearWrong(g, d));
    if ((jg && yearWrong(jg, d)) || others.length) r.anyWrong++;
    for (const g of others) r.rows.push({ kind: 'WRONG-2ND', d, g, ev: ev1, title: ev.e.title });
  }
  return r;
}

const fmt = (d) => `${d.mod ? d.mod + ' ' : ''}${d.start}${d.end ? '..' + d.end : ''}${d.yearUncertain ? ' [?]' : ''} (${d.rule})`;
const summary = [];
for (const mode of modes) {
  for (const set of want) {
    const dir = SETS[set];
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -10)).sort();
    const res = await pool(names, 2, async (name) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, name + '.gold.json'), 'utf8'));
      const file = path.join(dir, name + '.txt');
      const saved = FROM && path.join(FROM, mode, set, name + '.json');
      const out = saved ? JSON.parse(fs.readFileSync(saved, 'utf8')) : await run(file, mode === 'pub' ? gold.published : null);
      if (OUT) { const o = path.join(OUT, mode, set); fs.mkdirSync(o, { recursive: true }); fs.writeFileSync(path.join(o, name + '.json'), JSON.stringify(out, null, 1)); }
      return { name, ...audit(fs.readFileSync(file, 'utf8'), gold, out.document) };
    });
    const tot = { events: 0, scorerWrong: 0, anyWrong: 0, flagged: 0, flaggedRight: 0, flaggedYearOk: 0 };
    for (const r of res) {
      for (const k of Object.keys(tot)) tot[k] += r[k];
      if (LIST) for (const x of r.rows) console.log(`${mode} ${set} ${r.name.slice(0, 2)} ${x.kind.padEnd(10)} gold=${x.g.start}${x.g.end ? '..' + x.g.end : ''} ${x.g.precision}/${x.g.resolution} sys=${fmt(x.d)}\n      ev="${x.ev.slice(0, 140)}"\n      q="${x.g.quote.slice(0, 80)}"`);
    }
    summary.push({ mode, set, ...tot });
  }
}
if (BY_RULE) for (const [k, b] of [...byRule].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(b.n).padStart(5)} right ${String(b.right).padStart(4)} yearWrong ${String(b.yearWrong).padStart(3)}  ${k}`);
if (BY_ROUTE) {
  console.log('route                     judged  dateRight  yearRight  yearWrong  flagged(yearRight/yearWrong)  unflaggedWrongAnyGold');
  for (const [k, b] of [...byRoute].sort((a, b) => b[1].n - a[1].n)) console.log(`${k.padEnd(26)}${String(b.n).padStart(6)}${String(b.right).padStart(11)}${String(b.yearRight).padStart(11)}${String(b.yearWrong).padStart(11)}${String(b.flagged).padStart(10)} (${b.flaggedYearRight}/${b.flaggedWrong})${String(b.anyWrong).padStart(22)}`);
}
console.log('mode  set       events  wrong(scorer)  wrong(any gold)  flagged  flagged&right  flagged&yearOk');
for (const s of summary) console.log(`${s.mode.padEnd(6)}${s.set.padEnd(10)}${String(s.events).padStart(6)}${String(s.scorerWrong).padStart(15)}${String(s.anyWrong).padStart(17)}${String(s.flagged).padStart(9)}${String(s.flaggedRight).padStart(15)}${String(s.flaggedYearOk).padStart(16)}`);
