import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../main/security';

describe('hardened webPreferences', () => {
  const prefs = hardenedWebPreferences('/app/dist/main/preload.js');

  it('isolates the page from Node and from the preload', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every opt-in risk off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBe('');
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('sets nothing beyond the reviewed list', () => {
    // A new key (say, disableBlinkFeatures or a second preload) must be reviewed and added here on purpose.
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent', 'contextIsolation', 'disableBlinkFeatures', 'enableBlinkFeatures', 'experimentalFeatures', 'navigateOnDragDrop',
        'nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'safeDialogs', 'sandbox',
        'spellcheck', 'webSecurity', 'webviewTag',
      ].sort(),
    );
    expect(prefs.preload).toBe('/app/dist/main/preload.js');
  });

  it('is what every BrowserWindow is given, with the sandbox enabled app-wide', () => {
    const shell = readFileSync(new URL('../../../main/app-shell.ts', import.meta.url), 'utf8');
    const index = readFileSync(new URL('../../../main/index.ts', import.meta.url), 'utf8');
    const windows = shell.match(/new BrowserWindow\(/g) ?? [];
    const hardened = shell.match(/webPreferences: hardenedWebPreferences\(/g) ?? [];
    expect(windows.length).toBeGreaterThan(0);
    expect(hardened.length).toBe(windows.length);
    expect(index).toMatch(/app\.enableSandbox\(\)/);
  });
});
