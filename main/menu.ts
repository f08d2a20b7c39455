import { MENU_COMMANDS, type MenuCommand } from '../shared/ipc';

// The application menu as plain data. menu-shell.ts hands it to Menu.buildFromTemplate; tests read it here.
// The item shape is the subset of Electron's MenuItemConstructorOptions the app uses, so it needs no electron import.

export type MenuRole =
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll'
  | 'quit' | 'close' | 'reload' | 'forceReload' | 'toggleDevTools' | 'togglefullscreen'
  | 'about' | 'hide' | 'hideOthers' | 'unhide' | 'services' | 'minimize' | 'zoom' | 'front'
  | 'appMenu' | 'fileMenu' | 'editMenu' | 'viewMenu' | 'windowMenu' | 'help';

export interface MenuItem {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu' | 'normal';
  accelerator?: string;
  /** False: the shortcut is shown but left to the page, which knows whether a text field has the focus. */
  registerAccelerator?: boolean;
  enabled?: boolean;
  visible?: boolean;
  click?: () => void;
  submenu?: MenuItem[];
}

export interface MenuOptions {
  appName: string;
  /** From app.isPackaged: developer items (DevTools, Reload) exist only when it is false. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Sends a view command to the focused window's page on the menu:command channel. */
  sendCommand: (command: MenuCommand) => void;
  showAbout: () => void;
  /** Opening any article (issue 4). Until it is passed, File ▸ Open… stays hidden. */
  onOpen?: () => void;
  /** Adding articles to the open timeline as further sources. */
  onAdd?: () => void;
  /** Files opened or saved lately, newest first, for File ▸ Open Recent; absent hides it. */
  recentFiles?: string[];
  onOpenRecent?: (path: string) => void;
  onClearRecent?: () => void;
}

/** How a recent file is named in the menu: its name, then its folder, so two files of one name differ. */
export function recentLabel(path: string): string {
  const parts = path.split(/[\\/]/);
  const name = parts.pop() ?? path;
  const folder = parts.join('/') || '/';
  // "&" marks a mnemonic in menu labels; double it so a file name shows as written.
  return `${name}  —  ${folder}`.replace(/&/g, '&&');
}

