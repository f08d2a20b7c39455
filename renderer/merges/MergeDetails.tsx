import { useMemo } from 'react';
import type { NewslineEvent } from '../../shared/document';
import { dateConflict, hasDateRange, keepsRange, proposalsFor, sourceCount } from '../../shared/merges';
import { currentProposals } from '../store/merges-slice';
import { useNewsline } from '../store/use-newsline';
import { ProposalRow } from './MergeReview';

/**
 * The details card's part for the same event in several articles (the quote stepper above says how many sources
 * report it): what it was merged from, where they
 * disagree on the date (pick one, or keep the range), splitting it back, and the proposals for this event.
 */
export function MergeDetails({ event }: { event: NewslineEvent }) {
  const doc = useNewsline((s) => s.document);
  const proposals = useNewsline((s) => s.proposals);
  const events = useNewsline((s) => s.events);
  const unmerge = useNewsline((s) => s.unmergeEvent);
  const pick = useNewsline((s) => s.pickSourceDate);
  const keepRange = useNewsline((s) => s.keepDateRange);
  const mine = useMemo(() => proposalsFor(currentProposals({ proposals, events }), event.id), [proposals, events, event.id]);
  if (!doc) return null;
  const n = sourceCount(event);
  const conflict = dateConflict(event);
  const name = (id: string) => {
    const s = doc.sources.find((x) => x.id === id);
    return s ? s.title || s.file || s.id : id;
  };
  const chosen = (start: string, end?: string, mod?: string) => event.date.start === start && event.date.end === end && event.date.mod === mod;
  return (
    <div className="nl-merge-details" data-testid="merge-details">
      {event.merged ? (
        <p className="nl-merge-count" data-testid="merged-from">
          Merged from {event.merged.length} events{n > 1 ? ` in ${n} articles` : ''}
          <button type="button" className="nl-link-button" onClick={() => unmerge(event.id)} data-testid="unmerge" title="Split it back into the events it was merged from">
            Unmerge
          </button>
        </p>
      ) : null}
      {conflict ? (
        <div className="nl-merge-conflict" role="group" aria-label="The sources disagree on the date" data-testid="date-conflict">
          <p className="nl-merge-conflict-title">The sources give different dates:</p>
          <ul>
            {conflict.map((c) => (
              <li key={c.partId}>
                <span className="nl-merge-conflict-date">{c.label}</span> <span className="nl-merge-conflict-source">{c.sourceIds.map(name).join(', ')}</span>{' '}
                {chosen(c.date.start, c.date.end, c.date.mod) ? (
                  <span className="nl-merge-chosen">(shown)</span>
                ) : (
                  <button type="button" className="nl-link-button" onClick={() => pick(event.id, c.partId)}>
                    Use this date
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!hasDateRange(event) ? null : keepsRange(event) ? (
            <p className="nl-merge-chosen">The timeline shows the range over all of them.</p>
          ) : (
            <button type="button" className="nl-button nl-button--text" onClick={() => keepRange(event.id)} data-testid="keep-range">
              Keep the range
            </button>
          )}
        </div>
      ) : null}
      {mine.length ? (
        <div className="nl-merge-suggest">
          <p className="nl-merge-conflict-title">Other articles may report this event:</p>
          <ol className="nl-merge-list">
            {mine.slice(0, 3).map((p) => (
              <ProposalRow key={p.id} proposal={p} compact />
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
