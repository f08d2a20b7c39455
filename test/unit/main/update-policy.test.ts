import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  createUpdater,
  describeUpdateError,
  isCheckDue,
  isNewer,
  parseSettings,
  releaseNotesText,
  settingsFile,
  type AvailableUpdate,
  type OfferChoice,
  type UpdateFeed,
  type UpdateUi,
} from '../../../main/update-policy';

const work = mkdtempSync(join(tmpdir(), 'newsline-updates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let fileNo = 0;
const freshSettingsPath = () => join(work, `update-settings-${++fileNo}.json`);

const DAY = CHECK_INTERVAL_MS;
const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

/** A stand-in for the release feed: what GitHub's latest release says, or no network at all. */
function standInFeed(release: AvailableUpdate | null, opts: { offline?: boolean; downloadFails?: boolean } = {}) {
  const calls: string[] = [];
  const feed: UpdateFeed = {
    async check() {
      calls.push('check');
      if (opts.offline) throw new Error('net::ERR_INTERNET_DISCONNECTED');
      return release;
    },
    async download() {
      calls.push('download');
      if (opts.downloadFails) throw new Error('read ECONNRESET');
    },
    install() {
      calls.push('install');
    },
  };
  return { feed, calls };
}

/** Records every dialog and answers as scripted. */
function recordingUi(answers: { offer?: OfferChoice; neverCheck?: boolean; restart?: boolean } = {}) {
  const shown: Array<{ kind: string; [k: string]: unknown }> = [];
  const ui: UpdateUi = {
    async offer(info, neverCheck) {
      shown.push({ kind: 'offer', ...info, neverCheckShown: neverCheck });
      return { choice: answers.offer ?? 'later', neverCheck: answers.neverCheck ?? neverCheck };
    },
    async readyToInstall(version) {
      shown.push({ kind: 'ready', version });
      return answers.restart ?? false;
    },
    async upToDate(current, neverCheck) {
      shown.push({ kind: 'up-to-date', current });
      return { neverCheck: answers.neverCheck ?? neverCheck };
    },
    async failed(message) {
      shown.push({ kind: 'failed', message });
    },
  };
  return { ui, shown };
}

const RELEASE: AvailableUpdate = {
  version: '0.2.0',
  releaseName: 'Newsline 0.2.0',
  releaseNotes: '<h2>What’s new</h2><ul><li>Several articles in one timeline</li><li>Faster &amp; smaller</li></ul><script>alert(1)</script>',
};

function setup(opts: { release?: AvailableUpdate | null; offline?: boolean; downloadFails?: boolean; answers?: Parameters<typeof recordingUi>[0]; path?: string; now?: number; noFeed?: boolean } = {}) {
  const stand = standInFeed(opts.release === undefined ? RELEASE : opts.release, opts);
  const rec = recordingUi(opts.answers);
  const log: string[] = [];
  const clock = { now: opts.now ?? T0 };
  const path = opts.path ?? freshSettingsPath();
  const updater = createUpdater({
    currentVersion: '0.1.0',
    feed: opts.noFeed ? null : stand.feed,
    unavailableReason: 'Updates come with the installed app; this copy runs from its source folder.',
    ui: rec.ui,
    settings: settingsFile(path, (m) => log.push(m)),
    now: () => clock.now,
    log: (m) => log.push(m),
  });
  return { updater, calls: stand.calls, shown: rec.shown, log, clock, path };
}

describe('when to look', () => {
  it('looks on the first launch, then at most once a day', () => {
    expect(isCheckDue({ automatic: 'daily' }, T0)).toBe(true);
    expect(isCheckDue({ automatic: 'daily', lastCheck: T0 }, T0 + DAY - 1)).toBe(false);
    expect(isCheckDue({ automatic: 'daily', lastCheck: T0 }, T0 + DAY)).toBe(true);
  });

  it('never looks by itself when told never to', () => {
    expect(isCheckDue({ automatic: 'never' }, T0)).toBe(false);
    expect(isCheckDue({ automatic: 'never', lastCheck: T0 - 30 * DAY }, T0)).toBe(false);
  });

  it('looks again if the clock went back past the last look', () => {
    expect(isCheckDue({ automatic: 'daily', lastCheck: T0 + DAY }, T0)).toBe(true);
  });

  it('compares versions numerically, a pre-release below its release', () => {
    expect(isNewer('0.10.0', '0.9.3')).toBe(true);
    expect(isNewer('v1.0.0', '0.9.9')).toBe(true);
    expect(isNewer('0.1.0', '0.1.0')).toBe(false);
    expect(isNewer('0.1.0', '0.2.0')).toBe(false);
    expect(isNewer('1.0.0', '1.0.0-beta.2')).toBe(true);
    expect(isNewer('1.0.0-beta.2', '1.0.0')).toBe(false);
  });
});

describe('the daily look against a stand-in feed', () => {
  it('offers a newer version with its release notes as text, and downloads nothing unasked', async () => {
    const { updater, calls, shown } = setup();
    await updater.checkIfDue();
    expect(calls).toEqual(['check']);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'offer', version: '0.2.0', current: '0.1.0' });
    const notes = shown[0].notes as string;
    expect(notes).toContain('What’s new');
    expect(notes).toContain('• Several articles in one timeline');
    expect(notes).toContain('Faster & smaller');
    expect(notes).not.toMatch(/<|alert/);
  });

  it('downloads only when the user says so, and installs only on "restart now"', async () => {
    const later = setup({ answers: { offer: 'download', restart: false } });
    await later.updater.checkIfDue();
    expect(later.calls).toEqual(['check', 'download']);
    expect(later.shown.map((s) => s.kind)).toEqual(['offer', 'ready']);

    const now = setup({ answers: { offer: 'download', restart: true } });
    await now.updater.checkIfDue();
    expect(now.calls).toEqual(['check', 'download', 'install']);
  });

  it('after "Later", does not look again the same day, and offers again the next', async () => {
    const s = setup({ answers: { offer: 'later' } });
    await s.updater.checkIfDue();
    s.clock.now = T0 + 6 * 60 * 60 * 1000;
    await s.updater.checkIfDue();
    expect(s.calls).toEqual(['check']);
    s.clock.now = T0 + DAY + 1;
    await s.updater.checkIfDue();
    expect(s.calls).toEqual(['check', 'check']);
    expect(s.shown.map((x) => x.kind)).toEqual(['offer', 'offer']);
  });

  it('counts a day from the last look across restarts (the time is kept in the settings file)', async () => {
    const path = freshSettingsPath();
    await setup({ path, answers: { offer: 'later' } }).updater.checkIfDue();
    const restarted = setup({ path, now: T0 + 60_000 });
    await restarted.updater.checkIfDue();
    expect(restarted.calls).toEqual([]);
  });

  it('remembers a skipped version: the daily look stays quiet about it, asking still shows it', async () => {
    const path = freshSettingsPath();
    await setup({ path, answers: { offer: 'skip' } }).updater.checkIfDue();
    const nextDay = setup({ path, now: T0 + DAY });
    await nextDay.updater.checkIfDue();
    expect(nextDay.calls).toEqual(['check']);
    expect(nextDay.shown).toEqual([]);
    await nextDay.updater.checkNow();
    expect(nextDay.shown.map((x) => x.kind)).toEqual(['offer']);
    const newer = setup({ path, now: T0 + 2 * DAY, release: { ...RELEASE, version: '0.3.0' } });
    await newer.updater.checkIfDue();
    expect(newer.shown.map((x) => x.version)).toEqual(['0.3.0']);
  });

  it('is silent when this is the latest version', async () => {
    const s = setup({ release: null });
    await s.updater.checkIfDue();
    expect(s.calls).toEqual(['check']);
    expect(s.shown).toEqual([]);
    const same = setup({ release: { version: '0.1.0' } });
    await same.updater.checkIfDue();
    expect(same.shown).toEqual([]);
  });

  it('is silent offline, logging why', async () => {
    const s = setup({ offline: true });
    await s.updater.checkIfDue();
    expect(s.shown).toEqual([]);
    expect(s.log.join('\n')).toMatch(/update check failed: net::ERR_INTERNET_DISCONNECTED/);
  });

  it('is silent when this copy cannot update itself', async () => {
    const s = setup({ noFeed: true });
    await s.updater.checkIfDue();
    expect(s.shown).toEqual([]);
  });

  it('says when a download the user started fails', async () => {
    const s = setup({ downloadFails: true, answers: { offer: 'download' } });
    await s.updater.checkIfDue();
    expect(s.shown.map((x) => x.kind)).toEqual(['offer', 'failed']);
    expect(s.shown[1].message).toMatch(/could not reach the update server/);
  });
});

