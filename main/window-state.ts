import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { z } from 'zod';
import type { ViewState } from '../shared/ipc';
import type { ViewStateStore } from './handlers';

// What the app remembers between launches: the window's geometry and the view (divider, article pane,
// visible time window). One small JSON file in the user-data folder, which anything on the machine may have
// written, so every field is checked on the way in and a bad one is dropped rather than trusted.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowGeometry {
  /** x and y are absent when the OS should place the window (first launch). */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export interface PersistedState {
  window: WindowGeometry;
  view: ViewState;
}

export const STATE_FILE_VERSION = 1;
export const DEFAULT_GEOMETRY: WindowGeometry = { bounds: { width: 1280, height: 800 }, maximized: false };
export const MIN_SIZE = { width: 720, height: 480 };
export const DIVIDER_RANGE = { min: 0.2, max: 0.8 } as const;

/** Past this the file is not ours, or not sane: refuse to even parse it. */
const MAX_FILE_BYTES = 64 * 1024;
/** Screens are never this large; a coordinate past it is junk or an attempt to overflow something. */
const MAX_COORD = 100_000;
const MAX_SIZE = 20_000;
/** vis-timeline's own limits on dates, in ms (±100 million days, per ECMAScript). */
const MAX_TIME = 8.64e15;
const MAX_PATH_CHARS = 4096;

export function defaultState(): PersistedState {
  return { window: { bounds: { ...DEFAULT_GEOMETRY.bounds }, maximized: false }, view: {} };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Drops the keys a .catch set to undefined, so the state holds only what is known. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The view state's schema. Each field falls back on its own (.catch), so one bad field costs only itself; what
 * was dropped is named in problems.
 */
function viewSchema(problems: string[]) {
  const field = <T extends z.ZodType>(schema: T, problem: string) =>
    schema.optional().catch(() => {
      problems.push(problem);
      return undefined;
    });
  const time = z.number().min(-MAX_TIME).max(MAX_TIME);
  return z
    .object({
      dividerRatio: field(
        z.number().transform((r) => Math.min(DIVIDER_RANGE.max, Math.max(DIVIDER_RANGE.min, r))),
        'view.dividerRatio is not a number',
      ),
      articleVisible: field(z.boolean(), 'view.articleVisible is not true or false'),
      window: field(
        z.object({ start: time, end: time, file: z.string().max(MAX_PATH_CHARS) }).refine((w) => w.start < w.end),
        'view.window is not a time window with start before end, for a named document',
      ),
    })
    .transform(defined)
    .catch(() => {
      problems.push('view is not an object');
      return {};
    });
}

function geometrySchema(problems: string[]) {
  const size = (min: number) => z.int().positive().max(MAX_SIZE).transform((n) => Math.max(min, n));
  const coord = z.int().min(-MAX_COORD).max(MAX_COORD);
  return z
    .object({
      bounds: z.object({ width: size(MIN_SIZE.width), height: size(MIN_SIZE.height), x: z.unknown(), y: z.unknown() }).transform(({ width, height, x, y }) => {
        const position = z.object({ x: coord, y: coord }).safeParse({ x, y });
        if (position.success) return { ...position.data, width, height };
        if (x !== undefined || y !== undefined) problems.push('window.bounds has no sane position');
        return { width, height };
      }),
      maximized: z.unknown().optional().transform((m) => m === true),
    })
    .catch(() => {
      problems.push('window has no sane width and height');
      return defaultState().window;
    });
}

/** Keeps the well-formed parts of a view state; anything else is named in problems. */
export function sanitizeViewState(raw: unknown, problems: string[] = []): ViewState {
  return raw === undefined ? {} : viewSchema(problems).parse(raw);
}

function sanitizeGeometry(raw: unknown, problems: string[]): WindowGeometry {
  return raw === undefined ? defaultState().window : geometrySchema(problems).parse(raw);
}

/** Turns the file's text into a state. Never throws: whatever cannot be used becomes the default, and is named. */
export function parseState(text: string): { state: PersistedState; problems: string[] } {
  const problems: string[] = [];
  if (text.length > MAX_FILE_BYTES) return { state: defaultState(), problems: [`the file is larger than ${MAX_FILE_BYTES} bytes`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { state: defaultState(), problems: [`the file is not JSON (${(err as Error).message})`] };
  }
  if (!isPlainObject(data)) return { state: defaultState(), problems: ['the file does not hold an object'] };
  if (data.version !== STATE_FILE_VERSION) return { state: defaultState(), problems: [`unknown version ${JSON.stringify(data.version)}`] };
  const state = { window: sanitizeGeometry(data.window, problems), view: sanitizeViewState(data.view, problems) };
  return { state, problems };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** How much of the window must show on some display for the user to grab it: a stretch of its title bar. */
const GRAB = { width: 120, height: 40 };

/**
 * Brings a remembered window back where the user can see it. A window whose title bar no longer lies on any
 * display (a monitor was unplugged, the resolution dropped) is centred on the primary display, and shrunk to
 * fit it if need be. workAreas[0] is the primary display.
 */
export function ensureOnScreen(geometry: WindowGeometry, workAreas: Rect[]): WindowGeometry {
  const { bounds } = geometry;
  if (bounds.x === undefined || bounds.y === undefined || workAreas.length === 0) return geometry;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, GRAB.height) };
  const reachable = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(GRAB.width, bounds.width) && o.height >= Math.min(GRAB.height, titleBar.height);
  });
  if (reachable) return geometry;
  const area = workAreas[0];
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    maximized: geometry.maximized,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
  };
}

