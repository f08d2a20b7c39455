import { useEffect, useRef } from 'react';
import { useNewsline } from '../store/use-newsline';
import { CategoryPicker } from './CategoryPicker';

/** The list's categories popover, for the selected rows: opened by a right-click on a row, or C. */
export function CategoryMenu({ x, y, onClose }: { x: number; y: number; onClose: () => void }) {
  const selectedIds = useNewsline((s) => s.selectedIds);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [onClose]);
  if (!selectedIds.length) return null;
  return (
    <div
      ref={box}
      className="nl-category-menu"
      role="dialog"
      aria-label={selectedIds.length === 1 ? 'Categories of the selected event' : `Categories of ${selectedIds.length} selected events`}
      style={{ left: Math.min(x, window.innerWidth - 280), top: Math.min(y, window.innerHeight - 200) }}
      data-testid="category-menu"
      onKeyDown={(e) => {
        // Its own keys: the list's and the app's shortcuts must not run behind it.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="nl-category-menu-head">{selectedIds.length === 1 ? 'Categories' : `Categories of ${selectedIds.length} events`}</p>
      <CategoryPicker eventIds={selectedIds} autoFocus />
    </div>
  );
}
