import { formatEventDate } from '../dates';
import type { NewslineDocument } from '../document';
import { documentTitle, eventSource, exportedEvents, quotesOf, safeHttpUrl, sourceDetails, type ExportOptions } from './common';

// The event list as Markdown: a dated bullet list, each event with its quotes and its source, for a chat,
// a CMS or a report. Text from the article is escaped so it can never turn into markup or a link.

/** Escapes what Markdown (CommonMark and GFM) would read as syntax, and folds line breaks into spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_{}[\]<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

export function toMarkdown(doc: NewslineDocument, opts: ExportOptions = {}): string {
  const lines: string[] = [`# ${escapeMarkdown(documentTitle(doc) || 'Timeline')}`, ''];
  for (const source of doc.sources) {
    const url = safeHttpUrl(source.url);
    const details = sourceDetails(source);
    const title = url ? `[${escapeMarkdown(source.title)}](<${url.replace(/[<>]/g, encodeURIComponent)}>)` : escapeMarkdown(source.title);
    lines.push(`Source: ${title}${details ? `, ${escapeMarkdown(details)}` : ''}`, '');
  }
  for (const event of exportedEvents(doc, opts)) {
    lines.push(`- **${escapeMarkdown(formatEventDate(event.date))}**: ${escapeMarkdown(event.title)}`);
    for (const quote of quotesOf(doc, event)) lines.push(`  > “${escapeMarkdown(quote)}”`);
    const source = eventSource(doc, event);
    const from = source ? [source.title, sourceDetails(source)].filter(Boolean).join(', ') : event.group;
    if (from) lines.push(`  > — ${escapeMarkdown(from)}`);
  }
  return `${lines.join('\n')}\n`;
}
