import { useNewsline } from '../store/use-newsline';

/**
 * Without a publication date some dates cannot be placed exactly: they are shown in a year guessed from the text,
 * marked uncertain, or left off the timeline. Say so where the timeline is read.
 */
export function UnplacedHint() {
  const unknown = useNewsline((s) => s.status === 'ready' && s.source?.published === null);
  const requestPublished = useNewsline((s) => s.requestPublished);
  if (!unknown) return null;
  return (
    <p className="nl-hint" data-testid="unplaced-hint">
      The publication date is unknown, so days without a year (“August 15”) and relative dates (“on Tuesday”, “last week”)
      cannot be placed exactly: some are shown in a year guessed from the text, marked uncertain, and the rest are not on
      the timeline.{' '}
      <button type="button" className="nl-link-button" onClick={() => requestPublished(true)}>
        Set the publication date
      </button>{' '}
      to place them properly.
    </p>
  );
}
