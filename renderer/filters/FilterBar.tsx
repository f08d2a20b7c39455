import { useMemo, useState } from 'react';
import { describeFilter, isFilterActive } from '../../shared/filter';
import { SearchBox } from '../search/SearchBox';
import { selectShownEvents } from '../store/filter-slice';
import { useNewsline } from '../store/use-newsline';
import { FilterPanel } from './FilterPanel';

/**
 * The row under the toolbar: the search box, the Filter button, and the active filters as chips (each removed
 * with its ×, all of them with Clear filters), with how many events are shown.
 */
export function FilterBar() {
  const filter = useNewsline((s) => s.filter);
  const doc = useNewsline((s) => s.document);
  const total = useNewsline((s) => s.events.length);
  const shown = useNewsline((s) => selectShownEvents(s).length);
  const clearFacet = useNewsline((s) => s.clearFilterFacet);
  const clearFilters = useNewsline((s) => s.clearFilters);
  const [open, setOpen] = useState(false);
  const chips = useMemo(() => describeFilter(filter, doc), [filter, doc]);
  const active = isFilterActive(filter);
  if (!doc) return null;
  return (
    <div className="nl-findbar" data-testid="find-bar">
      <SearchBox />
      <span className="nl-filter-anchor">
        <button
          type="button"
          className={`nl-button nl-button--text${active ? ' nl-button--active' : ''}`}
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          title="Show only some events: by source, precision, provenance, uncertainty, dates or category"
          data-testid="filter-button"
        >
          Filter{active ? ` (${chips.length})` : ''} ▾
        </button>
        {open ? <FilterPanel onClose={() => setOpen(false)} /> : null}
      </span>
      {active ? (
        <div className="nl-filter-chips" role="group" aria-label="Active filters" data-testid="filter-chips">
          {chips.map((c) => (
            <button key={c.facet} type="button" className="nl-filter-chip" onClick={() => clearFacet(c.facet)} aria-label={`Remove filter ${c.label}`} title="Remove this filter">
              {c.label}
              <span aria-hidden="true"> ×</span>
            </button>
          ))}
          <button type="button" className="nl-link-button" onClick={clearFilters} data-testid="clear-filters">
            Clear filters
          </button>
          <span className="nl-filter-count" role="status" data-testid="filter-count">
            Showing {shown} of {total} events
          </span>
        </div>
      ) : null}
    </div>
  );
}

/** Where the timeline would be empty because of the filters, rather than because there are no events. */
export function FilterEmptyNote() {
  const hidden = useNewsline((s) => s.events.length > 0 && selectShownEvents(s).length === 0);
  const clearFilters = useNewsline((s) => s.clearFilters);
  if (!hidden) return null;
  return (
    <p className="nl-empty" data-testid="filter-empty">
      No events match the filters.{' '}
      <button type="button" className="nl-link-button" onClick={clearFilters}>
        Clear filters
      </button>
    </p>
  );
}
