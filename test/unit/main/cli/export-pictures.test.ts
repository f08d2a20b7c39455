import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type NewslineDocument } from '../../../../shared/document';
import { decodePng } from '../../../e2e/export/png';

// `newsline export --to svg|png|pdf`, run as users run it: the built command (bin/newsline.cjs, plain Node,
// no Electron) on the seed article and document; the outputs decoded and looked at.

const REPO = join(__dirname, '../../../..');
const BIN = join(REPO, 'bin/newsline.cjs');
const SEED_DOC = join(REPO, 'data/tass-2024-05-15-taliban/document.json');
/** The seed article (the same text as ../shared/seed, kept in the repo so tests never read from there). */
const SEED_TEXT = join(REPO, 'data/tass-2024-05-15-taliban/article.txt');
const SHOTS = join(REPO, 'test-results', 'screenshots');
const out = mkdtempSync(join(tmpdir(), 'newsline-cli-pictures-'));

beforeAll(() => {
  // The command runs from dist/cli: build it from the current source.
  execFileSync(process.execPath, ['scripts/build.mjs', '--only=cli', '--quiet'], { cwd: REPO, stdio: 'inherit' });
}, 120_000);

function newsline(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: out, encoding: 'buffer', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** Where the SVG draws each event's marker and label, read back from the SVG itself. */
function svgEvents(svg: string) {
  const d = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = d.documentElement;
  return {
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    texts: [...d.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    events: [...d.querySelectorAll('g.event')].map((g) => {
      const circle = g.querySelector('circle');
      const rect = g.querySelector('rect');
      const marker = circle
        ? { x: Number(circle.getAttribute('cx')) - 6, y: Number(circle.getAttribute('cy')) - 6, w: 12, h: 12 }
        : { x: Number(rect!.getAttribute('x')) - 1, y: Number(rect!.getAttribute('y')) - 1, w: Number(rect!.getAttribute('width')) + 2, h: Number(rect!.getAttribute('height')) + 2 };
      const [date, title] = [...g.querySelectorAll('text')];
      const x = Number(date.getAttribute('x'));
      const baseline = Number(date.getAttribute('y'));
      return { marker, label: { x, y: baseline - 11, w: Number(title.getAttribute('x')) - x, h: 13 }, date: date.textContent, title: title.textContent };
    }),
  };
}

type Png = ReturnType<typeof decodePng>;
/** Pixels in the box (CSS px, times the scale) darker than the page and the lane band: something is drawn there. */
function ink(png: Png, box: { x: number; y: number; w: number; h: number }, scale: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y * scale)); y < Math.min(png.height, (box.y + box.h) * scale); y++) {
    for (let x = Math.max(0, Math.floor(box.x * scale)); x < Math.min(png.width, (box.x + box.w) * scale); x++) {
      const [r, g, b] = png.pixel(x, y);
      if (r < 200 || g < 200 || b < 200) n++;
    }
  }
  return n;
}

function pdfToPng(pdf: string, prefix: string): Png {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, prefix]);
  const file = [`${prefix}-1.png`, `${prefix}-01.png`].find((f) => existsSync(f))!;
  return decodePng(readFileSync(file));
}

const hostileDoc = (): NewslineDocument => {
  const text = 'Талибан вошёл в Кабул. 塔利班进入喀布尔。 A <script>alert(1)</script> & ]]> test.';
  const titles = ['<script>alert("x")</script>', 'Tom & Jerry ]]> end', 'Талибан вошёл в Кабул', '塔利班进入喀布尔'];
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    sources: [{ id: 's1', title: 'Источник </title><script>', publisher: 'ТАСС', published: '2024-05-15', paragraphs: [{ id: 'p1', role: 'body', text }] }],
    events: titles.map((title, i) => ({
      id: `e${i + 1}`,
      title,
      date: i === 2 ? { start: '2023-08-15', yearUncertain: true, basis: 'publication' as const } : { start: `202${i}-0${i + 2}-1${i}`, basis: 'stated' as const },
      evidence: [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: 22 }],
      origin: 'curated' as const,
    })),
  };
};

