import { FIRST_SOURCE_ID } from '../document';

// Format 1 held one article; format 2 holds sources. The article becomes the first source, every anchor
// names it, and each event says where it came from: format 1's curated documents had no origin, and its
// "user" events are format 2's "added" ones.
// A migration works on data that has not been validated yet: it moves only what is there and leaves anything
// unexpected in place, so validation afterwards still reports it at its (new) path.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function migrateAnchor(anchor: unknown): unknown {
  return isObject(anchor) ? { sourceId: FIRST_SOURCE_ID, ...anchor } : anchor;
}

function migrateEvent(event: unknown): unknown {
  if (!isObject(event)) return event;
  const origin = event.origin === undefined ? 'curated' : event.origin === 'user' ? 'added' : event.origin;
  return {
    ...event,
    evidence: Array.isArray(event.evidence) ? event.evidence.map(migrateAnchor) : event.evidence,
    origin,
  };
}

export function v1ToV2(doc: Json): Json {
  const { article, events, ...rest } = doc;
  return {
    ...rest,
    version: 2,
    sources: isObject(article) ? [{ id: FIRST_SOURCE_ID, ...article }] : article === undefined ? [] : [article],
    events: Array.isArray(events) ? events.map(migrateEvent) : events,
  };
}
