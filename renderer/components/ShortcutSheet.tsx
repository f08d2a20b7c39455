import { useEffect, useRef } from 'react';
import { useNewsline } from '../store/use-newsline';

const SHORTCUTS: Array<[string, string]> = [
  ['← →', 'Previous / next event in time'],
  ['↑ ↓', 'Previous / next row in the event list (when it has focus)'],
  ['Enter', 'Select the focused event, or open a cluster'],
  ['+ −', 'Zoom in / out, about the selected event'],
  ['0', 'Fit all events'],
  ['L', 'Show or hide the event list'],
  ['Esc', 'Clear the selection, or close this sheet'],
  ['Ctrl/Cmd+O', 'Open an article'],
  ['?', 'This sheet'],
];

/** The keyboard shortcuts, opened with ? or the toolbar's ? button. */
export function ShortcutSheet() {
  const open = useNewsline((s) => s.shortcutsOpen);
  const setOpen = useNewsline((s) => s.setShortcutsOpen);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => before?.focus?.();
  }, [open]);
  if (!open) return null;
  return (
    <div className="nl-modal-backdrop" onClick={() => setOpen(false)}>
      <div
        className="nl-modal nl-shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="nl-shortcuts-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          // Keys typed here belong to the sheet: Esc closes it, nothing reaches the timeline.
          e.stopPropagation();
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            setOpen(false);
          }
        }}
      >
        <h2 id="nl-shortcuts-title">Keyboard shortcuts</h2>
        <dl className="nl-shortcut-list">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <div className="nl-modal-actions">
          <button ref={closeButton} type="button" className="nl-button nl-button--text" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
