import { BASIS_LABELS, formatEventDate } from '../../shared/dates';
import { documentTitle } from '../../shared/document';
import { eventSource, quotesOf, sourceDetails } from '../../shared/export/common';
import type { NewslineStore } from '../store';

// What a printout (and the PDF) shows under the timeline: every event with its date, where the date comes
// from, its quotes and its source. Hidden on screen; print.css shows it. Built from textContent only.

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderPrintList(section: HTMLElement, store: NewslineStore): void {
  const state = store.getState();
  const doc = state.currentDocument();
  section.replaceChildren();
  if (!doc) return;
  section.append(el('h1', 'nl-print-title', documentTitle(doc) || 'Timeline'));
  for (const source of doc.sources) {
    section.append(el('p', 'nl-print-source', [source.title, sourceDetails(source), source.url].filter(Boolean).join(' · ')));
  }
  const list = el('ol', 'nl-print-events');
  // The events as shown: through the active filter, like every export.
  for (const event of doc.events) {
    const item = el('li', 'nl-print-event');
    const head = el('p', 'nl-print-head');
    head.append(el('span', 'nl-print-date', formatEventDate(event.date)), el('strong', 'nl-print-event-title', event.title));
    item.append(head);
    item.append(el('p', 'nl-print-basis', [BASIS_LABELS[event.date.basis], event.date.note].filter(Boolean).join('. ')));
    for (const quote of quotesOf(doc, event)) item.append(el('blockquote', 'nl-print-quote', `“${quote}”`));
    const source = eventSource(doc, event);
    const from = source ? [source.title, sourceDetails(source)].filter(Boolean).join(', ') : event.group;
    if (from) item.append(el('p', 'nl-print-from', `— ${from}`));
    if (event.note) item.append(el('p', 'nl-print-note', event.note));
    list.append(item);
  }
  section.append(list);
}

/** Keeps the print list beside the app's frame in step with the document. */
export function mountPrintList(root: HTMLElement, store: NewslineStore): void {
  const section = el('section', 'nl-print-list');
  section.setAttribute('aria-hidden', 'true');
  section.id = 'nl-print-list';
  root.after(section);
  renderPrintList(section, store);
  store.subscribe((s, prev) => {
    if (s.events !== prev.events || s.document !== prev.document || s.filter !== prev.filter) renderPrintList(section, store);
  });
  // vis-timeline keeps its scale when the page's width changes; on paper, show every event.
  const print = window.matchMedia('print');
  print.addEventListener('change', (e) => {
    if (e.matches) store.getState().fitAll();
  });
  window.addEventListener('beforeprint', () => store.getState().fitAll());
}
