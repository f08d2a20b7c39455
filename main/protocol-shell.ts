import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, RESPONSE_HEADERS, resolveAppRequest } from './app-protocol';

/**
 * Must run before the app is ready: app:// behaves like https (secure, standard origin), never like file://.
 * codeCache lets V8 keep the compiled renderer between launches, as it does for https; without it a custom
 * scheme recompiles the whole start chunk on every launch.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from root, and nothing outside it. */
export function serveApp(root: string, log: (msg: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = await resolveAppRequest(root, request.url);
    if (!resolved.ok) {
      log(`app:// refused ${request.url}: ${resolved.reason}`);
      return new Response(resolved.reason, { status: resolved.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...RESPONSE_HEADERS } });
    }
    return new Response(await readFile(resolved.file), { headers: resolved.headers });
  });
}
