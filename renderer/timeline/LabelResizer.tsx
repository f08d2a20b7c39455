import { useRef } from 'react';
import { LABEL_WIDTH_DEFAULT, LABEL_WIDTH_MAX, LABEL_WIDTH_MIN } from '../store/view-slice';
import { useNewsline } from '../store/use-newsline';

/** The edge of the timeline's title column: drag it, or focus it and use ← →; double-click resets it. */
export function LabelResizer() {
  const width = useNewsline((s) => s.labelWidth);
  const setWidth = useNewsline((s) => s.setLabelWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      className="nl-label-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the title column"
      aria-valuemin={LABEL_WIDTH_MIN}
      aria-valuemax={LABEL_WIDTH_MAX}
      aria-valuenow={width}
      tabIndex={0}
      style={{ left: width - 3 }}
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
        e.stopPropagation();
      }}
      onPointerMove={(e) => {
        if (drag.current) setWidth(drag.current.width + e.clientX - drag.current.x);
      }}
      onPointerUp={(e) => {
        drag.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onDoubleClick={() => setWidth(LABEL_WIDTH_DEFAULT)}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        e.stopPropagation();
        setWidth(width + (e.key === 'ArrowLeft' ? -20 : 20));
      }}
    />
  );
}