describe('"Never check"', () => {
  it('is remembered across restarts: no daily look at all, and Check for Updates… still works', async () => {
    const path = freshSettingsPath();
    await setup({ path, answers: { offer: 'later', neverCheck: true } }).updater.checkIfDue();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ automatic: 'never' });

    const restarted = setup({ path, now: T0 + 10 * DAY });
    expect(await restarted.updater.isAutomatic()).toBe(false);
    await restarted.updater.checkIfDue();
    expect(restarted.calls).toEqual([]);
    await restarted.updater.checkNow();
    expect(restarted.calls).toEqual(['check']);
    expect(restarted.shown[0]).toMatchObject({ kind: 'offer', neverCheckShown: true });
  });

  it('is set and cleared from the menu', async () => {
    const path = freshSettingsPath();
    const s = setup({ path });
    await s.updater.setAutomatic(false);
    expect(JSON.parse(readFileSync(path, 'utf8')).automatic).toBe('never');
    await s.updater.checkIfDue();
    expect(s.calls).toEqual([]);
    await s.updater.setAutomatic(true);
    await s.updater.checkIfDue();
    expect(s.calls).toEqual(['check']);
  });
});

describe('Check for Updates… (asked)', () => {
  it('looks even within the day, and answers when up to date', async () => {
    const s = setup({ release: null });
    await s.updater.checkIfDue();
    await s.updater.checkNow();
    expect(s.calls).toEqual(['check', 'check']);
    expect(s.shown).toEqual([{ kind: 'up-to-date', current: '0.1.0' }]);
  });

  it('says plainly when offline or the feed fails', async () => {
    const offline = setup({ offline: true });
    await offline.updater.checkNow();
    expect(offline.shown).toEqual([{ kind: 'failed', message: expect.stringMatching(/could not reach the update server/) }]);
    expect(describeUpdateError(new Error('HttpError: 404 \n"method: GET url: https://github.com/…"'))).toBe('No release could be found on the update server.');
    expect(describeUpdateError(new Error('sha512 checksum mismatch'))).toMatch(/^Newsline could not check for updates: sha512 checksum mismatch$/);
  });

  it('says why a copy that cannot update itself does not look', async () => {
    const s = setup({ noFeed: true });
    await s.updater.checkNow();
    expect(s.shown).toEqual([{ kind: 'failed', message: expect.stringMatching(/installed app/) }]);
  });

  it('waits for a daily look under way instead of showing two offers at once', async () => {
    const s = setup({ answers: { offer: 'later' } });
    await Promise.all([s.updater.checkIfDue(), s.updater.checkNow()]);
    expect(s.calls).toEqual(['check', 'check']);
    expect(s.shown.map((x) => x.kind)).toEqual(['offer', 'offer']);
  });
});

