import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Timex } from '../../shared/extract/types';

// Reads TimeML (.tml) files and scores a tagger against them the way TempEval-3 does: a system
// expression matches a gold one if their spans overlap (relaxed) or coincide (strict); value and type
// accuracy are measured over relaxed matches, and value F1 is relaxed span F1 times value accuracy.

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  tid?: string;
}

export interface TimemlDocument {
  file: string;
  /** The creation time as YYYY-MM-DD, or null when the file has none. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

// Null-prototype: an entity name is data, and "&constructor;" must find nothing, not Object's constructor.
const ENTITIES: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}

/** A tag's attributes, decoded, in a null-prototype record (an attribute name is data). */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const m of tag.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decodeEntities(m[2]);
  return out;
}

/** Parses one TimeML document: the plain text of <TEXT> with its TIMEX3 spans in that text. */
export function parseTimeml(xml: string, file = ''): TimemlDocument {
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    if (a.functionInDocument === 'CREATION_TIME') {
      dct = /^\d{4}-\d{2}-\d{2}/.exec(a.value ?? '')?.[0] ?? null;
      break;
    }
  }
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; a: Record<string, string> }[] = [];
  // Walk tags and text in turn, so offsets are those of the text with every tag removed.
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      text += decodeEntities(m[5]);
      continue;
    }
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] === '/') {
      const o = open.pop();
      if (!o) continue;
      timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.a.type ?? '', value: o.a.value ?? '', tid: o.a.tid });
    } else {
      open.push({ start: text.length, a: attrs(m[3]) });
    }
  }
  return { file, dct, text, timexes };
}

export async function readTimemlDir(dir: string): Promise<TimemlDocument[]> {
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.tml')).sort();
  return Promise.all(names.map(async (n) => parseTimeml(await readFile(join(dir, n), 'utf8'), n)));
}

export interface SpanLike {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  /** System expressions overlapping some gold one, and gold ones overlapped by some system one. */
  relaxedSystem: number;
  relaxedGold: number;
  strict: number;
  /** Over one-to-one relaxed pairs. */
  pairs: number;
  valueCorrect: number;
  typeCorrect: number;
}

export interface Scores {
  counts: Counts;
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  valueAccuracy: number;
  valueF1: number;
  typeAccuracy: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, relaxedSystem: 0, relaxedGold: 0, strict: 0, pairs: 0, valueCorrect: 0, typeCorrect: 0 };
}

const overlaps = (a: SpanLike, b: SpanLike) => a.start < b.end && b.start < a.end;

/** The unused system expression overlapping a gold one the most, taken (added to `used`); null when none overlaps. */
function pairFor<S extends SpanLike>(g: SpanLike, system: S[], used: Set<S>): S | null {
  let best: S | null = null;
  let bestOverlap = 0;
  for (const s of system) {
    if (used.has(s) || !overlaps(s, g)) continue;
    const o = Math.min(s.end, g.end) - Math.max(s.start, g.start);
    if (o > bestOverlap) {
      best = s;
      bestOverlap = o;
    }
  }
  if (best) used.add(best);
  return best;
}

/**
 * Values are compared as exact strings, as the official TempEval-3 scorer does: "199" is not "199X" and
 * "1998-W07" is not "1998-W7", so the tagger must write the corpora's own spelling to score.
 */
export function sameValue(a: string, b: string): boolean {
  return a === b;
}

