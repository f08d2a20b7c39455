import { describe, expect, it } from 'vitest';
import { checkDocxPackage } from '../../../main/import/docx';
import { importBytes, type ImportResult } from '../../../main/import/index';
import { MAX_ARTICLE_BYTES, MAX_DOCX_INFLATED_BYTES, MAX_EVENTS_PER_ARTICLE } from '../../../shared/limits';
import { DOC_HEAD, DOC_TAIL, docxWith, makeDocx, makeDocxBomb, paragraphXml, ROOT_RELS } from '../../fixtures/import/make-docx';

// The adversarial corpus for the importer, generated here (nothing of it is committed). Each input must finish
// within its budget with a clear outcome: a document, or a message naming the file and the problem.
// Budgets are generous for a loaded 2-core machine; the bench holds the tight ratios.

// Generous: this runs on a loaded 2-core machine. The quadratic-or-worse versions took 50 s and more.
const BUDGET_MS = 30_000;

async function timed(name: string, bytes: Buffer): Promise<{ r: ImportResult; ms: number }> {
  const t = performance.now();
  const r = await importBytes(name, bytes);
  return { r, ms: performance.now() - t };
}

const message = (r: ImportResult) => (r.ok ? '(imported)' : r.message);

describe('Markdown, through a parser, in linear time', () => {
  it('" *a" x100,000 finishes within budget with its text', async () => {
    const { r, ms } = await timed('stars.md', Buffer.from(' *a'.repeat(100_000)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(r.ok).toBe(true);
  }, 90_000);

  it('list markers nested 10,000 deep are read as plain text, fast', async () => {
    const { r, ms } = await timed('nested.md', Buffer.from('Title\n\n' + '- '.repeat(10_000) + 'Kabul fell on August 15, 2021.'));
    expect(ms).toBeLessThan(BUDGET_MS);
    if (!r.ok) throw new Error(r.message);
    expect(r.document.sources[0].paragraphs.at(-1)?.text).toBe('Kabul fell on August 15, 2021.');
  }, 90_000);

  it('unclosed links ("[a](" x25,000) stay within budget', async () => {
    const { r, ms } = await timed('links.md', Buffer.from('[a]('.repeat(25_000)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(r.ok).toBe(true);
  }, 90_000);

  it('removes markup: headings, emphasis, links, images, tables and raw HTML never become markup', async () => {
    const md = '# The *title*\n\nA [link](https://x.example) and ![alt text](i.png) and **bold** and `code`.\n\n| a | b |\n|---|---|\n| one | two |\n\n<img src=x onerror=alert(1)> stays text';
    const r = await importBytes('doc.md', Buffer.from(md));
    if (!r.ok) throw new Error(r.message);
    expect(r.document.sources[0].title).toBe('The title');
    const texts = r.document.sources[0].paragraphs.map((p) => p.text);
    expect(texts).toContain('A link and alt text and bold and code.');
    expect(texts).toContain('a | b');
    expect(texts).toContain('one | two');
    expect(texts.at(-1)).toBe('<img src=x onerror=alert(1)> stays text');
  });
});

describe('HTML nested 2,500 deep', () => {
  it('keeps the page’s text, says it was flattened, within budget', async () => {
    const deep = '<html><body>' + '<div>'.repeat(2500) + '<p>Kabul fell on August 15, 2021, officials said.</p><p>The talks went on.</p>' + '</div>'.repeat(2500) + '</body></html>';
    const { r, ms } = await timed('deep.html', Buffer.from(deep));
    expect(ms).toBeLessThan(BUDGET_MS);
    if (!r.ok) throw new Error(r.message);
    expect(r.document.sources[0].paragraphs.map((p) => p.text)).toEqual(['Kabul fell on August 15, 2021, officials said.', 'The talks went on.']);
    expect(r.warnings).toContainEqual({ code: 'html-flattened', maxDepth: 64 });
  }, 90_000);

  it('a page of only comments says there is no article text', async () => {
    expect(message((await timed('comments.html', Buffer.from('<!-- one -->\n<!-- two -->'))).r)).toBe('comments.html: no article text was found in this page');
  });
});

describe('invisible text', () => {
  it('a file of only zero-width characters is refused, saying why', async () => {
    const r = await importBytes('zw.txt', Buffer.from('\u200b\u200c\u200d\u2060\n\n\ufeff\u200e'.repeat(50)));
    expect(message(r)).toBe('zw.txt: the file has no visible text (only blank space and invisible characters such as zero-width spaces)');
  });

  it('invisible paragraphs between real ones are left out', async () => {
    const r = await importBytes('mixed.txt', Buffer.from('A title\n\nKabul fell on August 15, 2021.\n\n\u200b\u200b\n\nThe end.'));
    if (!r.ok) throw new Error(r.message);
    expect(r.document.sources[0].paragraphs.map((p) => p.text)).toEqual(['A title', 'Kabul fell on August 15, 2021.', 'The end.']);
  });
});

describe('.docx bombs and hostile packages', () => {
  for (const mb of [150, 400]) {
    it(`a bomb of ${mb} MB inflated is refused from its directory before inflating`, async () => {
      const bytes = makeDocxBomb(mb * 1024 * 1024);
      expect(bytes.length).toBeLessThan(MAX_ARTICLE_BYTES);
      const before = process.memoryUsage().rss;
      const { r, ms } = await timed('bomb.docx', bytes);
      expect(ms).toBeLessThan(2000);
      expect(message(r)).toMatch(/^bomb\.docx: this Word document cannot be opened: it would be \d+\.\d MB or more once decompressed, over the 4 MB limit/);
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    });

    it(`a bomb of ${mb} MB whose headers lie is stopped while inflating`, async () => {
      const { r, ms } = await timed('liar.docx', makeDocxBomb(mb * 1024 * 1024, { lie: true }));
      expect(ms).toBeLessThan(2000);
      expect(message(r)).toMatch(/^liar\.docx: this Word document cannot be opened: the part word\/document\.xml inflates to more than the 4 KB its header claims/);
    });
  }

  it('a 1 GB bomb is over the file limit, and the decompressed cap stops it even without that', async () => {
    const bytes = makeDocxBomb(1024 * 1024 * 1024);
    expect(message(await importBytes('gig.docx', bytes))).toMatch(/^gig\.docx: the file is 1\.\d MB, over the 1 MB limit for an article$/);
    await expect(checkDocxPackage(bytes)).rejects.toThrow(/\d+\.\d MB or more once decompressed, over the 4 MB limit/);
    await expect(checkDocxPackage(makeDocxBomb(1024 * 1024 * 1024, { lie: true }))).rejects.toThrow(/inflates to more than the 4 KB its header claims/);
  });

  const newsXml = (xmlBytes: number) => {
    const lines = ['Kabul fell to the Taliban on August 15, 2021, officials said.', 'The talks in Doha went on for weeks without a result.', 'Ministers met again the following spring.'];
    let xml = DOC_HEAD + paragraphXml('A headline');
    for (let i = 0; xml.length < xmlBytes; i++) {
      // Word's own run properties around each run: most of a real document.xml is markup.
      xml += `<w:p><w:pPr><w:spacing w:after="120"/><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">${lines[i % 3]}</w:t></w:r></w:p>`;
    }
    return xml + DOC_TAIL;
  };

  it('a document near the decompressed cap is read', async () => {
    const { r, ms } = await timed('big.docx', docxWith({ 'word/document.xml': newsXml(MAX_DOCX_INFLATED_BYTES * 0.9) }));
    expect(message(r)).toBe('(imported)');
    expect(ms).toBeLessThan(90_000);
  }, 120_000);

  it('a document whose text is over the article limit is refused, saying so', async () => {
    const text = 'Kabul fell to the Taliban on August 15, 2021, officials said. '.repeat(20_000);
    const r = await importBytes('long.docx', docxWith({ 'word/document.xml': DOC_HEAD + paragraphXml(text) + DOC_TAIL }));
    expect(message(r)).toBe('long.docx: its text is 1.2 MB long, over the 1 MB limit for an article');
  });

  it('a relationship that points outside the package', async () => {
    const r = await importBytes('out.docx', docxWith({ '_rels/.rels': ROOT_RELS.replace('Target="word/document.xml"', 'Target="../../etc/passwd"') }));
    expect(message(r)).toBe('out.docx: this Word document cannot be opened: a relationship in _rels/.rels points outside the package (../../etc/passwd)');
  });

  it('a relationship to a part that is missing', async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/gone.png"/></Relationships>';
    const r = await importBytes('img.docx', docxWith({ 'word/_rels/document.xml.rels': rels }));
    expect(message(r)).toBe('img.docx: this Word document cannot be opened: a relationship in word/_rels/document.xml.rels points to word/media/gone.png, which is not in the package');
  });

  it('external relationships (hyperlinks) are fine', async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>';
    expect((await importBytes('link.docx', docxWith({ 'word/_rels/document.xml.rels': rels }))).ok).toBe(true);
  });

  it('XXE: an external entity is refused with the DTD, nothing is read', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + DOC_HEAD.slice(DOC_HEAD.indexOf('<w:document')) + '<w:p><w:r><w:t>&x;</w:t></w:r></w:p>' + DOC_TAIL;
    expect(message(await importBytes('xxe.docx', docxWith({ 'word/document.xml': xml })))).toMatch(/^xxe\.docx: this Word document cannot be opened: the part word\/document\.xml declares a DTD/);
  });

  it('billion laughs is refused, fast', async () => {
    const ents = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${ents}]>` + DOC_HEAD.slice(DOC_HEAD.indexOf('<w:document')) + '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>' + DOC_TAIL;
    const { r, ms } = await timed('lol.docx', docxWith({ 'word/document.xml': xml }));
    expect(ms).toBeLessThan(2000);
    expect(message(r)).toMatch(/declares a DTD/);
  });

  it('tables nested 2,000 deep are refused with a plain message, not a stack overflow', async () => {
    const xml = DOC_HEAD + '<w:tbl><w:tr><w:tc>'.repeat(2000) + paragraphXml('Deep.') + '</w:tc></w:tr></w:tbl>'.repeat(2000) + DOC_TAIL;
    expect(message(await importBytes('tables.docx', docxWith({ 'word/document.xml': xml })))).toBe(
      'tables.docx: this Word document cannot be opened: the part word/document.xml nests its elements 6005 deep (tables within tables?); Newsline reads up to 200',
    );
  });

  it('tables nested a few deep are read', async () => {
    const xml = DOC_HEAD + '<w:tbl><w:tr><w:tc>'.repeat(5) + paragraphXml('Kabul fell on August 15, 2021.') + '</w:tc></w:tr></w:tbl>'.repeat(5) + DOC_TAIL;
    const r = await importBytes('ok.docx', docxWith({ 'word/document.xml': xml }));
    if (!r.ok) throw new Error(r.message);
    expect(r.document.sources[0].paragraphs.map((p) => p.text)).toContain('Kabul fell on August 15, 2021.');
  });

  it('a plain document still reads', async () => {
    expect((await importBytes('plain.docx', makeDocx(['Title', 'Kabul fell on August 15, 2021.']))).ok).toBe(true);
  });
});

describe('events per article', () => {
  it(`keeps the first ${MAX_EVENTS_PER_ARTICLE} in reading order and says how many were left out`, async () => {
    const lines = Array.from({ length: MAX_EVENTS_PER_ARTICLE + 100 }, (_, i) => `Talks number ${i + 1} were held on ${1 + (i % 28)} March ${1900 + (i % 120)}.`);
    const r = await importBytes('many.txt', Buffer.from(['Many talks', ...lines].join('\n\n')));
    if (!r.ok) throw new Error(r.message);
    expect(r.document.events).toHaveLength(MAX_EVENTS_PER_ARTICLE);
    expect(r.document.events[0].date.start).toBe('1900-03-01');
    expect(r.document.events.at(-1)?.evidence[0].paragraphId).toBe(`p${MAX_EVENTS_PER_ARTICLE + 1}`);
    expect(r.warnings).toContainEqual({ code: 'events-capped', found: MAX_EVENTS_PER_ARTICLE + 100, shown: MAX_EVENTS_PER_ARTICLE });
  }, 60_000);
});
