import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CategoryDots } from '../filters/CategoryDots';
import { CategoryMenu } from '../filters/CategoryMenu';
import { selectCurrentHit, selectSearch, selectShownEvents } from '../store/filter-slice';
import { useNewsline } from '../store/use-newsline';
import { sourcesOf } from '../timeline/sources';
import { listRows, type SortKey } from './rows';

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'date', label: 'Date' },
  { key: 'title', label: 'Title' },
  { key: 'precision', label: 'Precision' },
  { key: 'provenance', label: 'Provenance' },
  { key: 'source', label: 'Source' },
];

const ROW_HEIGHT = 30;

/**
 * Every event as a row: the accessible view of the timeline. Virtualized (only the rows in view are in
 * the DOM), sortable by any column, driven by ↑ ↓ Home End PageUp PageDown, and in step with the timeline:
 * selecting here selects there, and a selection made anywhere scrolls its row into view.
 */
export function EventList() {
  const events = useNewsline(selectShownEvents);
  const matches = useNewsline((s) => selectSearch(s).eventSet);
  const currentHit = useNewsline((s) => {
    const h = selectCurrentHit(s);
    return h?.kind === 'event' ? h.eventId : null;
  });
  // Categories for the selected rows: right-click a row, or C on the list.
  const [categoryMenu, setCategoryMenu] = useState<{ x: number; y: number } | null>(null);
  const doc = useNewsline((s) => s.document);
  const focusedId = useNewsline((s) => s.focusedId);
  const selectedIds = useNewsline((s) => s.selectedIds);
  const selectEvent = useNewsline((s) => s.selectEvent);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'date', descending: false });
  const scroller = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => listRows(events, sourcesOf(doc), sort.key, sort.descending), [events, doc, sort]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  const focusedIndex = focusedId ? rows.indexOf(focusedId) : -1;
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' });
  }, [focusedIndex, virtualizer]);

  const move = (to: number) => {
    if (!rows.length) return;
    const i = Math.min(rows.length - 1, Math.max(0, to));
    selectEvent(rows.at(i).id);
  };
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(focusedIndex + 1),
      ArrowUp: () => move(focusedIndex < 0 ? rows.length - 1 : focusedIndex - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      PageDown: () => move(focusedIndex + page),
      PageUp: () => move(focusedIndex - page),
      c: () => {
        if (!selectedIds.length) return;
        const row = scroller.current?.querySelector(`[data-event-id="${CSS.escape(focusedId ?? selectedIds[0])}"]`)?.getBoundingClientRect();
        const box = scroller.current!.getBoundingClientRect();
        setCategoryMenu({ x: (row ?? box).left + 24, y: (row ? row.bottom : box.top + 24) });
      },
    };
    const action = Object.hasOwn(keys, e.key) ? keys[e.key] : undefined;
    if (!action) return;
    // Handled here: the page must not scroll, nor the app's own shortcuts run.
    e.preventDefault();
    e.stopPropagation();
    action();
  };

  const optionId = (id: string) => `nl-list-${id}`;
  return (
    <section className="nl-list" aria-label="Event list" data-testid="event-list">
      <div className="nl-list-head" role="group" aria-label="Sort the events by">
        {COLUMNS.map((c) => {
          const active = sort.key === c.key;
          return (
            <button
              key={c.key}
              type="button"
              className={`nl-list-col nl-list-col--${c.key}`}
              aria-pressed={active}
              aria-label={`Sort by ${c.label.toLowerCase()}${active ? (sort.descending ? ', descending' : ', ascending') : ''}`}
              onClick={() => setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : false }))}
            >
              {c.label}
              <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
            </button>
          );
        })}
      </div>
      <div
        ref={scroller}
        className="nl-list-scroll"
        role="listbox"
        tabIndex={0}
        aria-label={`Events, ${rows.length}, sorted by ${sort.key}`}
        aria-activedescendant={focusedIndex >= 0 && virtualizer.getVirtualItems().some((v) => v.index === focusedIndex) ? optionId(rows.at(focusedIndex).id) : undefined}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows.at(v.index);
            const isSelected = selected.has(row.id);
            return (
              <div
                key={row.id}
                id={optionId(row.id)}
                role="option"
                aria-selected={isSelected}
                aria-setsize={rows.length}
                aria-posinset={v.index + 1}
                data-event-id={row.id}
                className={`nl-list-row nl-list-row--${row.style}${isSelected ? ' nl-list-row--selected' : ''}${row.id === focusedId ? ' nl-list-row--focused' : ''}${matches.has(row.id) ? ' nl-list-row--match' : ''}${row.id === currentHit ? ' nl-list-row--current-match' : ''}`}
                style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onClick={() => selectEvent(row.id)}
                onContextMenu={(e) => {
                  e.preventDefault();
                  if (!selected.has(row.id)) selectEvent(row.id);
                  setCategoryMenu({ x: e.clientX, y: e.clientY });
                }}
                title={`${row.title} (${row.date})`}
              >
                <span className="nl-list-cell nl-list-col--date">
                  <DateText text={row.date} />
                </span>
                <span className="nl-list-cell nl-list-col--title">
                  <CategoryDots ids={row.event.categories} />
                  {row.title}
                </span>
                <span className="nl-list-cell nl-list-col--precision">{row.precision}</span>
                <span className="nl-list-cell nl-list-col--provenance">{row.provenance}</span>
                <span className="nl-list-cell nl-list-col--source">{row.source}</span>
              </div>
            );
          })}
        </div>
      </div>
      {categoryMenu ? <CategoryMenu x={categoryMenu.x} y={categoryMenu.y} onClose={() => {
        setCategoryMenu(null);
        scroller.current?.focus();
      }} /> : null}
    </section>
  );
}

const UNCERTAIN_YEAR = ' (year uncertain)';

/** The date itself is never cut short; when the column is too narrow, its "(year uncertain)" gives way (the row's
 * colour and tooltip still say it). */
function DateText({ text }: { text: string }) {
  if (!text.endsWith(UNCERTAIN_YEAR)) return <span className="nl-list-date">{text}</span>;
  return (
    <>
      <span className="nl-list-date">{text.slice(0, -UNCERTAIN_YEAR.length)}</span>
      <span className="nl-list-date-qualifier">{UNCERTAIN_YEAR}</span>
    </>
  );
}
