// The desktop smoke test: launch the real Electron app with Playwright's _electron, then check the window
// title, that every event of the shipped document is on the timeline, and that clicking the Kabul event
// opens its paragraph in the article pane. Selectors are the renderer's (see test/e2e/timeline.test.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';

const TIMEOUT = 30_000;

function seedDocument(projectDir) {
  const doc = JSON.parse(readFileSync(join(projectDir, 'data', 'tass-2024-05-15-taliban', 'document.json'), 'utf8'));
  const paragraphs = new Map(doc.sources[0].paragraphs.map((p) => [p.id, p.text]));
  return { doc, paragraphs };
}

async function until(what, probe, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await probe();
      if (last === true) return;
    } catch (err) {
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} (last seen: ${JSON.stringify(last)})`);
}

/** The checks that need only the page: shared by the Electron launch and by anything else that shows the renderer. */
export function pageChecks(page, projectDir) {
  const { doc, paragraphs } = seedDocument(projectDir);
  const checks = [];
  const check = (name, run) => checks.push({ name, run });
  check(`all ${doc.events.length} seed events are on the timeline`, async () => {
    for (const event of doc.events) {
      const item = page.locator(`.vis-item:has([data-event-id="${event.id}"])`);
      await until(`event ${event.id} has one timeline item`, async () => (await item.count()) === 1);
      const label = page.locator(`.nl-row-label[data-event-id="${event.id}"] .nl-row-title`);
      await until(`event ${event.id} is titled "${event.title}"`, async () => (await label.textContent()) === event.title);
    }
  });

  check('clicking the Kabul event opens its paragraph', async () => {
    const kabul = doc.events.find((e) => e.id === 'fall-of-kabul');
    if (!kabul) throw new Error('the seed document has no fall-of-kabul event');
    const anchor = kabul.evidence[0];
    const expected = paragraphs.get(anchor.paragraphId).slice(anchor.start, anchor.end);
    await page.locator('.vis-item:has([data-event-id="fall-of-kabul"])').click({ timeout: TIMEOUT });
    const para = page.locator(`[data-paragraph-id="${anchor.paragraphId}"]`);
    await until(`paragraph ${anchor.paragraphId} becomes active`, async () => ((await para.getAttribute('class')) ?? '').includes('nl-para--active'));
    await until('the Kabul sentence is marked and visible', async () => {
      const mark = para.locator('mark.nl-evidence--focused');
      return (await mark.allTextContents()).includes(expected) && (await mark.first().isVisible());
    });
  });

  return checks;
}

/**
 * Runs the checks against one launch. launch: { executablePath, args, env, cwd }.
 * Returns { passed, failed, results: [{ name, ok, error? }] }.
 */
export async function runSmoke({ launch, projectDir, artifactsDir }) {
  const results = [];
  const check = async (name, fn) => {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name}`);
    } catch (err) {
      results.push({ name, ok: false, error: err.message });
      console.log(`  ✗ ${name}\n      ${err.message.split('\n').join('\n      ')}`);
    }
  };

  const app = await _electron.launch({ ...launch, timeout: 60_000 });
  try {
    const page = await app.firstWindow({ timeout: 60_000 });
    await page.waitForLoadState('domcontentloaded');

    // A document window's title, as desktop apps write it: the open article, then the app.
    const { doc } = seedDocument(projectDir);
    const expectedTitle = `${doc.sources[0].title} — Newsline`;
    await check(`the window is titled "${expectedTitle}"`, async () => {
      await until('page title names the article and the app', async () => (await page.title()) === expectedTitle);
      await until('the native window carries the same title', async () => {
        const native = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
        return native.length === 1 && native[0] === expectedTitle ? true : JSON.stringify(native);
      });
    });

    for (const { name, run } of pageChecks(page, projectDir)) await check(name, run);

    // Only Electron can show this: navigator.clipboard.writeText needs the 'clipboard-sanitized-write'
    // permission, which main's permission handlers grant the app's own page and nothing else.
    await check('Copy event list as Markdown puts the list on the system clipboard', async () => {
      await app.evaluate(({ clipboard }) => clipboard.writeText('before the copy'));
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.focus());
      await page.getByRole('button', { name: /^Export/ }).click({ timeout: TIMEOUT });
      await page.getByRole('menuitem', { name: 'Copy event list as Markdown' }).click({ timeout: TIMEOUT });
      const status = page.getByTestId('export-status');
      await until('the page says the list was copied', async () => /^Copied \d+ events as Markdown/.test((await status.textContent()) ?? '') || (await status.textContent()));
      const first = doc.events[0].title;
      await until(`the clipboard holds the list, "${first}" in it`, async () => {
        const text = await app.evaluate(({ clipboard }) => clipboard.readText());
        return text.includes(first) || text.slice(0, 80);
      });
      await status.getByRole('button', { name: 'Dismiss' }).click().catch(() => {});
    });

    // The OS's way in (issue 14): a second launch with a file hands it to this window and exits.
    await check('a second launch with a file path opens that file in the running window', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsline smoke '));
      try {
        writeFileSync(
          join(dir, 'Harbour plan.html'),
          '<!doctype html><html><head><title>Council approves harbour plan</title><meta property="article:published_time" content="2023-06-04"></head>' +
            '<body><article><h1>Council approves harbour plan</h1><p>The council approved the harbour plan on 2 June 2023, after two years of debate.</p></article></body></html>',
        );
        const second = spawn(launch.executablePath, [...(launch.args ?? []), 'Harbour plan.html'], { cwd: dir, env: launch.env ?? process.env, stdio: 'ignore' });
        const exited = new Promise((ok) => second.once('exit', (code) => ok(code)));
        await until('the running window shows the file', async () => (await page.title()) === 'Council approves harbour plan — Newsline' || (await page.title()));
        await until('the second launch exits', async () => (await Promise.race([exited, new Promise((ok) => setTimeout(() => ok('running'), 100))])) !== 'running');
        await until('still one window', async () => (await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)) === 1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    if (artifactsDir) {
      mkdirSync(artifactsDir, { recursive: true });
      await page.screenshot({ path: join(artifactsDir, 'electron-smoke.png') }).catch(() => {});
    }
  } finally {
    await app.close().catch(() => {});
  }
  const failed = results.filter((r) => !r.ok).length;
  return { passed: results.length - failed, failed, results };
}
