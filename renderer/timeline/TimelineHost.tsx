import { useLayoutEffect, useRef } from 'react';
import { useNewslineStore } from '../store/use-newsline';
import { mountTimeline } from './timeline-host';

/**
 * The element vis-timeline draws into. React owns the element; vis-timeline owns what is inside it, created
 * once when the element is first committed and fed from the store from then on (timeline-host.ts). A layout
 * effect runs before the browser paints, so the first frame that shows the window shows the timeline drawn.
 */
export function TimelineHost() {
  const store = useNewslineStore();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => mountTimeline(ref.current!, store), [store]);
  return (
    <div
      ref={ref}
      className="nl-timeline"
      id="nl-timeline"
      role="region"
      aria-label="Timeline of events. Drag to pan, wheel or pinch to zoom, arrow keys step through events."
      data-testid="timeline"
    />
  );
}
