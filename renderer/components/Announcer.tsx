import { formatEventDate } from '../../shared/dates';
import { useNewsline } from '../store/use-newsline';

/** Says the selected event to screen readers, wherever the selection came from. */
export function Announcer() {
  const message = useNewsline((s) => {
    if (!s.focusedId) return '';
    const index = s.events.findIndex((e) => e.id === s.focusedId);
    if (index < 0) return '';
    const e = s.events[index];
    const more = s.selectedIds.length > 1 ? `, and ${s.selectedIds.length - 1} more in this passage` : '';
    return `Selected: ${e.title}, ${formatEventDate(e.date)}. Event ${index + 1} of ${s.events.length}${more}.`;
  });
  return (
    <div className="nl-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
