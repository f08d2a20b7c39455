import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_GEOMETRY,
  MIN_SIZE,
  createStateFile,
  defaultState,
  ensureOnScreen,
  parseState,
  sanitizeViewState,
  writeFileAtomic,
  type WindowGeometry,
} from '../../../main/window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const geometry = (x: number, y: number, width = 1000, height = 700, maximized = false): WindowGeometry => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('the state file round-trips', () => {
  it('restores size, position, maximized, divider ratio and the visible time window after a relaunch', async () => {
    const file = join(dir, 'window-state.json');
    const first = createStateFile(file, () => {});
    await first.saveWindow(geometry(40, 60, 1100, 750, true));
    await first.viewStateStore.save({ dividerRatio: 0.6, articleVisible: false });
    await first.viewStateStore.save({ window: { start: 1e12, end: 1.2e12, file: '/data/doc.json' } });
    await first.flush();

    const warnings: string[] = [];
    const second = createStateFile(file, (m) => warnings.push(m));
    const state = await second.load();
    expect(state.window).toEqual(geometry(40, 60, 1100, 750, true));
    expect(await second.viewStateStore.load()).toEqual({
      dividerRatio: 0.6,
      articleVisible: false,
      window: { start: 1e12, end: 1.2e12, file: '/data/doc.json' },
    });
    expect(warnings).toEqual([]);
  });

  it('starts from defaults on the first launch without a warning', async () => {
    const warnings: string[] = [];
    const state = await createStateFile(join(dir, 'missing', 'window-state.json'), (m) => warnings.push(m)).load();
    expect(state).toEqual(defaultState());
    expect(state.window).toEqual(DEFAULT_GEOMETRY);
    expect(warnings).toEqual([]);
  });

  it('creates the folder on first save', async () => {
    const file = join(dir, 'nested', 'window-state.json');
    const store = createStateFile(file, () => {});
    await store.saveWindow(geometry(0, 0));
    expect(JSON.parse(readFileSync(file, 'utf8')).window.bounds).toEqual({ x: 0, y: 0, width: 1000, height: 700 });
  });
});

describe('atomic writes', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new content');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('leaves the old file intact when the write fails', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) {
      // Root ignores directory permissions, so the failure cannot be provoked this way; the rename path is
      // still exercised by the test above.
      const file = join(dir, 'state.json');
      writeFileSync(file, 'old');
      await expect(writeFileAtomic(join(file, 'not-a-dir', 'x.json'), 'new')).rejects.toThrow();
      expect(readFileSync(file, 'utf8')).toBe('old');
      return;
    }
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    writeFileSync(join(ro, 'state.json'), 'old');
    chmodSync(ro, 0o500);
    try {
      await expect(writeFileAtomic(join(ro, 'state.json'), 'new')).rejects.toThrow();
      expect(readFileSync(join(ro, 'state.json'), 'utf8')).toBe('old');
    } finally {
      chmodSync(ro, 0o700);
    }
  });

  it('serialises concurrent saves so the last one wins, each written whole', async () => {
    const file = join(dir, 'window-state.json');
    const store = createStateFile(file, () => {});
    const saves = [];
    for (let i = 0; i < 25; i++) saves.push(store.viewStateStore.save({ dividerRatio: 0.2 + i * 0.02 }));
    await Promise.all(saves);
    await store.flush();
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.view.dividerRatio).toBeCloseTo(0.68);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('keeps both a window save and a view save made in the same tick', async () => {
    const file = join(dir, 'window-state.json');
    const store = createStateFile(file, () => {});
    await Promise.all([store.saveWindow(geometry(40, 50, 1100, 750)), store.viewStateStore.save({ dividerRatio: 0.6 })]);
    await store.flush();
    const again = await createStateFile(file, () => {}).load();
    expect(again.window.bounds).toEqual({ x: 40, y: 50, width: 1100, height: 750 });
    expect(again.view.dividerRatio).toBe(0.6);
  });

  it('removes temporary files a killed save left behind, at startup', async () => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, JSON.stringify({ version: 1, view: { dividerRatio: 0.3 } }));
    for (let i = 0; i < 18; i++) writeFileSync(join(dir, `.window-state.json.${1000 + i}.abcdef${i}.tmp`), '{"vers');
    writeFileSync(join(dir, 'unrelated.tmp'), 'not ours');
    const state = await createStateFile(file, () => {}).load();
    expect(state.view.dividerRatio).toBe(0.3);
    expect(readdirSync(dir).sort()).toEqual(['unrelated.tmp', 'window-state.json']);
  });

  it.skipIf(process.platform === 'win32')('does not wait on a FIFO in place of the file: defaults, and a warning', async () => {
    const file = join(dir, 'window-state.json');
    execFileSync('mkfifo', [file]);
    const warnings: string[] = [];
    const started = Date.now();
    const state = await createStateFile(file, (m) => warnings.push(m)).load();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(state).toEqual(defaultState());
    expect(warnings.join()).toMatch(/not a regular file/);
  });

  it('logs, and does not throw, when the state cannot be saved', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const warnings: string[] = [];
    const store = createStateFile(join(blocker, 'window-state.json'), (m) => warnings.push(m));
    await expect(store.saveWindow(geometry(0, 0))).resolves.toBeUndefined();
    expect(warnings.join('\n')).toMatch(/could not be saved/);
  });
});

