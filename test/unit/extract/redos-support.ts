import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { extractEvents } from '../../../shared/extract/events';
import { findPublished } from '../../../shared/extract/published';
import { PATTERN_CORPUS } from '../../fixtures/extract/pattern-corpus';
import { tracePatterns } from './regex-trace';

export const VERDICTS_FILE = 'test/unit/extract/redos-verdicts.json';

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  /** For a vulnerable pattern: the attack's pieces, so a test can pump it to any length. */
  attack?: { pumps: { prefix: string; pump: string }[]; suffix: string };
}

/** Every regular expression the extraction runs, found by running it over the corpus. */
export function collectPatterns(): Map<string, RegExp> {
  return tracePatterns(() => {
    const paragraphs = PATTERN_CORPUS.map((text, i) => ({ id: `p${i + 1}`, role: 'body' as const, text }));
    for (const published of ['2012-02-02', null]) {
      extractEvents(paragraphs, { published });
      findPublished([{ id: 't', role: 'title', text: PATTERN_CORPUS[0] }, ...paragraphs]);
    }
  });
}

export function verdictFor(re: RegExp): Verdict {
  const r = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
  if (r.status === 'vulnerable') {
    return {
      status: 'vulnerable',
      complexity: r.complexity.type,
      attack: { pumps: r.attack.pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })), suffix: r.attack.suffix },
    };
  }
  return { status: r.status === 'safe' ? 'safe' : 'unknown', ...(r.status === 'safe' ? { complexity: r.complexity.type } : {}) };
}

export function readVerdicts(): Record<string, Verdict> {
  const file = join(__dirname, '../../..', VERDICTS_FILE);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** The attack string pumped until it is about `size` characters long. */
export function pumped(attack: NonNullable<Verdict['attack']>, size: number): string {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, attack.suffix.length);
  const per = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const times = Math.max(1, Math.floor((size - fixed) / per));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
}
