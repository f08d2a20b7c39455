// The sets the developer scripts score and dump: news-dev from the handbook folder beside the repo (or
// $NEWSLINE_EVAL) and every probe under test/fixtures, keyed "news-dev", "p1", "p2", … in probe order.
import fs from 'node:fs';
import path from 'node:path';

export const EVAL_ROOT = process.env.NEWSLINE_EVAL ?? path.resolve(process.cwd(), '../shared/eval');

export function evalSets(root: string = process.cwd()): Record<string, string> {
  const sets: Record<string, string> = { 'news-dev': path.join(EVAL_ROOT, 'news-dev') };
  const fx = path.join(root, 'test/fixtures');
  const probes = fs
    .readdirSync(fx)
    .map((d) => /^extract-probe(?:-(\d+))?$/.exec(d))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1] ?? 1) - Number(b[1] ?? 1));
  for (const m of probes) sets[`p${m[1] ?? 1}`] = path.join(fx, m[0]);
  return sets;
}

/** The value after a flag ("--sets news-dev,p1" gives "news-dev,p1"), if the flag is there. */
export function option(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}