describe('a corrupt or hostile state file', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['truncated JSON', '{"version":1,"window":{"bounds":{"width":1'],
    ['binary junk', '\u0000\u0001\u00ff\u00fe'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['a future version', JSON.stringify({ version: 99, window: geometry(0, 0) })],
    ['a huge file', JSON.stringify({ version: 1, pad: 'x'.repeat(200_000) })],
  ];

  it.each(cases)('%s gives defaults and a warning', async (_name, text) => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, text);
    const warnings: string[] = [];
    const state = await createStateFile(file, (m) => warnings.push(m)).load();
    expect(state).toEqual(defaultState());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
  });

  it('drops only the fields that are wrong, naming each', () => {
    const { state, problems } = parseState(
      JSON.stringify({
        version: 1,
        window: { bounds: { x: 'left', y: 10, width: 900, height: 600 }, maximized: 'yes' },
        view: { dividerRatio: 'wide', articleVisible: 1, window: { start: 5, end: 1, file: 'a' } },
      }),
    );
    expect(state.window).toEqual({ bounds: { width: 900, height: 600 }, maximized: false });
    expect(state.view).toEqual({});
    expect(problems).toHaveLength(4);
  });

  it('ignores __proto__ and constructor keys instead of polluting prototypes', () => {
    const { state } = parseState('{"version":1,"__proto__":{"polluted":true},"view":{"__proto__":{"dividerRatio":0.7},"articleVisible":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(state.view).toEqual({ articleVisible: true });
    expect(Object.getPrototypeOf(state.view)).toBe(Object.prototype);
  });

  it.each([
    ['NaN-like sizes', { width: 1e308, height: 1e308 }],
    ['negative sizes', { width: -5, height: -5 }],
    ['fractional sizes', { width: 800.5, height: 600.25 }],
  ])('refuses %s', (_name, bounds) => {
    const { state, problems } = parseState(JSON.stringify({ version: 1, window: { bounds } }));
    expect(state.window).toEqual(DEFAULT_GEOMETRY);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('raises a window smaller than the minimum to the minimum', () => {
    const { state } = parseState(JSON.stringify({ version: 1, window: { bounds: { x: 0, y: 0, width: 10, height: 10 } } }));
    expect(state.window.bounds).toEqual({ x: 0, y: 0, ...MIN_SIZE });
  });

  it('keeps the divider inside its range and refuses absurd time windows', () => {
    expect(sanitizeViewState({ dividerRatio: 5 })).toEqual({ dividerRatio: 0.8 });
    expect(sanitizeViewState({ dividerRatio: -1 })).toEqual({ dividerRatio: 0.2 });
    expect(sanitizeViewState({ dividerRatio: Infinity })).toEqual({});
    expect(sanitizeViewState({ window: { start: 0, end: 1e300, file: 'a' } })).toEqual({});
    expect(sanitizeViewState({ window: { start: 0, end: 10 } })).toEqual({});
    expect(sanitizeViewState({ window: { start: 0, end: 10, file: 'x'.repeat(10_000) } })).toEqual({});
  });

  it('does not store junk the page sends', async () => {
    const file = join(dir, 'window-state.json');
    const warnings: string[] = [];
    const store = createStateFile(file, (m) => warnings.push(m));
    await store.viewStateStore.save({ dividerRatio: 0.5 });
    await store.viewStateStore.save({ dividerRatio: 'evil' as unknown as number, extra: 'x'.repeat(1000) } as never);
    expect(await store.viewStateStore.load()).toEqual({ dividerRatio: 0.5 });
    expect(JSON.parse(readFileSync(file, 'utf8')).view).toEqual({ dividerRatio: 0.5 });
    expect(warnings.join()).toMatch(/dividerRatio/);
  });
});

describe('a window restored off-screen', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
  const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('stays where it was when it is on a display', () => {
    const g = geometry(2200, 100);
    expect(ensureOnScreen(g, [laptop, rightMonitor])).toEqual(g);
  });

  it('comes back to the primary display when its monitor was removed', () => {
    const g = geometry(2200, 100, 1400, 900, true);
    const placed = ensureOnScreen(g, [laptop]);
    expect(placed).toEqual({ maximized: true, bounds: { x: 260, y: 75, width: 1400, height: 900 } });
  });

  it('shrinks to fit a smaller display', () => {
    const placed = ensureOnScreen(geometry(5000, 5000, 2500, 1400), [laptop]);
    expect(placed.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
  });

  it('comes back when only a sliver is visible, or its title bar is above the screen', () => {
    expect(ensureOnScreen(geometry(1900, 100), [laptop]).bounds.x).toBeLessThan(1900);
    expect(ensureOnScreen(geometry(100, -600), [laptop]).bounds.y).toBeGreaterThanOrEqual(0);
  });

  it('honours a work area that does not start at 0,0 (a panel on the left or top)', () => {
    const area = { x: 64, y: 32, width: 1856, height: 1048 };
    const placed = ensureOnScreen(geometry(-1500, 200), [area]);
    expect(placed.bounds.x).toBeGreaterThanOrEqual(64);
    expect(placed.bounds.y).toBeGreaterThanOrEqual(32);
  });

  it('leaves a window without a remembered position to the OS', () => {
    expect(ensureOnScreen(DEFAULT_GEOMETRY, [laptop])).toEqual(DEFAULT_GEOMETRY);
  });
});
