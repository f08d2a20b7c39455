import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNewsline } from '../store/use-newsline';

// The toolbar's Export menu: the same commands as File ▸ Export, and a line that says how the last went.

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const exportFile = useNewsline((s) => s.exportFile);
  const exportImage = useNewsline((s) => s.exportImage);
  const exportPdf = useNewsline((s) => s.exportPdf);
  const printView = useNewsline((s) => s.printView);
  const copyMarkdown = useNewsline((s) => s.copyMarkdown);
  const status = useNewsline((s) => s.exportStatus);
  const dismiss = useNewsline((s) => s.dismissExportStatus);
  const hasEvents = useNewsline((s) => s.events.length > 0);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const items: Array<{ label: string; run: () => void } | 'separator'> = [
    { label: 'TimelineJS (JSON)…', run: () => void exportFile('timelinejs') },
    { label: 'Spreadsheet (CSV)…', run: () => void exportFile('csv') },
    { label: 'Markdown event list…', run: () => void exportFile('markdown') },
    { label: 'Standalone web page (HTML)…', run: () => void exportFile('html') },
    'separator',
    { label: 'Image (PNG)…', run: () => void exportImage('png') },
    { label: 'Image (PNG, 2×)…', run: () => void exportImage('png-2x') },
    { label: 'Image (SVG)…', run: () => void exportImage('svg') },
    'separator',
    { label: 'PDF…', run: () => void exportPdf() },
    { label: 'Print…', run: printView },
    { label: 'Copy event list as Markdown', run: () => void copyMarkdown() },
  ];

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);

  useEffect(() => {
    if (status?.kind !== 'done') return;
    const t = setTimeout(dismiss, 6000);
    return () => clearTimeout(t);
  }, [status, dismiss]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The menu takes its own keys, so the timeline's shortcuts do not fire behind it.
    e.stopPropagation();
    const entries = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      entries[(at + (e.key === 'ArrowDown' ? 1 : -1) + entries.length) % entries.length]?.focus();
    }
  };

  return (
    <span className="nl-export">
      <button
        ref={button}
        type="button"
        className="nl-button nl-button--text"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!hasEvents}
        onClick={() => setOpen((o) => !o)}
        title="Export, print or copy the timeline"
      >
        Export ▾
      </button>
      {open && (
        <div ref={menu} className="nl-export-menu" role="menu" aria-label="Export" onKeyDown={onKeyDown}>
          {items.map((item, i) =>
            item === 'separator' ? (
              <div key={i} className="nl-export-separator" role="separator" />
            ) : (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                className="nl-export-item"
                onClick={() => {
                  setOpen(false);
                  item.run();
                }}
              >
                {item.label}
              </button>
            ),
          )}
        </div>
      )}
      {status && (
        <span className={`nl-export-status nl-export-status--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="export-status">
          {status.message}
          <button type="button" className="nl-export-status-close" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </span>
      )}
    </span>
  );
}