describe('release notes and the settings file', () => {
  it('turns the notes into plain text, per version or cut short', () => {
    expect(releaseNotesText([{ version: '0.2.0', note: '<p>First</p>' }, { version: '0.1.1', note: null }])).toBe('0.2.0\nFirst\n\n0.1.1');
    expect(releaseNotesText(null)).toMatch(/No release notes/);
    expect(releaseNotesText('<p>' + 'x'.repeat(5000) + '</p>', 100)).toMatch(/^x{100}…\n\(The full notes are on the release page\.\)$/);
    expect(releaseNotesText('a &lt;b&gt; &#8212; &#x2014; &bogus;')).toBe('a <b> — — &bogus;');
  });

  it('keeps the good fields of a damaged settings file and falls back for the rest', () => {
    expect(parseSettings('not json')).toEqual({ automatic: 'daily' });
    expect(parseSettings('[]')).toEqual({ automatic: 'daily' });
    expect(parseSettings('{"automatic":"never","lastCheck":"yesterday","skippedVersion":"<script>"}')).toEqual({ automatic: 'never' });
    expect(parseSettings(JSON.stringify({ automatic: 'hourly', lastCheck: T0, skippedVersion: '0.2.0' }))).toEqual({ automatic: 'daily', lastCheck: T0, skippedVersion: '0.2.0' });
  });

  it('starts quietly from the defaults when there is no settings file yet', async () => {
    const path = freshSettingsPath();
    writeFileSync(path, '{"automatic": "never"}');
    rmSync(path);
    const s = setup({ path });
    expect(await s.updater.isAutomatic()).toBe(true);
    expect(s.log).toEqual([]);
  });
});
