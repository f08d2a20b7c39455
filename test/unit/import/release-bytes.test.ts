import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../../main/import-jobs';
import { COLLECT_FROM, importBytes, releaseBytes } from '../../../main/import/index';

// An import frees the file's bytes once their text is out, rather than holding the file beside its text to
// the end; bytes the caller still owns are left alone.

const ARTICLE = 'Talks resume\n\nOfficials said on Friday that the talks, which began on May 3, 2024, would resume.';

describe('the bytes of an imported file', () => {
  it('are freed once read, when the runner owns them (a worker, which is sent a copy)', async () => {
    const bytes = new Uint8Array(new TextEncoder().encode(ARTICLE));
    const r = await runJob({ kind: 'bytes', name: 'a.txt', bytes, published: '2024-05-15' }, { ownsBytes: true });
    expect(r.ok).toBe(true);
    expect(bytes.buffer.byteLength).toBe(0);
  });

  it('are kept when the caller owns them', async () => {
    const bytes = new Uint8Array(new TextEncoder().encode(ARTICLE));
    const r = await runJob({ kind: 'bytes', name: 'a.md', bytes, published: '2024-05-15' });
    expect(r.ok).toBe(true);
    expect(new TextDecoder().decode(bytes)).toBe(ARTICLE);
  });

  it('are read before they are freed, in every kind of file', async () => {
    for (const name of ['a.txt', 'a.md', 'a.html']) {
      let freed = 0;
      const bytes = Buffer.from(name.endsWith('.html') ? `<html><body><article><h1>Talks resume</h1><p>${ARTICLE.split('\n\n')[1]}</p></article></body></html>` : ARTICLE);
      const r = await importBytes(name, bytes, { published: '2024-05-15', bytesRead: () => freed++ });
      expect(r.ok && r.document.sources[0].paragraphs.map((p) => p.text).join(' ')).toContain('would resume');
      expect(freed).toBe(1);
    }
  });

  it('never frees a slice of a buffer that holds more than the file', () => {
    const whole = new Uint8Array(64);
    releaseBytes(whole.subarray(8, 16));
    expect(whole.buffer.byteLength).toBe(64);
    releaseBytes(whole);
    expect(whole.buffer.byteLength).toBe(0);
  });

  it('a file read from disk imports the same when its bytes are freed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-release-'));
    try {
      const path = join(dir, 'a.txt');
      writeFileSync(path, ARTICLE);
      const fromFile = await runJob({ kind: 'file', path, published: '2024-05-15' });
      const fromBytes = await importBytes('a.txt', Buffer.from(ARTICLE), { published: '2024-05-15' });
      expect(fromFile).toEqual(fromBytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a small file is offered no collection, and a large one imports the same with or without one', async () => {
    const page = `<html><body><article><h1>Talks resume</h1><p>${ARTICLE.split('\n\n')[1]}</p></article></body></html>`;
    for (const name of ['a.txt', 'a.md', 'a.html']) {
      const calls: string[] = [];
      const text = name.endsWith('.html') ? page : ARTICLE;
      const r = await importBytes(name, Buffer.from(text), {
        published: '2024-05-15',
        bytesRead: () => calls.push('bytes read'),
        collect: async () => {
          calls.push('collect');
        },
      });
      expect(calls).toEqual(['bytes read']);
      expect(r).toEqual(await importBytes(name, Buffer.from(text), { published: '2024-05-15' }));
    }
  });

  // 130 body paragraphs of about 540 characters under a title: over COLLECT_FROM.
  const longText = `Floods in the valley\n\n${Array.from({ length: 130 }, (_, i) => `The river rose on ${(i % 28) + 1} March 2019. ${'Residents moved their cars to higher ground and waited. '.repeat(9)}`).join('\n\n')}`;

  it('a large file is offered a collection once read (after its bytes are freed), every 64 paragraphs while its events are found, before the document is checked, and at once after', async () => {
    expect(longText.length).toBeGreaterThanOrEqual(COLLECT_FROM);
    const calls: string[] = [];
    const r = await importBytes('long.txt', Buffer.from(longText), {
      published: '2019-04-01',
      bytesRead: () => calls.push('bytes read'),
      collect: async (now) => {
        calls.push(now ? 'collect now' : 'collect');
      },
    });
    expect(r.ok && r.document.sources[0].paragraphs.filter((p) => p.role === 'body')).toHaveLength(130);
    // After reading; after the 64th and the 128th paragraph; before the check; after it.
    expect(calls).toEqual(['bytes read', 'collect', 'collect', 'collect', 'collect', 'collect now']);
    expect(r).toEqual(await importBytes('long.txt', Buffer.from(longText), { published: '2019-04-01' }));
  });

  it('a runner that can collect is offered it for a large file (a worker passes its own)', async () => {
    let collected = 0;
    const collect = async () => {
      collected++;
    };
    const small = new TextEncoder().encode(`<html><body><p>${ARTICLE.split('\n\n')[1]}</p></body></html>`);
    expect((await runJob({ kind: 'bytes', name: 'a.html', bytes: small, published: '2024-05-15' }, { ownsBytes: true, collect })).ok).toBe(true);
    expect(collected).toBe(0);
    expect(small.buffer.byteLength).toBe(0);
    const large = new TextEncoder().encode(longText);
    expect((await runJob({ kind: 'bytes', name: 'long.txt', bytes: large, published: '2019-04-01' }, { ownsBytes: true, collect })).ok).toBe(true);
    expect(collected).toBe(5);
  });
});
