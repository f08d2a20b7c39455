import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { DATE_BASES } from '../../shared/document-core';
import { BASIS_WORDS, filterProblems, PRECISIONS } from '../../shared/filter';
import { toTimePoint } from '../../shared/time-value';
import { isUncertain } from '../../shared/dates';
import { useNewsline } from '../store/use-newsline';
import { CategoryPicker } from './CategoryPicker';

/**
 * The filters, as a popover under the Filter button. Within a group any ticked value matches; across groups
 * all must. Each box says how many of the timeline's events it would match on its own.
 */
export function FilterPanel({ onClose }: { onClose: () => void }) {
  const filter = useNewsline((s) => s.filter);
  const doc = useNewsline((s) => s.document);
  const events = useNewsline((s) => s.events);
  const toggle = useNewsline((s) => s.toggleFilterValue);
  const setFilter = useNewsline((s) => s.setFilter);
  const removeCategory = useNewsline((s) => s.removeCategory);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('input, button')?.focus();
    const away = (e: PointerEvent) => {
      const t = e.target as Element;
      if (!panel.current?.contains(t) && !t.closest?.('[data-testid="filter-button"]')) onClose();
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [onClose]);

  const counts = useMemo(() => {
    const c = new Map<string, number>();
    const bump = (k: string) => c.set(k, (c.get(k) ?? 0) + 1);
    for (const e of events) {
      for (const id of new Set(e.evidence.map((a) => a.sourceId))) bump(`s:${id}`);
      bump(`p:${toTimePoint(e.date.start).precision}`);
      bump(`b:${e.date.basis}`);
      if (isUncertain(e.date)) bump('u');
      for (const id of e.categories ?? []) bump(`c:${id}`);
    }
    return c;
  }, [events]);
  if (!doc) return null;
  const problems = filterProblems(filter);
  const box = (key: string, label: string, checked: boolean, onChange: () => void, extra?: ReactNode) => (
    <label key={key} className="nl-filter-option">
      <input type="checkbox" checked={checked} onChange={onChange} />
      {extra}
      {label} <span className="nl-filter-n">({counts.get(key) ?? 0})</span>
    </label>
  );

  return (
    <div
      ref={panel}
      className="nl-filter-panel"
      role="dialog"
      aria-label="Filter events"
      data-testid="filter-panel"
      onKeyDown={(e) => {
        // The panel's keys are its own: the timeline's shortcuts must not run behind it.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      {doc.sources.length > 1 ? (
        <fieldset>
          <legend>Source</legend>
          {doc.sources.map((s) => box(`s:${s.id}`, s.title || s.file || s.id, !!filter.sources?.includes(s.id), () => toggle('sources', s.id)))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>Precision</legend>
        {PRECISIONS.map((p) => box(`p:${p}`, p, !!filter.precisions?.includes(p), () => toggle('precisions', p)))}
      </fieldset>
      <fieldset>
        <legend>Provenance</legend>
        {DATE_BASES.map((b) => box(`b:${b}`, BASIS_WORDS[b], !!filter.bases?.includes(b), () => toggle('bases', b)))}
      </fieldset>
      <fieldset>
        <legend>Uncertainty</legend>
        {box('u', 'Uncertain dates only', filter.uncertainOnly === true, () => setFilter({ uncertainOnly: !filter.uncertainOnly }))}
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <label className="nl-filter-date">
          From
          <input type="text" value={filter.from ?? ''} placeholder="2021 or 2021-08-15" onChange={(e) => setFilter({ from: e.target.value })} data-testid="filter-from" />
        </label>
        <label className="nl-filter-date">
          To
          <input type="text" value={filter.to ?? ''} placeholder="2024-05" onChange={(e) => setFilter({ to: e.target.value })} data-testid="filter-to" />
        </label>
        {problems.length ? (
          <p className="nl-filter-problem" role="alert">
            {problems.join('. ')}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Category</legend>
        {(doc.categories ?? []).map((c) => (
          <span key={c.id} className="nl-filter-category">
            {box(`c:${c.id}`, c.name, !!filter.categories?.includes(c.id), () => toggle('categories', c.id), <span className="nl-category-dot" style={{ background: c.colour }} aria-hidden="true" />)}
            <button type="button" className="nl-icon-button" aria-label={`Delete the category ${c.name}`} title="Delete this category (Undo brings it back)" onClick={() => removeCategory(c.id)}>
              ×
            </button>
          </span>
        ))}
        {(doc.categories ?? []).length === 0 ? <p className="nl-filter-hint">No categories yet: make one here, or in an event’s details.</p> : null}
        <CategoryPicker eventIds={[]} toggles={false} />
      </fieldset>
      <div className="nl-filter-actions">
        <button type="button" className="nl-button nl-button--text" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
