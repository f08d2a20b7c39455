import { useRef } from 'react';
import { DIVIDER_MAX, DIVIDER_MIN } from '../store/view-slice';
import { useNewsline } from '../store/use-newsline';

/** The draggable split between the panes; arrow keys move it when it has focus. */
export function Divider({ containerRef }: { containerRef: React.RefObject<HTMLElement | null> }) {
  const ratio = useNewsline((s) => s.dividerRatio);
  const setRatio = useNewsline((s) => s.setDividerRatio);
  const save = useNewsline((s) => s.saveViewState);
  const dragging = useRef(false);

  const ratioAt = (clientX: number) => {
    const box = containerRef.current!.getBoundingClientRect();
    return (clientX - box.left) / box.width;
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
        setRatio(ratio + (e.key === 'ArrowLeft' ? -0.02 : 0.02));
        void save();
      }}
    />
  );
}
