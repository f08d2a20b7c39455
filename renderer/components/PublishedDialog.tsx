import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { describePublished, findPublished } from '../../shared/extract/published';
import { useNewsline } from '../store/use-newsline';

/**
 * Asks when the article was published. Newsline never assumes today: without a date, a day with no year or a
 * relative date ("last week") cannot be placed exactly (at best in a year guessed from the text, marked uncertain), and
 * the timeline says so.
 */
export function PublishedDialog() {
  const open = useNewsline((s) => s.askPublished);
  const sourceId = useNewsline((s) => s.source?.id ?? '');
  // Keyed by the article, so the field starts filled in the dialog's first render: filled in an effect after
  // the first paint, a date typed at once was run together with the one filled in.
  return open ? <PublishedForm key={sourceId} /> : null;
}

function PublishedForm() {
  // The article being asked about: with several, the one shown (a newly added one is shown as it arrives).
  const title = useNewsline((s) => s.source?.title || s.title);
  const current = useNewsline((s) => s.source?.published ?? null);
  const paragraphs = useNewsline((s) => s.source?.paragraphs);
  // The best date the article's own text gives (dateline, release-date line, byline, title), said with where
  // it was read, so the user confirms rather than types.
  const found = useMemo(() => (paragraphs ? (findPublished(paragraphs)[0] ?? null) : null), [paragraphs]);
  const setPublished = useNewsline((s) => s.setPublished);
  const close = useNewsline((s) => s.requestPublished);
  const [value, setValue] = useState(current ?? found?.date ?? '');
  const input = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => input.current?.focus(), []);

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
          {current ? 'The publication date is ' : found ? 'No publication date is set for ' : 'The article does not say when '}
          <q>{title}</q>
          {current ? ` set to ${current}.` : found ? '.' : ' was published.'} Days without a year, and relative dates such as “last week”, are placed
          from it.
        </p>
        {found ? (
          <p data-testid="published-found">
            {found.date === current ? 'This is the date given in ' : current ? `The article itself gives ${found.date}, in ` : 'Filled in from '}
            {describePublished(found)}.
          </p>
        ) : null}
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
