import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT, loadDocumentFile } from '../../../main/documents';
import { createHandlers, memoryViewStateStore } from '../../../main/handlers';
import { inlineImportService, type ImportService } from '../../../main/import-service';
import { createOsOpenQueue } from '../../../main/os-open';

// The OS's files open through the same function as File ▸ Open…: the same routing, checks and messages.

const DATA = join(import.meta.dirname, '../../../data');
const SEED_DOCUMENT = join(DATA, DEFAULT_DOCUMENT);
const SEED_TEXT = join(DATA, 'tass-2024-05-15-taliban', 'article.txt');
const work = mkdtempSync(join(tmpdir(), 'newsline-os-open-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function setup(dialog: Array<string | null> = [], importer: ImportService = inlineImportService()) {
  const started: string[] = [];
  const notified: number[] = [];
  const queue = createOsOpenQueue(() => notified.push(1));
  const handlers = createHandlers({
    initialDocument: SEED_DOCUMENT,
    appInfo: { name: 'Newsline', version: 'test' },
    viewState: memoryViewStateStore(),
    openExternal: async () => {},
    chooseFile: async () => dialog.shift() ?? null,
    importer,
    importStarted: (name) => void started.push(name),
    queuedOpens: queue,
  });
  return { handlers, queue, started, notified };
}

describe('opening files the OS hands Newsline', () => {
  it('says "canceled" when nothing waits', async () => {
    expect(await setup().handlers['document:open-queued']()).toEqual({ status: 'canceled' });
  });

  it('imports an article, telling the page an import started', async () => {
    const { handlers, queue, started } = setup();
    queue.add([SEED_TEXT]);
    const r = await handlers['document:open-queued']();
    expect(r).toMatchObject({ status: 'opened', file: SEED_TEXT });
    expect(started).toEqual(['article.txt']);
  });

  it('loads a timeline document as a document, not as an article', async () => {
    const { handlers, queue, started } = setup();
    queue.add([SEED_DOCUMENT]);
    const r = await handlers['document:open-queued']();
    expect(r.status).toBe('opened');
    const saved = await loadDocumentFile(SEED_DOCUMENT);
    expect(saved.ok && r.status === 'opened' && r.document).toEqual(saved.ok && saved.document); // the curated events, not re-extracted ones
    expect(started).toEqual([]);
  });

  it('refuses other kinds of file with the message File ▸ Open… gives', async () => {
    const pdf = join(work, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const { handlers, queue } = setup([pdf]);
    queue.add([pdf]);
    const fromOs = await handlers['document:open-queued']();
    const fromMenu = await handlers['document:open']();
    expect(fromOs).toEqual({ status: 'failed', file: 'report.pdf', message: expect.stringContaining('report.pdf: files of type ".pdf" cannot be opened') });
    expect(fromMenu).toEqual(fromOs);
  });

  it('names a broken document and what is wrong with it', async () => {
    const bad = join(work, 'broken.newsline');
    writeFileSync(bad, '{"format": "newsline-document",');
    const { handlers, queue } = setup();
    queue.add([bad]);
    const r = await handlers['document:open-queued']();
    expect(r).toMatchObject({ status: 'failed', file: 'broken.newsline', message: expect.stringMatching(/^broken\.newsline: .*not valid JSON/) });
  });

  it('imports a .json that is not a Newsline document (a TimelineJS timeline) instead of refusing it as a bad document', async () => {
    const tl = join(work, 'timeline.json');
    writeFileSync(tl, JSON.stringify({ title: { text: { headline: 'Harbour' } }, events: [{ start_date: { year: '2021', month: '3' }, text: { headline: 'Plan approved' } }] }));
    const { handlers, queue, started } = setup();
    queue.add([tl]);
    const r = await handlers['document:open-queued']();
    expect(started).toEqual(['timeline.json']); // it went to the importer
    expect(r.status === 'failed' ? r.message : '').not.toMatch(/newsline-document|format/);
  });

  it('names a missing file', async () => {
    const { handlers, queue } = setup();
    queue.add([join(work, 'gone.txt')]);
    expect(await handlers['document:open-queued']()).toMatchObject({ status: 'failed', message: expect.stringMatching(/gone\.txt.*does not exist/) });
  });

  it('opens one file at a time, in order: an OS open waits for an import under way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const inline = inlineImportService();
    const order: string[] = [];
    const slow: ImportService = {
      ...inline,
      importFile: async (path, published) => {
        order.push(`start ${path}`);
        if (path === SEED_TEXT) await gate;
        const r = await inline.importFile(path, published);
        order.push(`end ${path}`);
        return r;
      },
    };
    const other = join(work, 'other.txt');
    writeFileSync(other, 'On 3 March 2020 the council met.\n\nIt met again on 4 March 2020.');
    const { handlers, queue, notified } = setup([SEED_TEXT], slow);
    const viaMenu = handlers['document:open']();
    queue.add([other]);
    const viaOs = handlers['document:open-queued']();
    await new Promise((ok) => setTimeout(ok, 50));
    expect(order).toEqual([`start ${SEED_TEXT}`]);
    release();
    expect((await viaMenu).status).toBe('opened');
    expect(await viaOs).toMatchObject({ status: 'opened', file: other });
    expect(order).toEqual([`start ${SEED_TEXT}`, `end ${SEED_TEXT}`, `start ${other}`, `end ${other}`]);
    expect(notified).toEqual([]); // nothing else waits
  });

  it('a reloading page is not told of new files; it takes them once loaded', async () => {
    const { handlers, queue, notified } = setup();
    await handlers['document:open-queued']();
    await handlers['document:get-initial']();
    queue.add([SEED_TEXT]);
    expect(notified).toEqual([]);
    expect((await handlers['document:open-queued']()).status).toBe('opened');
  });
});
