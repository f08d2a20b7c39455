// The event a dateline dates: the lead sentence after it, unless the lead has a date of its own.

import type { EventDate } from '../document';
import type { Ymd } from '../time-value';
import { datesTheTelling, statementStart, usable } from './anchor';
import type { Draft } from './draft';
import { REPORTED_THAT } from './lexicon';
import { dateFromTimex } from './resolve';
import type { SegmentedParagraph } from './segment';
import { splitSentences } from './sentences';
import { doneByTheTelling, onOrBeforeTelling, PAST_PERFECT } from './tellings';
import { removeRanges, titled } from './title';
import type { Timex } from './types';

export function datelineEvent(s: SegmentedParagraph, published: Ymd | null, nextOrder: () => number): Draft | null {
  const { dateline: dl, paragraph: p } = s;
  if (!dl?.date) return null;
  const lead = splitSentences(p.text.slice(dl.end), 1)[0];
  const start = dl.end + (lead?.start ?? 0);
  const end = dl.end + (lead?.end ?? 0);
  // Only the expressions up to the lead's end are read (the dateline's date is before it): a long paragraph's
  // others are not made.
  const { list } = s;
  const timexes: Timex[] = list ? [] : s.timexes;
  for (let i = 0; list && i < list.length && list.start(i) < end; i++) timexes.push(list.get(i));
  const dt = timexes.find((t) => t.start >= dl.date!.start && t.end <= dl.date!.end);
  const date = dt && dateFromTimex(dt, published);
  if (!date || !lead) return null;
  // A lead sentence with a date of its own ("… swept into Kabul on Sunday") is dated by that, not the dateline.
  if (timexes.some((t) => t.start >= start && t.end <= end && usable(t) && !datesTheTelling(p.text, t))) return null;
  const told = toldBeforeTelling(p.text, timexes, start, end, published);
  if (told) Object.assign(date, told);
  else {
    date.rule = `dateline/${dt.rule}`;
    if (!dt.explicitYear && published) date.note = `The dateline reads “${dl.text}”; the year is that of the publication date.`;
  }
  return {
    paragraphId: p.id,
    start,
    end,
    ...titled(removeRanges(p.text.slice(start, end), statementPhrases(p.text, timexes, start, end))),
    date,
    extraEvidence: [{ paragraphId: p.id, start: 0, end: dl.end }],
    order: nextOrder(),
  };
}

/**
 * "CITY, Nov. 4 - The port said Sunday it had reopened two berths": the dateline's day is when the story was
 * filed and Sunday is when it was told, so what was told, in the past, happened on or before Sunday (before
 * the day after it). Null when the lead has no dated telling, or tells of something not yet done.
 */
function toldBeforeTelling(text: string, timexes: Timex[], start: number, end: number, published: Ymd | null): Partial<EventDate> | null {
  const telling = timexes.find((t) => t.start >= start && t.end <= end && usable(t) && datesTheTelling(text, t));
  const day = telling && dateFromTimex(telling, published);
  const reported = telling && REPORTED_THAT.exec(text.slice(start, end));
  const what = reported ? text.slice(start + reported.index + reported[0].length, end) : '';
  // As in the body of the story: only the past perfect says plainly that it was done before the telling ("ruled on
  // Thursday that the singer copied the tune" is the ruling, on Thursday).
  if (!telling || !day || !reported || !PAST_PERFECT.test(what) || !doneByTheTelling(what)) return null;
  const date = onOrBeforeTelling(day, telling);
  return date && { ...date, rule: `dateline/${date.rule}` };
}

/**
 * "In a statement on Sunday" in a lead the dateline dates: the phrase names the telling, not what the title
 * says, so it leaves the title whole (the bare "on Sunday" would leave "In a statement," behind).
 */
function statementPhrases(text: string, timexes: Timex[], start: number, end: number): { start: number; end: number }[] {
  return timexes
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => ({ start: statementStart(text, t), end: t.end }))
    .filter((r) => r.start >= start)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
}
