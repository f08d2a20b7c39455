import { dialog, ipcMain, BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { createFatalErrorHandler, type FatalErrorKind } from './fatal-errors';

// electron-log writes to the platform's log folder (app.getPath('logs')): ~/.config/Newsline/logs on Linux,
// ~/Library/Logs/Newsline on macOS, %APPDATA%\Newsline\logs on Windows.

// Importing electron-log/main registers its own IPC channel for renderer logging. The page never logs through
// it (no electron-log preload is installed) and every channel the page can reach must pass the dispatcher's
// sender check, so the unchecked channel is removed.
ipcMain.removeAllListeners('__ELECTRON_LOG__');
ipcMain.removeHandler('__ELECTRON_LOG__');

log.transports.file.level = 'info';
log.transports.file.maxSize = 1024 * 1024;
log.transports.console.level = process.env.NEWSLINE_LOG_CONSOLE === '0' ? false : 'info';

export type Logger = {
  info: (msg: string) => void;
  warn: (msg: string) => void;
  error: (msg: string, detail?: unknown) => void;
};

export const logger: Logger = {
  info: (msg) => log.info(msg),
  warn: (msg) => log.warn(msg),
  error: (msg, detail) => (detail === undefined ? log.error(msg) : log.error(msg, detail)),
};

export function logFilePath(): string | undefined {
  try {
    return log.transports.file.getFile().path;
  } catch {
    return undefined;
  }
}

/**
 * An uncaught error in main is logged and shown, and the app keeps running: Electron's default would show a
 * bare box, and an exception in a handler that closes the window is not worth losing the user's view for.
 */
export function catchFatalErrors(): (kind: FatalErrorKind, err: unknown) => Promise<void> {
  const handle = createFatalErrorHandler({
    logError: (msg, detail) => logger.error(msg, detail),
    logFile: logFilePath,
    showDialog: async (title, message, detail) => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { type: 'error' as const, title, message, detail, buttons: ['OK'] };
      await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
  });
  process.on('uncaughtException', (err) => void handle('uncaughtException', err));
  process.on('unhandledRejection', (reason) => void handle('unhandledRejection', reason));
  return handle;
}
