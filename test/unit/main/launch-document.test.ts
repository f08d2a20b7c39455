import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT, loadDocumentFile, loadDocumentToSend } from '../../../main/documents';
import { receiveLoadResult, type SentLoadResult } from '../../../shared/ipc';

// The launch document crosses to the page as the JSON of the document main checked, written when main read the
// file; the page reads it back. What the page then holds must be what main accepted, field for field, and a bad
// file must still reach it as problems naming the file.

const FIXTURES = join(import.meta.dirname, '../../fixtures/documents');
const SEED = join(import.meta.dirname, '../../../data', DEFAULT_DOCUMENT);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// As Electron's IPC copies an answer to the page.
const acrossIpc = (sent: SentLoadResult) => receiveLoadResult(structuredClone(sent), decode);

describe('the launch document as main sends it', () => {
  it.each([
    ['the seed article', SEED],
    ['a document with one bad event (opened without it, the problem listed)', join(FIXTURES, 'schema-violation', 'document.json')],
    ['a document that is not JSON (problems and salvaged text)', join(FIXTURES, 'invalid-json', 'document.json')],
    ['a missing file', join(FIXTURES, 'no-such-folder', 'document.json')],
  ])('%s: the page gets what main accepted', async (_name, file) => {
    const sent = await loadDocumentToSend(file);
    expect(acrossIpc(sent)).toEqual(await loadDocumentFile(file));
  });

  it('sends an accepted document as bytes of JSON with a buffer of their own (a clone sends the whole buffer)', async () => {
    const sent = await loadDocumentToSend(SEED);
    if (!sent.ok || !('json' in sent.document)) throw new Error('expected the document as bytes');
    const { json } = sent.document;
    expect(json).toBeInstanceOf(Uint8Array);
    expect(json.byteOffset).toBe(0);
    expect(json.buffer.byteLength).toBe(json.byteLength);
    expect(sent.times?.order).toHaveLength(8);
  });

  it('on the page, bytes that do not read as JSON are a problem naming the file, not a throw', () => {
    const broken = new TextEncoder().encode('{"format":"newsline-document","sources":[');
    const r = receiveLoadResult({ ok: true, file: '/docs/war.newsline', document: { json: broken } }, decode);
    expect(r).toEqual({ ok: false, file: '/docs/war.newsline', problems: [{ path: '', message: expect.stringMatching(/^war\.newsline could not be read: /) }], salvage: null });
  });
});
