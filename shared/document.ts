import { z } from 'zod';
import { parseTimeValue, spanOf } from './time-value';

// The Newsline document: an article as paragraphs plus the events found in it, each tied back to the
// text by character spans. Main validates every document against this before the renderer sees it.

export const DOCUMENT_FORMAT = 'newsline-document';
export const DOCUMENT_VERSION = 1;

export const PARAGRAPH_ROLES = ['title', 'standfirst', 'dateline', 'body', 'chrome'] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

const timeValue = z.string().superRefine((value, ctx) => {
  const parsed = parseTimeValue(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine((v) => typeof parseTimeValue(v) !== 'string', 'is not a day of the calendar');

export const ParagraphSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][\w-]*$/, 'must be a short id such as p3'),
  role: z.enum(PARAGRAPH_ROLES),
  text: z.string(),
});

export const AnchorSchema = z.strictObject({
  paragraphId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** Where a date came from. */
export const DATE_BASES = ['stated', 'publication', 'record'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** TIMEX3's modifiers, in words. */
export const DATE_MODS = ['before', 'after', 'approx', 'start', 'mid', 'end'] as const;
export type DateMod = (typeof DATE_MODS)[number];

export const EventDateSchema = z.strictObject({
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

export const EventSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1).max(160),
  date: EventDateSchema,
  evidence: z.array(AnchorSchema).min(1, 'every event needs at least one evidence anchor'),
  origin: z.enum(['curated', 'extracted', 'user']).optional(),
});

export const ArticleSchema = z.strictObject({
  title: z.string(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  /** null when the publication date is unknown; never silently today. */
  published: isoDay.nullable(),
  dateline: z.string().optional(),
  language: z.string().optional(),
  paragraphs: z.array(ParagraphSchema).min(1, 'an article needs at least one paragraph'),
});

export const NewslineDocumentSchema = z
  .strictObject({
    format: z.literal(DOCUMENT_FORMAT),
    version: z.literal(DOCUMENT_VERSION),
    article: ArticleSchema,
    events: z.array(EventSchema),
  })
  .superRefine((doc, ctx) => {
    const paragraphs = new Map<string, string>();
    doc.article.paragraphs.forEach((p, i) => {
      if (paragraphs.has(p.id)) {
        ctx.addIssue({ code: 'custom', path: ['article', 'paragraphs', i, 'id'], message: `duplicate paragraph id "${p.id}"` });
      }
      paragraphs.set(p.id, p.text);
    });
    const eventIds = new Set<string>();
    doc.events.forEach((event, i) => {
      if (eventIds.has(event.id)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate event id "${event.id}"` });
      }
      eventIds.add(event.id);
      const { start, end } = event.date;
      // An invalid start or end has its own problem already; the order can only be checked between two dates.
      const from = parseTimeValue(start);
      const to = end === undefined ? undefined : parseTimeValue(end);
      if (typeof from !== 'string' && to !== undefined && typeof to !== 'string' && spanOf(to).end <= spanOf(from).start) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'date', 'end'], message: `ends (${end}) before it starts (${start})` });
      }
      event.evidence.forEach((anchor, j) => {
        const path = ['events', i, 'evidence', j];
        const text = paragraphs.get(anchor.paragraphId);
        if (text === undefined) {
          ctx.addIssue({ code: 'custom', path: [...path, 'paragraphId'], message: `no paragraph has id "${anchor.paragraphId}"` });
        } else if (anchor.end > text.length) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'end'],
            message: `span ends at ${anchor.end}, outside paragraph "${anchor.paragraphId}" (${text.length} characters)`,
          });
        }
        if (anchor.end <= anchor.start) {
          ctx.addIssue({ code: 'custom', path: [...path, 'end'], message: `span ends (${anchor.end}) before it starts (${anchor.start})` });
        }
      });
    });
  });

export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type NewslineEvent = z.infer<typeof EventSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type NewslineDocument = z.infer<typeof NewslineDocumentSchema>;

/** One thing wrong with a document, pinned to where it is. */
export interface DocumentProblem {
  /** Dotted path into the document, e.g. "events[2].evidence[0].end"; empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export type ValidationResult =
  | { ok: true; document: NewslineDocument }
  | { ok: false; problems: DocumentProblem[] };

export function validateDocument(data: unknown): ValidationResult {
  let result: ReturnType<typeof NewslineDocumentSchema.safeParse>;
  try {
    result = NewslineDocumentSchema.safeParse(data);
  } catch (err) {
    // A check that throws is a bug, but the document still gets a message rather than an unhandled rejection.
    return { ok: false, problems: [{ path: '', message: `the document could not be checked (${(err as Error)?.message ?? String(err)})` }] };
  }
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
