import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type AppRequest =
  | { ok: true; file: string; headers: Record<string, string> }
  | { ok: false; status: 400 | 403 | 404; reason: string };

export const RESPONSE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps a request for the app's own pages to a file under root, refusing anything that could escape it:
 * `..` segments, encoded separators or dots, NUL bytes, and symlinks pointing outside.
 */
export async function resolveAppRequest(root: string, rawUrl: string, origin = { protocol: `${APP_SCHEME}:`, host: APP_HOST }): Promise<AppRequest> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== origin.protocol || url.host !== origin.host) return { ok: false, status: 403, reason: 'foreign origin' };

  // Look at the path as sent: URL parsing already folds plain "..", so anything encoded is an attempt.
  const rawPath = url.pathname;
  if (/%(2e|2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return { ok: false, status: 403, reason: 'encoded path characters' };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'bad percent-encoding' };
  }
  if (path.includes('\0') || path.split('/').some((s) => s === '..' || s === '.')) return { ok: false, status: 403, reason: 'path escape' };
  if (path === '/' || path === '') path = '/index.html';

  const candidate = join(root, ...path.split('/').filter(Boolean));
  if (!isInside(root, candidate)) return { ok: false, status: 403, reason: 'path escape' };

  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(candidate), realpath(root)]);
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (!isInside(realRoot, real) || real === realRoot) return { ok: false, status: 403, reason: 'link escapes the app folder' };
  // A folder (or a device, or a socket) inside the root is not a page; reading it would throw in the handler.
  try {
    if (!(await stat(real)).isFile()) return { ok: false, status: 404, reason: 'not a file' };
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }

  const type = MIME[extname(real).toLowerCase()] ?? 'application/octet-stream';
  return { ok: true, file: real, headers: { 'Content-Type': type, ...RESPONSE_HEADERS } };
}

