import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './window-state';

// When Newsline looks for a new version and what it says about it. Plain code: the feed (electron-updater
// reading GitHub releases) and the dialogs are passed in, so tests drive it with a stand-in feed.
// The rules: look at most once a day, never when the user said "never"; never download without asking;
// show the release notes; a failed look is silent unless the user asked (Help ▸ Check for Updates…).

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface UpdateSettings {
  /** 'daily' looks once a day at most; 'never' only when the user asks. */
  automatic: 'daily' | 'never';
  /** When the last automatic or asked-for look began, in ms since the epoch. */
  lastCheck?: number;
  /** A version the user chose to skip: not offered again by the daily look (a look the user asks for still shows it). */
  skippedVersion?: string;
}

export const DEFAULT_SETTINGS: UpdateSettings = { automatic: 'daily' };

export interface AvailableUpdate {
  version: string;
  releaseName?: string | null;
  releaseDate?: string;
  /** As electron-updater gives them: GitHub's HTML, or one note per version, or nothing. */
  releaseNotes?: string | Array<{ version: string; note: string | null }> | null;
}

export interface UpdateFeed {
  /** The newer version, or null when this one is the latest. Throws when the feed cannot be read. */
  check(): Promise<AvailableUpdate | null>;
  /** Downloads the offered version; only ever called after the user said so. */
  download(): Promise<void>;
  /** Quits and installs the downloaded version. */
  install(): void;
}

export type OfferChoice = 'download' | 'later' | 'skip';

export interface UpdateUi {
  /** Offers a version with its notes. `neverCheck` is the state of the "never check automatically" box. */
  offer(info: { version: string; current: string; notes: string }, neverCheck: boolean): Promise<{ choice: OfferChoice; neverCheck: boolean }>;
  /** The download is done: restart now? */
  readyToInstall(version: string): Promise<boolean>;
  /** Only for a look the user asked for. */
  upToDate(current: string, neverCheck: boolean): Promise<{ neverCheck: boolean }>;
  /** Only for a look the user asked for, or a download the user started. */
  failed(message: string): Promise<void>;
}

export interface SettingsStore {
  load(): Promise<UpdateSettings>;
  save(settings: UpdateSettings): Promise<void>;
}

export interface UpdaterDeps {
  currentVersion: string;
  /** Null when this build cannot update itself (not installed, e.g. run from a checkout); the reason is shown on asking. */
  feed: UpdateFeed | null;
  unavailableReason?: string;
  ui: UpdateUi;
  settings: SettingsStore;
  now: () => number;
  log: (msg: string) => void;
}

/** Whether the daily look is due: never when turned off; otherwise a day after the last, or at once if the clock went back. */
export function isCheckDue(settings: UpdateSettings, now: number): boolean {
  if (settings.automatic === 'never') return false;
  if (settings.lastCheck === undefined) return true;
  const since = now - settings.lastCheck;
  return since >= CHECK_INTERVAL_MS || since < 0;
}

function numericParts(v: string): number[] {
  return v.replace(/^v/, '').split(/[-+]/)[0].split('.').map((n) => Number.parseInt(n, 10) || 0);
}

/** a > b for versions like 1.2.3 (a pre-release ranks below its release). */
export function isNewer(a: string, b: string): boolean {
  const [x, y] = [numericParts(a), numericParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  }
  const [pa, pb] = [a.includes('-'), b.includes('-')];
  return pb && !pa;
}

// Null-prototype: an entity name is data, and "&constructor;" must find nothing, not Object's constructor.
const ENTITIES: Record<string, string> = Object.assign(Object.create(null), { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" });

/** Release notes as plain text for a message box: GitHub sends HTML, which is never rendered, only read. */
export function releaseNotesText(notes: AvailableUpdate['releaseNotes'], maxChars = 1500): string {
  const raw = Array.isArray(notes) ? notes.map((n) => `${n.version}\n${n.note ?? ''}`).join('\n\n') : (notes ?? '');
  const text = raw
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*li[^>]*>/gi, '\n• ')
    .replace(/<\s*(br|\/p|\/h\d|\/li|\/ul|\/ol|\/div)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return 'No release notes were published with this version.';
  return text.length > maxChars ? `${text.slice(0, maxChars).trimEnd()}…\n(The full notes are on the release page.)` : text;
}

/** Why a look failed, in words for the user, never a stack trace. */
export function describeUpdateError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|net::ERR_/i.test(message)) {
    return 'Newsline could not reach the update server. Check the internet connection and try again.';
  }
  if (/404|Cannot find latest|No published versions/i.test(message)) return 'No release could be found on the update server.';
  return `Newsline could not check for updates: ${message.split('\n')[0].slice(0, 200)}`;
}

