import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MenuCommand } from '../shared/ipc';
import { sendToPage } from './ipc-shell';
import { aboutMessage, buildMenuTemplate } from './menu';

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
  const about = aboutMessage({ appName: app.getName(), version: app.getVersion(), licence: opts.licence, versions: process.versions });
  const licences = chromiumLicences();
  const buttons = licences ? ['OK', 'Open Licences'] : ['OK'];
  const parent = BrowserWindow.getFocusedWindow();
  const box = { type: 'info' as const, ...about, buttons, defaultId: 0, cancelId: 0 };
  const { response } = await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
  // A local file the app shipped, opened in the user's own viewer, not inside the app.
  if (response === 1 && licences) {
    const err = await shell.openPath(licences);
    if (err) opts.log(`could not open ${licences}: ${err}`);
  }
}

export function installMenu(opts: MenuShellOptions): void {
  const template = buildMenuTemplate({
    appName: app.getName(),
    isPackaged: app.isPackaged,
    platform: process.platform,
    sendCommand,
    showAbout: () => void showAbout(opts).catch((err: unknown) => opts.log(`About box failed: ${String(err)}`)),
    onOpen: opts.onOpen,
    recentFiles: opts.recentFiles,
    onOpenRecent: opts.onOpenRecent,
    onClearRecent: opts.onClearRecent,
    onAdd: opts.onAdd,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
