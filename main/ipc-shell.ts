import { ipcMain, type WebFrameMain } from 'electron';
import { REQUEST_CHANNELS } from '../shared/ipc';
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
