import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateDocument } from '../../shared/document';
import { createNewslineStore } from '../../renderer/store';
import { closeBrowser, launchApp } from '../e2e/launch';
import { appOver, corpusFiles, DEV_SET, ROOT } from './meantime-corpus';
import { atMost } from './targets';

// Several articles in one timeline, measured on the 30 Apple articles of ../shared/eval/meantime-dev:
// all of them added at once through the app's own path (File ▸ Add to This Timeline…: main's document:add
// handler on the real import worker, then the page's store folding each into the timeline), within 10 s.
// Then a screenshot of the result. Exits non-zero on a miss. Run: npm run build && npx tsx test/bench/sources-bench.ts

const TARGET_MS = atMost(10_000);

async function main(): Promise<void> {
  console.log('== Thirty articles in one timeline (MEANTIME corpus_apple) ==');
  if (!existsSync(DEV_SET)) {
    console.log(`skipped: ${DEV_SET} is not there (it lives in the team handbook beside the repo)`);
    return;
  }
  const files = corpusFiles('corpus_apple');
  const app = appOver(files);
  const store = createNewslineStore({ api: app.api, validateDocument });

  try {
    // The timeline starts from the first article, opened as a user would; the other 29 are added to it.
    const t0 = performance.now();
    await store.getState().addFiles();
    const ms = performance.now() - t0;
    const s = store.getState();
    const doc = s.document!;
    const valid = validateDocument(doc);
    console.log(`${files.length} files -> ${doc.sources.length} sources, ${s.events.length} events, in ${(ms / 1000).toFixed(2)} s (target <= ${TARGET_MS / 1000} s)`);
    console.log(`document valid: ${valid.ok}${s.notice ? `; notice: ${s.notice.title}` : ''}`);
    if (!valid.ok || doc.sources.length !== files.length) process.exitCode = 1;
    if (ms > TARGET_MS) {
      console.log(`MISSED: ${(ms / 1000).toFixed(2)} s is over the ${TARGET_MS / 1000} s target`);
      process.exitCode = 1;
    }

    const out = join(ROOT, 'test-results');
    mkdirSync(join(out, 'screenshots'), { recursive: true });
    const file = join(out, 'apple-30.document.json');
    writeFileSync(file, JSON.stringify(doc));
    const app = await launchApp({ document: file, viewport: { width: 1400, height: 900 } });
    try {
      await app.page.getByTestId('source-picker').waitFor();
      console.log(`screenshot: ${await app.screenshot('thirty-articles')}`);
    } finally {
      await app.close();
    }
  } finally {
    await app.close();
    await closeBrowser();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
