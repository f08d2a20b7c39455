import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Anchor, Paragraph } from '../../shared/document';
import { Highlighted } from '../search/Highlighted';
import { selectCurrentHitStart, selectParagraphHits, selectShownEvents } from '../store/filter-slice';
import { useNewsline } from '../store/use-newsline';
import { segmentParagraph, type Mark } from './segments';

const NO_MARKS: Mark[] = [];

const ParagraphView = memo(function ParagraphView({ paragraph, marks, dateline, sourceId }: { paragraph: Paragraph; marks: Mark[]; dateline?: string; sourceId?: string }) {
  const active = useNewsline((s) => s.activeParagraphId === paragraph.id);
  // The search's matches in this paragraph: each paragraph reads only its own, so typing re-renders only those.
  const hits = useNewsline((s) => selectParagraphHits(s, sourceId, paragraph.id));
  const currentHit = useNewsline((s) => selectCurrentHitStart(s, sourceId, paragraph.id));
  // Narrow on purpose: a selection re-renders only the paragraphs whose marks it touches, not all of them.
  const focusedId = useNewsline((s) => (s.focusedId !== null && marks.some((m) => m.eventId === s.focusedId) ? s.focusedId : null));
  const selectedHere = useNewsline((s) => marks.filter((m) => s.selectedIds.includes(m.eventId)).map((m) => m.eventId).join(' '));
  const selectedIds = useMemo(() => (selectedHere ? selectedHere.split(' ') : []), [selectedHere]);
  const selectParagraph = useNewsline((s) => s.selectParagraph);
  // The tooltip of a marked span: the titles of its events, as text.
  const titlesOf = (ids: string[]) =>
    ids
      .map((id) => marks.find((m) => m.eventId === id)?.title)
      .filter(Boolean)
      .join('\n');
  const segments = useMemo(() => segmentParagraph(paragraph.text, marks), [paragraph.text, marks]);
  const hasEvents = marks.length > 0;

  const Tag = paragraph.role === 'title' ? 'h1' : 'p';
  const className = [
    'nl-para',
    `nl-para--${paragraph.role}`,
    hasEvents ? 'nl-para--has-events' : '',
    active ? 'nl-para--active' : '',
  ].join(' ');

  // The dateline opens its paragraph ("NEW DELHI, May 15. /TASS/."): set it apart without changing the text.
  const datelineEnd = dateline && paragraph.role === 'dateline' && paragraph.text.startsWith(dateline) ? paragraph.text.indexOf('.', dateline.length) : -1;

  return (
    <Tag
      id={`para-${paragraph.id}`}
      data-paragraph-id={paragraph.id}
      className={className}
      tabIndex={hasEvents ? 0 : undefined}
      aria-current={active ? 'true' : undefined}
      onClick={hasEvents ? () => !selectingText() && selectParagraph(paragraph.id) : undefined}
      onKeyDown={
        hasEvents
          ? (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                selectParagraph(paragraph.id);
              }
            }
          : undefined
      }
    >
      {segments.map((seg) => {
        const parts = datelineEnd > 0 && seg.start < datelineEnd + 1 ? splitAt(seg.text, datelineEnd + 1 - seg.start) : [seg.text, ''];
        const first = <Highlighted text={parts[0]} offset={seg.start} hits={hits} current={currentHit} />;
        const body = (
          <>
            {parts[0] && datelineEnd > 0 && seg.start < datelineEnd + 1 ? <span className="nl-dateline">{first}</span> : first}
            <Highlighted text={parts[1]} offset={seg.start + parts[0].length} hits={hits} current={currentHit} />
          </>
        );
        if (seg.eventIds.length === 0) return <span key={seg.start}>{body}</span>;
        const focused = focusedId !== null && seg.eventIds.includes(focusedId);
        const selected = seg.eventIds.some((id) => selectedIds.includes(id));
        const Mark = focused ? 'mark' : 'span';
        return (
          <Mark
            key={seg.start}
            className={`nl-evidence${focused ? ' nl-evidence--focused' : ''}${selected ? ' nl-evidence--selected' : ''}`}
            data-event-ids={seg.eventIds.join(' ')}
            title={titlesOf(seg.eventIds)}
            onClick={(e) => {
              e.stopPropagation();
              if (!selectingText()) selectParagraph(paragraph.id, seg.eventIds);
            }}
          >
            {body}
          </Mark>
        );
      })}
    </Tag>
  );
});

