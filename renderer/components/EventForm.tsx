import { useLayoutEffect, useRef, useState } from 'react';
import { BASIS_LABELS, formatEventDate } from '../../shared/dates';
import { quoteOf, sameAnchor, type Anchor, type DateBasis, type DateMod, type EventDate, type NewslineDocument, type NewslineEvent } from '../../shared/document-core';
import type { NewslineState } from '../store';
import { parseTimeValue } from '../../shared/time-value';
import { useNewsline } from '../store/use-newsline';

// The form for editing an event or adding one from a text selection: title, date with its precision, a
// qualifier, "year uncertain", where the date came from and why, a note, and the evidence spans.

type Precision = 'day' | 'month' | 'year' | 'decade' | 'range';

const PRECISIONS: Array<{ value: Precision; label: string; hint: string }> = [
  { value: 'day', label: 'Day', hint: 'YYYY-MM-DD' },
  { value: 'month', label: 'Month', hint: 'YYYY-MM' },
  { value: 'year', label: 'Year', hint: 'YYYY' },
  { value: 'decade', label: 'Decade', hint: 'e.g. 1970s' },
  { value: 'range', label: 'Range between two dates', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
];

const QUALIFIERS: Array<{ value: '' | DateMod; label: string }> = [
  { value: '', label: 'On that date' },
  { value: 'before', label: 'By that date (on or before)' },
  { value: 'after', label: 'After that date' },
  { value: 'approx', label: 'About then' },
];

function precisionOf(date: EventDate): Precision {
  if (date.end !== undefined) return 'range';
  const p = parseTimeValue(date.start);
  return typeof p === 'string' ? 'day' : p.precision;
}

/** What the person types, as a time value; decades are typed as "1970s" and stored as TIMEX3's "197". */
function toValue(text: string, precision: Precision): string {
  const t = text.trim();
  if (precision === 'decade') {
    const m = /^(\d{3})0s?$/.exec(t);
    return m ? m[1] : t;
  }
  return t;
}

function fromValue(value: string | undefined, precision: Precision): string {
  if (value === undefined) return '';
  return precision === 'decade' && /^\d{3}$/.test(value) ? `${value}0s` : value;
}

function checkValue(value: string, precision: Precision): string | null {
  if (!value) return 'Give a date.';
  const p = parseTimeValue(value);
  if (typeof p === 'string') return p.replace(/^"[^"]*" /, 'This ');
  if (precision !== 'range' && p.precision !== precision) return `Write a ${precision} as ${PRECISIONS.find((x) => x.value === precision)!.hint}.`;
  return null;
}

export interface EventFormValues {
  title: string;
  date: EventDate;
  evidence: Anchor[];
  note?: string;
}

export function EventForm() {
  const editing = useNewsline((s) => s.editing);
  const doc = useNewsline((s) => s.document);
  const event = editing?.kind === 'edit' ? doc?.events.find((e) => e.id === editing.id) : undefined;
  if (!editing || !doc) return null;
  const initial: EventFormValues | null =
    editing.kind === 'edit'
      ? event
        ? { title: event.title, date: event.date, evidence: event.evidence, note: event.note }
        : null
      : { title: editing.proposal.title, date: editing.proposal.date, evidence: [editing.proposal.anchor] };
  if (!initial) return null;
  // Keyed by what is being edited, so the fields start from it in the first render and keep what the person
  // types when the document changes underneath (an autosave, a background proposal): filling them in an effect
  // after the first paint let typing land before the old title and be appended to it.
  const key = editing.kind === 'edit' ? `edit:${editing.id}` : `add:${anchorKey(editing.proposal.anchor)}`;
  return <EventFormBody key={key} editing={editing} doc={doc} event={event} initial={initial} />;
}

const anchorKey = (a: Anchor) => `${a.sourceId}/${a.paragraphId}/${a.start}-${a.end}`;

interface BodyProps {
  editing: NonNullable<NewslineState['editing']>;
  doc: NewslineDocument;
  event: NewslineEvent | undefined;
  initial: EventFormValues;
}

function EventFormBody({ editing, doc, event, initial }: BodyProps) {
  const textSelection = useNewsline((s) => s.textSelection);
  const cancel = useNewsline((s) => s.cancelEditing);
  const updateEvent = useNewsline((s) => s.updateEvent);
  const addEvent = useNewsline((s) => s.addEvent);
  const revert = useNewsline((s) => s.revertToSuggestion);

  const initialPrecision = precisionOf(initial.date);
  const [title, setTitle] = useState(initial.title);
  const [precision, setPrecision] = useState<Precision>(initialPrecision);
  const [start, setStart] = useState(() => fromValue(initial.date.start, initialPrecision));
  const [end, setEnd] = useState(initial.date.end ?? '');
  const [mod, setMod] = useState<'' | DateMod>(initial.date.mod === 'before' || initial.date.mod === 'after' || initial.date.mod === 'approx' ? initial.date.mod : '');
  const [yearUncertain, setYearUncertain] = useState(initial.date.yearUncertain === true);
  const [basis, setBasis] = useState<DateBasis>(initial.date.basis);
  const [basisNote, setBasisNote] = useState(initial.date.note ?? '');
  const [note, setNote] = useState(initial.note ?? '');
  const [evidence, setEvidence] = useState<Anchor[]>(initial.evidence);
  const [tried, setTried] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    titleInput.current?.focus();
    titleInput.current?.select();
  }, []);

  const startValue = toValue(start, precision);
  const startProblem = checkValue(startValue, precision);
  const endProblem = precision === 'range' ? checkValue(end.trim(), 'range') : null;
  const titleProblem = title.trim() === '' ? 'Give the event a title.' : title.trim().length > 160 ? 'Keep the title to 160 characters.' : null;
  const evidenceProblem = evidence.length === 0 ? 'An event needs at least one passage of the article as its evidence.' : null;
  const problems = [titleProblem, startProblem, endProblem, evidenceProblem].filter(Boolean) as string[];

  const date = (): EventDate => {
    const original = initial.date;
    const d: EventDate = { start: startValue, basis };
    if (precision === 'range') d.end = end.trim();
    if (mod) d.mod = mod;
    else if (original.mod && !['before', 'after', 'approx'].includes(original.mod) && precision !== 'range') d.mod = original.mod;
    if (yearUncertain) d.yearUncertain = true;
    if (basisNote.trim()) d.note = basisNote.trim();
    if (original.rule && original.start === d.start && original.end === d.end) d.rule = original.rule;
    return d;
  };

  const submit = () => {
    setTried(true);
    if (problems.length) return;
    const values = { title: title.trim(), date: date(), evidence, note: note.trim() };
    if (editing.kind === 'edit') updateEvent(editing.id, values);
    else addEvent(values);
  };

  const canAddSelection = textSelection !== null && !evidence.some((a) => sameAnchor(a, textSelection));
  const preview = startProblem || endProblem ? '' : formatEventDate(date());

  return (
    <div className="nl-modal-backdrop nl-modal-backdrop--side">
      <form
        className="nl-modal nl-event-form"
        role="dialog"
        aria-modal="false"
        aria-labelledby="nl-event-form-title"
        data-testid="event-form"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') cancel();
        }}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="nl-event-form-title">{editing.kind === 'edit' ? 'Edit event' : 'Add an event'}</h2>
        {editing.kind === 'add' ? (
          <p className="nl-form-hint" data-testid="proposal-hint">
            {editing.proposal.found
              ? 'The date below is what Newsline read in the selected sentence. Check it, then add the event.'
              : 'Newsline found no date in the selected text. Give one, then add the event.'}
          </p>
        ) : null}
        <label className="nl-field">
          Title
          <input ref={titleInput} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-invalid={tried && !!titleProblem} />
        </label>
        <fieldset className="nl-fieldset">
          <legend>Date</legend>
          <label className="nl-field">
            Precision
            <select value={precision} onChange={(e) => setPrecision(e.target.value as Precision)}>
              {PRECISIONS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <div className="nl-field-row">
            <label className="nl-field">
              {precision === 'range' ? 'From' : 'Date'}
              <input value={start} onChange={(e) => setStart(e.target.value)} placeholder={PRECISIONS.find((p) => p.value === precision)!.hint} aria-invalid={tried && !!startProblem} />
            </label>
            {precision === 'range' ? (
              <label className="nl-field">
                To
                <input value={end} onChange={(e) => setEnd(e.target.value)} placeholder="YYYY, YYYY-MM or YYYY-MM-DD" aria-invalid={tried && !!endProblem} />
              </label>
            ) : null}
          </div>
          <div className="nl-field-row">
            <label className="nl-field">
              When
              <select value={mod} onChange={(e) => setMod(e.target.value as '' | DateMod)}>
                {QUALIFIERS.map((q) => (
                  <option key={q.value} value={q.value}>
                    {q.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="nl-check">
              <input type="checkbox" checked={yearUncertain} onChange={(e) => setYearUncertain(e.target.checked)} />
              Year uncertain
            </label>
          </div>
          {preview ? (
            <p className="nl-form-preview" data-testid="date-preview">
              Shown as: {preview}
            </p>
          ) : null}
        </fieldset>
        <label className="nl-field">
          Where the date comes from
          <select value={basis} onChange={(e) => setBasis(e.target.value as DateBasis)}>
            {(['stated', 'publication', 'record', ...(basis === 'imported' ? ['imported' as const] : [])] as DateBasis[]).map((b) => (
              <option key={b} value={b}>
                {BASIS_LABELS[b]}
              </option>
            ))}
          </select>
        </label>
        <label className="nl-field">
          Why (provenance note)
          <textarea rows={2} value={basisNote} onChange={(e) => setBasisNote(e.target.value)} />
        </label>
        <label className="nl-field">
          Note
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <fieldset className="nl-fieldset">
          <legend>Evidence</legend>
          <ul className="nl-evidence-list">
            {evidence.map((a, i) => (
              <li key={anchorKey(a)}>
                <q>{quoteOf(doc, a)}</q>
                <button type="button" className="nl-link-button" onClick={() => setEvidence(evidence.filter((_, j) => j !== i))} aria-label={`Remove evidence ${i + 1}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="nl-button nl-button--text" disabled={!canAddSelection} onClick={() => textSelection && setEvidence([...evidence, textSelection])}>
            Add the selected text
          </button>
          {!textSelection ? <span className="nl-form-hint"> Select words in the article to add them.</span> : null}
        </fieldset>
        {tried && problems.length ? (
          <ul className="nl-form-problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <div className="nl-modal-actions">
          {editing.kind === 'edit' && event?.suggestion ? (
            <button type="button" className="nl-button nl-button--text" onClick={() => (revert(editing.id), cancel())}>
              Revert to suggestion
            </button>
          ) : null}
          <span className="nl-toolbar-spacer" />
          <button type="button" className="nl-button nl-button--text" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="nl-button nl-button--text nl-button--primary">
            {editing.kind === 'edit' ? 'Save changes' : 'Add event'}
          </button>
        </div>
      </form>
    </div>
  );
}
