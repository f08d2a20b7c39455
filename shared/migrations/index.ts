import { DOCUMENT_FORMAT, DOCUMENT_VERSION, validateDocument, type DocumentProblem, type ValidationResult } from '../document';
import { v1ToV2 } from './v1-to-v2';

// Every older format opens through an explicit step to the next one. A file from a newer Newsline is
// refused, never guessed at, and never modified.

type Json = Record<string, unknown>;

/** Step n turns format n into format n + 1. */
export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {
  1: v1ToV2,
};

export const OLDEST_VERSION = 1;

export type MigrationResult = { ok: true; data: Json; from: number } | { ok: false; problem: DocumentProblem };

export function newerVersionMessage(version: number): string {
  return `made by a newer Newsline: format ${version}; this version reads up to ${DOCUMENT_VERSION}`;
}

/** Brings a parsed file to the current format, or says plainly why it cannot. */
export function migrateDocument(data: unknown): MigrationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as Json).format !== DOCUMENT_FORMAT) {
    return { ok: false, problem: { path: '', message: 'this is not a Newsline file' } };
  }
  const version = (data as Json).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return { ok: false, problem: { path: 'version', message: `this Newsline file has a format version (${JSON.stringify(version)}) no Newsline ever wrote` } };
  }
  if (version > DOCUMENT_VERSION) return { ok: false, problem: { path: 'version', message: newerVersionMessage(version) } };
  let doc = data as Json;
  for (let v = version; v < DOCUMENT_VERSION; v++) doc = MIGRATIONS[v](doc);
  return { ok: true, data: doc, from: version };
}

/** A read document, with the format it was in and the migrated data (what salvage works on when it is invalid). */
export type ReadResult = ValidationResult & { from?: number; migrated?: Json };

/** Any version in, the current format out: migrates, then validates. */
export function readDocument(data: unknown): ReadResult {
  const migrated = migrateDocument(data);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  return { ...validateDocument(migrated.data), from: migrated.from, migrated: migrated.data };
}
