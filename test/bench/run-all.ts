// `npm run bench`: every benchmark in turn, each in its own process, so one missed target does not keep the
// others from being measured and printed. Exits non-zero when any of them missed a target (or failed), naming them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES = ['startup-bench.ts', 'overview-bench.ts', 'extract-bench.ts', 'sources-bench.ts', 'hostile-bench.ts', 'merges-bench.ts'];

const missed: string[] = [];
for (const bench of BENCHES) {
  console.log(`\n=== ${bench} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, bench)], { stdio: 'inherit' });
  if (run.status !== 0) missed.push(`${bench} (exit ${run.status ?? run.signal})`);
}
console.log(missed.length ? `\nBenchmarks that missed a target or failed: ${missed.join(', ')}` : '\nEvery benchmark met its targets.');
process.exit(missed.length ? 1 : 0);
