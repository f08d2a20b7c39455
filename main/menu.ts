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
  type?: 'separator' | 'submenu' | 'normal' | 'checkbox';
  checked?: boolean;
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
  /** Check for Updates… and the "automatically" switch (main/update-policy.ts); absent, there are no update items. */
  updates?: { checkNow: () => void; automatic: boolean; setAutomatic: (on: boolean) => void };
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
];

// A command the page does not know would be silently ignored; fail at startup instead.
for (const item of VIEW_COMMAND_ITEMS) {
  if (!(MENU_COMMANDS as readonly string[]).includes(item.command)) throw new Error(`menu command ${item.command} is not in MENU_COMMANDS`);
}

/** File ▸ Export: each item a page command, since the page holds the document as edited and the view. */
export const EXPORT_COMMAND_ITEMS: ReadonlyArray<{ command: MenuCommand; label: string; accelerator?: string } | 'separator'> = [
  { command: 'export-timelinejs', label: 'TimelineJS (JSON)…' },
  { command: 'export-csv', label: 'Spreadsheet (CSV)…' },
  { command: 'export-markdown', label: 'Markdown Event List…' },
  { command: 'export-html', label: 'Standalone Web Page (HTML)…' },
  'separator',
  { command: 'export-png', label: 'Image of the Timeline (PNG)…' },
  { command: 'export-png-2x', label: 'Image of the Timeline (PNG, 2×)…' },
  { command: 'export-svg', label: 'Image of the Timeline (SVG)…' },
  'separator',
  { command: 'export-pdf', label: 'PDF…' },
  { command: 'copy-markdown', label: 'Copy Event List as Markdown', accelerator: 'CmdOrCtrl+Shift+C' },
];

for (const item of EXPORT_COMMAND_ITEMS) {
  if (item !== 'separator' && !(MENU_COMMANDS as readonly string[]).includes(item.command)) throw new Error(`menu command ${item.command} is not in MENU_COMMANDS`);
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
      {
        id: 'file-export',
        label: 'Export',
        submenu: EXPORT_COMMAND_ITEMS.map((item) =>
          item === 'separator' ? separator : { id: `file-${item.command}`, label: item.label, accelerator: item.accelerator, click: () => opts.sendCommand(item.command) },
        ),
      },
      { id: 'file-print', label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => opts.sendCommand('print') },
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
      // The page's own search box; it handles Ctrl/Cmd+F itself, so a text field keeps its other keys.
      { id: 'edit-find', label: 'Find…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => opts.sendCommand('find') },
      { id: 'edit-clear-filters', label: 'Clear Search and Filters', click: () => opts.sendCommand('clear-filters') },
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

  const updates = opts.updates;
  const updateItems: MenuItem[] = updates
    ? [
        { id: 'check-updates', label: 'Check for Updates…', click: updates.checkNow },
        {
          id: 'check-updates-automatically',
          label: 'Check for Updates Automatically',
          type: 'checkbox',
          checked: updates.automatic,
          click: () => updates.setAutomatic(!updates.automatic),
        },
      ]
    : [];

  const help: MenuItem = {
    label: '&Help',
    role: 'help',
    submenu: [
      ...(mac || !updates ? [] : [...updateItems, separator]),
      { id: 'help-about', label: `About ${opts.appName}`, click: opts.showAbout },
    ],
  };

  // macOS puts Quit and About in the app menu named after the app, and has a Window menu by convention.
  const appMenu: MenuItem[] = mac
    ? [
        {
          label: opts.appName,
          submenu: [
            { id: 'app-about', label: `About ${opts.appName}`, click: opts.showAbout },
            ...updateItems,
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
  /** The packages bundled into the app, from dist/main/licences.json (made at build time); null if it is missing. */
  bundled?: ReadonlyArray<{ name: string; version: string; licence: string }> | null;
}

/** "50 packages: MIT (30), BSD-2-Clause (12), …", most common licence first. */
export function licenceSummary(bundled: ReadonlyArray<{ licence: string }>): string {
  const counts = new Map<string, number>();
  for (const p of bundled) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l, n]) => `${l} (${n})`);
  return `${bundled.length} package${bundled.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
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
      '',
      // Made at build time from what the bundlers put in (scripts/licences.mjs), so it cannot go stale.
      info.bundled
        ? `Open-source packages bundled into the app, each under its own licence: ${licenceSummary(info.bundled)}. Each one, with its licence text, is listed in THIRD-PARTY-LICENCES.txt.`
        : 'The list of bundled packages and their licences was not built with this copy (run npm run build).',
    ].join('\n'),
  };
}
