import { useEffect, useRef } from 'react';
import { displayName } from '../store';
import { useNewsline } from '../store/use-newsline';

/** "Save changes?" before closing the window or opening another file: Save, Don't Save, or Cancel. */
export function UnsavedDialog() {
  const prompt = useNewsline((s) => s.unsavedPrompt);
  const name = useNewsline((s) => displayName(s));
  const answer = useNewsline((s) => s.answerUnsaved);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (prompt) saveButton.current?.focus();
  }, [prompt]);
  if (!prompt) return null;
  return (
    <div className="nl-modal-backdrop">
      <div
        className="nl-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="nl-unsaved-title"
        aria-describedby="nl-unsaved-text"
        data-testid="unsaved-dialog"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') answer('cancel');
        }}
      >
        <h2 id="nl-unsaved-title">Save changes to “{name}”?</h2>
        <p id="nl-unsaved-text">
          {prompt.reason === 'close' ? 'The window is closing.' : 'Another file is about to open.'} Your changes will be lost if you don’t save them.
        </p>
        <div className="nl-modal-actions">
          <button type="button" className="nl-button nl-button--text" onClick={() => answer('discard')}>
            Don’t Save
          </button>
          <span className="nl-toolbar-spacer" />
          <button type="button" className="nl-button nl-button--text" onClick={() => answer('cancel')}>
            Cancel
          </button>
          <button ref={saveButton} type="button" className="nl-button nl-button--text nl-button--primary" onClick={() => answer('save')}>
            Save
          </button>
        </div>
      </div>
    </div>
  );
}

/** Unsaved work a previous run left behind: restore it, or let it go. */
export function RecoveryBanner() {
  const recovered = useNewsline((s) => s.recovered);
  const restore = useNewsline((s) => s.restoreRecovered);
  const discard = useNewsline((s) => s.discardRecovered);
  if (!recovered) return null;
  const when = new Date(recovered.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="nl-notice nl-notice--warning" role="alert" data-testid="recovery">
      <div className="nl-notice-body">
        <strong>Newsline closed before your changes to “{recovered.name}” were saved.</strong>
        <p>
          The unsaved work from {when} ({recovered.document.events.length} events) can be restored.
        </p>
      </div>
      <div className="nl-notice-actions">
        <button type="button" className="nl-button nl-button--text nl-button--primary" onClick={() => void restore()}>
          Restore
        </button>
        <button type="button" className="nl-button nl-button--text" onClick={() => void discard()}>
          Discard
        </button>
      </div>
    </div>
  );
}
