import { z } from 'zod';
import { parseTimeValue, spanOf } from './time-value';
import { DATE_BASES, DATE_MODS, DOCUMENT_FORMAT, DOCUMENT_VERSION, EVENT_ORIGINS, formatPath, PARAGRAPH_ROLES, sourceIndex, type DocumentProblem, type ValidationResult } from './document-core';

export * from './document-core';

// The Newsline document (format 2): one or more sources (articles, as paragraphs) plus the events found in
// them, each tied back to the text by character spans that name their source. Main validates every
// document against this before the renderer sees it; older formats reach it through shared/migrations/.


// The schemas are built on first use, not when this module is loaded: the renderer's first frame loads this
// module for its types and helpers, and building some forty zod schemas there only held that frame back.
function buildSchemas() {
  const timeValue = z.string().superRefine((value, ctx) => {
    const parsed = parseTimeValue(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  });

  const isoDay = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
    .refine((v) => typeof parseTimeValue(v) !== 'string', 'is not a day of the calendar');

  const shortId = z.string().regex(/^[A-Za-z][\w-]*$/, 'must be a short id such as p3');

  const ParagraphSchema = z.strictObject({
    id: shortId,
    role: z.enum(PARAGRAPH_ROLES),
    text: z.string(),
  });

  /** An evidence span: characters start..end of one paragraph of one source. */
  const AnchorSchema = z.strictObject({
    sourceId: z.string().min(1),
    paragraphId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  });

  const EventDateSchema = z.strictObject({
    start: timeValue,
    /** Present for a range; it must not end before it starts. */
    end: timeValue.optional(),
    mod: z.enum(DATE_MODS).optional(),
    /** The year is a best guess, not something the text or the record settles. */
    yearUncertain: z.boolean().optional(),
    basis: z.enum(DATE_BASES),
    note: z.string().optional(),
    /** For extracted dates: the rule that resolved it, so a wrong date can be traced. */
    rule: z.string().optional(),
  });

  /** What every event has; a merge part is just this, as it was before the merge. */
  const eventFields = {
    id: z.string().min(1),
    title: z.string().min(1).max(160),
    date: EventDateSchema,
    /** At least one span, except for events imported from a timeline that had none (checked below). */
    evidence: z.array(AnchorSchema),
    origin: z.enum(EVENT_ORIGINS),
    /** What the machine first proposed, kept when a person edits the event, so it can be restored. */
    suggestion: z.strictObject({ title: z.string().min(1).max(160), date: EventDateSchema }).optional(),
    note: z.string().optional(),
    /** The group (a TimelineJS row) an imported event came in; exports name it where there is no source to name. */
    group: z.string().optional(),
  };

  /**
   * One of the events a merged event was made from, as it was before the merge: unmerging puts it back, and its date
   * is what its source said (the details card shows it when the sources disagree).
   */
  const MergePartSchema = z.strictObject(eventFields);

  /** A proposal the user rejected: the event at anchor `a` and the one at anchor `b` are not the same. */
  const RejectedMergeSchema = z.strictObject({ a: AnchorSchema, b: AnchorSchema });

  const EventSchema = z.strictObject({
    ...eventFields,
    /** The user's categories for this event: ids from the document's category list. */
    categories: z.array(z.string().min(1)).optional(),
    /** For an event merged from several (the same event in several articles): the events it was made from. */
    merged: z.array(MergePartSchema).min(2).optional(),
  });

  /** A user-made tag with a colour; events name it by id. Optional in format 2: older files simply have none. */
  const CategorySchema = z.strictObject({
    id: shortId,
    name: z.string().min(1).max(60).refine((v) => v.trim().length > 0, 'is blank'),
    /** A CSS hex colour, #rrggbb. */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb'),
  });

  const SourceSchema = z.strictObject({
    id: shortId,
    title: z.string(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    /** null when the publication date is unknown; never silently today. */
    published: isoDay.nullable(),
    dateline: z.string().optional(),
    language: z.string().optional(),
    /** The name of the file the source was imported from. */
    file: z.string().optional(),
    paragraphs: z.array(ParagraphSchema).min(1, 'an article needs at least one paragraph'),
  });

  return { ParagraphSchema, AnchorSchema, EventDateSchema, MergePartSchema, RejectedMergeSchema, EventSchema, CategorySchema, SourceSchema };
}

type PartSchemas = ReturnType<typeof buildSchemas>;

type Issue = { path: PropertyKey[]; message: string };

/** Checks one anchor against the document's sources; returns what is wrong, with paths relative to `path`. */
function anchorIssues(anchor: Anchor, sources: Map<string, Map<string, string>>, path: PropertyKey[]): Issue[] {
  const issues: Issue[] = [];
  const paragraphs = sources.get(anchor.sourceId);
  if (!paragraphs) {
    issues.push({ path: [...path, 'sourceId'], message: `no source has id "${anchor.sourceId}"` });
  } else {
    const text = paragraphs.get(anchor.paragraphId);
    if (text === undefined) {
      issues.push({ path: [...path, 'paragraphId'], message: `no paragraph has id "${anchor.paragraphId}"` });
    } else if (anchor.end > text.length) {
      issues.push({
        path: [...path, 'end'],
        message: `span ends at ${anchor.end}, outside paragraph "${anchor.paragraphId}" (${text.length} characters)`,
      });
    }
  }
  if (anchor.end <= anchor.start) issues.push({ path: [...path, 'end'], message: `span ends (${anchor.end}) before it starts (${anchor.start})` });
  return issues;
}

function dateIssues(date: EventDate, path: PropertyKey[]): Issue[] {
  const { start, end } = date;
  // An invalid start or end has its own problem already; the order can only be checked between two dates.
  const from = parseTimeValue(start);
  const to = end === undefined ? undefined : parseTimeValue(end);
  if (typeof from !== 'string' && to !== undefined && typeof to !== 'string' && spanOf(to).end <= spanOf(from).start) {
    return [{ path: [...path, 'end'], message: `ends (${end}) before it starts (${start})` }];
  }
  return [];
}


/** Everything the schema's shape cannot say about one event: its date's order and its spans. */
export function eventIssues(event: NewslineEvent, sources: Map<string, Map<string, string>>, path: PropertyKey[]): Issue[] {
  const issues = dateIssues(event.date, [...path, 'date']);
  if (event.suggestion) issues.push(...dateIssues(event.suggestion.date, [...path, 'suggestion', 'date']));
  if (event.evidence.length === 0 && event.origin !== 'imported') {
    issues.push({ path: [...path, 'evidence'], message: 'every event needs at least one evidence anchor' });
  }
  event.evidence.forEach((anchor, j) => issues.push(...anchorIssues(anchor, sources, [...path, 'evidence', j])));
  event.merged?.forEach((part, k) => {
    issues.push(...dateIssues(part.date, [...path, 'merged', k, 'date']));
    part.evidence.forEach((anchor, j) => issues.push(...anchorIssues(anchor, sources, [...path, 'merged', k, 'evidence', j])));
  });
  return issues;
}

/** An event may only name categories the document has. */
function categoryIssues(event: NewslineEvent, categoryIds: Set<string>, path: PropertyKey[]): Issue[] {
  return (event.categories ?? []).flatMap((id, j) => (categoryIds.has(id) ? [] : [{ path: [...path, 'categories', j], message: `no category has id "${id}"` }]));
}

function buildDocumentSchema({ SourceSchema, EventSchema, AnchorSchema, CategorySchema, RejectedMergeSchema }: PartSchemas) {
  const DocumentShape = z.strictObject({
    format: z.literal(DOCUMENT_FORMAT),
    version: z.literal(DOCUMENT_VERSION),
    /** The timeline's own title; absent means the first source's title. */
    title: z.string().optional(),
    sources: z.array(SourceSchema),
    events: z.array(EventSchema),
    /** Spans the user marked "not an event": re-extraction never brings them back. */
    dismissed: z.array(AnchorSchema).optional(),
    /** The user's categories, in the order they made them. */
    categories: z.array(CategorySchema).optional(),
    /** Merge proposals the user rejected: Newsline does not propose them again. */
    rejectedMerges: z.array(RejectedMergeSchema).optional(),
  });
  return {
    DocumentShape,
    NewslineDocumentSchema: DocumentShape.superRefine((doc, ctx) => {
      for (const issue of documentIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
    }),
  };
}

/** Where a list repeats an earlier entry, in list order. */
function repeatedAt(ids: string[]): number[] {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  const at: number[] = [];
  for (let k = 1; k < order.length; k++) if (ids[order[k]] === ids[order[k - 1]]) at.push(order[k]);
  return at.sort((a, b) => a - b);
}

/** Everything the document's shape cannot say: ids unique, spans inside their paragraphs, categories known. */
function documentIssues(doc: z.infer<ReturnType<typeof buildDocumentSchema>['DocumentShape']>): Issue[] {
  const issues: Issue[] = [];
  const categoryIds = new Set<string>();
  doc.categories?.forEach((c, i) => {
    if (categoryIds.has(c.id)) issues.push({ path: ['categories', i, 'id'], message: `duplicate category id "${c.id}"` });
    categoryIds.add(c.id);
  });
  // The index the spans are checked against holds only the paragraphs some anchor names (the last of a
  // repeated id winning), and repeated ids are found by sorting: a map or a set of every paragraph, as long as
  // the article, was a large object (half a megabyte for 8,000 one-line paragraphs) made for each check and
  // counted in an import's peak memory.
  const named = new Map<string, Set<string>>();
  const name = (a: Anchor) => {
    let ids = named.get(a.sourceId);
    if (!ids) named.set(a.sourceId, (ids = new Set()));
    ids.add(a.paragraphId);
  };
  for (const event of doc.events) {
    event.evidence.forEach(name);
    event.merged?.forEach((part) => part.evidence.forEach(name));
  }
  doc.dismissed?.forEach(name);
  doc.rejectedMerges?.forEach((r) => {
    name(r.a);
    name(r.b);
  });
  const sources = new Map<string, Map<string, string>>();
  doc.sources.forEach((source, s) => {
    if (sources.has(source.id)) issues.push({ path: ['sources', s, 'id'], message: `duplicate source id "${source.id}"` });
    for (const i of repeatedAt(source.paragraphs.map((p) => p.id))) {
      issues.push({ path: ['sources', s, 'paragraphs', i, 'id'], message: `duplicate paragraph id "${source.paragraphs[i].id}"` });
    }
    const ids = named.get(source.id);
    const paragraphs = new Map<string, string>();
    if (ids) for (const p of source.paragraphs) if (ids.has(p.id)) paragraphs.set(p.id, p.text);
    sources.set(source.id, paragraphs);
  });
  const eventIds = new Set<string>();
  doc.events.forEach((event, i) => {
    if (eventIds.has(event.id)) issues.push({ path: ['events', i, 'id'], message: `duplicate event id "${event.id}"` });
    eventIds.add(event.id);
    issues.push(...eventIssues(event, sources, ['events', i]), ...categoryIssues(event, categoryIds, ['events', i]));
  });
  doc.dismissed?.forEach((anchor, i) => issues.push(...anchorIssues(anchor, sources, ['dismissed', i])));
  doc.rejectedMerges?.forEach((r, i) => {
    for (const key of ['a', 'b'] as const) issues.push(...anchorIssues(r[key], sources, ['rejectedMerges', i, key]));
  });
  return issues;
}

export type DocumentSchemas = PartSchemas & ReturnType<typeof buildDocumentSchema>;
let schemas: DocumentSchemas | undefined;

/** The document's zod schemas (one object, built once, on first use). */
export function documentSchemas(): DocumentSchemas {
  if (!schemas) {
    const parts = buildSchemas();
    schemas = { ...parts, ...buildDocumentSchema(parts) };
  }
  return schemas;
}

export type Paragraph = z.infer<PartSchemas['ParagraphSchema']>;
export type Anchor = z.infer<PartSchemas['AnchorSchema']>;
export type EventDate = z.infer<PartSchemas['EventDateSchema']>;
export type NewslineEvent = z.infer<PartSchemas['EventSchema']>;
export type MergePart = z.infer<PartSchemas['MergePartSchema']>;
export type RejectedMerge = z.infer<PartSchemas['RejectedMergeSchema']>;
export type Source = z.infer<PartSchemas['SourceSchema']>;
export type Category = z.infer<PartSchemas['CategorySchema']>;
export type NewslineDocument = z.infer<DocumentSchemas['NewslineDocumentSchema']>;



/** Validates a document already in the current format (see readDocument in migrations/ for any version). */
export function validateDocument(data: unknown): ValidationResult {
  let result: ReturnType<DocumentSchemas['NewslineDocumentSchema']['safeParse']>;
  try {
    result = documentSchemas().NewslineDocumentSchema.safeParse(data);
  } catch (err) {
    // A check that throws is a bug, but the document still gets a message rather than an unhandled rejection.
    return { ok: false, problems: [{ path: '', message: `the document could not be checked (${(err as Error)?.message ?? String(err)})` }] };
  }
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, problems: result.error.issues.map(toProblem) };
}

/**
 * validateDocument's verdict and document, for a document built here (an import's), without its copy of every
 * paragraph: for a text of thousands of paragraphs that copy was the largest thing an import made after the
 * document itself. The same schema checks the document a piece at a time (its top level with one paragraph
 * per source and no events, then each paragraph and each event, each copy dropped unless it is kept below,
 * then the checks across the document). The document comes back as the schema writes it, fields in its order:
 * the top level and sources are the schema's copies, an event is itself when it writes out as its copy does, and
 * a paragraph is itself when its fields are already in the schema's order. Anything a piece finds wrong, or a
 * document of another shape, goes through validateDocument, so problems are worded and placed as it does.
 */
export function validateOwnDocument(data: unknown): ValidationResult {
  const { DocumentShape, ParagraphSchema, EventSchema } = documentSchemas();
  const whole = () => validateDocument(data);
  if (data === null || typeof data !== 'object') return whole();
  // Only read until every check below has passed.
  const doc = data as NewslineDocument;
  try {
    if (!Array.isArray(doc.sources) || !Array.isArray(doc.events)) return whole();
    if (!doc.sources.every((s) => s !== null && typeof s === 'object' && Array.isArray(s.paragraphs))) return whole();
    const top = DocumentShape.safeParse({ ...doc, sources: doc.sources.map((s) => ({ ...s, paragraphs: s.paragraphs.slice(0, 1) })), events: [] });
    if (!top.success) return whole();
    const out = top.data;
    for (let i = 0; i < doc.sources.length; i++) {
      const paragraphs = doc.sources[i].paragraphs;
      let kept = paragraphs;
      for (let j = 0; j < paragraphs.length; j++) {
        const p = ParagraphSchema.safeParse(paragraphs[j]);
        if (!p.success) return whole();
        if (!sameKeys(paragraphs[j], p.data)) {
          if (kept === paragraphs) kept = paragraphs.slice();
          kept[j] = p.data;
        }
      }
      out.sources[i].paragraphs = kept;
    }
    for (const e of doc.events) {
      const event = EventSchema.safeParse(e);
      if (!event.success) return whole();
      // The event itself when it writes out as the schema's copy does: the copy, made at the end of an import
      // and held to its end, was promoted to the old space beside the event it copies.
      out.events.push(sameJson(e, event.data) ? e : event.data);
    }
    if (documentIssues(out).length > 0) return whole();
    return { ok: true, document: out };
  } catch {
    return whole();
  }
}

/**
 * Whether a and b write out as the same JSON: the same fields in the same order, all the way down, with the same
 * values. Only for plain data (what a schema's copy is made of): no toJSON, no cycles.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((v, i) => sameJson(v, list[i]));
  }
  const x = Object.keys(a);
  const y = Object.keys(b);
  return x.length === y.length && x.every((k, i) => k === y[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The same fields in the same order (a paragraph's values are all text, so then it writes out the same). */
function sameKeys(a: object, b: object): boolean {
  const x = Object.keys(a);
  const y = Object.keys(b);
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'null',
};

/** The validator's issue in words a person can act on, never its raw text ("Invalid input: expected …"). */
function humanMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'is missing';
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Newsline does not know: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `should be ${JSON.stringify(issue.values[0])}` : `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is shorter than ${issue.minimum} characters`;
      if (issue.origin === 'number') return `is below ${issue.minimum}`;
      return issue.message.startsWith('Too small') ? `needs at least ${issue.minimum}` : issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      return `is more than ${issue.maximum}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? 'is not written the way Newsline expects' : issue.message;
    default:
      return issue.message.startsWith('Invalid') ? 'is not what Newsline expects here' : issue.message;
  }
}

function toProblem(issue: z.core.$ZodIssue): DocumentProblem {
  return { path: formatPath(issue.path), message: humanMessage(issue) };
}


/**
 * Keeps what is good in a document that failed validation: every well-formed source, every event whose fields and
 * spans check out against those sources, every valid dismissed span. What is left out comes back as problems, at
 * the path it had in the file. Null when the file's frame itself (format, version, the lists) is broken.
 */
export function salvageDocument(data: unknown): { document: NewslineDocument; problems: DocumentProblem[] } | null {
  if (typeof data !== 'object' || data === null) return null;
  const raw = data as Record<string, unknown>;
  if (raw.format !== DOCUMENT_FORMAT || raw.version !== DOCUMENT_VERSION || !Array.isArray(raw.sources) || !Array.isArray(raw.events)) return null;
  const { SourceSchema, CategorySchema, EventSchema, AnchorSchema, RejectedMergeSchema } = documentSchemas();
  const problems: DocumentProblem[] = [];
  const report = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, prefix: PropertyKey[]) => {
    for (const i of issues) problems.push({ path: formatPath([...prefix, ...i.path]), message: i.message });
  };
  const sources: Source[] = [];
  raw.sources.forEach((s, i) => {
    const parsed = SourceSchema.safeParse(s);
    if (!parsed.success) return report(parsed.error.issues.map(toIssue), ['sources', i]);
    if (sources.some((x) => x.id === parsed.data.id)) return report([{ path: ['id'], message: `duplicate source id "${parsed.data.id}"` }], ['sources', i]);
    const seen = new Set<string>();
    const dup = parsed.data.paragraphs.findIndex((p) => seen.size === seen.add(p.id).size);
    if (dup !== -1) return report([{ path: ['paragraphs', dup, 'id'], message: `duplicate paragraph id "${parsed.data.paragraphs[dup].id}"` }], ['sources', i]);
    sources.push(parsed.data);
  });
  const index = sourceIndex(sources);
  const categories: Category[] = [];
  if (Array.isArray(raw.categories)) {
    raw.categories.forEach((c, i) => {
      const parsed = CategorySchema.safeParse(c);
      if (!parsed.success) return report(parsed.error.issues.map(toIssue), ['categories', i]);
      if (categories.some((x) => x.id === parsed.data.id)) return report([{ path: ['id'], message: `duplicate category id "${parsed.data.id}"` }], ['categories', i]);
      categories.push(parsed.data);
    });
  }
  const categoryIds = new Set(categories.map((c) => c.id));
  const events: NewslineEvent[] = [];
  raw.events.forEach((e, i) => {
    const parsed = EventSchema.safeParse(e);
    if (!parsed.success) return report(parsed.error.issues.map(toIssue), ['events', i]);
    const issues = eventIssues(parsed.data, index, []);
    if (issues.length) return report(issues, ['events', i]);
    // A category that was left out costs the event only that tag, not the event.
    const unknown = categoryIssues(parsed.data, categoryIds, []);
    if (unknown.length) {
      report(unknown, ['events', i]);
      parsed.data.categories = parsed.data.categories!.filter((id) => categoryIds.has(id));
    }
    if (events.some((x) => x.id === parsed.data.id)) return report([{ path: ['id'], message: `duplicate event id "${parsed.data.id}"` }], ['events', i]);
    events.push(parsed.data);
  });
  const document: NewslineDocument = { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, sources, events };
  if (typeof raw.title === 'string') document.title = raw.title;
  if (categories.length) document.categories = categories;
  if (Array.isArray(raw.dismissed)) {
    document.dismissed = raw.dismissed.flatMap((a, i) => {
      const parsed = AnchorSchema.safeParse(a);
      const issues = parsed.success ? anchorIssues(parsed.data, index, []) : parsed.error.issues.map(toIssue);
      if (issues.length) report(issues, ['dismissed', i]);
      return parsed.success && issues.length === 0 ? [parsed.data] : [];
    });
  }
  if (Array.isArray(raw.rejectedMerges)) {
    const kept = raw.rejectedMerges.flatMap((r, i) => {
      const parsed = RejectedMergeSchema.safeParse(r);
      const issues = parsed.success ? [...anchorIssues(parsed.data.a, index, ['a']), ...anchorIssues(parsed.data.b, index, ['b'])] : parsed.error.issues.map(toIssue);
      if (issues.length) report(issues, ['rejectedMerges', i]);
      return parsed.success && issues.length === 0 ? [parsed.data] : [];
    });
    if (kept.length) document.rejectedMerges = kept;
  }
  const other = Object.keys(raw).filter((k) => !['format', 'version', 'title', 'sources', 'events', 'dismissed', 'categories', 'rejectedMerges'].includes(k));
  if (other.length) problems.push({ path: '', message: `has ${other.length === 1 ? 'a field' : 'fields'} Newsline does not know: ${other.join(', ')}` });
  // A final check of the whole: what salvage keeps must itself be a valid document.
  const checked = validateDocument(document);
  return checked.ok ? { document: checked.document, problems } : null;
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  return { path: [...issue.path], message: humanMessage(issue) };
}


