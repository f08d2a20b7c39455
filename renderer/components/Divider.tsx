import { useRef } from 'react';
import { DIVIDER_DEFAULT, DIVIDER_MAX, DIVIDER_MIN } from '../store/view-slice';

/** Below these widths the toolbar, or the article's lines, stop being usable. */
const TIMELINE_MIN_PX = 380;
const ARTICLE_MIN_PX = 240;
import { useNewsline } from '../store/use-newsline';

/** The draggable split between the panes; arrow keys move it when it has focus. */
export function Divider({ containerRef }: { containerRef: React.RefObject<HTMLElement | null> }) {
  const ratio = useNewsline((s) => s.dividerRatio);
  const setRatio = useNewsline((s) => s.setDividerRatio);
  const save = useNewsline((s) => s.saveViewState);
  const dragging = useRef(false);

  const ratioAt = (clientX: number) => {
    const box = containerRef.current!.getBoundingClientRect();
    return clampToPanes((clientX - box.left) / box.width, box.width);
  };

  return (
    <div
      className="nl-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize timeline and article panes"
      aria-valuemin={DIVIDER_MIN * 100}
      aria-valuemax={DIVIDER_MAX * 100}
      aria-valuenow={Math.round(ratio * 100)}
      tabIndex={0}
      title="Drag to resize; double-click to reset"
      onDoubleClick={() => {
        setRatio(DIVIDER_DEFAULT);
        void save();
      }}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (dragging.current) setRatio(ratioAt(e.clientX));
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        // Arrows here move the divider; they must not also step through events.
        e.preventDefault();
        e.stopPropagation();
        setRatio(clampToPanes(ratio + (e.key === 'ArrowLeft' ? -0.02 : 0.02), containerRef.current?.getBoundingClientRect().width ?? 0));
        void save();
      }}
    />
  );
}

/** Keeps both panes at a usable width; in a window too narrow for both, the timeline gets its minimum. */
export function clampToPanes(ratio: number, width: number): number {
  if (width <= 0) return ratio;
  const min = TIMELINE_MIN_PX / width;
  const max = 1 - ARTICLE_MIN_PX / width;
  return max < min ? Math.min(min, DIVIDER_MAX) : Math.min(max, Math.max(min, ratio));
}