export interface Updater {
  /** At launch: looks if the daily look is due. Silent unless there is something to offer. */
  checkIfDue(): Promise<void>;
  /** Help ▸ Check for Updates…: looks now and always answers. */
  checkNow(): Promise<void>;
  /** The menu's "Check for Updates Automatically". */
  setAutomatic(on: boolean): Promise<void>;
  isAutomatic(): Promise<boolean>;
}

export function createUpdater(deps: UpdaterDeps): Updater {
  const update = async (change: Partial<UpdateSettings>) => {
    const next = { ...(await deps.settings.load()), ...change };
    await deps.settings.save(next);
    return next;
  };
  const neverFromBox = (never: boolean, settings: UpdateSettings) =>
    never !== (settings.automatic === 'never') ? update({ automatic: never ? 'never' : 'daily' }) : Promise.resolve(settings);

  async function look(asked: boolean): Promise<void> {
    let settings = await deps.settings.load();
    if (!deps.feed) {
      if (asked) await deps.ui.failed(deps.unavailableReason ?? 'This copy of Newsline cannot update itself.');
      return;
    }
    if (!asked && !isCheckDue(settings, deps.now())) return;
    settings = await update({ lastCheck: deps.now() });

    let found: AvailableUpdate | null;
    try {
      found = await deps.feed.check();
    } catch (err) {
      deps.log(`update check failed: ${err instanceof Error ? err.message : String(err)}`);
      if (asked) await deps.ui.failed(describeUpdateError(err));
      return;
    }
    if (!found || !isNewer(found.version, deps.currentVersion)) {
      deps.log(`update check: ${deps.currentVersion} is the latest`);
      if (asked) await neverFromBox((await deps.ui.upToDate(deps.currentVersion, settings.automatic === 'never')).neverCheck, settings);
      return;
    }
    if (!asked && settings.skippedVersion === found.version) {
      deps.log(`update check: ${found.version} was skipped by the user`);
      return;
    }

    const answer = await deps.ui.offer(
      { version: found.version, current: deps.currentVersion, notes: releaseNotesText(found.releaseNotes) },
      settings.automatic === 'never',
    );
    settings = await neverFromBox(answer.neverCheck, settings);
    if (answer.choice === 'skip') await update({ skippedVersion: found.version });
    if (answer.choice !== 'download') return;

    try {
      await deps.feed.download();
    } catch (err) {
      deps.log(`update download failed: ${err instanceof Error ? err.message : String(err)}`);
      // The user started this download, so its failure is theirs to know, even from the daily look.
      await deps.ui.failed(describeUpdateError(err).replace('check for updates', 'download the update'));
      return;
    }
    if (await deps.ui.readyToInstall(found.version)) deps.feed.install();
  }

  // One look at a time: asking during the daily look waits for it, then looks again and answers.
  let chain: Promise<void> = Promise.resolve();
  const once = (asked: boolean) => {
    const run = chain.then(() => look(asked));
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    checkIfDue: () => once(false).catch((err: unknown) => deps.log(`update check: ${String(err)}`)),
    checkNow: () => once(true),
    async setAutomatic(on) {
      await update({ automatic: on ? 'daily' : 'never' });
    },
    async isAutomatic() {
      return (await deps.settings.load()).automatic === 'daily';
    },
  };
}

const MAX_SETTINGS_BYTES = 16 * 1024;

/** Keeps the well-formed fields of a settings file; anything else falls back to the defaults. */
export function parseSettings(text: string): UpdateSettings {
  if (text.length > MAX_SETTINGS_BYTES) return { ...DEFAULT_SETTINGS };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const settings: UpdateSettings = { automatic: r.automatic === 'never' ? 'never' : 'daily' };
  if (typeof r.lastCheck === 'number' && Number.isFinite(r.lastCheck) && r.lastCheck > 0) settings.lastCheck = r.lastCheck;
  if (typeof r.skippedVersion === 'string' && /^v?\d+(\.\d+){0,3}([-+][\w.-]{1,40})?$/.test(r.skippedVersion)) settings.skippedVersion = r.skippedVersion;
  return settings;
}

/** The settings in a small JSON file in the user-data folder, written atomically. */
export function settingsFile(file: string, warn: (msg: string) => void): SettingsStore {
  let cached: UpdateSettings | null = null;
  return {
    async load() {
      if (cached) return { ...cached };
      try {
        cached = parseSettings(await readFile(file, 'utf8'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`could not read ${file}: ${(err as Error).message}`);
        cached = { ...DEFAULT_SETTINGS };
      }
      return { ...cached };
    },
    async save(settings) {
      cached = { ...settings };
      try {
        await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
      } catch (err) {
        warn(`could not save ${file}: ${(err as Error).message}`);
      }
    },
  };
}
