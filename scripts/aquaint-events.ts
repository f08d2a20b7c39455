import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeAquaintHalves } from '../test/bench/aquaint-events';

// Writes the AQUAINT TimeML files as two event-level sets in meantime-dev's format (dev and held-out halves),
// into a scratch folder outside the repo, and prints how to score them with meantime's score.mjs.
//   npx tsx scripts/aquaint-events.ts [--src DIR] [--out DIR]     (NEWSLINE_EVAL=DIR: the eval folder, default ../shared/eval)
// The held-out half is for measuring rule rounds: print its totals, do not read its misses.

const argv = process.argv.slice(2);
const opt = (k: string, d: string) => {
  const i = argv.indexOf(k);
  return i >= 0 ? argv[i + 1] : d;
};
const ROOT = resolve(__dirname, '..');
// NEWSLINE_EVAL points at the eval folder from a checkout that is not beside ../shared (a worktree).
const EVAL = process.env.NEWSLINE_EVAL ?? resolve(ROOT, '../shared/eval');
const src = resolve(opt('--src', join(EVAL, 'timeml-aquaint')));
const out = resolve(opt('--out', join(tmpdir(), 'newsline-aquaint-events')));
const { dev, heldOut } = writeAquaintHalves(src, out);
for (const [label, s] of [
  ['dev', dev],
  ['held-out', heldOut],
] as const) {
  console.log(
    `${label.padEnd(9)} ${s.dir}: ${s.documents} documents, ${s.events} dated events (${s.inText} anchored to a timex in the text, ${s.sameSentence} of them in the event's sentence; ${s.events - s.inText} to the creation time), ${s.vague} vague`,
  );
  console.log(`${''.padEnd(9)} ${s.sameSentenceDir}: the same texts, only the ${s.sameSentence} events anchored in their own sentence`);
}
const scorer = join(EVAL, 'meantime-dev/score.mjs');
console.log(`\nscore: node ${scorer} ${dev.dir} --run "npx --no-install newsline extract {file} --published {published} --json" --save-runs RUNS`);
console.log(`then:  node ${scorer} ${dev.sameSentenceDir} --from-runs RUNS`);
