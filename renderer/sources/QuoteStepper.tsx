import { sourcesOf } from '../../shared/sources';
import { useNewsline } from '../store/use-newsline';

/**
 * For an event with evidence in several places: "reported by N sources", and stepping through its quotes,
 * each opening its own article at its span.
 */
export function QuoteStepper() {
  const doc = useNewsline((s) => s.document);
  const event = useNewsline((s) => s.events.find((e) => e.id === s.focusedId));
  const index = useNewsline((s) => s.quoteIndex);
  const showQuote = useNewsline((s) => s.showQuote);
  if (!doc || !event || event.evidence.length < 2) return null;
  const sources = sourcesOf(doc, event);
  const i = Math.min(index, event.evidence.length - 1);
  const anchor = event.evidence[i];
  const source = doc.sources.find((s) => s.id === anchor.sourceId);
  return (
    <div className="nl-quotes" data-testid="quote-stepper">
      {sources.length > 1 ? <p className="nl-quotes-count">Reported by {sources.length} sources</p> : null}
      <div className="nl-quotes-nav">
        <button type="button" className="nl-button" aria-label="Previous quote" onClick={() => showQuote(i - 1)}>
          ‹
        </button>
        <span aria-live="polite">
          Quote {i + 1} of {event.evidence.length}
          {source ? ` · ${source.title || source.id}` : ''}
        </span>
        <button type="button" className="nl-button" aria-label="Next quote" onClick={() => showQuote(i + 1)}>
          ›
        </button>
      </div>
    </div>
  );
}
