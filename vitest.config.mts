import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    environment: 'node',
    // progress-reporter writes only under scripts/run-vitest.mjs, the stall guard `npm test` runs.
    reporters: ['default', './test/summary-reporter.ts', './test/progress-reporter.ts'],
    // The end-to-end files share one machine's two cores with a real browser: run files one at a time there.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll waits for the page, which shares two loaded cores with a browser and the import worker.
    expect: { poll: { timeout: 10_000 } },
  },
});
