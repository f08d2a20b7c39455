import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/ipc';
import { aboutMessage, buildMenuTemplate, type MenuItem, type MenuOptions } from '../../../main/menu';

function options(over: Partial<MenuOptions> = {}): MenuOptions {
  return { appName: 'Newsline', isPackaged: true, platform: 'linux', sendCommand: vi.fn(), showAbout: vi.fn(), ...over };
}

function flatten(items: MenuItem[]): MenuItem[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
}
const byId = (items: MenuItem[], id: string) => flatten(items).find((i) => i.id === id);
const top = (items: MenuItem[], label: string) => items.find((i) => i.label?.replace('&', '') === label);

describe.each(['linux', 'win32', 'darwin'] as const)('the application menu on %s', (platform) => {
  const menu = buildMenuTemplate(options({ platform }));

  it('has File, Edit, View and Help', () => {
    for (const label of ['File', 'Edit', 'View', 'Help']) expect(top(menu, label), label).toBeDefined();
  });

  it('File has Close Window and Quit, and Open… hidden until opening is wired', () => {
    expect(byId(menu, 'file-close')).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+W' });
    expect(byId(menu, 'file-quit')?.role).toBe('quit');
    expect(byId(menu, 'file-open')?.visible).toBe(false);
  });

  it('Edit holds the standard roles, and the timeline’s own Undo and Redo, their keys left to the page', () => {
    const items = top(menu, 'Edit')!.submenu!;
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    for (const id of ['edit-undo', 'edit-redo', 'edit-find']) expect(items.find((i) => i.id === id)).toMatchObject({ registerAccelerator: false });
  });

  it('no two items share an accelerator', () => {
    const accelerators = flatten(menu).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('About Newsline is reachable', () => {
    const about = flatten(menu).filter((i) => i.label === 'About Newsline');
    expect(about.length).toBeGreaterThan(0);
  });
});

describe('View', () => {
  it('sends each timeline command to the page, with an accelerator', () => {
    const sendCommand = vi.fn();
    const menu = buildMenuTemplate(options({ sendCommand }));
    const view = top(menu, 'View')!.submenu!;
    const labels = ['Zoom In', 'Zoom Out', 'Fit All', 'Show/Hide Article Pane'];
    for (const label of labels) {
      const item = view.find((i) => i.label === label);
      expect(item?.accelerator, label).toBeTruthy();
      item!.click!();
    }
    expect(sendCommand.mock.calls.map(([c]) => c)).toEqual(['zoom-in', 'zoom-out', 'fit-all', 'toggle-article']);
    // "Actual Size" ran Fit All under another name; it is gone rather than kept as a duplicate.
    expect(view.some((i) => i.label === 'Actual Size')).toBe(false);
    for (const id of ['file-save', 'file-save-as', 'edit-undo', 'edit-redo', 'edit-find', 'edit-clear-filters']) flatten(menu).find((i) => i.id === id)!.click!();
    // Every page command has a menu item: these in View, File and Edit, the exports in File ▸ Export and Print…,
    // 'open-file' and 'add-file' behind File ▸ Open… and Add (see index.ts).
    const file = top(menu, 'File')!.submenu!;
    for (const item of file.find((i) => i.id === 'file-export')!.submenu!) item.click?.();
    file.find((i) => i.id === 'file-print')!.click!();
    expect([...sendCommand.mock.calls.map(([c]) => c), 'open-file', 'add-file'].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has DevTools and Reload only in development', () => {
    const roles = (packaged: boolean) => flatten(buildMenuTemplate(options({ isPackaged: packaged }))).map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(roles(true)).not.toContain(role);
  });
});

describe('File ▸ Open…', () => {
  it('File ▸ Add to This Timeline… appears and calls back once an onAdd is passed', () => {
    expect(byId(buildMenuTemplate(options()), 'file-add')?.visible).toBe(false);
    const onAdd = vi.fn();
    const add = byId(buildMenuTemplate(options({ onAdd })), 'file-add')!;
    expect(add).toMatchObject({ visible: true, accelerator: 'CmdOrCtrl+Shift+O' });
    (add.click as () => void)();
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('appears and calls back once an onOpen is passed', () => {
    const onOpen = vi.fn();
    const open = byId(buildMenuTemplate(options({ onOpen })), 'file-open')!;
    expect(open.visible).toBe(true);
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    open.click!();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});

describe('Help ▸ About', () => {
  it('calls showAbout', () => {
    const showAbout = vi.fn();
    byId(buildMenuTemplate(options({ showAbout })), 'help-about')!.click!();
    expect(showAbout).toHaveBeenCalledTimes(1);
  });

  it('names the version and the licences', () => {
    const about = aboutMessage({ appName: 'Newsline', version: '1.2.3', licence: 'MIT', versions: { electron: '45.5.0', chrome: '140.0', node: '22.1.0' } });
    expect(about.message).toBe('Newsline 1.2.3');
    expect(about.detail).toMatch(/MIT licence/);
    expect(about.detail).toMatch(/Electron 45\.5\.0, Chromium 140\.0, Node\.js 22\.1\.0/);
    expect(about.detail).toMatch(/LICENSES\.chromium\.html/);
  });
});

describe('Check for Updates', () => {
  const updates = (automatic: boolean) => ({ checkNow: vi.fn(), automatic, setAutomatic: vi.fn() });

  it('is in the Help menu on Windows and Linux, with the remembered "automatically" choice', () => {
    const u = updates(false);
    const template = buildMenuTemplate(options({ updates: u }));
    byId(template, 'check-updates')!.click!();
    expect(u.checkNow).toHaveBeenCalledTimes(1);
    const auto = byId(template, 'check-updates-automatically')!;
    expect(auto).toMatchObject({ type: 'checkbox', checked: false });
    auto.click!();
    expect(u.setAutomatic).toHaveBeenCalledWith(true);
    const help = template.find((i) => i.label === '&Help')!;
    expect(help.submenu!.map((i) => i.id)).toContain('check-updates');
  });

  it('is in the app menu on macOS, after About', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin', updates: updates(true) }));
    const appMenu = template[0].submenu!.map((i) => i.id);
    expect(appMenu.indexOf('check-updates')).toBe(appMenu.indexOf('app-about') + 1);
    expect(byId(template, 'check-updates-automatically')!.checked).toBe(true);
  });

  it('is absent where no updater is wired', () => {
    expect(byId(buildMenuTemplate(options()), 'check-updates')).toBeUndefined();
  });
});

describe('File ▸ Export', () => {
  it('offers every format, each sending its page command', () => {
    const sendCommand = vi.fn();
    const exportMenu = top(buildMenuTemplate(options({ sendCommand })), 'File')!.submenu!.find((i) => i.id === 'file-export')!;
    const labels = exportMenu.submenu!.filter((i) => i.label).map((i) => i.label);
    expect(labels).toEqual([
      'TimelineJS (JSON)…', 'Spreadsheet (CSV)…', 'Markdown Event List…', 'Standalone Web Page (HTML)…',
      'Image of the Timeline (PNG)…', 'Image of the Timeline (PNG, 2×)…', 'Image of the Timeline (SVG)…', 'PDF…', 'Copy Event List as Markdown',
    ]);
    for (const item of exportMenu.submenu!) item.click?.();
    expect(sendCommand.mock.calls.map(([c]) => c)).toEqual([
      'export-timelinejs', 'export-csv', 'export-markdown', 'export-html', 'export-png', 'export-png-2x', 'export-svg', 'export-pdf', 'copy-markdown',
    ]);
  });
});

describe('File ▸ Open Recent', () => {
  it('lists the recent files newest first, opens the one clicked, and can be cleared', () => {
    const onOpenRecent = vi.fn();
    const onClearRecent = vi.fn();
    const menu = buildMenuTemplate(options({ onOpen: () => {}, recentFiles: ['/home/a/Kabul & Co.newsline', '/tmp/b.txt'], onOpenRecent, onClearRecent }));
    const recent = flatten(menu).find((i) => i.id === 'file-open-recent')!;
    const labels = recent.submenu!.filter((i) => i.label).map((i) => i.label);
    expect(labels).toEqual(['Kabul && Co.newsline  —  /home/a', 'b.txt  —  /tmp', 'Clear Recent']);
    recent.submenu![1].click!();
    expect(onOpenRecent).toHaveBeenCalledWith('/tmp/b.txt');
    recent.submenu!.at(-1)!.click!();
    expect(onClearRecent).toHaveBeenCalled();
  });

  it('an empty list shows Clear Recent disabled', () => {
    const menu = buildMenuTemplate(options({ onOpen: () => {}, recentFiles: [], onOpenRecent: () => {} }));
    expect(flatten(menu).find((i) => i.id === 'file-recent-clear')).toMatchObject({ enabled: false });
  });
});

