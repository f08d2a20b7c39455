import { describe, expect, it } from 'vitest';
import { keepOsRecentDocuments, mirrorToOs, type RecentList } from '../../../main/recent-documents';

/** Stands in for app.addRecentDocument / clearRecentDocuments: an OS list where an added file goes on top. */
function osList() {
  let items: string[] = [];
  const calls: string[] = [];
  return {
    os: {
      add: (p: string) => {
        calls.push(`add ${p}`);
        items = [p, ...items.filter((i) => i !== p)];
      },
      clear: () => {
        calls.push('clear');
        items = [];
      },
    },
    shown: () => items,
    calls,
  };
}

function recentList(initial: string[]) {
  let files = [...initial];
  const listeners = new Set<(f: string[]) => void>();
  const list: RecentList & { set(next: string[]): void } = {
    list: async () => [...files],
    onChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    set(next) {
      files = next;
      for (const l of listeners) l([...files]);
    },
  };
  return list;
}

describe('the OS recent documents follow File ▸ Open Recent', () => {
  it('mirror the list, newest on top', () => {
    const o = osList();
    mirrorToOs(['/c.newsline', '/b.txt', '/a.docx'], o.os);
    expect(o.shown()).toEqual(['/c.newsline', '/b.txt', '/a.docx']);
  });

  it('start from the remembered list and follow every change, including Clear Menu', async () => {
    const o = osList();
    const recent = recentList(['/b.newsline', '/a.newsline']);
    const stop = keepOsRecentDocuments(recent, o.os);
    await Promise.resolve();
    await Promise.resolve();
    expect(o.shown()).toEqual(['/b.newsline', '/a.newsline']);
    recent.set(['/a.newsline', '/b.newsline']);
    expect(o.shown()).toEqual(['/a.newsline', '/b.newsline']);
    recent.set(['/b.newsline']); // a missing file removed from the menu leaves the OS list too
    expect(o.shown()).toEqual(['/b.newsline']);
    recent.set([]);
    expect(o.shown()).toEqual([]);
    expect(o.calls.at(-1)).toBe('clear');
    stop();
    recent.set(['/x.newsline']);
    expect(o.shown()).toEqual([]);
  });

  it('a change during the first read wins over the older list', async () => {
    const o = osList();
    const recent = recentList(['/old.newsline']);
    keepOsRecentDocuments(recent, o.os);
    recent.set(['/new.newsline', '/old.newsline']);
    await Promise.resolve();
    await Promise.resolve();
    expect(o.shown()).toEqual(['/new.newsline', '/old.newsline']);
  });

  it('log, not throw, when the OS refuses', async () => {
    const log: string[] = [];
    const recent = recentList([]);
    keepOsRecentDocuments(recent, { add: () => { throw new Error('no jump list'); }, clear: () => {} }, (m) => log.push(m));
    recent.set(['/a.newsline']);
    expect(log).toEqual(["the system's recent documents could not be updated: no jump list"]);
  });
});