/** The View items that drive the timeline, each bound to one of the page's menu commands. */
export const VIEW_COMMAND_ITEMS: ReadonlyArray<{ command: MenuCommand; label: string; accelerator: string }> = [
  { command: 'zoom-in', label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
  { command: 'zoom-out', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
  { command: 'fit-all', label: 'Fit All', accelerator: 'CmdOrCtrl+Shift+F' },
  { command: 'toggle-article', label: 'Show/Hide Article Pane', accelerator: 'CmdOrCtrl+Shift+A' },
  { command: 'actual-size', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
];

// A command the page does not know would be silently ignored; fail at startup instead.
for (const item of VIEW_COMMAND_ITEMS) {
  if (!(MENU_COMMANDS as readonly string[]).includes(item.command)) throw new Error(`menu command ${item.command} is not in MENU_COMMANDS`);
}

const separator: MenuItem = { type: 'separator' };

export function buildMenuTemplate(opts: MenuOptions): MenuItem[] {
  const mac = opts.platform === 'darwin';

  const file: MenuItem = {
    label: '&File',
    submenu: [
      { id: 'file-open', label: 'Open…', accelerator: 'CmdOrCtrl+O', visible: opts.onOpen !== undefined, click: opts.onOpen },
      { id: 'file-add', label: 'Add to This Timeline…', accelerator: 'CmdOrCtrl+Shift+O', visible: opts.onAdd !== undefined, click: opts.onAdd },
      ...(opts.recentFiles && opts.onOpenRecent
        ? [
            {
              id: 'file-open-recent',
              label: 'Open Recent',
              type: 'submenu' as const,
              submenu: [
                ...opts.recentFiles.map((path, i) => ({ id: `file-recent-${i}`, label: recentLabel(path), click: () => opts.onOpenRecent!(path) })),
                ...(opts.recentFiles.length ? [separator] : []),
                { id: 'file-recent-clear', label: 'Clear Recent', enabled: opts.recentFiles.length > 0, click: opts.onClearRecent },
              ],
            },
          ]
        : []),
      separator,
      { id: 'file-save', label: 'Save', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => opts.sendCommand('save') },
      { id: 'file-save-as', label: 'Save As…', accelerator: 'Shift+CmdOrCtrl+S', registerAccelerator: false, click: () => opts.sendCommand('save-as') },
      separator,
      { id: 'file-close', label: 'Close Window', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [separator, { id: 'file-quit', label: 'Quit', role: 'quit' as const, accelerator: 'CmdOrCtrl+Q' }]),
    ],
  };

  const edit: MenuItem = {
    label: '&Edit',
    submenu: [
      // The timeline's own undo; in a text field the page leaves Ctrl+Z to the field.
      { id: 'edit-undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => opts.sendCommand('undo') },
      { id: 'edit-redo', label: 'Redo', accelerator: mac ? 'Shift+Cmd+Z' : 'CmdOrCtrl+Y', registerAccelerator: false, click: () => opts.sendCommand('redo') },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItem[] = opts.isPackaged
    ? []
    : [separator, { id: 'dev-reload', role: 'reload' }, { id: 'dev-force-reload', role: 'forceReload' }, { id: 'dev-tools', role: 'toggleDevTools' }];

  const view: MenuItem = {
    label: '&View',
    submenu: [
      ...VIEW_COMMAND_ITEMS.map(({ command, label, accelerator }) => ({
        id: `view-${command}`,
        label,
        accelerator,
        click: () => opts.sendCommand(command),
      })),
      separator,
      { role: 'togglefullscreen' },
      ...developer,
    ],
  };

  const help: MenuItem = {
    label: '&Help',
    role: 'help',
    submenu: [{ id: 'help-about', label: `About ${opts.appName}`, click: opts.showAbout }],
  };

  // macOS puts Quit and About in the app menu named after the app, and has a Window menu by convention.
  const appMenu: MenuItem[] = mac
    ? [
        {
          label: opts.appName,
          submenu: [
            { id: 'app-about', label: `About ${opts.appName}`, click: opts.showAbout },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { id: 'file-quit', label: `Quit ${opts.appName}`, role: 'quit', accelerator: 'Cmd+Q' },
          ],
        },
      ]
    : [];
  const windowMenu: MenuItem[] = mac ? [{ role: 'windowMenu' }] : [];

  return [...appMenu, file, edit, view, ...windowMenu, help];
}

export interface AboutInfo {
  appName: string;
  version: string;
  licence: string;
  /** process.versions: which Electron, Chromium and Node the app runs on. */
  versions: Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>;
}

/** The About box: the version, and where every licence that applies can be read. */
export function aboutMessage(info: AboutInfo): { title: string; message: string; detail: string } {
  const runtime = (['electron', 'chrome', 'node'] as const)
    .filter((k) => info.versions[k])
    .map((k) => `${k === 'chrome' ? 'Chromium' : k === 'node' ? 'Node.js' : 'Electron'} ${info.versions[k]}`)
    .join(', ');
  return {
    title: `About ${info.appName}`,
    message: `${info.appName} ${info.version}`,
    detail: [
      'Turns a news article into an evidence-linked timeline.',
      '',
      `${info.appName} is released under the ${info.licence} licence.`,
      `Runs on ${runtime}.`,
      'Electron and Chromium are open-source software; their licences ship with the app as LICENSE and LICENSES.chromium.html beside the program, and can be opened from this box.',
      // Not a list of names: the bundle's libraries change with the code, and a stale list would misstate them.
      'The open-source libraries bundled into the app are used under the licences their packages state.',
    ].join('\n'),
  };
}
