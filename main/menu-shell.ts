import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MenuCommand } from '../shared/ipc';
import { sendToPage } from './ipc-shell';
import { aboutMessage, buildMenuTemplate, type AboutInfo } from './menu';
import type { Updater } from './update-policy';

export interface MenuShellOptions {
  licence: string;
  /** Passed once opening any article is wired (issue 4); File ▸ Open… is hidden without it. */
  onOpen?: () => void;
  recentFiles?: string[];
  onOpenRecent?: (path: string) => void;
  onClearRecent?: () => void;
  /** File ▸ Add to This Timeline…; hidden without it. */
  onAdd?: () => void;
  log: (msg: string) => void;
  /** Help ▸ Check for Updates… and its "automatically" switch. */
  updater?: Updater;
  /** dist/main/licences.json, made at build time. */
  licencesJson?: string;
  /** THIRD-PARTY-LICENCES.txt, beside the app when packaged. */
  thirdPartyLicences?: string;
}

function bundledLicences(file: string | undefined, log: (msg: string) => void): AboutInfo['bundled'] {
  if (!file) return null;
  try {
    const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(list) ? (list as NonNullable<AboutInfo['bundled']>) : null;
  } catch (err) {
    log(`could not read ${file}: ${(err as Error).message}`);
    return null;
  }
}

function sendCommand(command: MenuCommand): void {
  sendToPage(BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0], 'menu:command', command);
}

/** The licence files Electron ships beside the executable; absent when running unpackaged from node_modules. */
function chromiumLicences(): string | undefined {
  const file = join(dirname(process.execPath), 'LICENSES.chromium.html');
  return existsSync(file) ? file : undefined;
}

async function showAbout(opts: MenuShellOptions): Promise<void> {
  const about = aboutMessage({
    appName: app.getName(),
    version: app.getVersion(),
    licence: opts.licence,
    versions: process.versions,
    bundled: bundledLicences(opts.licencesJson, opts.log),
  });
  const files = [
    { label: 'Open-Source Licences', file: opts.thirdPartyLicences && existsSync(opts.thirdPartyLicences) ? opts.thirdPartyLicences : undefined },
    { label: 'Chromium Licences', file: chromiumLicences() },
  ].filter((f): f is { label: string; file: string } => f.file !== undefined);
  const parent = BrowserWindow.getFocusedWindow();
  const box = { type: 'info' as const, ...about, buttons: ['OK', ...files.map((f) => f.label)], defaultId: 0, cancelId: 0, noLink: true };
  const { response } = await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
  // A local file the app shipped, opened in the user's own viewer, not inside the app.
  const chosen = files[response - 1];
  if (chosen) {
    const err = await shell.openPath(chosen.file);
    if (err) opts.log(`could not open ${chosen.file}: ${err}`);
  }
}

export function installMenu(opts: MenuShellOptions, automaticUpdates = true): void {
  const { updater, log } = opts;
  const template = buildMenuTemplate({
    appName: app.getName(),
    isPackaged: app.isPackaged,
    platform: process.platform,
    sendCommand,
    showAbout: () => void showAbout(opts).catch((err: unknown) => log(`About box failed: ${String(err)}`)),
    onOpen: opts.onOpen,
    updates: updater && {
      // The answer can change the remembered choice (its "never" box), so the menu is built again after.
      checkNow: () =>
        void updater
          .checkNow()
          .catch((err: unknown) => log(`update check failed: ${String(err)}`))
          .then(() => refreshMenu(opts)),
      automatic: automaticUpdates,
      // Built again so the check mark shows the remembered choice.
      setAutomatic: (on) =>
        void updater
          .setAutomatic(on)
          .then(() => refreshMenu(opts))
          .catch((err: unknown) => log(`could not change the update setting: ${String(err)}`)),
    },
    recentFiles: opts.recentFiles,
    onOpenRecent: opts.onOpenRecent,
    onClearRecent: opts.onClearRecent,
    onAdd: opts.onAdd,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Builds the menu again with the remembered update choice. */
export async function refreshMenu(opts: MenuShellOptions): Promise<void> {
  installMenu(opts, opts.updater ? await opts.updater.isAutomatic() : true);
}
