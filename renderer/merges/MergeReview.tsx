import { useMemo, useState } from 'react';
import { formatEventDate } from '../../shared/dates';
import { quoteOf, type Anchor, type NewslineDocument, type NewslineEvent } from '../../shared/document-core';
import type { MergeProposal } from '../../shared/merges';
import { currentProposals } from '../store/merges-slice';
import { useNewsline } from '../store/use-newsline';

const THRESHOLDS = [0.8, 0.6, 0.4];

function sourceName(doc: NewslineDocument, sourceId: string): string {
  const s = doc.sources.find((x) => x.id === sourceId);
  return s ? s.title || s.file || s.id : sourceId;
}

/** One side of a proposal: which article, what date it gives, and its words. */
function Side({ doc, event, anchor }: { doc: NewslineDocument; event?: NewslineEvent; anchor?: Anchor }) {
  const span = anchor ?? event?.evidence[0];
  if (!span) return null;
  const sources = event ? [...new Set(event.evidence.map((a) => a.sourceId))] : [span.sourceId];
  return (
    <div className="nl-merge-side">
      <p className="nl-merge-source">
        {sources.map((id) => sourceName(doc, id)).join(' · ')}
        <span className="nl-merge-date">{event ? formatEventDate(event.date) : 'no date given'}</span>
      </p>
      <blockquote className="nl-merge-quote">{quoteOf(doc, span)}</blockquote>
    </div>
  );
}

/** One proposal with its two sides and the user's two answers. */
export function ProposalRow({ proposal, compact = false }: { proposal: MergeProposal; compact?: boolean }) {
  const doc = useNewsline((s) => s.document);
  const events = useNewsline((s) => s.events);
  const accept = useNewsline((s) => s.acceptProposal);
  const reject = useNewsline((s) => s.rejectProposal);
  const selectEvent = useNewsline((s) => s.selectEvent);
  if (!doc) return null;
  const [a, b] = proposal.eventIds.map((id) => events.find((e) => e.id === id));
  const label = proposal.anchor ? 'Add this article’s sentence as evidence' : 'Merge these two events';
  return (
    <li className="nl-merge-proposal" data-testid="merge-proposal" aria-label={`${label}, ${Math.round(proposal.score * 100)} % alike`}>
      <div className="nl-merge-head">
        <span className="nl-merge-score" title="How alike the two are: shared words, weighted by how rare they are in this timeline">
          {Math.round(proposal.score * 100)} % alike
        </span>
        <span className="nl-merge-shared">shares: {proposal.shared.slice(0, 6).join(', ')}</span>
      </div>
      {compact ? null : (
        <button type="button" className="nl-link-button" onClick={() => a && selectEvent(a.id)}>
          Show on the timeline
        </button>
      )}
      <Side doc={doc} event={a} />
      <Side doc={doc} event={b} anchor={proposal.anchor} />
      <div className="nl-merge-actions" role="group" aria-label={label}>
        <button type="button" className="nl-button nl-button--text" onClick={() => accept(proposal.id)} data-testid="merge-accept">
          {proposal.anchor ? 'Add as evidence' : 'Same event: merge'}
        </button>
        <button type="button" className="nl-button nl-button--text" onClick={() => reject(proposal.id)} data-testid="merge-reject">
          Not the same
        </button>
      </div>
    </li>
  );
}

/** The review panel: every proposal, best first, to accept or reject one by one or all above a level. */
export function MergeReview() {
  const open = useNewsline((s) => s.reviewOpen);
  const setOpen = useNewsline((s) => s.setReviewOpen);
  const proposals = useNewsline((s) => s.proposals);
  const events = useNewsline((s) => s.events);
  const busy = useNewsline((s) => s.proposalsBusy);
  const acceptAll = useNewsline((s) => s.acceptAllProposals);
  const shown = useMemo(() => currentProposals({ proposals, events }), [proposals, events]);
  const [threshold, setThreshold] = useState(0.6);
  if (!open) return null;
  const above = shown.filter((p) => p.score >= threshold).length;
  return (
    <aside className="nl-merge-review" role="dialog" aria-modal="false" aria-label="Merge proposals" data-testid="merge-review"
      onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}>
      <header className="nl-merge-review-head">
        <h2>Same event in several articles</h2>
        <button type="button" className="nl-icon-button" aria-label="Close merge proposals" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      <p className="nl-merge-intro">
        {shown.length === 0
          ? busy
            ? 'Looking for events that several articles report…'
            : 'No proposals: no two articles seem to report the same event. You can still merge by hand: Ctrl-click two events.'
          : `${shown.length} ${shown.length === 1 ? 'proposal' : 'proposals'}, most alike first. Merged events keep every article’s quote; Undo takes a merge back.`}
      </p>
      {shown.length ? (
        <div className="nl-merge-bulk">
          <label className="nl-field nl-field--inline">
            Accept all at least
            <select value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} data-testid="merge-threshold">
              {THRESHOLDS.map((t) => (
                <option key={t} value={t}>
                  {Math.round(t * 100)} % alike
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="nl-button" disabled={above === 0} onClick={() => acceptAll(threshold)} data-testid="merge-accept-all">
            Accept {above}
          </button>
        </div>
      ) : null}
      <ol className="nl-merge-list">
        {shown.map((p) => (
          <ProposalRow key={p.id} proposal={p} />
        ))}
      </ol>
    </aside>
  );
}

/**
 * The controls row's way into the review panel, with how many proposals wait: only when some do (or while
 * the panel is open, so the button that closes it does not vanish under the pointer as the last is answered).
 */
export function MergeReviewButton() {
  const sources = useNewsline((s) => s.document?.sources.length ?? 0);
  const proposals = useNewsline((s) => s.proposals);
  const events = useNewsline((s) => s.events);
  const open = useNewsline((s) => s.reviewOpen);
  const setOpen = useNewsline((s) => s.setReviewOpen);
  const n = useMemo(() => currentProposals({ proposals, events }).length, [proposals, events]);
  if (sources < 2 || (n === 0 && !open)) return null;
  return (
    <button type="button" className="nl-button nl-button--text nl-merge-button" aria-pressed={open} onClick={() => setOpen(!open)} data-testid="merge-review-button"
      title="Events that several articles seem to report: review the proposed merges">
      Merges ({n})
    </button>
  );
}
