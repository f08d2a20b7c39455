import { basisLabel, formatEventDate, isUncertain, possibleRange } from '../../shared/dates';
import { quoteOf, type EventOrigin } from '../../shared/document-core';
import { MergeDetails } from '../merges/MergeDetails';
import { CategoryPicker } from '../filters/CategoryPicker';
import { QuoteStepper } from '../sources/QuoteStepper';
import { useNewsline } from '../store/use-newsline';

const ORIGIN_LABELS: Record<EventOrigin, string> = {
  curated: 'Curated',
  extracted: 'Drafted by Newsline from the text',
  edited: 'Edited by you',
  added: 'Added by you',
  imported: 'Imported',
};

export function DetailsCard() {
  const focusedId = useNewsline((s) => s.focusedId);
  const selectedIds = useNewsline((s) => s.selectedIds);
  const events = useNewsline((s) => s.events);
  const doc = useNewsline((s) => s.document);
  const selectEvent = useNewsline((s) => s.selectEvent);
  const clearSelection = useNewsline((s) => s.clearSelection);
  const startEdit = useNewsline((s) => s.startEdit);
  const deleteEvents = useNewsline((s) => s.deleteEvents);
  const mergeEvents = useNewsline((s) => s.mergeEvents);
  const dismissEvent = useNewsline((s) => s.dismissEvent);
  const revert = useNewsline((s) => s.revertToSuggestion);
  const event = events.find((e) => e.id === focusedId);

  if (!event || !doc) {
    return (
      <section className="nl-details nl-details--empty" aria-label="Event details">
        <p>Select an event on the timeline, or a marked sentence in the article, to see its date and source.</p>
      </section>
    );
  }

  const others = selectedIds.filter((id) => id !== event.id);
  // Merging drafts makes an event "edited" (so a new publication date leaves it alone), but its title and date are
  // still Newsline's: the card does not claim the user changed them, nor offer to revert to what it already says.
  const mergedAsDrafted =
    event.origin === 'edited' && !!event.merged && !!event.suggestion && event.suggestion.title === event.title && formatEventDate(event.suggestion.date) === formatEventDate(event.date) && event.suggestion.date.basis === event.date.basis;
  const range = isUncertain(event.date) ? possibleRange(event.date) : undefined;

  return (
    <section className="nl-details" aria-label="Event details" aria-live="polite" data-testid="details">
      <header className="nl-details-head">
        <h2 className="nl-details-title">{event.title}</h2>
        <button type="button" className="nl-icon-button" aria-label="Clear selection (Esc)" title="Clear selection (Esc)" onClick={clearSelection}>
          ×
        </button>
      </header>
      <p className={`nl-details-date${isUncertain(event.date) ? ' nl-details-date--uncertain' : ''}`} data-testid="details-date">
        {formatEventDate(event.date)}
      </p>
      {range ? <p className="nl-details-range">Possible dates: {range}</p> : null}
      <p className="nl-details-basis">
        <strong>{basisLabel(event.date)}.</strong> {event.date.note}
      </p>
      <MergeDetails event={event} />
      <QuoteStepper />
      <p className={`nl-details-origin nl-details-origin--${event.origin}`} data-testid="details-origin">
        {mergedAsDrafted ? 'Drafted by Newsline from the text; merged by you' : ORIGIN_LABELS[event.origin]}
        {event.suggestion && !mergedAsDrafted ? (
          <>
            {'. Newsline first proposed '}
            <q>{event.suggestion.title}</q>, {formatEventDate(event.suggestion.date)}.{' '}
            <button type="button" className="nl-link-button" onClick={() => revert(event.id)}>
              Revert to suggestion
            </button>
          </>
        ) : (
          '.'
        )}
      </p>
      {event.note ? <p className="nl-details-note">{event.note}</p> : null}
      {event.evidence.map((anchor, i) => (
        <blockquote key={i} className="nl-details-quote">
          {quoteOf(doc, anchor)}
        </blockquote>
      ))}
      <section className="nl-details-categories" aria-label={selectedIds.length > 1 ? `Categories of the ${selectedIds.length} selected events` : 'Categories'}>
        <CategoryPicker eventIds={selectedIds.length ? selectedIds : [event.id]} compact />
      </section>
      <div className="nl-details-actions" role="group" aria-label="Change this event">
        <button type="button" className="nl-button nl-button--text" onClick={() => startEdit(event.id)} title="Edit (Enter, or double-click the event)">
          Edit…
        </button>
        {others.length ? (
          <button type="button" className="nl-button nl-button--text" onClick={() => mergeEvents()} title="Join the selected events into one">
            Merge {selectedIds.length} events
          </button>
        ) : null}
        <button type="button" className="nl-button nl-button--text" onClick={() => dismissEvent(event.id)} title="Remove it; finding events again will not bring it back">
          Not an event
        </button>
        <button type="button" className="nl-button nl-button--text nl-button--danger" onClick={() => deleteEvents()} title="Delete (Del); Undo brings it back">
          Delete{selectedIds.length > 1 ? ` ${selectedIds.length}` : ''}
        </button>
      </div>
      {others.length ? (
        <div className="nl-details-others">
          <span>Also selected:</span>
          {others.map((id) => {
            const other = events.find((e) => e.id === id);
            return other ? (
              <button type="button" key={id} className="nl-chip" onClick={() => selectEvent(id)}>
                {other.title}
              </button>
            ) : null;
          })}
        </div>
      ) : null}
    </section>
  );
}
