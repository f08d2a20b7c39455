import { FIRST_SOURCE_ID, type DateMod, type EventDate, type NewslineEvent, type Paragraph } from '../document';
import { addDays, fmtDay, parseYmd, toDayNumber, type Ymd } from './calendar';
import { findDateline } from './dateline';
import { splitSentences } from './sentences';
import { tagTimexes } from './tagger';
import { tenseAt } from './tense';
import { makeTitle, removeRanges } from './title';
import type { Timex } from './types';

// Events from an article: one per sentence or clause that carries a date, plus the undated ones the
// text orders against a dated one ("After the administration announced …", "… and subsequently fled").
// Every date says which rule produced it and, when it rests on a guess, says so.

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The source the paragraphs belong to: every evidence span names it. The first source when not given. */
  sourceId?: string;
}

interface Unit {
  paragraphId: string;
  paraText: string;
  start: number;
  end: number;
  timexes: Timex[];
}

interface Draft {
  paragraphId: string;
  start: number;
  end: number;
  title: string;
  date: EventDate;
  extraEvidence?: { paragraphId: string; start: number; end: number }[];
  /** Reading order, for sorting and for "the dated event before/after this one". */
  order: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const fmtHuman = (p: Ymd) => `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function mondayOfWeek(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  const wd = new Date(Date.UTC(y, 0, 4)).getUTCDay() || 7;
  return addDays(jan4, -(wd - 1) + (w - 1) * 7);
}

/** A TIMEX3 value as the document's start/end values, or null when it names no stretch of the calendar. */
export function valueToRange(value: string): { start: string; end?: string } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(value))) return { start: m[1] };
  if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
    const mon = mondayOfWeek(+m[1], +m[2]);
    return m[3] ? { start: fmtDay(addDays(mon, 5)), end: fmtDay(addDays(mon, 6)) } : { start: fmtDay(mon), end: fmtDay(addDays(mon, 6)) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const r = { SP: [3, 5, 0], SU: [6, 8, 0], FA: [9, 11, 0], WI: [12, 2, 1] }[m[2] as 'SP'];
    return { start: `${y}-${pad(r[0])}`, end: `${y + r[2]}-${pad(r[1])}` };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { start: `${m[1]}-${pad(+m[2] * 3 - 2)}`, end: `${m[1]}-${pad(+m[2] * 3)}` };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { start: `${m[1]}-${m[2] === '1' ? '01' : '07'}`, end: `${m[1]}-${m[2] === '1' ? '06' : '12'}` };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { start: value };
  if (/^\d{4}$/.test(value) || /^\d{3}$/.test(value)) return { start: value };
  if ((m = /^(\d{3})X$/.exec(value))) return { start: m[1] };
  // A fiscal year straddles calendar years in ways that differ by country and company: keep the year named.
  if ((m = /^FY(\d{4})$/.exec(value))) return { start: m[1] };
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return { start: `${m[1]}00`, end: `${m[1]}99` };
  return null;
}

const MODS: Record<string, DateMod> = { START: 'start', MID: 'mid', END: 'end', APPROX: 'approx', BEFORE: 'before', AFTER: 'after' };

const STATED_RULES = /^(?:iso-date|numeric-date|explicit-date|month-year|year|decade|century|season-year|holiday\/explicit|quarter)/;

function noteFor(t: Timex, published: Ymd | null): string | undefined {
  if (t.explicitYear || STATED_RULES.test(t.rule)) return undefined;
  if (!published) return undefined;
  const pub = fmtHuman(published);
  if (t.yearUncertain) {
    const past = /past-tense/.test(t.rule);
    return past
      ? `The article gives “${t.text}” without a year. The verb is in the past tense and the day falls after the publication day (${pub}), so it is a year before at the latest; the year may be earlier still.`
      : `The article gives “${t.text}” without a year; the year is a guess from the publication date (${pub}).`;
  }
  if (/year-in-/.test(t.rule)) return `The article gives “${t.text}” without a year; the year is the one stated earlier in the article.`;
  if (/^weekday|^month|^season|^holiday/.test(t.rule)) {
    return `The article gives “${t.text}” without a year; it is placed by the tense of the verb and the publication date (${pub}).`;
  }
  return `“${t.text}” is counted from the publication date, ${pub}.`;
}

function dateFromTimex(t: Timex, published: Ymd | null, end?: Timex): EventDate | null {
  if (t.value === 'PAST_REF') {
    if (!published) return null;
    return {
      start: fmtDay(published),
      mod: 'before',
      basis: 'publication',
      rule: `${t.rule}/past-ref`,
      note: `The article says only “${t.text}”: some time before the publication date, ${fmtHuman(published)}.`,
    };
  }
  const r = valueToRange(t.value);
  if (!r) return null;
  const date: EventDate = { start: r.start, basis: t.explicitYear || STATED_RULES.test(t.rule) ? 'stated' : 'publication', rule: t.rule };
  if (r.end) date.end = r.end;
  if (end) {
    const r2 = valueToRange(end.value);
    if (r2) date.end = r2.end ?? r2.start;
    date.rule = `${t.rule}..${end.rule}`;
    if (!end.explicitYear && !STATED_RULES.test(end.rule)) date.basis = date.basis === 'stated' ? 'publication' : date.basis;
  }
  const mod = t.mod ? MODS[t.mod] : undefined;
  if (mod) date.mod = mod;
  if (t.yearUncertain || end?.yearUncertain) date.yearUncertain = true;
  const note = noteFor(t, published);
  if (note) date.note = note;
  return date;
}

/** "said Friday", "told reporters on Tuesday": an expression that dates only the telling. */
function datesTheTelling(unitText: string, t: Timex, unitStart: number): boolean {
  const before = unitText.slice(Math.max(0, t.start - unitStart - 30), t.start - unitStart);
  return /\b(?:said|says|told\s+\w+|added|announced|stressed)\s+(?:on\s+)?$/i.test(before);
}

const RANGE_GAP = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;

function usable(t: Timex): boolean {
  if (t.type !== 'DATE' && t.type !== 'TIME') return false;
  return t.value === 'PAST_REF' || valueToRange(t.value) !== null;
}

function clauses(text: string, start: number, end: number, timexes: Timex[]): { start: number; end: number }[] {
  const dated = timexes.filter(usable);
  const distinct = new Set(dated.map((t) => t.value));
  if (distinct.size < 2) return [{ start, end }];
  // Several different dates: cut at clause boundaries so each date gets its own event.
  const cuts: number[] = [start];
  for (const m of text.slice(start, end).matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+|,\s+(?=(?:on|in|by|since)\s)/g)) {
    cuts.push(start + m.index! + m[0].length);
  }
  cuts.push(end);
  const parts: { start: number; end: number }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const s = cuts[i];
    const e = i + 2 < cuts.length ? cuts[i + 1] : end;
    const has = dated.some((t) => t.start >= s && t.end <= e);
    if (!has && parts.length) parts[parts.length - 1].end = e;
    else parts.push({ start: s, end: e });
  }
  // A part that still holds two different dates is two clauses joined without a comma ("… will start next
  // month and the first trams should run in 2025"): cut at the last conjunction between the two dates,
  // unless they are the ends of a range ("between May and July").
  for (let i = 0; i < parts.length; i++) {
    const inside = dated.filter((t) => t.start >= parts[i].start && t.end <= parts[i].end);
    for (let k = 0; k + 1 < inside.length; k++) {
      const [a, b] = [inside[k], inside[k + 1]];
      if (a.value === b.value || /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
      const gap = text.slice(a.end, b.start);
      const joins = [...gap.matchAll(/\s(?:and|but|while|whereas)\s/g)];
      const last = joins[joins.length - 1];
      if (!last) continue;
      const at = a.end + last.index!;
      parts.splice(i, 1, { start: parts[i].start, end: at }, { start: at + last[0].length, end: parts[i].end });
      break;
    }
  }
  // Keep cut points off trailing separators.
  return parts.map((p) => {
    let e = p.end;
    while (e > p.start && /[\s;,]/.test(text[e - 1])) e--;
    return { start: p.start, end: e };
  });
}

const ORDERING_HEAD = /^(After|Following|Before|Prior to|Shortly after|Soon after|Shortly before)\s+(.+?),\s+(.+)$/;
const REPORTED_AFTER = /\b(?:said|told\s+\w+|stressed|added|spoke|commented)\s+(?:\w+\s+)?(after|following|before)\s+(the\s+[^,.;:"“”]{6,90})/i;
const SEQUENCE = /\b(subsequently|afterwards|afterward|thereafter|later|then|soon after|shortly after)\b/i;

export function extractEvents(paragraphs: Paragraph[], opts: ExtractOptions): NewslineEvent[] {
  const published = parseYmd(opts.published);
  const sourceId = opts.sourceId ?? FIRST_SOURCE_ID;
  const used = paragraphs.filter((p) => p.role !== 'chrome' && p.role !== 'title');
  // Tag the article as one text so that a year stated in one paragraph is known in the next.
  let combined = '';
  const offsets: number[] = [];
  for (const p of used) {
    offsets.push(combined.length);
    combined += p.text + '\n\n';
  }
  const all = tagTimexes(combined, { dct: opts.published });

  const units: Unit[] = [];
  let datelineDraft: Draft | null = null;
  let order = 0;
  const drafts: Draft[] = [];
  used.forEach((p, i) => {
    const base = offsets[i];
    const local = all
      .filter((t) => t.start >= base && t.end <= base + p.text.length)
      .map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
    let from = 0;
    const dl = i < 3 ? findDateline(p.text) : null;
    if (dl) {
      from = dl.end;
      const dt = dl.date ? local.find((t) => t.start >= dl.date!.start && t.end <= dl.date!.end) : undefined;
      const date = dt && dateFromTimex(dt, published);
      const lead = splitSentences(p.text.slice(from))[0];
      // A lead sentence with a date of its own ("… swept into Kabul on Sunday") is dated by that, not the dateline.
      const leadHasOwn = lead && local.some((t) => t.start >= from + lead.start && t.end <= from + lead.end && usable(t) && !datesTheTelling(p.text, t, 0));
      if (date && lead && !leadHasOwn) {
        date.rule = `dateline/${dt!.rule}`;
        if (!dt!.explicitYear && published) {
          date.note = `The dateline reads “${dl.text}”; the year is that of the publication date.`;
        }
        datelineDraft = {
          paragraphId: p.id,
          start: from + lead.start,
          end: from + lead.end,
          title: makeTitle(p.text.slice(from + lead.start, from + lead.end)),
          date,
          extraEvidence: [{ paragraphId: p.id, start: 0, end: dl.end }],
          order: order++,
        };
        drafts.push(datelineDraft);
        // The lead sentence is the dateline's event; do not date it twice.
        from += lead.end;
      }
    }
    for (const s of splitSentences(p.text.slice(from))) {
      const start = from + s.start;
      const end = from + s.end;
      units.push({ paragraphId: p.id, paraText: p.text, start, end, timexes: local.filter((t) => t.start >= start && t.end <= end) });
    }
  });

  // Pass 1: dated sentences and clauses.
  const unitEvent = new Map<Unit, Draft>();
  for (const u of units) {
    for (const c of clauses(u.paraText, u.start, u.end, u.timexes)) {
      const inClause = u.timexes.filter((t) => t.start >= c.start && t.end <= c.end && usable(t));
      if (!inClause.length) continue;
      const clauseText = u.paraText.slice(c.start, c.end);
      // The event's own date beats the date of its telling.
      const own = inClause.filter((t) => !datesTheTelling(u.paraText, t, 0));
      const main = (own.length ? own : inClause).find((t) => t.value !== 'PAST_REF') ?? (own.length ? own : inClause)[0];
      let endTimex: Timex | undefined;
      const next = inClause[inClause.indexOf(main) + 1];
      if (next && RANGE_GAP.test(u.paraText.slice(main.end, next.start))) {
        // "from 1979 to 1989", "between May and July", "1979-89"; a bare "and" joins a range only after "between".
        const lead = u.paraText.slice(Math.max(0, main.start - 9), main.start);
        const gap = u.paraText.slice(main.end, next.start).trim().toLowerCase();
        if (/\b(?:from|between)\s+$/i.test(lead) ? gap !== 'and' || /between/i.test(lead) : /^[-–—]$/.test(gap)) endTimex = next;
      }
      const date = dateFromTimex(main, published, endTimex);
      if (!date) continue;
      // "… after the US began withdrawing in May": the clause's event follows that date, it is not on it.
      const lead = u.paraText.slice(c.start, main.start);
      if (!date.mod && !endTimex && main.value !== 'PAST_REF') {
        if (/\b(?:after|since|following)\b[^,;:]*$/i.test(lead)) date.mod = 'after';
        else if (/\b(?:before|prior to|ahead of)\b[^,;:]*$/i.test(lead)) date.mod = 'before';
        if (date.mod) date.rule = `${date.rule}/${date.mod}-clause`;
      }
      if (main.value === 'PAST_REF') {
        // "Some time ago, when the Taliban was fighting …": the event is the when-clause, not the sentence.
        const rest = u.paraText.slice(main.end, c.end).replace(/^[\s,]+/, '');
        const when = /^when\s+([^,;:]+)/i.exec(rest);
        const title = makeTitle(when ? when[1] : removeRanges(clauseText, [{ start: main.start - c.start, end: main.end - c.start }]));
        const d: Draft = { paragraphId: u.paragraphId, start: c.start, end: c.end, title, date, order: order++ };
        drafts.push(d);
        unitEvent.set(u, d);
        continue;
      }
      const ranges = inClause.map((t) => ({ start: t.start - c.start, end: t.end - c.start }));
      const d: Draft = {
        paragraphId: u.paragraphId,
        start: c.start,
        end: c.end,
        title: makeTitle(removeRanges(clauseText, ranges)),
        date,
        order: order++,
      };
      drafts.push(d);
      if (!unitEvent.has(u)) unitEvent.set(u, d);
    }
  }

  // Pass 2: undated events the text orders against a dated one.
  const sameParagraph = (u: Unit) => units.filter((x) => x.paragraphId === u.paragraphId);
  const datedAfter = (u: Unit): Draft | undefined => {
    const list = sameParagraph(u);
    for (const x of list.slice(list.indexOf(u) + 1)) {
      const d = unitEvent.get(x);
      if (d && d.date.mod !== 'before' && d.date.mod !== 'after') return d;
    }
    return undefined;
  };
  const datedBefore = (u: Unit): Draft | undefined => {
    const list = sameParagraph(u);
    for (const x of list.slice(0, list.indexOf(u)).reverse()) {
      const d = unitEvent.get(x);
      if (d && d.date.mod !== 'before' && d.date.mod !== 'after') return d;
    }
    return undefined;
  };
  const relative = (anchor: EventDate, mod: 'before' | 'after', rule: string, note: string): EventDate => {
    const date: EventDate = {
      start: mod === 'after' ? anchor.end ?? anchor.start : anchor.start,
      mod,
      basis: anchor.basis === 'record' ? 'record' : anchor.basis,
      rule,
      note,
    };
    if (anchor.yearUncertain) date.yearUncertain = true;
    return date;
  };
  const publicationBound = (rule: string, what: string): EventDate | null =>
    published
      ? { start: fmtDay(published), mod: 'before', basis: 'publication', rule, note: `${what} The article gives no date; it happened before publication (${fmtHuman(published)}).` }
      : null;

  for (const u of units) {
    const text = u.paraText.slice(u.start, u.end);
    const hasOwn = unitEvent.has(u);

    const head = ORDERING_HEAD.exec(text);
    if (head && !u.timexes.some((t) => usable(t) && t.start < u.start + head[1].length + head[2].length + 1)) {
      const word = head[1].toLowerCase();
      const subStart = u.start + head[1].length + 1;
      const subEnd = subStart + head[2].length;
      const mainStart = subEnd + text.slice(subEnd - u.start).indexOf(head[3]);
      let mainDate = unitEvent.get(u)?.date;
      if (!mainDate) {
        const after = datedAfter(u);
        const before = datedBefore(u);
        if (after) {
          mainDate = relative(after.date, 'before', 'narrative-order/before-next-dated', `The article gives no date; it tells of this before “${after.title}”.`);
        } else if (before) {
          mainDate = relative(before.date, 'after', 'narrative-order/after-previous-dated', `The article gives no date; it tells of this after “${before.title}”.`);
        } else {
          mainDate = publicationBound('narrative-order/before-publication', '') ?? undefined;
        }
        if (mainDate) {
          const d: Draft = { paragraphId: u.paragraphId, start: mainStart, end: u.end, title: makeTitle(head[3]), date: mainDate, order: order++ };
          drafts.push(d);
          unitEvent.set(u, d);
        }
      }
      if (mainDate) {
        const subMod: 'before' | 'after' = /before|prior/.test(word) ? 'after' : 'before';
        const bound = mainDate.mod && mainDate.mod !== subMod ? null : mainDate;
        const anchorDate: EventDate | null = bound ?? publicationBound('ordering-clause/before-publication', '');
        if (anchorDate) {
          const mainTitle = makeTitle(head[3]);
          drafts.push({
            paragraphId: u.paragraphId,
            start: u.start,
            end: subEnd,
            title: makeTitle(head[2]),
            date: relative(anchorDate, subMod, `ordering-clause/${word.replace(/\s+/g, '-')}`, `The article gives no date; it places this ${subMod} “${mainTitle}”.`),
            order: order++,
          });
        }
      }
      continue;
    }

    const reported = REPORTED_AFTER.exec(text);
    if (reported) {
      const npStart = u.start + reported.index! + reported[0].length - reported[2].length;
      const npEnd = npStart + reported[2].trimEnd().length;
      const evStart = u.start + reported.index!;
      const word = reported[1].toLowerCase();
      const own = unitEvent.get(u)?.date;
      const dl = datelineDraft as Draft | null;
      let date: EventDate | null = null;
      if (own) {
        date = relative(own, word === 'before' ? 'after' : 'before', `reported-${word}/sentence-date`, 'The article gives no date; it comes before the remarks reported here.');
      } else if (dl && word !== 'before' && u.paragraphId !== undefined) {
        // "X said after the talks" in a datelined report: the remarks are the dateline's, and a speaker
        // who speaks "after the talks" speaks as they end, so the talks share the dateline's day.
        date = {
          ...dl.date,
          rule: `reported-${word}/dateline`,
          note: `The remarks were made ${word} it; the dateline dates them ${fmtHuman(parseYmd(dl.date.start) ?? published!)}${dl.date.basis === 'publication' ? ', with the year of the publication date' : ''}.`,
        };
      } else {
        date = publicationBound(`reported-${word}/before-publication`, '');
      }
      if (date) {
        drafts.push({
          paragraphId: u.paragraphId,
          start: evStart,
          end: npEnd,
          title: makeTitle(reported[2]),
          date,
          extraEvidence: dl && date.rule?.endsWith('/dateline') ? dl.extraEvidence : undefined,
          order: order++,
        });
      }
      if (hasOwn) continue;
    }

    if (!hasOwn && SEQUENCE.test(text)) {
      const prev = datedBefore(u);
      const tense = tenseAt(text, text.search(SEQUENCE));
      if (prev && tense !== 'future') {
        const d: Draft = {
          paragraphId: u.paragraphId,
          start: u.start,
          end: u.end,
          title: makeTitle(text),
          date: relative(prev.date, 'after', 'sequence/after-previous-dated', `The article gives no date; it tells of this after “${prev.title}”.`),
          order: order++,
        };
        drafts.push(d);
      }
    }
  }

  const paraIndex = new Map(paragraphs.map((p, i) => [p.id, i]));
  return drafts
    .filter((d) => d.title.length > 0)
    .sort((a, b) => paraIndex.get(a.paragraphId)! - paraIndex.get(b.paragraphId)! || a.start - b.start || a.order - b.order)
    .map((d, i) => ({
      id: `x${i + 1}`,
      title: d.title,
      date: d.date,
      evidence: [{ paragraphId: d.paragraphId, start: d.start, end: d.end }, ...(d.extraEvidence ?? [])].map((a) => ({ sourceId, ...a })),
      origin: 'extracted' as const,
    }));
}

/** Days between two dates, for callers that want to show how far a guess reaches. */
export function daysBetween(a: string, b: string): number | null {
  const x = parseYmd(a);
  const y = parseYmd(b);
  return x && y ? toDayNumber(y) - toDayNumber(x) : null;
}
