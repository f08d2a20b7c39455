import { useEffect, useRef, useState } from 'react';
import { useNewsline } from '../store/use-newsline';

/**
 * Asks when the article was published. Newsline never assumes today: without a date, a day with no year or a
 * relative date ("last week") cannot be placed, and the timeline says so.
 */
export function PublishedDialog() {
  const open = useNewsline((s) => s.askPublished);
  // The article being asked about: with several, the one shown (a newly added one is shown as it arrives).
  const title = useNewsline((s) => s.source?.title || s.title);
  const current = useNewsline((s) => s.source?.published ?? null);
  const setPublished = useNewsline((s) => s.setPublished);
  const close = useNewsline((s) => s.requestPublished);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    setValue(current ?? '');
    input.current?.focus();
  }, [open, current]);

  if (!open) return null;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value);

  return (
    <div className="nl-modal-backdrop">
      <form
        className="nl-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="nl-published-title"
        data-testid="published-dialog"
        onKeyDown={(e) => {
          // Keys typed here belong to the form, not to the timeline's shortcuts.
          e.stopPropagation();
          if (e.key === 'Escape') close(false);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void setPublished(value);
        }}
      >
        <h2 id="nl-published-title">When was this article published?</h2>
        <p>
          {current ? 'The publication date is ' : 'The article does not say when '}
          <q>{title}</q>
          {current ? ` set to ${current}.` : ' was published.'} Days without a year, and relative dates such as “last week”, are placed
          from it.
        </p>
        <label className="nl-field">
          Publication date
          <input ref={input} type="date" value={value} onChange={(e) => setValue(e.target.value)} required />
        </label>
        <div className="nl-modal-actions">
          <button type="button" className="nl-button nl-button--text" onClick={() => void setPublished(null)}>
            Unknown
          </button>
          <button type="submit" className="nl-button nl-button--text nl-button--primary" disabled={!valid}>
            Use this date
          </button>
        </div>
      </form>
    </div>
  );
}
