import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import { basisLabel, formatEventDate } from '../../shared/dates';
import { documentTitle, type NewslineDocument } from '../../shared/document';
import { eventSource, exportedEvents, quotesOf, sourceDetails } from '../../shared/export/common';
import { drawableText, layoutTimeline, pictureToSvg, type MeasureText, type PictureOptions } from '../../shared/export/timeline-svg';

// Pictures and PDF of a timeline in plain Node, for `newsline export --to svg|png|pdf`: the static layout of
// shared/export/timeline-svg.ts, drawn to PNG by resvg (a Rust SVG renderer shipped as a prebuilt npm
// binary) and set in a PDF by pdfkit, with DejaVu fonts from npm so the output is the same on every machine.
// The app itself pictures its live view and prints through Electron; this is the path without a window.

export const PICTURE_FORMATS = {
  svg: { label: 'Timeline image (SVG)', extension: 'svg' },
  png: { label: 'Timeline image (PNG)', extension: 'png' },
  pdf: { label: 'Timeline and event list (PDF)', extension: 'pdf' },
} as const;

export type PictureFormat = keyof typeof PICTURE_FORMATS;

export function isPictureFormat(value: string): value is PictureFormat {
  return Object.hasOwn(PICTURE_FORMATS, value);
}

/** The DejaVu Sans faces the pictures and the PDF are set in. */
export function fontFiles(): { regular: string; bold: string; italic: string } {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf'), italic: join(dir, 'DejaVuSans-Oblique.ttf') };
}

let measurer: MeasureText | undefined;

/** Text widths from the real font's metrics, so labels are cut exactly where they would overflow. */
export function measureText(): MeasureText {
  if (measurer) return measurer;
  const fonts = fontFiles();
  const pdf = new PDFDocument({ autoFirstPage: false });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  measurer = (text, size, weight) => pdf.font(weight === 'bold' ? 'bold' : 'regular').fontSize(size).widthOfString(text);
  return measurer;
}

/** The timeline as an SVG file. */
export function timelineSvgFile(doc: NewslineDocument, opts: PictureOptions = {}): string {
  return pictureToSvg(layoutTimeline(doc, { measure: measureText(), ...opts }));
}

