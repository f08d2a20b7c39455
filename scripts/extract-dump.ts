// Runs `newsline extract` over news-dev and every probe under test/fixtures, both modes, in ONE process, and keeps each JSON as
// DIR/<mode>/<set>/<name>.json: the layout `node scripts/year-audit.mjs --from DIR` reads. One process instead of one
// per article makes a before/after comparison of two builds take seconds, not minutes.
// --routes writes each date's year route into its note (shared/extract/year-route.ts, routeTrace), for
// `year-audit.mjs --by-route`; the dates themselves are the same.
// --meantime adds meantime-dev (DIR/pub/meantime holds runs its scorer re-scores with --from-runs).
// Usage, from the repo root: npx tsx scripts/extract-dump.ts DIR [--routes] [--meantime]
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../main/cli/index';
import { routeTrace, ruleRoute } from '../shared/extract/year-route';
import { EVAL_ROOT, evalSets } from './eval-sets';

const args = process.argv.slice(2);
const OUT = args.find((a) => !a.startsWith('--'));
if (!OUT) throw new Error('usage: npx tsx scripts/extract-dump.ts DIR [--routes]');
routeTrace.on = args.includes('--routes');
const SETS: Record<string, string> = {
  ...evalSets(),
  ...(args.includes('--meantime') ? { meantime: path.join(EVAL_ROOT, 'meantime-dev') } : {}),
};

async function main(): Promise<void> {
  for (const mode of ['pub', 'nopub']) {
    for (const [set, dir] of Object.entries(SETS)) {
      const o = path.join(OUT!, mode, set);
      fs.mkdirSync(o, { recursive: true });
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
        const name = f.slice(0, -'.gold.json'.length);
        const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { published: string };
        let out = '';
        const cli = ['extract', path.join(dir, `${name}.txt`), '--json', ...(mode === 'pub' ? ['--published', gold.published] : [])];
        await runCli(cli, { stdout: (t) => (out += t), stderr: () => {} });
        fs.writeFileSync(path.join(o, `${name}.json`), routeTrace.on ? withRoutes(out) : out);
      }
    }
  }
}

/**
 * A date made without passing its expression's route into its note (a narrative-order bound, a sequence) gets the
 * route its rule name tells, so that year-audit.mjs reads every route from the dump and keeps no copy of ruleRoute.
 */
function withRoutes(json: string): string {
  const out = JSON.parse(json) as { document: { events: { date: { rule?: string; note?: string } }[] } };
  for (const e of out.document.events) {
    if (!/\[route:/.test(e.date.note ?? '')) e.date.note = `${e.date.note ?? ''} [route:${ruleRoute(e.date.rule ?? '')}]`.trim();
  }
  return JSON.stringify(out);
}

void main();
