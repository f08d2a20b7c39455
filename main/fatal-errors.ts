// What main does with an error nobody caught: log it, tell the user, keep the window. Plain, so it can be tested;
// log-shell.ts attaches it to process events and Electron's dialog.

export type FatalErrorKind = 'uncaughtException' | 'unhandledRejection' | 'renderer' | 'startup';

export interface FatalErrorDeps {
  logError: (message: string, err: unknown) => void;
  /** Shows a modal message; the shell uses dialog.showMessageBox. */
  showDialog: (title: string, message: string, detail: string) => Promise<void> | void;
  /** Where the log file is, so the dialog can point the user at it. */
  logFile: () => string | undefined;
  now?: () => number;
}

/** One dialog at a time, and no more than one per this many ms: a loop that throws must not bury the user in boxes. */
export const DIALOG_INTERVAL_MS = 5_000;

export function describeError(err: unknown): { message: string; stack: string } {
  if (err instanceof Error) return { message: err.message || err.name, stack: err.stack ?? `${err.name}: ${err.message}` };
  let text: string;
  try {
    text = typeof err === 'string' ? err : JSON.stringify(err) ?? String(err);
  } catch {
    text = String(err);
  }
  return { message: text, stack: text };
}

export function createFatalErrorHandler(deps: FatalErrorDeps) {
  const now = deps.now ?? Date.now;
  let showing = false;
  let lastShown = -Infinity;
  let suppressed = 0;

  return async (kind: FatalErrorKind, err: unknown): Promise<void> => {
    const { message, stack } = describeError(err);
    deps.logError(`${kind}: ${message}`, stack);
    if (showing || now() - lastShown < DIALOG_INTERVAL_MS) {
      suppressed += 1;
      return;
    }
    showing = true;
    lastShown = now();
    const more = suppressed ? `\n\n${suppressed} more error(s) were logged since the last message.` : '';
    suppressed = 0;
    const file = deps.logFile();
    try {
      await deps.showDialog(
        'Newsline ran into a problem',
        `Something went wrong inside Newsline: ${message}`,
        `Your window stays open; you can keep working or restart Newsline.\n\n${file ? `Details are in the log: ${file}` : 'Details were logged.'}${more}`,
      );
    } catch (dialogErr) {
      deps.logError('could not show the error dialog', describeError(dialogErr).stack);
    } finally {
      showing = false;
    }
  };
}
