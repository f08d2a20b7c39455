import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attrs as attrsOf, decodeEntities as decode } from '../../main/cli/timeml-scorer';

// Turns the AQUAINT TimeML files (../shared/eval/timeml-aquaint) into an event-level set in meantime-dev's
// format (NAME.txt + NAME.gold.json, see that folder's README.md), so meantime's own score.mjs can score our
// EVENT dates against the files' TLINKs. The files are research data: they are read at run time and the
// converted set is written to a scratch folder, never into the repo or the app's package.
//
// Gold events follow meantime's rules: an EVENT (through its MAKEINSTANCEs) linked by a TLINK to a TIMEX3 of
// type DATE whose value is YYYY, YYYY-MM or YYYY-MM-DD, or to the creation time; links written from the timex
// to the event are inverted, so every stored reltype reads "EVENT reltype TIMEX".

export const RELTYPES = ['SIMULTANEOUS', 'IS_INCLUDED', 'INCLUDES', 'DURING', 'BEGUN_BY', 'ENDED_BY', 'BEGINS', 'ENDS', 'BEFORE', 'AFTER', 'IBEFORE', 'IAFTER'] as const;
export type Reltype = (typeof RELTYPES)[number];

// "T DURING E" puts the timex inside the event, which is what INCLUDES says from the event's side.
const INVERSE: Record<string, Reltype> = {
  SIMULTANEOUS: 'SIMULTANEOUS',
  IS_INCLUDED: 'INCLUDES',
  INCLUDES: 'IS_INCLUDED',
  DURING: 'INCLUDES',
  BEGUN_BY: 'BEGINS',
  BEGINS: 'BEGUN_BY',
  ENDED_BY: 'ENDS',
  ENDS: 'ENDED_BY',
  BEFORE: 'AFTER',
  AFTER: 'BEFORE',
  IBEFORE: 'IAFTER',
  IAFTER: 'IBEFORE',
};

// meantime's anchor order: containment, then BEGINS/ENDS, INCLUDES, BEGUN_BY/ENDED_BY, IBEFORE/IAFTER, BEFORE/AFTER.
const REL_RANK: Record<Reltype, number> = {
  IS_INCLUDED: 0, SIMULTANEOUS: 0, DURING: 0, BEGINS: 1, ENDS: 1, INCLUDES: 2, BEGUN_BY: 3, ENDED_BY: 3, IBEFORE: 4, IAFTER: 4, BEFORE: 5, AFTER: 5,
};
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
type Precision = keyof typeof PRECISION_RANK;
const VAGUE_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

interface Span {
  start: number;
  end: number;
  text: string;
  attrs: Record<string, string>;
}

export interface ParsedTimeml {
  docId: string;
  title: string;
  /** The creation-time TIMEX3, or null when the file has none. */
  dct: { tid: string; value: string; text: string } | null;
  /** <TEXT> with its tags removed and entities decoded; PTB quote pairs (`` and '') become ". */
  text: string;
  events: Span[];
  timexes: Span[];
  /** eiid → eid */
  instances: Map<string, string>;
  /** eid → the attributes of its first MAKEINSTANCE (tense, aspect, polarity, pos) */
  instanceAttrs: Map<string, Record<string, string>>;
  tlinks: Record<string, string>[];
}


/** The wire's ASCII quote pairs, as the app would meet them on a page: one " each (meantime's texts do the same). */
const plainQuotes = (s: string) => s.replace(/``|''/g, '"');

export function parseTimeml(xml: string): ParsedTimeml {
  const docId = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? '';
  const title = decode(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1] ?? '').replace(/\s+/g, ' ').trim();
  let dct: ParsedTimeml['dct'] = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>([^<]*)<\/TIMEX3>/g)) {
    const a = attrsOf(m[1]);
    if (a.functionInDocument === 'CREATION_TIME') {
      dct = { tid: a.tid ?? '', value: a.value ?? '', text: decode(m[2]).trim() };
      break;
    }
  }
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events: Span[] = [];
  const timexes: Span[] = [];
  const open: { name: string; start: number; attrs: Record<string, string> }[] = [];
  // Tags and text in turn, so every span's offsets are those of the text with the tags removed.
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      text += plainQuotes(decode(m[5]));
      continue;
    }
    if (m[4] === '/') continue;
    if (m[1] !== '/') {
      open.push({ name: m[2], start: text.length, attrs: attrsOf(m[3]) });
      continue;
    }
    const k = open.map((o) => o.name).lastIndexOf(m[2]);
    if (k < 0) continue;
    const [o] = open.splice(k, 1);
    const span = { start: o.start, end: text.length, text: text.slice(o.start), attrs: o.attrs };
    if (o.name === 'EVENT') events.push(span);
    else if (o.name === 'TIMEX3') timexes.push(span);
  }
  const instances = new Map<string, string>();
  const instanceAttrs = new Map<string, Record<string, string>>();
  for (const m of xml.matchAll(/<MAKEINSTANCE\b([^>]*)>/g)) {
    const a = attrsOf(m[1]);
    if (!a.eiid || !a.eventID) continue;
    instances.set(a.eiid, a.eventID);
    if (!instanceAttrs.has(a.eventID)) instanceAttrs.set(a.eventID, a);
  }
  const tlinks = [...xml.matchAll(/<TLINK\b([^>]*)>/g)].map((m) => attrsOf(m[1]));
  return { docId, title, dct, text, events, timexes, instances, instanceAttrs, tlinks };
}