/** Any SVG as PNG bytes at `scale` (1 or 2): 2× has twice the pixels each way, for sharp slides and retina screens. */
export function svgToPng(svg: string, scale = 1): Buffer {
  const fonts = fontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    // DejaVu first; the system's fonts cover scripts DejaVu lacks (Chinese, Japanese, Korean…) where installed.
    font: { fontFiles: [fonts.regular, fonts.bold, fonts.italic], loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

export function timelinePng(doc: NewslineDocument, scale: number, opts: PictureOptions = {}): Buffer {
  return svgToPng(timelineSvgFile(doc, opts), scale);
}

const MM = 72 / 25.4;

/**
 * The printout as a PDF: A4 landscape like the app's print view, the timeline picture first, then every
 * event with its date, where the date comes from, its quotes and its source.
 */
export function timelinePdf(doc: NewslineDocument, opts: PictureOptions = {}): Promise<Buffer> {
  const fonts = fontFiles();
  const title = drawableText(documentTitle(doc) || 'Timeline');
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 12 * MM, info: { Title: title, Creator: 'Newsline' }, lang: doc.sources[0]?.language });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  pdf.registerFont('italic', fonts.italic);

  const left = pdf.page.margins.left;
  const contentWidth = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;

  // The picture at the paper's width (2× pixels, so it stays sharp), with as many rows as keep it readable on
  // one page, shrunk to the page if it is still taller.
  const picture = layoutTimeline(doc, { measure: measureText(), width: 1200, rowBudget: 16, ...opts });
  const png = svgToPng(pictureToSvg(picture), 2);
  const scale = Math.min(contentWidth / picture.width, (bottom() - pdf.page.margins.top) / picture.height);
  pdf.image(png, left, pdf.page.margins.top, { width: picture.width * scale, height: picture.height * scale });
  pdf.y = pdf.page.margins.top + picture.height * scale + 14;

  const events = exportedEvents(doc, opts);
  const blocks = events.map((event) => {
    const source = eventSource(doc, event);
    const from = source ? [source.title, sourceDetails(source)].filter(Boolean).join(', ') : event.group;
    return {
      date: drawableText(formatEventDate(event.date)),
      title: drawableText(event.title),
      basis: drawableText([basisLabel(event.date), event.date.note].filter(Boolean).join('. ')),
      quotes: quotesOf(doc, event).map((q) => `“${drawableText(q)}”`),
      from: from ? `— ${drawableText(from)}` : undefined,
      note: event.note ? drawableText(event.note) : undefined,
    };
  });
  const quoteIndent = 14;
  const heightOf = (b: (typeof blocks)[number], i: number) => {
    let h = pdf.font('bold').fontSize(11).heightOfString(`${i + 1}. ${b.date}   ${b.title}`, { width: contentWidth }) + 3;
    h += pdf.font('regular').fontSize(9).heightOfString(b.basis, { width: contentWidth }) + 3;
    for (const q of b.quotes) h += pdf.font('italic').fontSize(10).heightOfString(q, { width: contentWidth - quoteIndent }) + 3;
    if (b.from) h += pdf.font('regular').fontSize(9).heightOfString(b.from, { width: contentWidth }) + 3;
    if (b.note) h += pdf.font('regular').fontSize(9).heightOfString(b.note, { width: contentWidth }) + 3;
    return h + 10;
  };

  // The list starts on its own page when the picture leaves little room, and no event is split across pages
  // unless it is longer than a page itself.
  if (blocks.length > 0 && bottom() - pdf.y < 120) pdf.addPage();
  if (blocks.length > 0) {
    pdf.font('bold').fontSize(14).fillColor('#1d2329').text(`Events (${blocks.length})`, left, pdf.y, { width: contentWidth });
    pdf.moveDown(0.4);
  }
  blocks.forEach((b, i) => {
    const h = heightOf(b, i);
    if (pdf.y + h > bottom() && h < bottom() - pdf.page.margins.top) pdf.addPage();
    pdf.font('bold').fontSize(11).fillColor(b.date.includes('uncertain') || /^(before|after|about) /.test(b.date) ? '#a45c00' : '#1d2329');
    pdf.text(`${i + 1}. ${b.date}`, left, pdf.y, { width: contentWidth, continued: true });
    pdf.fillColor('#1d2329').text(`   ${b.title}`);
    pdf.moveDown(0.15);
    pdf.font('regular').fontSize(9).fillColor('#5b6670').text(b.basis, left, pdf.y, { width: contentWidth });
    for (const q of b.quotes) {
      pdf.moveDown(0.15);
      const top = pdf.y;
      pdf.font('italic').fontSize(10).fillColor('#1d2329').text(q, left + quoteIndent, top, { width: contentWidth - quoteIndent });
      pdf.save().rect(left + 3, top, 2, pdf.y - top).fill('#d9dcdf').restore();
    }
    if (b.from) {
      pdf.moveDown(0.15);
      pdf.font('regular').fontSize(9).fillColor('#5b6670').text(b.from, left, pdf.y, { width: contentWidth });
    }
    if (b.note) {
      pdf.moveDown(0.15);
      pdf.font('regular').fontSize(9).fillColor('#1d2329').text(`Note: ${b.note}`, left, pdf.y, { width: contentWidth });
    }
    pdf.moveDown(0.8);
  });
  pdf.end();
  return done;
}

/**
 * The characters of `texts` that the PDF's font has no glyph for (Chinese, Japanese, Korean…), at most `limit`.
 * pdfkit would draw them as empty boxes; the command line says so rather than letting it pass unseen.
 */
export function charactersPdfCannotDraw(texts: string[], limit = 10): string[] {
  const pdf = new PDFDocument({ autoFirstPage: false });
  pdf.registerFont('regular', fontFiles().regular);
  pdf.font('regular');
  // pdfkit's embedded font wraps a fontkit font; its glyph lookup is the one pdfkit itself uses.
  const font = (pdf as unknown as { _font?: { font?: { hasGlyphForCodePoint?(cp: number): boolean } } })._font?.font;
  if (!font?.hasGlyphForCodePoint) return [];
  const missing = new Set<string>();
  for (const text of texts) {
    for (const ch of drawableText(text)) {
      if (missing.size >= limit) return [...missing];
      if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
    }
  }
  return [...missing];
}

/** The bytes of one picture export; `warn` hears about anything the output cannot show. */
export async function renderPicture(doc: NewslineDocument, format: PictureFormat, opts: PictureOptions & { scale?: number; warn?: (message: string) => void } = {}): Promise<Buffer> {
  switch (format) {
    case 'svg':
      return Buffer.from(timelineSvgFile(doc, opts), 'utf8');
    case 'png':
      return timelinePng(doc, opts.scale ?? 1, opts);
    case 'pdf': {
      const events = exportedEvents(doc, opts);
      const texts = [documentTitle(doc), ...events.flatMap((e) => [e.title, e.note ?? '', e.group ?? '', ...quotesOf(doc, e)]), ...doc.sources.flatMap((s) => [s.title, s.publisher ?? ''])];
      const missing = charactersPdfCannotDraw(texts);
      if (missing.length > 0 && opts.warn) {
        opts.warn(`the PDF's font (DejaVu Sans) has no letters for ${missing.join(' ')}: they show as empty boxes. SVG and PNG use the system's fonts for them.`);
      }
      return timelinePdf(doc, opts);
    }
  }
}