export function countDocument(gold: SpanLike[], system: SpanLike[], into: Counts = emptyCounts()): Counts {
  into.gold += gold.length;
  into.system += system.length;
  into.relaxedSystem += system.filter((s) => gold.some((g) => overlaps(s, g))).length;
  into.relaxedGold += gold.filter((g) => system.some((s) => overlaps(s, g))).length;
  into.strict += gold.filter((g) => system.some((s) => s.start === g.start && s.end === g.end)).length;
  const used = new Set<SpanLike>();
  for (const g of gold) {
    const best = pairFor(g, system, used);
    if (!best) continue;
    into.pairs++;
    if (sameValue(best.value, g.value)) into.valueCorrect++;
    if (best.type === g.type) into.typeCorrect++;
  }
  return into;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoresFrom(c: Counts): Scores {
  const sp = ratio(c.strict, c.system);
  const sr = ratio(c.strict, c.gold);
  const rp = ratio(c.relaxedSystem, c.system);
  const rr = ratio(c.relaxedGold, c.gold);
  const relaxedF1 = f1(rp, rr);
  const valueAccuracy = ratio(c.valueCorrect, c.pairs);
  return {
    counts: c,
    strict: { precision: sp, recall: sr, f1: f1(sp, sr) },
    relaxed: { precision: rp, recall: rr, f1: relaxedF1 },
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
    typeAccuracy: ratio(c.typeCorrect, c.pairs),
  };
}

export type Tagger = (text: string, opts: { dct: string | null }) => Timex[];

export interface DocumentResult {
  doc: TimemlDocument;
  system: Timex[];
}

/** Tags every document and scores the lot, micro-averaged over expressions. */
export function scoreDocuments(docs: TimemlDocument[], tagger: Tagger): { scores: Scores; results: DocumentResult[] } {
  const counts = emptyCounts();
  const results = docs.map((doc) => {
    const system = tagger(doc.text, { dct: doc.dct });
    countDocument(doc.timexes, system, counts);
    return { doc, system };
  });
  return { scores: scoresFrom(counts), results };
}

export type MissKind = 'missed' | 'spurious' | 'span' | 'value' | 'type';

/** One disagreement between the tagger and the gold, for reading what is left to fix. */
export interface Miss {
  file: string;
  kind: MissKind;
  gold?: { text: string; type: string; value: string; start: number };
  system?: { text: string; type: string; value: string; rule: string; start: number };
  /** The sentence-sized stretch of text around the expression. */
  context: string;
}

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
}

/**
 * Every disagreement, paired the way countDocument pairs them: gold expressions no system one overlaps
 * (missed), system ones overlapping no gold one (spurious), and for each relaxed pair a span that is not
 * exact, a wrong value and a wrong type, each listed once.
 */
export function listMisses(results: DocumentResult[]): Miss[] {
  const out: Miss[] = [];
  for (const { doc, system } of results) {
    const sys = (s: Timex) => ({ text: s.text, type: s.type, value: s.value, rule: s.rule, start: s.start });
    const gold = (g: GoldTimex) => ({ text: g.text, type: g.type, value: g.value, start: g.start });
    const used = new Set<Timex>();
    for (const g of doc.timexes) {
      const best = pairFor(g, system, used);
      const ctx = contextOf(doc.text, Math.min(g.start, best?.start ?? g.start), Math.max(g.end, best?.end ?? g.end));
      if (!best) {
        if (!system.some((s) => overlaps(s, g))) out.push({ file: doc.file, kind: 'missed', gold: gold(g), context: ctx });
        continue;
      }
      if (best.start !== g.start || best.end !== g.end) out.push({ file: doc.file, kind: 'span', gold: gold(g), system: sys(best), context: ctx });
      if (!sameValue(best.value, g.value)) out.push({ file: doc.file, kind: 'value', gold: gold(g), system: sys(best), context: ctx });
      if (best.type !== g.type) out.push({ file: doc.file, kind: 'type', gold: gold(g), system: sys(best), context: ctx });
    }
    for (const s of system) {
      if (!doc.timexes.some((g) => overlaps(s, g))) out.push({ file: doc.file, kind: 'spurious', system: sys(s), context: contextOf(doc.text, s.start, s.end) });
    }
  }
  return out;
}

export function formatMisses(misses: Miss[]): string {
  return misses
    .map((m) => {
      const g = m.gold ? `gold "${m.gold.text}" ${m.gold.type} ${m.gold.value}` : 'gold -';
      const s = m.system ? `system "${m.system.text}" ${m.system.type} ${m.system.value} (${m.system.rule})` : 'system -';
      return `${m.kind.padEnd(8)} ${m.file}: ${g} | ${s}\n         ${m.context}`;
    })
    .join('\n');
}

const pct = (x: number) => (100 * x).toFixed(1);

export function formatScores(s: Scores): string {
  const c = s.counts;
  return [
    `gold ${c.gold}, system ${c.system}, relaxed pairs ${c.pairs}`,
    `strict span   P ${pct(s.strict.precision)}  R ${pct(s.strict.recall)}  F1 ${pct(s.strict.f1)}`,
    `relaxed span  P ${pct(s.relaxed.precision)}  R ${pct(s.relaxed.recall)}  F1 ${pct(s.relaxed.f1)}`,
    `value accuracy ${pct(s.valueAccuracy)}   value F1 ${pct(s.valueF1)}`,
    `type accuracy  ${pct(s.typeAccuracy)}`,
  ].join('\n');
}
