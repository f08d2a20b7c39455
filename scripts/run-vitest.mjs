// Runs `vitest run` with a bound on stalls. Vite's bundler, rolldown, can leave a module request unanswered for good
// (seen once in our clean-clone runs: a fork worker collecting a test file with wink-nlp's CommonJS entry still
// pending, both processes idle; upstream vitejs/vite#21784). vitest has no per-file collect timeout, so this guard
// watches the progress log test/progress-reporter.ts writes: after NEWSLINE_STALL_SECONDS (default 240) without a
// step it stops vitest's whole process group, names the files that never finished, and runs those once more. A file
// that stalls again fails the run. Time inside a running test or hook does not count (the reporter ticks for it):
// its own timeout bounds it.
// Usage: node scripts/run-vitest.mjs [--option=value ...] [file filters ...]; options must be written --name=value,
// so that a rerun can keep them while replacing the filters.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const STALL_MS = Number(process.env.NEWSLINE_STALL_SECONDS ?? 240) * 1000;
// Starting up (loading the config, finding the files) is not a step the log can show; on a loaded machine it can
// take longer than a short limit, so it gets a minute more.
const STARTUP_MS = 60_000;
const POLL_MS = Math.min(2000, STALL_MS / 4);
const vitestBin = join(createRequire(import.meta.url).resolve('vitest/package.json'), '..', 'vitest.mjs');

function readLog(file) {
  const all = [];
  const ended = new Map();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No log yet: vitest stalled before listing its files.
  }
  for (const line of text.split('\n')) {
    if (line.startsWith('all ')) all.push(line.slice(4));
    else if (line.startsWith('end ')) {
      const [, passed, failed, skipped, ...rest] = line.split(' ');
      ended.set(rest.join(' '), { passed: +passed, failed: +failed, skipped: +skipped });
    }
  }
  return { all, ended };
}

/** One guarded `vitest run`: resolves to { code } when vitest exits, or { stalled: log } after a stall. */
function guardedRun(args, logFile) {
  writeFileSync(logFile, '');
  // A process group of its own, so that a stop reaches the fork workers and any browser they started. Windows has
  // no process groups to signal (and a detached child gets a console of its own there); taskkill /T stops the tree.
  const windows = process.platform === 'win32';
  const child = spawn(process.execPath, [vitestBin, 'run', ...args], {
    stdio: 'inherit',
    detached: !windows,
    env: { ...process.env, NEWSLINE_PROGRESS_LOG: logFile },
  });
  const stopGroup = (signal) => {
    if (windows) {
      spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
      return;
    }
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const forward = (signal) => () => {
    stopGroup(signal);
    process.exit(130);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    let size = -1;
    let lastStep = Date.now();
    const timer = setInterval(() => {
      const now = statSync(logFile, { throwIfNoEntry: false })?.size ?? 0;
      if (now !== size) {
        size = now;
        lastStep = Date.now();
      } else if (Date.now() - lastStep > (size > 0 ? STALL_MS : STALL_MS + STARTUP_MS)) {
        clearInterval(timer);
        child.removeAllListeners('exit');
        stopGroup('SIGKILL');
        finish({ stalled: readLog(logFile) });
      }
    }, POLL_MS);
    const finish = (result) => {
      clearInterval(timer);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(result);
    };
    child.on('exit', (code, signal) => {
      // vitest is gone, but a worker it left behind would keep the group alive.
      stopGroup('SIGKILL');
      finish({ code: code ?? (signal ? 1 : 0) });
    });
  });
}

function unfinished(log) {
  return log.all.filter((f) => !log.ended.has(f));
}

function sum(counts) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const c of counts) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  return total;
}

function say(text) {
  console.log(`\n[run-vitest] ${text}`);
}

async function main() {
  const args = process.argv.slice(2);
  const options = args.filter((a) => a.startsWith('--'));
  const dir = mkdtempSync(join(tmpdir(), 'newsline-vitest-'));
  try {
    const first = await guardedRun(args, join(dir, 'first.log'));
    if (!('stalled' in first)) return first.code;

    const left = unfinished(first.stalled);
    const seconds = STALL_MS / 1000;
    if (first.stalled.all.length === 0) {
      say(`vitest made no progress for ${seconds + STARTUP_MS / 1000} s before listing its test files; stopped it. FAILED.`);
      return 1;
    }
    const done = sum(first.stalled.ended.values());
    if (left.length === 0) {
      say(`every test file finished, but vitest did not exit for ${seconds} s; stopped it.`);
      console.log(`\nTests: ${done.passed} passed, ${done.failed} failed, ${done.skipped} skipped`);
      return done.failed > 0 ? 1 : 0;
    }
    const names = left.map((f) => relative(process.cwd(), f));
    say(
      `no test progress for ${seconds} s; stopped vitest. ${names.length} file(s) never finished:\n  ${names.join('\n  ')}\n` +
        'Running them once more (a stall in vite/rolldown, not a failed test, is the usual cause; the same file stalling again fails the run).',
    );
    const second = await guardedRun([...options, ...left], join(dir, 'second.log'));
    if ('stalled' in second) {
      const again = unfinished(second.stalled).map((f) => relative(process.cwd(), f));
      say(`FAILED: stalled again; never finished: ${again.length ? again.join(', ') : names.join(', ')}`);
      return 1;
    }
    const rerun = sum(readLog(join(dir, 'second.log')).ended.values());
    const total = sum([done, rerun]);
    say(`after the rerun of ${names.length} file(s), over the whole run:`);
    console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    return second.code !== 0 || total.failed > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
