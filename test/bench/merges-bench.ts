import { validateDocument } from '../../shared/document';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileLocator, scorerGroups } from '../../main/cli/merges';
import { createNewslineStore } from '../../renderer/store';
import { closeBrowser, launchApp } from '../e2e/launch';
import { appOver, corpusFiles, DEV_SET, ROOT } from './meantime-corpus';

// The same event in several articles, measured on ../shared/eval/meantime-dev. Per corpus (Apple, GM): all 30
// articles go into one timeline through the app's own path (main's document:add on the real import worker, the
// store folding each in); main's merges:propose works out the proposals on the worker; the review panel's
// "Accept all" (every proposal, lowest level) merges them in the store. The merged events are exported as groups of
// evidence spans (as `newsline merges --groups` writes them) and scored with the set's own scorer (xdoc.py --merges):
//   P = share of proposed cross-article pairs that join mentions of one instance   (target >= 0.80)
//   R = share of dated same-instance gold pairs that one merged event covers       (target >= 0.50)
// Exits non-zero when a target is missed. Run: npm run build && npx tsx test/bench/merges-bench.ts

const TARGET_P = 0.8;
const TARGET_R = 0.5;
const CORPORA = ['corpus_apple', 'corpus_gm'];

async function measure(corpus: string): Promise<boolean> {
  const files = corpusFiles(corpus);
  const app = appOver(files);
  const store = createNewslineStore({ api: app.api, validateDocument });
  try {
    const t0 = performance.now();
    await store.getState().addFiles();
    const tImport = performance.now() - t0;
    const before = store.getState().document!;
    const t1 = performance.now();
    await store.getState().refreshProposals();
    const tPropose = performance.now() - t1;
    const { proposals } = store.getState();
    store.getState().acceptAllProposals(0);
    const after = store.getState().document!;
    const merged = after.events.filter((e) => e.merged);
    console.log(
      `${corpus}: ${before.sources.length} articles, ${before.events.length} events, imported in ${(tImport / 1000).toFixed(2)} s; ` +
        `${proposals.length} proposals (${proposals.filter((p) => p.anchor).length} of them an undated sentence) in ${(tPropose / 1000).toFixed(2)} s; ` +
        `accepted: ${merged.length} merged events, ${after.events.length} events left`,
    );
    const out = join(ROOT, 'test-results');
    mkdirSync(out, { recursive: true });
    const mergesFile = join(out, `${corpus}.merges.json`);
    // The same export as `newsline merges --groups`: each merged event's spans, as offsets into the article files.
    writeFileSync(mergesFile, JSON.stringify(scorerGroups(after, fileLocator(after, (s) => (s.file ? join(DEV_SET, s.file) : undefined)))));
    const report = JSON.parse(execFileSync('python3', [join(DEV_SET, 'xdoc.py'), DEV_SET, '--merges', mergesFile, '--json'], { encoding: 'utf8' }));
    const s = report.scores[corpus];
    const p = s.precision ?? 0;
    const r = s.recall ?? 0;
    console.log(
      `  P ${s.correct_pairs}/${s.proposed_pairs} = ${(p * 100).toFixed(1)} % (target >= ${TARGET_P * 100} %); P_j ${s.judged_precision === null ? '-' : `${(s.judged_precision * 100).toFixed(1)} %`}; ` +
        `R ${s.covered_pairs}/${s.gold_pairs} = ${(r * 100).toFixed(1)} % (target >= ${TARGET_R * 100} %); R_art ${(s.article_pair_recall * 100).toFixed(1)} %; merges: ${mergesFile}`,
    );
    // A look at the result: a merged event of this corpus, with its quotes from several articles.
    const docFile = join(out, `${corpus}.merged.document.json`);
    writeFileSync(docFile, JSON.stringify(after));
    const shown = merged.find((e) => new Set(e.evidence.map((a) => a.sourceId)).size > 1);
    if (shown) {
      const app = await launchApp({ document: docFile, viewport: { width: 1400, height: 1100 } });
      try {
        // Thirty articles share lanes, without row titles: the event list (virtual, so scrolled to it) selects it.
        const { page } = app;
        if ((await page.getByTestId('event-list').count()) === 0) await page.getByRole('button', { name: /^List/ }).click();
        const row = page.locator(`.nl-list [data-event-id="${shown.id}"]`);
        for (let i = 0; i < 100 && (await row.count()) === 0; i++) {
          await page.getByTestId('event-list').evaluate((el) => {
            const scroller = [el, ...el.querySelectorAll('*')].find((x) => x.scrollHeight > x.clientHeight + 4) ?? el;
            scroller.scrollTop += 200;
          });
        }
        await row.first().click();
        await app.page.getByTestId('merged-from').waitFor();
        console.log(`  screenshot: ${await app.screenshot(`${corpus}-merged-event`)}`);
      } finally {
        await app.close();
      }
    }
    const ok = p >= TARGET_P && r >= TARGET_R;
    if (!ok) console.log(`  MISSED: ${[p < TARGET_P ? 'precision' : '', r < TARGET_R ? 'recall' : ''].filter(Boolean).join(' and ')} below target`);
    return ok;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log('== The same event in several articles (MEANTIME corpus_apple, corpus_gm) ==');
  if (!existsSync(DEV_SET)) {
    console.log(`skipped: ${DEV_SET} is not there (it lives in the team handbook beside the repo)`);
    return;
  }
  let ok = true;
  for (const corpus of CORPORA) ok = (await measure(corpus)) && ok;
  if (!ok) process.exitCode = 1;
  await closeBrowser();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
