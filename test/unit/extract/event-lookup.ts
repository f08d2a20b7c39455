import { expect } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// Finding an extracted event by the words of its evidence, for the tests that write their own sentences.

/** The events of paragraphs p1, p2, … holding `texts`. */
export function events(published: string, ...texts: string[]): NewslineEvent[] {
  return eventsOf(published, texts);
}

/** The events of paragraphs p1, p2, … holding `texts`, extracted with no publication date. */
export function nopub(...texts: string[]): NewslineEvent[] {
  return eventsOf(null, texts);
}

function eventsOf(published: string | null, texts: string[]): NewslineEvent[] {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return extractEvents(paragraphs, { published });
}

/** The words an event's first piece of evidence quotes. */
export function quoteOf(e: NewslineEvent, texts: string[]): string {
  const a = e.evidence[0];
  return texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end);
}

/** The event (the shortest one) whose evidence holds `words`, in the paragraphs `texts`. */
export function shortestAt(published: string, texts: string[], words: string): NewslineEvent {
  return shortestOf(events(published, ...texts), texts, words);
}

/** The shortest event holding `words`, extracted without a publication date, or with `published` when one is given. */
export function shortestNoPub(texts: string[], words: string, published?: string): NewslineEvent {
  return shortestOf(published ? events(published, ...texts) : nopub(...texts), texts, words);
}

function shortestOf(all: NewslineEvent[], texts: string[], words: string): NewslineEvent {
  const found = all.filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found.sort((a, b) => quoteOf(a, texts).length - quoteOf(b, texts).length)[0];
}
