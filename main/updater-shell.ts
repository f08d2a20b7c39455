import { app, BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import type { AppUpdater } from 'electron-updater';
import { createUpdater, settingsFile, type UpdateFeed, type Updater, type UpdateUi } from './update-policy';

// electron-updater and the dialogs behind main/update-policy.ts, which decides when to look and what to say.

/** GitHub releases through electron-updater, loaded only when a look is due so it costs nothing at startup. */
function electronUpdaterFeed(log: (msg: string) => void): UpdateFeed {
  let updater: Promise<AppUpdater> | undefined;
  const get = () =>
    (updater ??= import('electron-updater').then(({ autoUpdater }) => {
      // Never download unasked; a downloaded version the user put off installs when they quit.
      autoUpdater.autoDownload = false;
      autoUpdater.autoInstallOnAppQuit = true;
      autoUpdater.logger = { info: (m?: unknown) => log(String(m)), warn: (m?: unknown) => log(String(m)), error: (m?: unknown) => log(String(m)), debug: () => {} };
      return autoUpdater;
    }));
  return {
    async check() {
      const result = await (await get()).checkForUpdates();
      if (!result || !result.isUpdateAvailable) return null;
      const { version, releaseName, releaseDate, releaseNotes } = result.updateInfo;
      return { version, releaseName, releaseDate, releaseNotes };
    },
    async download() {
      await (await get()).downloadUpdate();
    },
    install() {
      void get().then((u) => u.quitAndInstall());
    },
  };
}

async function ask(box: MessageBoxOptions): Promise<{ response: number; checkboxChecked: boolean }> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box);
}

const NEVER = 'Never check for updates automatically';

function dialogUi(): UpdateUi {
  return {
    async offer({ version, current, notes }, neverCheck) {
      const { response, checkboxChecked } = await ask({
        type: 'info',
        title: 'Update available',
        message: `Newsline ${version} is available`,
        detail: `You have ${current}. Download it now? Newsline will ask before installing.\n\nWhat’s new:\n${notes}`,
        buttons: ['Download', 'Later', 'Skip This Version'],
        defaultId: 0,
        cancelId: 1,
        checkboxLabel: NEVER,
        checkboxChecked: neverCheck,
        noLink: true,
      });
      return { choice: (['download', 'later', 'skip'] as const)[response] ?? 'later', neverCheck: checkboxChecked };
    },
    async readyToInstall(version) {
      const { response } = await ask({
        type: 'info',
        title: 'Update ready',
        message: `Newsline ${version} has been downloaded`,
        detail: 'Restart now to install it, or it will be installed when you next quit Newsline.',
        buttons: ['Restart Now', 'Later'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    },
    async upToDate(current, neverCheck) {
      const { checkboxChecked } = await ask({
        type: 'info',
        title: 'No updates',
        message: `Newsline ${current} is the latest version`,
        buttons: ['OK'],
        checkboxLabel: NEVER,
        checkboxChecked: neverCheck,
      });
      return { neverCheck: checkboxChecked };
    },
    async failed(message) {
      await ask({ type: 'warning', title: 'Updates', message: 'Newsline could not check for updates', detail: message, buttons: ['OK'] });
    },
  };
}

export function createAppUpdater(opts: { settingsPath: string; log: (msg: string) => void }): Updater {
  // Only the installed app has the app-update.yml electron-builder writes; a copy run from a checkout has nothing to update.
  const installed = app.isPackaged;
  return createUpdater({
    currentVersion: app.getVersion(),
    feed: installed ? electronUpdaterFeed(opts.log) : null,
    unavailableReason: 'Updates come with the installed app; this copy of Newsline runs from its source folder.',
    ui: dialogUi(),
    settings: settingsFile(opts.settingsPath, opts.log),
    now: Date.now,
    log: opts.log,
  });
}