/** Calendar interval of a YYYY / YYYY-MM / YYYY-MM-DD value, or null for any other value. */
export function valueInterval(value: string): { lo: string; hi: string; precision: Precision } | null {
  let m: RegExpExecArray | null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return { lo: value, hi: value, precision: 'day' };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
    return { lo: `${value}-01`, hi: `${value}-${pad(last)}`, precision: 'month' };
  }
  if (/^\d{4}$/.test(value)) return { lo: `${value}-01-01`, hi: `${value}-12-31`, precision: 'year' };
  return null;
}

/** The event's interval implied by "EVENT reltype T" (meantime's README: open sides are null). */
export function impliedInterval(reltype: Reltype, lo: string, hi: string): { start: string | null; end: string | null } {
  switch (reltype) {
    case 'BEGUN_BY':
      return { start: lo, end: null };
    case 'ENDED_BY':
      return { start: null, end: hi };
    case 'BEFORE':
    case 'IBEFORE':
      return { start: null, end: lo };
    case 'AFTER':
    case 'IAFTER':
      return { start: hi, end: null };
    default:
      return { start: lo, end: hi };
  }
}

/**
 * Sentence spans of the text: a paragraph or line break always ends one; inside a line, . ! or ? (with any
 * closing quote) followed by a capital or an opening quote, unless the word before is an abbreviation or an
 * initial. Only used for the gold's `sentence` fields (the scorer prints them and falls back on them), so it
 * is kept independent of the app's own segmenter.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const ABBR = /(?:^|\s|\()(?:[A-Z]|[A-Za-z]\.[A-Za-z.]*|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Co|Corp|Inc|Ltd|Bros|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mo|Ga|Calif|Fla|Mass|Pa|Va|Wash|Ariz|Tenn|Conn|Ill|Mich|Minn|Wis)\.$/;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let s = lineStart;
    for (const m of line.matchAll(/[.!?]+["')]*(?=\s+["(]?[A-Z0-9])/g)) {
      const end = lineStart + m.index + m[0].length;
      const before = text.slice(s, lineStart + m.index + 1);
      if (ABBR.test(before)) continue;
      if (text.slice(s, end).trim()) out.push(trimSpan(text, s, end));
      s = end;
    }
    const end = lineStart + line.length;
    if (text.slice(s, end).trim()) out.push(trimSpan(text, s, end));
    lineStart = end + 1;
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

interface Anchor {
  reltype: Reltype;
  value: string;
  isDct: boolean;
  timex: Span | null;
  anchorText: string;
  order: number;
}

export interface GoldEvent {
  id: string;
  quote: string;
  sentence: string;
  sentence_index: number;
  char_start: number;
  char_end: number;
  contiguous: true;
  pred: null;
  pos: string;
  tense: string;
  aspect: string;
  polarity: string;
  event_class: string;
  source: 'tlink';
  anchor_timex: string;
  anchor_is_dct: boolean;
  anchor_in_same_sentence: boolean;
  anchor_char_start?: number;
  anchor_char_end?: number;
  value: string;
  reltype: Reltype;
  start: string | null;
  end: string | null;
  precision: Precision;
  year_vs_published: 'same' | 'earlier' | 'later';
  instance_id: null;
  other_anchors?: { source: 'tlink'; reltype: Reltype; value: string; anchor_timex: string }[];
}

export interface GoldFile {
  source_url: null;
  doc_id: string;
  doc_name: string;
  corpus: string;
  title: string;
  title_note: string;
  published: string;
  licence: string;
  events: GoldEvent[];
  vague_events: Record<string, unknown>[];
}

/** The anchors of each EVENT (by eid) that meantime's rules keep, in TLINK order; vague ones apart. */
function anchorsByEvent(doc: ParsedTimeml): { dated: Map<string, Anchor[]>; vague: Map<string, Anchor[]> } {
  const timexById = new Map(doc.timexes.map((t) => [t.attrs.tid, t]));
  const dated = new Map<string, Anchor[]>();
  const vague = new Map<string, Anchor[]>();
  doc.tlinks.forEach((l, order) => {
    let ei: string | undefined, tid: string | undefined, rel: string | undefined;
    if (l.eventInstanceID && l.relatedToTime) [ei, tid, rel] = [l.eventInstanceID, l.relatedToTime, l.relType];
    else if (l.timeID && l.relatedToEventInstance) [ei, tid, rel] = [l.relatedToEventInstance, l.timeID, INVERSE[l.relType]];
    else return;
    const eid = doc.instances.get(ei);
    if (!eid || !rel || !(RELTYPES as readonly string[]).includes(rel)) return;
    const isDct = !!doc.dct && tid === doc.dct.tid;
    const timex = isDct ? null : (timexById.get(tid) ?? null);
    if (!isDct && !timex) return;
    // The creation time is typed TIME in most of these files; its value is a date all the same.
    const value = isDct ? doc.dct!.value.slice(0, 10) : timex!.attrs.value ?? '';
    const anchor: Anchor = { reltype: rel as Reltype, value, isDct, timex, anchorText: isDct ? doc.dct!.text : timex!.text, order };
    const into = VAGUE_VALUES.has(value) ? vague : (isDct || timex!.attrs.type === 'DATE') && valueInterval(value) ? dated : null;
    if (!into) return;
    if (!into.has(eid)) into.set(eid, []);
    into.get(eid)!.push(anchor);
  });
  return { dated, vague };
}

