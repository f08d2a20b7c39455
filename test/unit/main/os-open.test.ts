import { describe, expect, it, vi } from 'vitest';
import { SUPPORTED_EXTENSIONS } from '../../../main/import';
import {
  ARTICLE_EXTENSIONS,
  argumentToPath,
  createOsOpenQueue,
  fileUrlToPath,
  isNewslineDocumentJson,
  pathFromOpenFile,
  pathsFromArgv,
  routeOpen,
} from '../../../main/os-open';

const linux = { cwd: '/home/ana/Documents', platform: 'linux' as const, skip: 1 };
const windows = { cwd: 'C:\\Users\\Ana\\Documents', platform: 'win32' as const, skip: 1 };

describe('pathsFromArgv', () => {
  it('takes a path with spaces as one file', () => {
    expect(pathsFromArgv(['/opt/Newsline/newsline', '/home/ana/My Articles/Kabul report.docx'], linux)).toEqual([
      '/home/ana/My Articles/Kabul report.docx',
    ]);
  });

  it('resolves relative paths against the launching directory, not the app', () => {
    expect(pathsFromArgv(['newsline', 'notes/story.md', '../old.newsline', './a b.txt'], linux)).toEqual([
      '/home/ana/Documents/notes/story.md',
      '/home/ana/old.newsline',
      '/home/ana/Documents/a b.txt',
    ]);
    expect(pathsFromArgv(['Newsline.exe', 'story.md', 'D:\\Press\\report.html'], windows)).toEqual([
      'C:\\Users\\Ana\\Documents\\story.md',
      'D:\\Press\\report.html',
    ]);
  });

  it('turns file:// URLs into paths, decoding escapes', () => {
    expect(pathsFromArgv(['newsline', 'file:///home/ana/My%20Articles/r%C3%A9sum%C3%A9.txt'], linux)).toEqual([
      '/home/ana/My Articles/résumé.txt',
    ]);
    expect(pathsFromArgv(['Newsline.exe', 'file:///C:/Users/Ana/My%20Timeline.newsline'], windows)).toEqual([
      'C:\\Users\\Ana\\My Timeline.newsline',
    ]);
    expect(fileUrlToPath('file://server/share/a.txt', 'win32')).toBe('\\\\server\\share\\a.txt');
    expect(fileUrlToPath('file://localhost/tmp/a.txt', 'linux')).toBe('/tmp/a.txt');
    expect(fileUrlToPath('https://example.org/a.txt', 'linux')).toBeNull();
  });

  it('takes several files at once, in order, each once', () => {
    expect(pathsFromArgv(['newsline', 'a.txt', '/tmp/b.newsline', 'file:///tmp/c.docx', 'a.txt'], linux)).toEqual([
      '/home/ana/Documents/a.txt',
      '/tmp/b.newsline',
      '/tmp/c.docx',
    ]);
  });

  it('ignores the switches Chromium, Electron and macOS put anywhere in argv', () => {
    const argv = [
      'C:\\Program Files\\Newsline\\Newsline.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13345654546',
      'C:\\Users\\Ana\\story.txt',
      '--enable-features=Foo',
      '-psn_0_12345',
    ];
    expect(pathsFromArgv(argv, windows)).toEqual(['C:\\Users\\Ana\\story.txt']);
    expect(pathsFromArgv(['newsline', '--document=/x/doc.json', '', '  '], linux)).toEqual([]);
  });

  it('skips the app folder when Electron runs the app unpackaged (electron . file)', () => {
    expect(pathsFromArgv(['/usr/lib/electron/electron', '.', 'story.txt'], { ...linux, skip: 2 })).toEqual(['/home/ana/Documents/story.txt']);
  });

  it('takes everything after a bare -- as a file, even a name starting with -', () => {
    expect(pathsFromArgv(['newsline', '--', '-draft.txt'], linux)).toEqual(['/home/ana/Documents/-draft.txt']);
  });

  it('keeps a non-file URL as given, for routing to refuse', () => {
    expect(argumentToPath('https://example.org/story.html', linux)).toBe('https://example.org/story.html');
  });
});

