// A change of date ("moved from May 3 to June 7"): two days, not the span between them.

export const CHANGE_FROM =
  /\b(?:extension|extended|extends|extending|postponed|postpones|postponing|postponement|moved|moves|moving|rescheduled|reschedules|rescheduling|delayed|delays|pushed\s+back|brought\s+forward|changed|changes|shifted|shifts|deferred|defers)\b(?:\s+[\w'’-]+){0,5}?\s+from\s+$/i;
const CHANGED_PAST = /^(?:extended|postponed|moved|rescheduled|delayed|pushed\s+back|brought\s+forward|changed|shifted|deferred)$/i;
const NOT_A_TELLING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'newly', 'be', 'being', 'to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'can', 'not']);

/**
 * Whether the text before a change's first date ("FEMA has extended the deadline from ") tells of the change as done:
 * a past or perfect verb ("has extended", "was postponed", "moved"), not an adjective ("the extended deadline") or
 * one still to come ("will be moved").
 */
export function changeDone(lead: string): boolean {
  const m = CHANGE_FROM.exec(lead);
  const verb = m ? /^[a-z]+(?:\s+(?:back|forward))?/i.exec(m[0])?.[0] ?? '' : '';
  if (!m || !CHANGED_PAST.test(verb)) return false;
  const prev = /([a-z]+)\s+(?:(?:also|now|already|just|again)\s+)?$/i.exec(lead.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
  return !!prev && !NOT_A_TELLING.has(prev);
}