const anchorKey = (a: Anchor) => [REL_RANK[a.reltype], a.isDct ? 1 : 0, PRECISION_RANK[valueInterval(a.value)!.precision], a.order];
function byPreference(a: Anchor, b: Anchor): number {
  const ka = anchorKey(a), kb = anchorKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

/** One document in meantime-dev's format. `txt` is the title, a blank line, then <TEXT> as the file lays it out. */
export function convertTimeml(xml: string, name: string): { txt: string; gold: GoldFile } {
  const doc = parseTimeml(xml);
  if (!doc.dct || !/^\d{4}-\d{2}-\d{2}/.test(doc.dct.value)) throw new Error(`${name}: no creation time with a date value`);
  const published = doc.dct.value.slice(0, 10);
  const title = doc.title || doc.docId || name;
  const lead = doc.text.length - doc.text.trimStart().length;
  const txt = `${title}\n\n${doc.text.trim()}\n`;
  const shift = title.length + 2 - lead;
  const sentences = sentenceSpans(txt);
  const sentenceOf = (at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);
  const { dated, vague } = anchorsByEvent(doc);
  const events: GoldEvent[] = [];
  const vagueEvents: Record<string, unknown>[] = [];
  for (const ev of doc.events) {
    const eid = ev.attrs.eid;
    const charStart = ev.start + shift;
    const charEnd = ev.end + shift;
    const quote = txt.slice(charStart, charEnd);
    if (quote !== ev.text) throw new Error(`${name} ${eid}: quote "${ev.text}" is "${quote}" at ${charStart}`);
    const si = sentenceOf(charStart);
    const sentence = si >= 0 ? txt.slice(sentences[si].start, sentences[si].end) : '';
    const anchors = (dated.get(eid) ?? []).sort(byPreference);
    if (!anchors.length) {
      const v = vague.get(eid)?.[0];
      if (v) vagueEvents.push({ id: eid, quote, sentence, char_start: charStart, char_end: charEnd, anchor_timex: v.anchorText, value: v.value, reltype: v.reltype, vague: true, instance_id: null });
      continue;
    }
    const [a, ...others] = anchors;
    const T = valueInterval(a.value)!;
    const mi = doc.instanceAttrs.get(eid) ?? {};
    const anchorStart = a.timex ? a.timex.start + shift : undefined;
    const pubYear = +published.slice(0, 4), year = +a.value.slice(0, 4);
    const gold: GoldEvent = {
      id: eid,
      quote,
      sentence,
      sentence_index: si,
      char_start: charStart,
      char_end: charEnd,
      contiguous: true,
      pred: null,
      pos: mi.pos ?? '',
      tense: mi.tense ?? '',
      aspect: mi.aspect ?? '',
      polarity: mi.polarity ?? '',
      event_class: ev.attrs.class ?? '',
      source: 'tlink',
      anchor_timex: a.anchorText,
      anchor_is_dct: a.isDct,
      anchor_in_same_sentence: anchorStart !== undefined && sentenceOf(anchorStart) === si,
      ...(a.timex ? { anchor_char_start: anchorStart, anchor_char_end: a.timex.end + shift } : {}),
      value: a.value,
      reltype: a.reltype,
      ...impliedInterval(a.reltype, T.lo, T.hi),
      precision: T.precision,
      year_vs_published: year === pubYear ? 'same' : year < pubYear ? 'earlier' : 'later',
      instance_id: null,
    };
    if (a.timex && txt.slice(gold.anchor_char_start, gold.anchor_char_end) !== a.timex.text) throw new Error(`${name} ${eid}: anchor offsets do not give "${a.timex.text}"`);
    if (others.length) gold.other_anchors = others.map((o) => ({ source: 'tlink', reltype: o.reltype, value: o.value, anchor_timex: o.anchorText }));
    events.push(gold);
  }
  return {
    txt,
    gold: {
      source_url: null,
      doc_id: doc.docId || name,
      doc_name: name,
      corpus: /^[A-Z]+/.exec(name)?.[0] ?? 'aquaint',
      title,
      title_note: doc.title ? 'line 1 is the file\'s <TITLE> element, which is outside <TEXT>' : 'the file has no <TITLE>: line 1 is its DOCID',
      published,
      licence: 'research data: TempEval-3 TBAQ-cleaned (AQUAINT part, TimeML 1.2.1); measuring only, not for redistribution',
      events,
      vague_events: vagueEvents,
    },
  };
}

/**
 * A fixed split of the documents: sorted by name, alternately DEV (even places) and HELD-OUT (odd places).
 * Adjacent names are often the same story a day apart, so each story tends to land in both halves: the
 * held-out half guards against rules fitted to a document, not against rules fitted to a topic.
 */
export function splitHalves(names: string[]): { dev: string[]; heldOut: string[] } {
  const sorted = [...names].sort();
  return { dev: sorted.filter((_, i) => i % 2 === 0), heldOut: sorted.filter((_, i) => i % 2 === 1) };
}

export interface WrittenSet {
  dir: string;
  /** The same texts with only the events anchored to a timex in their own sentence (see writeAquaintHalves). */
  sameSentenceDir: string;
  documents: number;
  events: number;
  inText: number;
  sameSentence: number;
  vague: number;
}

/**
 * Converts every .tml file of `srcDir` and writes both halves as `outDir`/dev and `outDir`/held-out. Each half
 * also gets a `-same-sentence` copy whose gold keeps only the events anchored to a timex in their own sentence:
 * TBAQ links many events to the lead's "Friday" paragraphs away, while meantime's in-text anchors are all but
 * one in the event's sentence, so this copy is the figure to set beside meantime's "dates written in the text".
 */
export function writeAquaintHalves(srcDir: string, outDir: string): { dev: WrittenSet; heldOut: WrittenSet } {
  const names = readdirSync(srcDir).filter((f) => f.endsWith('.tml')).map((f) => f.slice(0, -4));
  const halves = splitHalves(names);
  const write = (half: string[], sub: string): WrittenSet => {
    const dir = join(outDir, sub);
    const sameSentenceDir = join(outDir, `${sub}-same-sentence`);
    for (const d of [dir, sameSentenceDir]) {
      rmSync(d, { recursive: true, force: true });
      mkdirSync(d, { recursive: true });
    }
    const set: WrittenSet = { dir, sameSentenceDir, documents: half.length, events: 0, inText: 0, sameSentence: 0, vague: 0 };
    for (const name of half) {
      const { txt, gold } = convertTimeml(readFileSync(join(srcDir, `${name}.tml`), 'utf8'), name);
      const near = gold.events.filter((e) => !e.anchor_is_dct && e.anchor_in_same_sentence);
      for (const [d, g] of [
        [dir, gold],
        [sameSentenceDir, { ...gold, events: near }],
      ] as const) {
        writeFileSync(join(d, `${name}.txt`), txt);
        writeFileSync(join(d, `${name}.gold.json`), `${JSON.stringify(g, null, 1)}\n`);
      }
      set.events += gold.events.length;
      set.inText += gold.events.filter((e) => !e.anchor_is_dct).length;
      set.sameSentence += near.length;
      set.vague += gold.vague_events.length;
    }
    return set;
  };
  return { dev: write(halves.dev, 'dev'), heldOut: write(halves.heldOut, 'held-out') };
}
