import { useNewsline } from '../store/use-newsline';

export function ErrorBanner() {
  const problems = useNewsline((s) => s.problems);
  const status = useNewsline((s) => s.status);
  const file = useNewsline((s) => s.file);
  const salvageSource = useNewsline((s) => s.salvageSource);
  const hasText = useNewsline((s) => s.paragraphs.length > 0);
  if (problems.length === 0) return null;
  // Opened, with parts left out: every good event is on the timeline, the bad ones are listed here.
  const partial = status === 'ready';
  return (
    <div className={`nl-error${partial ? ' nl-error--partial' : ''}`} role="alert" data-testid="error-banner">
      <p className="nl-error-head">
        <strong>{partial ? `Parts of this file are damaged and were left out (${problems.length}):` : 'This document could not be loaded:'}</strong>{' '}
        <code className="nl-error-file">{file ?? 'unknown file'}</code>
      </p>
      <ul className="nl-error-list">
        {problems.slice(0, 8).map((p, i) => (
          <li key={i}>
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : ''}
            {p.message}
          </li>
        ))}
        {problems.length > 8 ? <li>…and {problems.length - 8} more problems.</li> : null}
      </ul>
      <p className="nl-error-foot">
        {partial
          ? 'Everything else in the file is shown. Saving writes the timeline as you see it, without the parts listed here.'
          : hasText
            ? `No events are shown. The article text below was read from ${salvageSource ?? file}.`
            : 'No article text could be read from it either.'}
      </p>
    </div>
  );
}
