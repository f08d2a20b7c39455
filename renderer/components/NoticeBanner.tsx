import { noticeLines } from '../store/document-slice';
import { useNewsline } from '../store/use-newsline';

/** The outcome of the last open: why a file was refused, or what to know about the one just opened. */
export function NoticeBanner() {
  const notice = useNewsline((s) => s.notice);
  const dismiss = useNewsline((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`nl-notice nl-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <div className="nl-notice-body">
        <strong>{notice.title}</strong>
        <ul>
          {noticeLines(notice).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="nl-icon-button" aria-label="Dismiss message" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