/**
 * Writes a file so that a reader sees the old content or the new, never half of either: the bytes go to a
 * temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the target.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => {});
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}

/** Temporary files a killed save left behind (`.window-state.json.<pid>.<random>.tmp`); removed at startup. */
async function removeLeftoverTemps(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => unlink(join(dirname(file), n)).catch(() => {})));
}

/**
 * Reads the file only if it is a regular file of sane size. Opened without blocking, so a FIFO or a device in
 * its place cannot make startup wait for a writer that never comes.
 */
async function readRegularFile(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('it is not a regular file');
    if (info.size > MAX_FILE_BYTES) throw new Error(`it is larger than ${MAX_FILE_BYTES} bytes`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export interface StateFile {
  /** Reads the file once; later calls return what is in memory. A missing file is a first launch, not a problem. */
  load(): Promise<PersistedState>;
  saveWindow(geometry: WindowGeometry): Promise<void>;
  /** The file-backed ViewStateStore the view-state:* handlers use. */
  viewStateStore: ViewStateStore;
  /** Resolves when every save asked for so far is on disk. */
  flush(): Promise<void>;
}

export function createStateFile(file: string, warn: (msg: string) => void): StateFile {
  let state: PersistedState | null = null;
  let loading: Promise<PersistedState> | null = null;

  const load = (): Promise<PersistedState> => {
    if (state) return Promise.resolve(state);
    loading ??= (async () => {
      await removeLeftoverTemps(file);
      let text: string;
      try {
        text = await readRegularFile(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`window state ${file} could not be read (${(err as Error).message}); using defaults`);
        state = defaultState();
        return state;
      }
      const parsed = parseState(text);
      if (parsed.problems.length) warn(`window state ${file}: ${parsed.problems.join('; ')}; using defaults for those`);
      state = parsed.state;
      return state;
    })();
    return loading;
  };

  // Saves run one after another; while one is writing, later ones collapse into a single write of the latest state.
  let writing: Promise<void> = Promise.resolve();
  let pending = false;
  const persist = (): Promise<void> => {
    if (pending) return writing;
    pending = true;
    writing = writing.then(async () => {
      pending = false;
      const snapshot = JSON.stringify({ version: STATE_FILE_VERSION, ...state }, null, 2);
      try {
        await writeFileAtomic(file, snapshot);
      } catch (err) {
        warn(`window state could not be saved to ${file}: ${(err as Error).message}`);
      }
    });
    return writing;
  };

  return {
    load,
    async saveWindow(geometry) {
      const window = sanitizeGeometry(geometry, []);
      // The change is applied to the state as it is once loaded, not as it was when this save began: a view
      // save in the same tick must not overwrite it with an older copy.
      await load();
      state = { ...state!, window };
      return persist();
    },
    viewStateStore: {
      load: async () => ({ ...(await load()).view }),
      async save(next) {
        // The page asks for this; it gets the same checks as the file, so it cannot store junk for next launch.
        const problems: string[] = [];
        const clean = sanitizeViewState(next, problems);
        if (problems.length) warn(`view-state:save: ${problems.join('; ')}`);
        await load();
        state = { ...state!, view: { ...state!.view, ...clean } };
        return persist();
      },
    },
    flush: () => writing,
  };
}
