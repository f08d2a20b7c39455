#!/usr/bin/env node
// Title audit (a developer's tool, not part of the app): runs the built `newsline extract` over news-dev and the
// probes with the gold publication date and lists every event title with the sentence its evidence opens in,
// flagging what issue 8 point 10 rules out: fewer than 3 or more than 10 words, no verb (by wink's tags), a first
// or last word that only leads on (an article, a preposition, a conjunction), a possessive opening or one left
// dangling, unbalanced quotes or brackets, a pronoun subject where the sentence names someone, a date word left in.
// Usage, from the repo root after `npm run build`:
//   node scripts/title-audit.mjs [--sets news-dev,p1,...,p26] [--list] [--flagged] [--out FILE.json] [--no-published]
// --out keeps every title (set, file, id, title, sentence) so that two builds can be compared.
// --from DIR reads the JSON that `npx tsx scripts/extract-dump.ts DIR` wrote (DIR/pub/<set>, or DIR/nopub/<set> with
// --no-published) instead of running the CLI once per article: seconds instead of minutes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const ROOT = process.cwd();
const EVAL = process.env.NEWSLINE_EVAL ?? path.resolve(ROOT, '../shared/eval');
const SETS = {
  'news-dev': fs.existsSync(path.join(EVAL, 'news-dev')) ? path.join(EVAL, 'news-dev') : '/work/shared/eval/news-dev',
  // Every probe under test/fixtures, as extract-dump.ts lists them.
  ...Object.fromEntries(
    fs
      .readdirSync(path.join(ROOT, 'test/fixtures'))
      .map((d) => /^extract-probe(?:-(\d+))?$/.exec(d))
      .filter((m) => m !== null)
      .map((m) => [`p${m[1] ?? 1}`, path.join(ROOT, 'test/fixtures', m[0])]),
  ),
};
// p10 and later are listed but not in the default sets, so that the default counts stay comparable with earlier rounds.
const DEFAULT_SETS = ['news-dev', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9'];
const want = opt('--sets', DEFAULT_SETS.join(',')).split(',');
const LIST = args.includes('--list');
const FLAGGED = args.includes('--flagged');
const OUT = opt('--out', null);
// --no-published: extraction without the publication date (the titles' dates then differ; their words seldom do).
const NO_PUBLISHED = args.includes('--no-published');
const FROM = opt('--from', null);

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

function run(file, published) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['bin/newsline.cjs', 'extract', file, ...(NO_PUBLISHED ? [] : ['--published', published]), '--json'], { cwd: ROOT });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${file}: exit ${code}`))));
  });
}

const FUNCTION_START = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);
const FUNCTION_END = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX']);
const ARTICLE_OK_START = /^(?:the|a|an|this|that|these|those|some|all|no|each|every|both|many|much|most|several|any|another)$/i;
const PRONOUN_OPEN = /^(?:he|she|it|they|his|her|its|their)$/i;
// Month and weekday names with their capital: "a protest march", "will march", "led the march" name no date.
const DATE_WORD =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|(?:1[6-9]|20)\d\d)\b/;

function sentenceAt(text, start) {
  let s = start;
  while (s > 0 && !/[.!?]\s/.test(text.slice(s - 2, s))) s--;
  const m = /[.!?](?=\s|$)/g;
  m.lastIndex = Math.max(start, s);
  let e = text.length;
  for (let r = m.exec(text); r; r = m.exec(text)) {
    if (/\b(?:Mr|Mrs|Ms|Dr|St|[A-Z]|a\.m|p\.m|U\.S)$/.test(text.slice(Math.max(0, r.index - 4), r.index))) continue;
    e = r.index + 1;
    break;
  }
  return text.slice(s, e);
}

const TELLING = /^(?:said|says|told|tells)$/i;
const NOUNISH = new Set(['NOUN', 'PROPN', 'PRON']);
/**
 * A telling and what it told, read by wink's tags: 'told-bare' when the title ends on the telling (or on whom it
 * told: "X told reporters"); 'told-no-subject' when what was told opens on a verb, a preposition or "to" ("X said
 * will be switched off", "X told reporters began to fall"); 'told-no-verb' when it has no verb ("X said the current
 * government"). Only a telling after its teller (a word before it) is read.
 */
function toldFlags(vals, pos, verbs) {
  // Not a passive ("Unions were told of the plan"): who told is not in the title.
  const t = vals.findIndex((v, i) => i > 0 && TELLING.test(v) && pos[i] !== 'NOUN' && pos[i - 1] !== 'AUX');
  if (t < 0) return [];
  let k = t + 1;
  if (/^(?:that|:|,)$/i.test(vals[k] ?? '')) k++;
  // Whom it told: one noun phrase ("reporters", "a meeting of workers", "the Consumer Goods Safety Board").
  if (/^(?:told|tells)$/i.test(vals[t])) {
    let j = k;
    while (pos[j] === 'DET' || pos[j] === 'ADJ' || pos[j] === 'NUM') j++;
    if (NOUNISH.has(pos[j])) {
      j++;
      while (pos[j] === 'PROPN' || (pos[j] === 'NOUN' && pos[j - 1] === 'PROPN')) j++;
      if (/^of$/i.test(vals[j] ?? '') && pos[j + 1] !== 'VERB') {
        j++;
        while (pos[j] === 'DET' || pos[j] === 'ADJ' || pos[j] === 'NUM') j++;
        if (NOUNISH.has(pos[j])) j++;
      }
      k = j;
      if (/^that$/i.test(vals[k] ?? '')) k++;
    }
  }
  const rest = pos.slice(k).filter((p) => p !== 'PUNCT');
  if (!rest.length) return ['told-bare'];
  const first = pos.slice(k).find((p) => p !== 'PUNCT');
  if (first === 'VERB' || first === 'AUX' || first === 'ADP' || first === 'PART' || first === 'CCONJ' || first === 'SCONJ') return ['told-no-subject'];
  if (!pos.slice(k).some((p, i) => p === 'VERB' || p === 'AUX' || verbs.has(vals[k + i].toLowerCase()))) return ['told-no-verb'];
  return [];
}

function flagsOf(title, sentence) {
  const flags = [];
  const words = title.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 3) flags.push('short');
  if (words.length > 10) flags.push('long');
  const doc = nlp.readDoc(title);
  const pos = doc.tokens().out(its.pos);
  const vals = doc.tokens().out(its.value);
  // The small model tags a title read alone less well than its sentence ("Ruth Almquist retired/ADJ"): a word
  // the sentence's own reading tags a verb counts as one.
  const sdoc = nlp.readDoc(sentence);
  const spos = sdoc.tokens().out(its.pos);
  const svals = sdoc.tokens().out(its.value);
  const sentenceVerbs = new Set(svals.filter((v, i) => spos[i] === 'VERB' || spos[i] === 'AUX').map((v) => v.toLowerCase()));
  if (!pos.some((p, i) => p === 'VERB' || p === 'AUX' || sentenceVerbs.has(vals[i].toLowerCase()))) flags.push('no-verb');
  const wi = vals.map((v, i) => i).filter((i) => pos[i] !== 'PUNCT' && pos[i] !== 'SYM');
  const first = wi[0];
  const last = wi[wi.length - 1];
  if (first !== undefined && FUNCTION_START.has(pos[first]) && !ARTICLE_OK_START.test(vals[first])) flags.push('fn-start');
  if (last !== undefined && (FUNCTION_END.has(pos[last]) || /^(?:his|her|its|their|our|my|your)$/i.test(vals[last])) && !/^(?:not|n't|up|out|off|down|over|away|back|in|on)$/i.test(vals[last])) flags.push('fn-end');
  if (/^(?:His|Its|Their|Her|Our|My)\s/.test(title)) flags.push('possessive-open');
  // "Company's plant opened" of "the company's plant": a common noun's possessive with its article dropped.
  const possessor = /^([A-Z][a-z]+)['’]s?\s/.exec(title);
  if (possessor && new RegExp(`\\b(?:the|a|an|its|their|his|her)\\s+${possessor[1].toLowerCase()}['’]`, 'i').test(sentence)) flags.push('possessive-common');
  if (/['’]s?\s*$|['’]s\s+(?:[a-z]+ed|is|was|were|are|has|had|to|in|on|at|by|of|and)\b/.test(title)) flags.push('possessive-dangling');
  const count = (re) => (title.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g) || count(/\[/g) !== count(/\]/g) || count(/"/g) % 2 || count(/“/g) !== count(/”/g)) flags.push('unbalanced');
  if (PRONOUN_OPEN.test(vals[0] ?? '')) {
    // Named in the sentence before the pronoun: the title could have said who.
    const at = svals.findIndex((v) => v.toLowerCase() === vals[0].toLowerCase());
    const names = at > 0 && spos.slice(0, at).some((p, i) => p === 'PROPN' && /^[A-Z][a-z]/.test(svals[i]) && i > 0);
    flags.push(names ? 'pronoun-named' : 'pronoun');
  }
  if (DATE_WORD.test(title)) flags.push('date-word');
  flags.push(...toldFlags(vals, pos, sentenceVerbs));
  return flags;
}

const rows = [];
const jobs = [];
for (const set of want) {
  const dir = SETS[set];
  if (!dir) continue;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
    jobs.push({ set, file: path.join(dir, f), name: f.replace(/\.txt$/, ''), published: gold.published });
  }
}
const results = new Array(jobs.length);
let next = 0;
await Promise.all([0, 1].map(async () => {
  while (next < jobs.length) {
    const i = next++;
    results[i] = FROM
      ? JSON.parse(fs.readFileSync(path.join(FROM, NO_PUBLISHED ? 'nopub' : 'pub', jobs[i].set, `${jobs[i].name}.json`), 'utf8'))
      : await run(jobs[i].file, jobs[i].published);
  }
}));
jobs.forEach((job, j) => {
  const doc = results[j].document;
  const paras = new Map(doc.sources[0].paragraphs.map((p) => [p.id, p.text]));
  for (const e of doc.events) {
    const ev = e.evidence[0];
    const text = paras.get(ev.paragraphId) ?? '';
    const sentence = sentenceAt(text, ev.start);
    rows.push({ set: job.set, name: job.name, id: e.id, title: e.title, sentence, flags: flagsOf(e.title, sentence), date: JSON.stringify({ ...e.date, note: undefined }), evidence: JSON.stringify(e.evidence) });
  }
});

const counts = {};
for (const r of rows) for (const f of r.flags) counts[f] = (counts[f] ?? 0) + 1;
if (LIST || FLAGGED) {
  for (const r of rows) {
    if (FLAGGED && !r.flags.length) continue;
    console.log(`${r.set}/${r.name} ${r.id} [${r.flags.join(',')}]\n  T: ${r.title}\n  S: ${r.sentence.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}
if (OUT) fs.writeFileSync(OUT, JSON.stringify(rows, null, 1));
console.log(`titles ${rows.length}, flagged ${rows.filter((r) => r.flags.length).length}`);
console.log(Object.entries(counts).sort().map(([k, v]) => `${k} ${v}`).join(', '));
