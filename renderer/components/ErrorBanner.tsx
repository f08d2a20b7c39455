import { useNewsline } from '../store/use-newsline';

export function ErrorBanner() {
  const problems = useNewsline((s) => s.problems);
  const file = useNewsline((s) => s.file);
  const salvageSource = useNewsline((s) => s.salvageSource);
  const hasText = useNewsline((s) => s.paragraphs.length > 0);
  if (problems.length === 0) return null;
  return (
    <div className="nl-error" role="alert" data-testid="error-banner">
      <p className="nl-error-head">
        <strong>This document could not be loaded:</strong> <code className="nl-error-file">{file ?? 'unknown file'}</code>
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
        {hasText
          ? `No events are shown. The article text below was read from ${salvageSource ?? file}.`
          : 'No article text could be read from it either.'}
      </p>
    </div>
  );
}
