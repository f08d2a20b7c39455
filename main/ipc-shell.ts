import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import { REQUEST_CHANNELS, type EventChannel, type EventChannels } from '../shared/ipc';
import type { Dispatch, SenderFrame } from './ipc-validation';

function senderOf(frame: WebFrameMain | null | undefined): SenderFrame | null {
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

/** Registers every channel of the map behind the dispatcher's sender check. */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, request) => dispatch(senderOf(event.senderFrame), channel, request));
  }
}

/** Main's only way to message the page: a channel of the map, with the payload the map gives it. */
export function sendToPage<C extends EventChannel>(win: BrowserWindow | null | undefined, channel: C, payload: EventChannels[C]): void {
  if (win && !win.isDestroyed()) win.webContents.send(channel, payload);
}