/** Characters from the start of a paragraph's element to a point in it: its text is the paragraph's, verbatim. */
function offsetIn(para: Element, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(para, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/** The text selected in the article as an evidence span: within one paragraph, without the spaces around it. */
export function selectionAnchor(sourceId: string, paragraphs: Paragraph[], root: HTMLElement): Anchor | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const paraOf = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('[data-paragraph-id]') ?? null;
  const startPara = paraOf(range.startContainer);
  if (!startPara || !root.contains(startPara)) return null;
  const paragraph = paragraphs.find((p) => p.id === (startPara as HTMLElement).dataset.paragraphId);
  if (!paragraph) return null;
  let start = offsetIn(startPara, range.startContainer, range.startOffset);
  // A selection running on into the next paragraph stops at the end of this one.
  let end = paraOf(range.endContainer) === startPara ? offsetIn(startPara, range.endContainer, range.endOffset) : paragraph.text.length;
  end = Math.min(end, paragraph.text.length);
  while (start < end && /\s/.test(paragraph.text[start])) start++;
  while (end > start && /\s/.test(paragraph.text[end - 1])) end--;
  return end > start ? { sourceId, paragraphId: paragraph.id, start, end } : null;
}

/** A drag that selects text ends in a click too; it is a selection, not a request for the events. */
function selectingText(): boolean {
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
}

function splitAt(text: string, at: number): [string, string] {
  return [text.slice(0, at), text.slice(at)];
}

/** Up to this many paragraphs the article is drawn whole; beyond it only what is near the view. */
const DRAW_WHOLE = 150;
/** Paragraphs drawn beyond each edge of the view, so a scroll or a Tab finds them ready. */
const OVERSCAN = 6;

type Block = { kind: 'head' } | { kind: 'para'; paragraph: Paragraph } | { kind: 'note'; hidden: number };

/** A first guess at a block's height, from its length and the column's width; the drawn block corrects it. */
function estimateHeight(block: Block, columnWidth: number): number {
  if (block.kind === 'head') return 90;
  if (block.kind === 'note') return 44;
  const perLine = Math.max(20, Math.floor((columnWidth - 19) / 7.6));
  const lines = Math.max(1, Math.ceil(block.paragraph.text.length / perLine));
  return block.paragraph.role === 'title' ? lines * 31 + 16 : lines * 25.6 + 22;
}

export function ArticlePane() {
  const paragraphs = useNewsline((s) => s.paragraphs);
  // Marks only for the events the filter shows.
  const events = useNewsline(selectShownEvents);
  const article = useNewsline((s) => s.source);
  const fallbackTitle = useNewsline((s) => s.title);
  const { activeParagraphId, revealToken } = useNewsline(useShallow((s) => ({ activeParagraphId: s.activeParagraphId, revealToken: s.revealToken })));
  const openExternal = useNewsline((s) => s.openExternal);
  const requestPublished = useNewsline((s) => s.requestPublished);
  const setTextSelection = useNewsline((s) => s.setTextSelection);
  const startAdd = useNewsline((s) => s.startAdd);
  const canEdit = useNewsline((s) => s.document !== null);
  const scroller = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; anchor: Anchor } | null>(null);
  const lastSelection = useRef<Anchor | null>(null);

  const previousMarks = useRef<Map<string, Mark[]> | null>(null);
  // One pass over the events, not one per paragraph: at 10,000 events that is the difference of seconds.
  const marksByParagraph = useMemo(() => {
    const map = new Map<string, Mark[]>();
    for (const e of events) {
      for (const a of e.evidence) {
        // Only this article's anchors: paragraph ids are unique within a source, not across sources.
        if (a.sourceId !== article?.id) continue;
        const list = map.get(a.paragraphId);
        const mark: Mark = { start: a.start, end: a.end, eventId: e.id, title: e.title };
        if (list) list.push(mark);
        else map.set(a.paragraphId, [mark]);
      }
    }
    // A paragraph whose marks did not change keeps the same array, so a filter or an edit re-renders only
    // the paragraphs it touches, not all of them.
    const before = previousMarks.current;
    if (before) {
      for (const [id, list] of map) {
        const old = before.get(id);
        if (old && old.length === list.length && old.every((m, i) => m.start === list[i].start && m.end === list[i].end && m.eventId === list[i].eventId && m.title === list[i].title)) map.set(id, old);
      }
    }
    previousMarks.current = map;
    return map;
  }, [events, article?.id]);

  // The article as blocks: its head (title and publication line), its paragraphs, and a closing note.
  const { blocks, indexOfParagraph, withEvents } = useMemo(() => {
    const shown = paragraphs.filter((p) => p.role !== 'chrome');
    const hidden = paragraphs.length - shown.length;
    const list: Block[] = [{ kind: 'head' }, ...shown.map((paragraph): Block => ({ kind: 'para', paragraph }))];
    if (hidden > 0) list.push({ kind: 'note', hidden });
    const index = new Map<string, number>();
    const marked: number[] = [];
    list.forEach((b, i) => {
      if (b.kind !== 'para') return;
      index.set(b.paragraph.id, i);
      if (marksByParagraph.has(b.paragraph.id)) marked.push(i);
    });
    return { blocks: list, indexOfParagraph: index, withEvents: marked };
  }, [paragraphs, marksByParagraph]);
  const hasTitleParagraph = useMemo(() => paragraphs.some((p) => p.role === 'title'), [paragraphs]);

  // Blocks kept drawn wherever the view is: those holding the text selection or the keyboard focus, so
  // scrolling away loses neither.
  const [pinned, setPinned] = useState<number[]>([]);
  const pin = (next: number[]) => setPinned((prev) => (prev.length === next.length && prev.every((x, i) => x === next[i]) ? prev : next));
  const blockIndexOf = (node: Node | null): number => {
    const el = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-block-index]');
    return el && scroller.current?.contains(el) ? Number(el.dataset.blockIndex) : -1;
  };
  const pinnedNow = () => {
    const keep = new Set<number>();
    const sel = window.getSelection();
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      const r = sel.getRangeAt(0);
      keep.add(blockIndexOf(r.startContainer));
      keep.add(blockIndexOf(r.endContainer));
    }
    keep.add(blockIndexOf(document.activeElement));
    keep.delete(-1);
    return [...keep].sort((a, b) => a - b);
  };

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const i of pinned) if (i < range.count) indexes.add(i);
      // The paragraphs with events just outside the drawn ones: Tab and Shift+Tab always have a next stop.
      const after = withEvents.find((i) => i > range.endIndex + range.overscan);
      const before = withEvents.findLast((i) => i < range.startIndex - range.overscan);
      if (after !== undefined) indexes.add(after);
      if (before !== undefined) indexes.add(before);
      return [...indexes].sort((a, b) => a - b);
    },
    [pinned, withEvents],
  );

  // Stable callbacks: a new one would make the virtualizer lay out every block again, at every render.
  const columnWidth = useRef(0);
  const estimateSize = useCallback(
    (i: number) => {
      // Read once, not per block: each read of a width forces a layout.
      columnWidth.current ||= Math.min(scroller.current?.clientWidth || 700, 760) - 56;
      return estimateHeight(blocks[i], columnWidth.current);
    },
    [blocks],
  );
  const getItemKey = useCallback(
    (i: number) => {
      const b = blocks[i];
      return b.kind === 'para' ? `p:${b.paragraph.id}` : b.kind;
    },
    [blocks],
  );
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    // A short article is drawn whole: find-in-page, screen readers and printing see all of it.
    overscan: blocks.length <= DRAW_WHOLE ? blocks.length : OVERSCAN,
    rangeExtractor,
    indexAttribute: 'data-block-index',
  });

  // The text selected in the article, kept as the span it would be as evidence.
  useEffect(() => {
    const update = () => {
      pin(pinnedNow());
      const root = scroller.current;
      const next = root && article ? selectionAnchor(article.id, paragraphs, root) : null;
      const prev = lastSelection.current;
      if (prev === next || (prev && next && prev.paragraphId === next.paragraphId && prev.start === next.start && prev.end === next.end)) return;
      lastSelection.current = next;
      // The span stays while the form that will use it has the focus; a click elsewhere in the article clears it.
      if (next || root?.contains(document.activeElement) || document.activeElement === document.body) setTextSelection(next);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
    // pin and pinnedNow read only a state setter, refs and the DOM.
  }, [article, paragraphs, setTextSelection]);

  useEffect(() => {
    if (!menu) return;
    const close = () => setMenu(null);
    window.addEventListener('pointerdown', close);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('blur', close);
    };
  }, [menu]);

  // Brings the active paragraph into view, its marked sentence included: at once from afar (the paragraph
  // may not be drawn yet), smoothly when it is already drawn nearby.
  useEffect(() => {
    if (!activeParagraphId) return;
    const index = indexOfParagraph.get(activeParagraphId);
    const root = scroller.current;
    if (index === undefined || !root) return;
    const find = () => root.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(activeParagraphId)}"]`);
    const show = (el: HTMLElement, behavior: ScrollBehavior) => {
      // A paragraph taller than the pane is placed by its marked sentence, so the mark is never off screen.
      const mark = el.querySelector<HTMLElement>('mark.nl-evidence--focused');
      const target = mark && el.offsetHeight > root.clientHeight * 0.8 ? mark : el;
      target.scrollIntoView({ block: 'center', behavior });
    };
    const drawn = find();
    if (drawn) {
      show(drawn, 'smooth');
      return;
    }
    virtualizer.scrollToIndex(index, { align: 'center' });
    // Once drawn and measured, place it exactly: the estimate the jump used may have been off.
    let frames = 0;
    let raf = requestAnimationFrame(function settle() {
      const el = find();
      if (el) show(el, 'auto');
      if (++frames < 3 || !el) raf = frames < 30 ? requestAnimationFrame(settle) : 0;
    });
    return () => cancelAnimationFrame(raf);
  }, [activeParagraphId, revealToken, indexOfParagraph, virtualizer]);

  const head = (
    <>
      {!hasTitleParagraph && (article?.title || fallbackTitle) ? <h1 className="nl-para nl-para--title">{article?.title || fallbackTitle}</h1> : null}
      {article ? (
        <p className="nl-article-meta">
          {article.publisher ? <span>{article.publisher}</span> : null}
          <span className={article.published ? '' : 'nl-unknown'}>
            {article.published ? `Published ${formatPublished(article.published)}` : 'Publication date unknown'}
          </span>
          <button type="button" className="nl-link-button" onClick={() => requestPublished(true)}>
            {article.published ? 'Change date' : 'Set date'}
          </button>
          {article.url ? (
            <a
              href={article.url}
              onClick={(e) => {
                e.preventDefault();
                void openExternal(article.url!);
              }}
            >
              Original article
            </a>
          ) : null}
        </p>
      ) : null}
    </>
  );

  const items = virtualizer.getVirtualItems();
  return (
    <div
      className="nl-article-scroll"
      ref={scroller}
      onFocus={() => pin(pinnedNow())}
      onContextMenu={(e) => {
        // A right-click may move or drop the selection; the span selected last still counts inside its paragraph.
        const last = lastSelection.current;
        const inLast = last && (e.target as Element).closest?.(`[data-paragraph-id="${CSS.escape(last.paragraphId)}"]`) ? last : null;
        const anchor = canEdit && article && scroller.current ? (selectionAnchor(article.id, paragraphs, scroller.current) ?? inLast) : null;
        if (!anchor) return;
        e.preventDefault();
        setTextSelection(anchor);
        setMenu({ x: e.clientX, y: e.clientY, anchor });
      }}
    >
      {menu ? (
        <div className="nl-context-menu" role="menu" style={{ left: menu.x, top: menu.y }} onPointerDown={(e) => e.stopPropagation()}>
          <button
            type="button"
            role="menuitem"
            autoFocus
            onClick={() => {
              setMenu(null);
              void startAdd(menu.anchor);
            }}
            onKeyDown={(e) => e.key === 'Escape' && setMenu(null)}
          >
            Add event from selection
          </button>
        </div>
      ) : null}
      <article className="nl-article" aria-label="Article text">
        <div className="nl-article-blocks" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => {
            const block = blocks[v.index];
            return (
              <div key={v.key} data-block-index={v.index} ref={virtualizer.measureElement} className="nl-article-block" style={{ transform: `translateY(${v.start}px)` }}>
                {block.kind === 'head' ? (
                  head
                ) : block.kind === 'para' ? (
                  <ParagraphView paragraph={block.paragraph} marks={marksByParagraph.get(block.paragraph.id) ?? NO_MARKS} dateline={article?.dateline} sourceId={article?.id} />
                ) : (
                  <p className="nl-article-note">
                    {block.hidden === 1
                      ? '1 line of web-page navigation was left out of the article text.'
                      : `${block.hidden} lines of web-page navigation were left out of the article text.`}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </article>
    </div>
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "15 May 2024", as en-GB writes it. Spelled out rather than through toLocaleDateString: the first Intl call
 * loads the locale's data, and that cost 50–120 ms in the frame that makes the window usable.
 */
function formatPublished(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.valueOf())) return 'Invalid Date';
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
