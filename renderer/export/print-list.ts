import { basisLabel, formatEventDate } from '../../shared/dates';
import { documentTitle, type NewslineDocument, type NewslineEvent } from '../../shared/document-core';
import { eventSource, sourceDetails } from '../../shared/export/common';
import type { NewslineStore } from '../store';

// What a printout (and the PDF) shows under the timeline: every event with its date, where the date comes
// from, its quotes and its source. Hidden on screen; print.css shows it. Built from textContent only.

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Events per step of a build: a step is a few milliseconds, short enough never to hold up the window. */
const STEP = 250;

/**
 * Builds the list a step at a time: each `yield` is a point where the build may pause. The new list
 * replaces the old one only once it is whole, so a printout never shows half of it.
 */
function* printListSteps(section: HTMLElement, store: NewslineStore): Generator<void, void, void> {
  const state = store.getState();
  const doc = state.currentDocument();
  if (!doc) {
    section.replaceChildren();
    return;
  }
  const parts: HTMLElement[] = [el('h1', 'nl-print-title', documentTitle(doc) || 'Timeline')];
  for (const source of doc.sources) {
    parts.push(el('p', 'nl-print-source', [source.title, sourceDetails(source), source.url].filter(Boolean).join(' · ')));
  }
  const quotes = quoteFinder(doc);
  const list = el('ol', 'nl-print-events');
  // The events as shown: through the active filter, like every export.
  const events = doc.events;
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % STEP === 0) yield;
    const event = events[i];
    const item = el('li', 'nl-print-event');
    const head = el('p', 'nl-print-head');
    head.append(el('span', 'nl-print-date', formatEventDate(event.date)), el('strong', 'nl-print-event-title', event.title));
    item.append(head);
    item.append(el('p', 'nl-print-basis', [basisLabel(event.date), event.date.note].filter(Boolean).join('. ')));
    for (const quote of quotes(event)) item.append(el('blockquote', 'nl-print-quote', `“${quote}”`));
    const source = eventSource(doc, event);
    const from = source ? [source.title, sourceDetails(source)].filter(Boolean).join(', ') : event.group;
    if (from) item.append(el('p', 'nl-print-from', `— ${from}`));
    if (event.note) item.append(el('p', 'nl-print-note', event.note));
    list.append(item);
  }
  parts.push(list);
  section.replaceChildren(...parts);
}

/** An event's quotes, in evidence order, without empty ones; paragraphs looked up by id, not searched for. */
function quoteFinder(doc: NewslineDocument): (event: NewslineEvent) => string[] {
  const texts = new Map<string, string>();
  for (const s of doc.sources) for (const p of s.paragraphs) texts.set(`${s.id}\u0000${p.id}`, p.text);
  return (event) =>
    event.evidence.map((a) => texts.get(`${a.sourceId}\u0000${a.paragraphId}`)?.slice(a.start, a.end) ?? '').filter((q) => q.length > 0);
}

export function renderPrintList(section: HTMLElement, store: NewslineStore): void {
  for (const _ of printListSteps(section, store));
}

/** Up to this many events the print list is rebuilt at once; beyond, in steps while the page is idle. */
const BUILD_AT_ONCE = 1000;

/**
 * Keeps the print list beside the app's frame in step with the document. The list is first built only once
 * `windowReady` settles (the rest of the interface is drawn), a large one in idle moments: until then the
 * page's time belongs to the window.
 */
export function mountPrintList(root: HTMLElement, store: NewslineStore, windowReady: Promise<unknown> = Promise.resolve()): void {
  const section = el('section', 'nl-print-list');
  section.setAttribute('aria-hidden', 'true');
  section.id = 'nl-print-list';
  root.after(section);
  // A list of 10,000 events is a long task: built at launch it would hold back the window, so a large
  // document's list is built a step at a time in idle moments, and finished at once if printing starts.
  let build: Generator<void, void, void> | null = null;
  let idle = 0;
  const finish = () => {
    cancelIdleCallback(idle);
    if (build) for (const _ of build);
    build = null;
  };
  const work = (deadline: IdleDeadline) => {
    while (build && (deadline.timeRemaining() > 4 || deadline.didTimeout)) {
      if (build.next().done) build = null;
      if (deadline.didTimeout) break;
    }
    if (build) idle = requestIdleCallback(work, { timeout: 2000 });
  };
  let waiting = true;
  // A short list is built at once, a large one in idle moments.
  const start = () => {
    if (store.getState().events.length <= BUILD_AT_ONCE) finish();
    else idle = requestIdleCallback(work, { timeout: 2000 });
  };
  const refresh = () => {
    cancelIdleCallback(idle);
    build = printListSteps(section, store);
    // Not even a short list is built before the window is shown: it is hidden on screen, and its first build
    // (with the code it runs for the first time) was part of the task that draws the window. Printing before
    // then finishes it at once (finish, below).
    if (!waiting) start();
  };
  refresh();
  void windowReady.finally(() => {
    waiting = false;
    if (build) start();
  });
  store.subscribe((s, prev) => {
    if (s.events !== prev.events || s.document !== prev.document || s.filter !== prev.filter) refresh();
  });
  // vis-timeline keeps its scale when the page's width changes; on paper, show every event. At once, not
  // animated: print and printToPDF take the very next frame, which would catch an animation half-way.
  const print = window.matchMedia('print');
  print.addEventListener('change', (e) => {
    if (!e.matches) return;
    finish();
    store.getState().fitAll({ animate: false });
  });
  window.addEventListener('beforeprint', () => {
    finish();
    store.getState().fitAll({ animate: false });
  });
}
