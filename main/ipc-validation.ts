import type { RequestChannel, RequestChannels, RequestOf, ResponseOf } from '../shared/ipc';
import { REQUEST_CHANNELS } from '../shared/ipc';

/** What main knows of the frame a request came from (Electron's `event.senderFrame`). */
export interface SenderFrame {
  url: string;
  /** False for iframes: only the app's own top-level page may talk to main. */
  isMainFrame: boolean;
}

/** The origin the app's pages are served from: app://newsline in the desktop app, a loopback URL in tests. */
export interface TrustedOrigin {
  protocol: string;
  host: string;
}

export type Handlers = { [C in RequestChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

export class UntrustedSenderError extends Error {}

// Custom schemes have an opaque origin ("null") in the URL standard, so compare protocol and host instead.
export function isTrustedSender(frame: SenderFrame | null | undefined, trusted: TrustedOrigin): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === trusted.protocol && url.host === trusted.host && url.username === '' && url.password === '';
}

export type Dispatch = (frame: SenderFrame | null | undefined, channel: string, request: unknown) => Promise<unknown>;

/** The one gate every request passes: a trusted sender, a known channel, then the plain handler. */
export function createDispatcher(handlers: Handlers, trusted: TrustedOrigin, log: (msg: string) => void = () => {}): Dispatch {
  const known = new Set<string>(REQUEST_CHANNELS);
  return async (frame, channel, request) => {
    if (!isTrustedSender(frame, trusted)) {
      log(`refused IPC "${channel}" from ${frame?.url ?? 'an unknown frame'}${frame && !frame.isMainFrame ? ' (child frame)' : ''}`);
      throw new UntrustedSenderError(`IPC "${channel}" refused: sender is not the app's own page`);
    }
    if (!known.has(channel)) throw new Error(`unknown IPC channel "${channel}"`);
    const handler = handlers[channel as RequestChannel] as (r: unknown) => Promise<unknown>;
    return handler(request);
  };
}

export type { RequestChannels };
