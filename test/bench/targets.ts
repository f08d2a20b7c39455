// Every benchmark's targets pass through here. BENCH_TIGHTEN=<factor> (for example 100) makes each target that
// many times harder, "at most" targets divided and "at least" targets multiplied, so anyone can see a bench
// exit non-zero when its target is missed: `BENCH_TIGHTEN=100 npx tsx test/bench/sources-bench.ts; echo $?`.
// Unset, the targets are the ones the issues set.

function factor(): number {
  const raw = process.env.BENCH_TIGHTEN;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 1) throw new Error(`BENCH_TIGHTEN must be a number of at least 1, not "${raw}"`);
  return n;
}

export const TIGHTEN = factor();
if (TIGHTEN !== 1) console.log(`BENCH_TIGHTEN=${TIGHTEN}: every target is ${TIGHTEN} times harder than the issues set it.`);

// Rounded to 6 significant digits, so a tightened 1.3x prints as 0.013x rather than 0.013000000000000001x.
const round = (n: number) => Number(n.toPrecision(6));

/** A target the measure must stay at or under. */
export const atMost = (target: number): number => round(target / TIGHTEN);
/** A target the measure must reach. */
export const atLeast = (target: number): number => round(target * TIGHTEN);
