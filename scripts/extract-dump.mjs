#!/usr/bin/env node
// Runs the built `newsline extract` over news-dev and probes 1-9, both modes, in ONE process, and keeps each JSON as
// DIR/<mode>/<set>/<name>.json: the layout `year-audit.mjs --from DIR` and `year-routes.mjs DIR` read. One process
// instead of one per article makes a before/after comparison take seconds, not minutes.
// Usage, from the repo root after `npm run build`: node scripts/extract-dump.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const EVAL = process.env.NEWSLINE_EVAL ?? path.resolve(ROOT, '../shared/eval');
const OUT = process.argv[2];
if (!OUT) throw new Error('usage: node scripts/extract-dump.mjs DIR');
const { runCli } = require(path.join(ROOT, 'dist/cli/newsline.js'));
const SETS = {
  'news-dev': path.join(EVAL, 'news-dev'),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`p${n}`, path.join(ROOT, 'test/fixtures', n === 1 ? 'extract-probe' : `extract-probe-${n}`)])),
};
for (const mode of ['pub', 'nopub']) {
  for (const [set, dir] of Object.entries(SETS)) {
    const o = path.join(OUT, mode, set);
    fs.mkdirSync(o, { recursive: true });
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const name = f.slice(0, -10);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      let out = '';
      const args = ['extract', path.join(dir, name + '.txt'), '--json', ...(mode === 'pub' ? ['--published', gold.published] : [])];
      await runCli(args, { stdout: (t) => (out += t), stderr: () => {} });
      fs.writeFileSync(path.join(o, name + '.json'), out);
    }
  }
}
