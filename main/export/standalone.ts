import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentTitle, type NewslineDocument } from '../../shared/document';
import { escapeHtml, type ExportOptions } from '../../shared/export/common';

// The standalone page: one HTML file with the app's own timeline, article and details card (the renderer
// built as one script, renderer/standalone/), the document as inert JSON, and a CSP that allows only that
// script and that style by hash. It requests nothing, so it works offline from file://. The page is only a
// root: the renderer draws the same frame into it as into the app's window (renderer/App.tsx).

export interface StandaloneAssets {
  script: string;
  style: string;
}

/** Where the build puts the standalone bundle, seen from the bundled main or CLI (dist/x/) or from source (main/export/). */
export function standaloneDir(): string {
  const candidates = [join(__dirname, '..', 'standalone'), join(__dirname, '..', '..', 'dist', 'standalone')];
  return candidates.find((dir) => existsSync(join(dir, 'standalone.js'))) ?? candidates[0];
}

export async function loadStandaloneAssets(dir = standaloneDir()): Promise<StandaloneAssets> {
  try {
    const [script, style] = await Promise.all([readFile(join(dir, 'standalone.js'), 'utf8'), readFile(join(dir, 'standalone.css'), 'utf8')]);
    return { script, style };
  } catch {
    throw new Error(`the standalone page's script is missing from ${dir}; run npm run build`);
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON that can sit inside <script type="application/json"> whatever the article says, "</script>" included. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Keeps a script's text from ending its <script> element early; `<\/` means the same in JS strings and regexes. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function standalonePage(doc: NewslineDocument, assets: StandaloneAssets, opts: ExportOptions = {}): string {
  const shown: NewslineDocument = opts.filter ? { ...doc, events: doc.events.filter(opts.filter) } : doc;
  const title = documentTitle(doc) || 'Timeline';
  const script = inlineScript(assets.script);
  const style = assets.style.replace(/<\/(style)/gi, '<\\/$1');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="${escapeHtml(doc.sources[0]?.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Newsline">
<title>${escapeHtml(title)} — Newsline</title>
<style>${style}</style>
</head>
<body>
<div id="root" class="nl-standalone"></div>
<script type="application/json" id="nl-document">${inertJson({ file: `${title}.html`, document: shown })}</script>
<script>${script}</script>
</body>
</html>
`;
}
