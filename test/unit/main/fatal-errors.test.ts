import { describe, expect, it } from 'vitest';
import { DIALOG_INTERVAL_MS, createFatalErrorHandler, describeError } from '../../../main/fatal-errors';

function harness() {
  let clock = 0;
  const logged: string[] = [];
  const dialogs: Array<{ title: string; message: string; detail: string }> = [];
  const handle = createFatalErrorHandler({
    logError: (msg, detail) => logged.push(`${msg} | ${String(detail)}`),
    showDialog: (title, message, detail) => void dialogs.push({ title, message, detail }),
    logFile: () => '/home/u/.config/Newsline/logs/main.log',
    now: () => clock,
  });
  return { handle, logged, dialogs, tick: (ms: number) => (clock += ms) };
}

describe('an uncaught error in main', () => {
  it('is logged with its stack and shown in a dialog that points at the log', async () => {
    const { handle, logged, dialogs } = harness();
    await handle('uncaughtException', new TypeError('boom'));
    expect(logged[0]).toMatch(/uncaughtException: boom \| TypeError: boom\n\s+at /);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].message).toMatch(/boom/);
    expect(dialogs[0].detail).toMatch(/window stays open/);
    expect(dialogs[0].detail).toContain('/home/u/.config/Newsline/logs/main.log');
  });

  it('logs every error of a burst but shows one dialog, then mentions what it held back', async () => {
    const { handle, logged, dialogs, tick } = harness();
    for (let i = 0; i < 10; i++) await handle('unhandledRejection', new Error(`e${i}`));
    expect(logged).toHaveLength(10);
    expect(dialogs).toHaveLength(1);
    tick(DIALOG_INTERVAL_MS);
    await handle('uncaughtException', new Error('later'));
    expect(dialogs).toHaveLength(2);
    expect(dialogs[1].detail).toMatch(/9 more error\(s\)/);
  });

  it('copes with thrown non-errors, including ones that cannot be stringified', () => {
    expect(describeError('plain').message).toBe('plain');
    expect(describeError({ code: 7 }).message).toBe('{"code":7}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeError(cyclic).message).toBe('[object Object]');
    expect(describeError(undefined).message).toBe('undefined');
  });

  it('survives the dialog itself failing', async () => {
    const logged: string[] = [];
    const handle = createFatalErrorHandler({
      logError: (msg) => logged.push(msg),
      showDialog: () => Promise.reject(new Error('no display')),
      logFile: () => undefined,
    });
    await expect(handle('uncaughtException', new Error('x'))).resolves.toBeUndefined();
    expect(logged).toEqual(['uncaughtException: x', 'could not show the error dialog']);
  });
});