describe('pathFromOpenFile (macOS open-file)', () => {
  it('passes an absolute path through and turns a file URL into a path', () => {
    expect(pathFromOpenFile('/Users/ana/Desktop/Kabul timeline.newsline', '/')).toBe('/Users/ana/Desktop/Kabul timeline.newsline');
    expect(pathFromOpenFile('file:///Users/ana/Desktop/a%20b.md', '/')).toBe('/Users/ana/Desktop/a b.md');
  });
});

describe('routeOpen', () => {
  it.each([
    ['/t/Kabul.newsline', 'document'],
    ['/t/KABUL.NEWSLINE', 'document'],
    ['/t/document.json', 'json'],
    ['/t/sheet.csv', 'article'],
    ['/t/a.txt', 'article'],
    ['/t/a.md', 'article'],
    ['/t/a.html', 'article'],
    ['/t/a.htm', 'article'],
    ['/t/a.docx', 'article'],
    ['C:\\t\\a.DOCX', 'article'],
  ])('%s opens as a %s', (path, kind) => {
    expect(routeOpen(path)).toEqual({ kind, path });
  });

  it.each([
    ['/t/report.pdf', 'report.pdf: files of type ".pdf" cannot be opened'],
    ['/t/Newsline.exe', 'Newsline.exe: files of type ".exe" cannot be opened'],
    ['/t/README', 'README: files of type "(none)" cannot be opened'],
    ['C:\\t\\old.doc', 'old.doc: files of type ".doc" cannot be opened'],
    ['/t/archive.newsline.zip', 'archive.newsline.zip: files of type ".zip" cannot be opened'],
  ])('refuses %s, naming it and what can be opened', (path, message) => {
    const r = routeOpen(path);
    expect(r.kind).toBe('refused');
    expect(r.kind === 'refused' && r.message).toContain(message);
    expect(r.kind === 'refused' && r.message).toContain('.newsline');
  });

  it('refuses a web address', () => {
    const r = routeOpen('https://example.org/story.html');
    expect(r).toMatchObject({ kind: 'refused', message: expect.stringMatching(/web address, not a file/) });
  });

  it('hands the importer exactly what it reads (.json only when it is not a Newsline document)', () => {
    expect([...ARTICLE_EXTENSIONS, '.json'].sort()).toEqual([...SUPPORTED_EXTENSIONS].sort());
  });

  it('tells a Newsline document in .json from other JSON by its content', () => {
    expect(isNewslineDocumentJson('{"format":"newsline-document","version":1}')).toBe(true);
    expect(isNewslineDocumentJson('{"events":[{"start_date":{"year":"2020"}}]}')).toBe(false);
    expect(isNewslineDocumentJson('[1,2]')).toBe(false);
    expect(isNewslineDocumentJson('{not json')).toBe(false);
  });
});

describe('createOsOpenQueue', () => {
  it('holds files until the page takes them, then hands them out in order', () => {
    const notify = vi.fn();
    const q = createOsOpenQueue(notify);
    q.add(['/a.txt', '/b.newsline']);
    expect(notify).not.toHaveBeenCalled(); // the page is not there yet: it takes them when its document is shown
    expect(q.take()).toBe('/a.txt');
    expect(q.take()).toBe('/b.newsline');
    expect(q.take()).toBeUndefined();
  });

  it('tells a listening page at once, and again while files remain', async () => {
    const notify = vi.fn();
    const q = createOsOpenQueue(notify);
    expect(q.take()).toBeUndefined(); // the page's first look: now it listens
    q.add(['/a.txt', '/b.txt']);
    expect(notify).toHaveBeenCalledTimes(1);
    q.take();
    await Promise.resolve();
    expect(notify).toHaveBeenCalledTimes(2);
    q.take();
    await Promise.resolve();
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('does not tell a reloading page, and ignores a file already waiting', () => {
    const notify = vi.fn();
    const q = createOsOpenQueue(notify);
    q.take();
    q.pageLoading();
    q.add(['/a.txt']);
    q.add(['/a.txt']);
    expect(notify).not.toHaveBeenCalled();
    expect(q.pending).toEqual(['/a.txt']);
  });
});
