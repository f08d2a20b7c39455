import { BASIS_LABELS, formatEventDate, isUncertain, possibleRange } from '../../shared/dates';
import { quoteOf } from '../../shared/document';
import { QuoteStepper } from '../sources/QuoteStepper';
import { useNewsline } from '../store/use-newsline';

export function DetailsCard() {
  const focusedId = useNewsline((s) => s.focusedId);
  const selectedIds = useNewsline((s) => s.selectedIds);
  const events = useNewsline((s) => s.events);
  const doc = useNewsline((s) => s.document);
  const selectEvent = useNewsline((s) => s.selectEvent);
  const clearSelection = useNewsline((s) => s.clearSelection);
  const event = events.find((e) => e.id === focusedId);

  if (!event || !doc) {
    return (
      <section className="nl-details nl-details--empty" aria-label="Event details">
        <p>Select an event on the timeline, or a marked sentence in the article, to see its date and source.</p>
      </section>
    );
  }

  const others = selectedIds.filter((id) => id !== event.id);
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
        <strong>{BASIS_LABELS[event.date.basis]}.</strong> {event.date.note}
      </p>
      <QuoteStepper />
      {event.evidence.map((anchor, i) => (
        <blockquote key={i} className="nl-details-quote">
          {quoteOf(doc, anchor)}
        </blockquote>
      ))}
      {others.length ? (
        <div className="nl-details-others">
          <span>Also in this passage:</span>
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
