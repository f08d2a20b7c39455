import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { selectSearch } from '../store/filter-slice';
import { useNewsline, useNewslineStore } from '../store/use-newsline';

/** Typing settles this long before the search runs: at 10,000 events, not every keystroke needs one. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Finds words in the events' titles, notes and quotes and in the articles' text (Ctrl/Cmd+F). Matches are
 * marked in the list, on the timeline and in the article; Enter and Shift+Enter step through them; Esc clears.
 */
export function SearchBox() {
  const store = useNewslineStore();
  const query = useNewsline((s) => s.searchQuery);
  const focusToken = useNewsline((s) => s.searchFocusToken);
  const result = useNewsline(selectSearch);
  const index = useNewsline((s) => s.searchHitIndex);
  const hasDocument = useNewsline((s) => s.document !== null);
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);

  // Cleared or set elsewhere (Edit ▸ Clear Search and Filters): the box follows.
  useEffect(() => {
    setText((t) => (t.trim() === query.trim() ? t : query));
  }, [query]);

  useEffect(() => {
    if (text === store.getState().searchQuery) return;
    const t = setTimeout(() => store.getState().setSearchQuery(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, store]);

  useEffect(() => {
    if (!focusToken) return;
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);

  const step = (direction: 1 | -1) => {
    // Enter before the pause runs the search at once.
    if (text !== store.getState().searchQuery) store.getState().setSearchQuery(text);
    store.getState().stepSearch(direction);
  };
  const clear = () => {
    setText('');
    store.getState().clearSearch();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      // Esc here clears the search, not the selection behind it.
      e.stopPropagation();
      clear();
    }
  };

  const n = result.hits.length;
  const status = !query.trim()
    ? ''
    : n === 0
      ? 'No matches'
      : `${index >= 0 ? `${index + 1} of ` : ''}${n}${result.truncated ? '+' : ''} ${n === 1 ? 'match' : 'matches'}${result.eventIds.length ? ` (${result.eventIds.length === 1 ? '1 event' : `${result.eventIds.length} events`})` : ''}`;

  return (
    <div className="nl-search" role="search" aria-label="Search the timeline and the articles">
      <input
        ref={input}
        type="search"
        className="nl-search-input"
        value={text}
        disabled={!hasDocument}
        placeholder="Search (Ctrl+F)"
        aria-label="Search events and article text"
        aria-describedby="nl-search-status"
        aria-keyshortcuts="Control+F Meta+F"
        title="Titles, notes, quotes and article text. Enter: next match; Shift+Enter: previous; Esc: clear"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <span id="nl-search-status" className="nl-search-status" aria-live="polite" data-testid="search-status">
        {status}
      </span>
      {query.trim() ? (
        <>
          <button type="button" className="nl-button" aria-label="Previous match (Shift+Enter)" title="Previous match (Shift+Enter)" disabled={n === 0} onClick={() => step(-1)}>
            ↑
          </button>
          <button type="button" className="nl-button" aria-label="Next match (Enter)" title="Next match (Enter)" disabled={n === 0} onClick={() => step(1)}>
            ↓
          </button>
          <button type="button" className="nl-button" aria-label="Clear the search (Esc)" title="Clear the search (Esc)" onClick={clear}>
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
