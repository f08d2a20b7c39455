import { describe, expect, it, vi } from 'vitest';
import { validateDocument, type NewslineDocument } from '../../../shared/document';
import { proposeMerges } from '../../../shared/merge-propose';
import { createNewslineStore } from '../../../renderer/store';
import { currentProposals } from '../../../renderer/store/merges-slice';
import { fakePreloadApi } from '../../fixtures/fake-api';
import { harbourDocument } from '../../fixtures/merges/harbour';

async function setup(document: NewslineDocument = harbourDocument()) {
  // Main's answer is the real module's: the handler runs the same function on the worker.
  const proposeMergesApi = vi.fn(async (doc: NewslineDocument) => ({ proposals: proposeMerges(doc) }));
  const api = fakePreloadApi({ ok: true, file: '/tmp/harbour.json', document }, { proposeMerges: proposeMergesApi });
  const store = createNewslineStore({ api, validateDocument });
  await store.getState().loadInitialDocument();
  await store.getState().refreshProposals();
  return { store, api: proposeMergesApi };
}

const event = (store: Awaited<ReturnType<typeof setup>>['store'], id: string) => store.getState().events.find((e) => e.id === id);

describe('merge proposals in the store', () => {
  it('asks main for proposals of the open document, and only with several sources', async () => {
    const { store, api } = await setup();
    expect(api).toHaveBeenCalledTimes(1);
    expect(currentProposals(store.getState()).map((p) => p.id)).toContain('a1+b1');
    const one = harbourDocument();
    one.sources = one.sources.slice(0, 1);
    one.events = one.events.filter((e) => e.evidence[0].sourceId === 's1');
    const single = await setup(one);
    expect(single.api).not.toHaveBeenCalled();
  });

  it('accepting merges the two events into one that several sources report; undo and redo take it back and forth', async () => {
    const { store } = await setup();
    store.getState().acceptProposal('a1+b1');
    const merged = event(store, 'a1')!;
    expect(new Set(merged.evidence.map((a) => a.sourceId))).toEqual(new Set(['s1', 's2']));
    expect(event(store, 'b1')).toBeUndefined();
    expect(currentProposals(store.getState()).some((p) => p.id === 'a1+b1')).toBe(false);
    store.getState().undo();
    expect(event(store, 'b1')).toBeDefined();
    expect(event(store, 'a1')!.merged).toBeUndefined();
    store.getState().redo();
    expect(event(store, 'a1')!.merged).toHaveLength(2);
  });

  it('unmerge splits it back as it was, and is undoable too', async () => {
    const { store } = await setup();
    const original = harbourDocument().events;
    store.getState().acceptProposal('a1+b1');
    store.getState().unmergeEvent('a1');
    expect(event(store, 'a1')).toEqual(original.find((e) => e.id === 'a1'));
    expect(event(store, 'b1')).toEqual(original.find((e) => e.id === 'b1'));
    store.getState().undo();
    expect(event(store, 'a1')!.merged).toHaveLength(2);
    expect(event(store, 'b1')).toBeUndefined();
  });

  it('a rejection is kept in the document, so it is not proposed again after a save and reopen', async () => {
    const { store } = await setup();
    store.getState().rejectProposal('a1+b1');
    const doc = store.getState().document!;
    expect(doc.rejectedMerges).toHaveLength(1);
    const reopened = await setup(JSON.parse(JSON.stringify(doc)));
    expect(currentProposals(reopened.store.getState()).some((p) => p.id === 'a1+b1')).toBe(false);
    store.getState().undo();
    expect(store.getState().document!.rejectedMerges).toBeUndefined();
  });

  it('date conflicts: picking one source date or keeping the range, each one undo step', async () => {
    const { store } = await setup();
    store.getState().acceptProposal('a1+b1');
    store.getState().pickSourceDate('a1', 'b1');
    expect(event(store, 'a1')!.date.start).toBe('2023-03-05');
    store.getState().keepDateRange('a1');
    expect([event(store, 'a1')!.date.start, event(store, 'a1')!.date.end]).toEqual(['2023-03-04', '2023-03-05']);
    store.getState().undo();
    expect(event(store, 'a1')!.date).toMatchObject({ start: '2023-03-05' });
    expect(event(store, 'a1')!.date.end).toBeUndefined();
  });

  it('accept all merges every proposal at the level in one change', async () => {
    const { store } = await setup();
    const before = store.getState().events.length;
    store.getState().acceptAllProposals(0);
    const doc = store.getState().document!;
    expect(validateDocument(doc).ok).toBe(true);
    expect(doc.events.filter((e) => e.merged).length).toBeGreaterThanOrEqual(2);
    store.getState().undo();
    expect(store.getState().events).toHaveLength(before);
  });
  it('shows a proposal joining two events of one article (a merged event meets another report of its own article), and drops one already merged', async () => {
    const d = harbourDocument();
    const { store } = await setup(d);
    const state = store.getState();
    const sameSource = { id: 'a1+a2', eventIds: ['a1', 'a2'] as [string, string], score: 0.7, shared: ['ferry'] };
    expect(currentProposals({ proposals: [sameSource], events: state.events }).map((p) => p.id)).toEqual(['a1+a2']);
    // a1 already holds b1's quote: the pair is merged, however old the proposal list.
    const b1 = state.events.find((e) => e.id === 'b1')!;
    const events = state.events.map((e) => (e.id === 'a1' ? { ...e, evidence: [...e.evidence, ...b1.evidence] } : e));
    const stale = { id: 'a1+b1', eventIds: ['a1', 'b1'] as [string, string], score: 0.9, shared: ['ferry'] };
    expect(currentProposals({ proposals: [stale], events })).toEqual([]);
  });
});
