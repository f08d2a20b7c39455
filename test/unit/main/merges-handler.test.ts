import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../../../main/documents';
import { createHandlers, memoryViewStateStore } from '../../../main/handlers';
import { inlineImportService, workerImportService } from '../../../main/import-service';
import { harbourDocument } from '../../fixtures/merges/harbour';

const REPO = join(import.meta.dirname, '../../..');

function setup(importer = inlineImportService()) {
  return createHandlers({
    initialDocument: join(REPO, 'data', DEFAULT_DOCUMENT),
    appInfo: { name: 'Newsline', version: 'test' },
    viewState: memoryViewStateStore(),
    openExternal: async () => {},
    chooseFile: async () => null,
    importer,
    importStarted: () => {},
  });
}

describe('merges:propose', () => {
  const worker = workerImportService(join(REPO, 'dist/main/import-worker.js'));
  afterAll(() => worker.close());

  it('answers with the proposals for the document, worked out on the import worker (the built bundle)', async () => {
    const { proposals } = await setup(worker)['merges:propose']({ document: harbourDocument() });
    expect(proposals.map((p) => p.id)).toContain('a1+b1');
  });

  it('refuses a document that is not valid, saying where', async () => {
    const bad = harbourDocument();
    bad.events[0].evidence[0].sourceId = 's9';
    await expect(setup()['merges:propose']({ document: bad })).rejects.toThrow(/not valid: .*events\[0\]\.evidence\[0\]\.sourceId/);
    await expect(setup()['merges:propose'](undefined as never)).rejects.toThrow(/not valid/);
  });
});