// The PDFs are read back with poppler's pdftotext and pdftoppm. Where they are not installed, that reading is
// skipped and says so; where NEWSLINE_REQUIRE_POPPLER=1 declares them present (.ci/run, the desktop workflow on
// Linux and macOS), it runs and fails without them.
const popplerMissing = spawnSync('pdftotext', ['-v']).error !== undefined;
const skipPdfReading = popplerMissing && process.env.NEWSLINE_REQUIRE_POPPLER !== '1';
if (skipPdfReading) console.warn('skipped: reading back the exported PDFs, because poppler-utils (pdftotext, pdftoppm) is not installed');

describe('newsline export --to svg|png|pdf (the built command, plain Node)', { timeout: 90_000 }, () => {
  it('--to svg: one well-formed SVG with every seed event, its date as precise as the text allows, and its title', () => {
    const file = join(out, 'seed.svg');
    const r = newsline('export', SEED_DOC, '--to', 'svg', '--out', file);
    expect(r.stderr).toMatch(/^Wrote Timeline image \(SVG\) of 8 events to /);
    expect(r.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(() => new Resvg(svg)).not.toThrow();
    const parsed = svgEvents(svg);
    expect(parsed.width).toBe(1200);
    expect(parsed.events).toHaveLength(8);
    expect(parsed.events.map((e) => e.date)).toEqual(expect.arrayContaining(['1979–1989', '2001–2021', '15 Aug 2021', 'by 15 May 2024']));
    expect(parsed.events.find((e) => e.date === '1979–1989')?.title).toBe('Soviet war in Afghanistan');
    expect(parsed.texts).toEqual(expect.arrayContaining(['1980', '2000', '2020', 'Afghan Taliban no longer Russia’s enemy — Russian diplomat']));
  });

  it('--to png at 1x and --scale 2: the right size, and drawn where each event is', () => {
    const svg = readFileSync(join(out, 'seed.svg'), 'utf8');
    const layout = svgEvents(svg);
    mkdirSync(SHOTS, { recursive: true });
    for (const scale of [1, 2]) {
      const file = join(out, `seed@${scale}x.png`);
      const r = newsline('export', SEED_DOC, '--to', 'png', ...(scale === 2 ? ['--scale', '2'] : []), '--out', file);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(scale === 2 ? /PNG\) at 2× of 8 events/ : /PNG\) of 8 events/);
      const png = decodePng(readFileSync(file));
      expect(png.width).toBe(layout.width * scale);
      expect(png.height).toBe(layout.height * scale);
      for (const e of layout.events) {
        expect(ink(png, e.marker, scale), `marker of ${e.title}`).toBeGreaterThan(4 * scale);
        expect(ink(png, e.label, scale), `label of ${e.title}`).toBeGreaterThan(20 * scale);
      }
      // A blank band between the header and the axis stays blank: ink is where things are, not everywhere.
      expect(ink(png, { x: 0, y: 0, w: layout.width, h: 20 }, scale)).toBe(0);
      writeFileSync(join(SHOTS, `cli-export-seed@${scale}x.png`), readFileSync(file));
    }
  });

  it('--to png from the seed article imports it first; with no --out the bytes go to standard output', () => {
    const r = newsline('export', SEED_TEXT, '--to', 'png', '--published', '2024-05-15');
    expect(r.code, r.stderr).toBe(0);
    const png = decodePng(r.stdout);
    expect(png.width).toBe(1200);
    expect(png.height).toBeGreaterThan(200);
    // A picture of an article the extractor read: its guessed years are said on the picture.
    const svg = newsline('export', SEED_TEXT, '--to', 'svg', '--published', '2024-05-15').stdout.toString('utf8');
    expect(svgEvents(svg).texts.some((t) => t.endsWith('(year uncertain)'))).toBe(true);
  });

  it.skipIf(skipPdfReading)('--to pdf: the timeline, then every event with its date, where it comes from, its quote and its source (page 1 looked at)', () => {
    const file = join(out, 'seed.pdf');
    const r = newsline('export', SEED_DOC, '--to', 'pdf', '--out', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^Wrote Timeline and event list \(PDF\) of 8 events/);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const page1 = pdfToPng(file, join(SHOTS, 'cli-export-pdf'));
    expect(page1.width).toBeGreaterThan(page1.height);
    // The picture across the top of page 1 and the list under it both have ink.
    expect(ink(page1, { x: 0, y: 0, w: page1.width, h: page1.height / 3 }, 1)).toBeGreaterThan(500);
    expect(ink(page1, { x: 0, y: (page1.height * 2) / 3, w: page1.width, h: page1.height / 3 }, 1)).toBeGreaterThan(200);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Events \(8\)/);
    expect(text).toMatch(/15 Aug 2021\s+Taliban fighters enter Kabul/);
    expect(text).toContain('“On August 15, Taliban fighters swept into Kabul');
    expect(text).toContain('— Afghan Taliban no longer Russia’s enemy — Russian diplomat, TASS, 15 May 2024');
    expect(text).toContain('From the public record');
    // In time order, as on the timeline.
    expect(text.indexOf('1979–1989')).toBeLessThan(text.indexOf('2001–2021'));
    expect(text.indexOf('2001–2021')).toBeLessThan(text.indexOf('14 Apr 2021'));
  });

  it('hostile and non-Latin text stays text in SVG, and is drawn in PNG and PDF', () => {
    const input = join(out, 'hostile.json');
    writeFileSync(input, JSON.stringify(hostileDoc()));
    const svgFile = join(out, 'hostile.svg');
    expect(newsline('export', input, '--to', 'svg', '--out', svgFile).code).toBe(0);
    const svg = readFileSync(svgFile, 'utf8');
    expect(() => new Resvg(svg)).not.toThrow();
    expect(svg).not.toMatch(/<script/);
    const parsed = svgEvents(svg);
    expect(parsed.events.map((e) => e.title).sort()).toEqual(hostileDoc().events.map((e) => e.title).sort());
    expect(parsed.events.map((e) => e.date)).toContain('15 Aug 2023 (year uncertain)');
    const pngFile = join(out, 'hostile.png');
    expect(newsline('export', input, '--to', 'png', '--out', pngFile).code).toBe(0);
    const png = decodePng(readFileSync(pngFile));
    for (const e of parsed.events) expect(ink(png, e.label, 1), e.title!).toBeGreaterThan(20);
    writeFileSync(join(SHOTS, 'cli-export-hostile.png'), readFileSync(pngFile));
    const pdfFile = join(out, 'hostile.pdf');
    const pdf = newsline('export', input, '--to', 'pdf', '--out', pdfFile);
    expect(pdf.code).toBe(0);
    // DejaVu has no Chinese: the command says so instead of leaving empty boxes unmentioned.
    expect(pdf.stderr).toMatch(/^newsline: warning: the PDF's font \(DejaVu Sans\) has no letters for 塔 利 班 进 入 喀 布 尔/);
    if (skipPdfReading) return;
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('Талибан вошёл в Кабул');
    expect(text).toContain('Tom & Jerry ]]> end');
  });

  it('usage errors name the problem; binary output is never poured into a terminal', async () => {
    let err = '';
    const io = { stdout: () => {}, stderr: (t: string) => (err += t) };
    expect(await runCli(['export', SEED_DOC, '--to', 'svg', '--scale', '2'], io)).toBe(2);
    expect(err).toMatch(/--scale is for --to png, not svg/);
    err = '';
    expect(await runCli(['export', SEED_DOC, '--to', 'png', '--scale', '3'], io)).toBe(2);
    expect(err).toMatch(/--scale must be 1 or 2, not "3"/);
    err = '';
    // No stdoutBytes: standard output is a terminal.
    expect(await runCli(['export', SEED_DOC, '--to', 'pdf'], io)).toBe(2);
    expect(err).toMatch(/PDF is binary: give --out PATH, or redirect standard output to a file/);
    err = '';
    expect(await runCli(['export', SEED_DOC, '--to', 'gif'], io)).toBe(2);
    expect(err).toMatch(/unknown format "gif"; use one of timelinejs, csv, markdown, html, svg, png, pdf/);
    err = '';
    expect(await runCli(['export', SEED_DOC, '--to', 'png', '--out', join(out, 'no-such-dir', 'x.png')], io)).toBe(1);
    expect(err).toMatch(/x\.png: cannot write the file \(ENOENT\)/);
  });
});
