import { useEffect, useState } from 'react';
import { useNewsline } from '../store/use-newsline';

/** Progress appears only for imports that take longer than this; quicker ones would just flicker. */
export const PROGRESS_DELAY_MS = 500;

export function ImportProgress() {
  const importing = useNewsline((s) => s.importing);
  const cancelImport = useNewsline((s) => s.cancelImport);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (!importing) {
      setVisible(false);
      return;
    }
    const wait = Math.max(0, importing.since + PROGRESS_DELAY_MS - Date.now());
    const timer = setTimeout(() => setVisible(true), wait);
    return () => clearTimeout(timer);
  }, [importing]);

  if (!importing || !visible) return null;
  return (
    <div className="nl-progress" role="status" aria-live="polite" data-testid="import-progress">
      <div className="nl-progress-card">
        <p>
          Importing <strong>{importing.name}</strong> and finding its events…
        </p>
        <div className="nl-progress-bar" role="progressbar" aria-label={`Importing ${importing.name}`} aria-busy="true">
          <span />
        </div>
        <div className="nl-progress-actions">
          <button type="button" onClick={() => void cancelImport()} aria-keyshortcuts="Escape" data-testid="import-cancel">
            Cancel
          </button>
          <span className="nl-progress-hint">or press Esc</span>
        </div>
      </div>
    </div>
  );
}
