import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../../shared/document';
import { standalonePage } from '../../../../main/export/standalone';

// The exported page runs the app's own renderer, which mounts into the slots of the app's frame: a slot the
// page lacks blanks it (React cannot mount into nothing). So the page must carry every slot the app has.

const REPO = join(import.meta.dirname, '..', '..', '..', '..');
const ids = (html: string) => new Set([...html.matchAll(/\sid="(nl-[a-z-]+)"/g)].map((m) => m[1]));

describe('the standalone page frame', () => {
  it('has every element id the app window’s frame has', () => {
    const app = ids(readFileSync(join(REPO, 'renderer', 'index.html'), 'utf8'));
    const doc = JSON.parse(readFileSync(join(REPO, 'data', 'tass-2024-05-15-taliban', 'document.json'), 'utf8')) as NewslineDocument;
    const page = ids(standalonePage(doc, { script: '', style: '' }));
    const missing = [...app].filter((id) => !page.has(id));
    expect(missing).toEqual([]);
  });
});
