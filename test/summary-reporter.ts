import type { Reporter, TestModule } from 'vitest/node';
import { moduleCounts } from './progress-reporter';

// vitest loads a reporter from its default export, hence the default exports of the reporters here.
/** Ends the run with one plain line, "Tests: N passed, N failed, N skipped", that any CI can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      const c = moduleCounts(m);
      passed += c.passed;
      failed += c.failed;
      skipped += c.skipped;
    }
    console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
