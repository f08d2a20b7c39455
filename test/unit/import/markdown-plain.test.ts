import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, rawBlocksOfBytes, textFileRawBlocks } from '../../../main/import/input-checks';
import { isPlainProse, markdownBlocks, markdownBlocksOf, plainProseBlock, viaMicromark } from '../../../main/import/markdown';

// A block of prose with no Markdown syntax skips micromark and the HTML reading (most of a Markdown import's
// time and memory). These hold the shortcut to what the parser gives, on blocks and on whole articles.

/** Characters of prose, with the ones that are syntax only in some places (digits, "-", "#", "=", "(") and whitespace of every kind. */
const PROSE = fc.constantFrom(
  ...Array.from('aZ 0123456789.,;:\'"“”’()?-–—#=+%$/\u00a0\u2009\u200b\t\féü漢😀'),
  ' ',
  ' ',
  'e',
  '\n',
  'www.',
  'https://x.org ',
  '1.',
  '2)',
  ':-',
  '\n:',
);
const proseBlock = fc.array(PROSE, { minLength: 1, maxLength: 60 }).map((a) => a.join(''));

/** Blocks of every kind an article in Markdown has, and syntax at the edges of plain ones. */
const ANY_BLOCK = fc.oneof(
  proseBlock,
  proseBlock.map((s) => `# ${s}`),
  proseBlock.map((s) => `- ${s}\n- ${s}`),
  proseBlock.map((s) => `1. ${s}`),
  proseBlock.map((s) => `> ${s}`),
  proseBlock.map((s) => `*${s.trim() || 'a'}*`),
  proseBlock.map((s) => `[${s.trim() || 'a'}]`),
  fc.constant('[a]: https://example.org/a'),
  fc.constant('Some [a] words'),
  fc.constant('    code'),
  fc.constant('---'),
  fc.constant('Title\n==='),
  fc.constant('| a | b |\n| - | - |\n| c | d |'),
  fc.constant('Text with a note[^1]'),
  fc.constant('[^1]: The note.'),
  fc.constant('\u00a0\u00a0'),
  fc.constant('\uE000'),
);

describe('plain prose in Markdown', () => {
  it('a block taken as plain reads as micromark and the HTML reading read it', () => {
    fc.assert(
      fc.property(proseBlock, (block) => {
        if (!block.trim() || !isPlainProse(block)) return;
        const plain = plainProseBlock(block);
        expect(viaMicromark(block)).toEqual(plain ? [plain] : []);
      }),
      { numRuns: 600 },
    );
  });

  it('takes ordinary news paragraphs as plain, and nothing with syntax in it', () => {
    expect(isPlainProse('Officials said on Friday that the talks, which began on May 3, 2024, would resume.\nThe “last” round’s end (two weeks ago) — no deal.')).toBe(true);
    for (const block of ['a\n\nb', 'a\n \nb', 'a *b*', 'a_b_', '[a](b)', 'a <b>', 'a &amp; b', 'a\\b', 'a `b`', '~~a~~', 'a | b', '![a](b)', ' a', 'a\n  b', 'a\n- b', 'a\n1. b', 'a\n2) b', '# a', 'a\n===', 'a\n> b', 'a\n:-', 'a\n|-', '\ta', 'a\u0000b']) {
      expect(isPlainProse(block), block).toBe(false);
    }
  });

  it('a whole article reads the same with and without the shortcut', () => {
    fc.assert(
      fc.property(fc.array(ANY_BLOCK, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n\n', '\n \n', '\n\n\n'), (blocks, gap) => {
        const text = blocks.join(gap);
        expect(markdownBlocks(text)).toEqual(markdownBlocks(text, { plainProse: false }));
      }),
      { numRuns: 100 },
    );
  });

  it('batches longer than one piece read the same too (a reference defined far from its use)', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says that the talks began on May ${(i % 28) + 1}, 2024, and went on.`);
    const text = ['[a]: https://example.org/a', ...filler.slice(0, 30), 'See [a] and *this*.', ...filler.slice(30), '- one\n- two'].join('\n\n');
    expect(markdownBlocks(text)).toEqual(markdownBlocks(text, { plainProse: false }));
  });
});

describe('a Markdown file cut at blank lines on its bytes', () => {
  it('gives the pieces its decoded text gives', () => {
    const unit = fc.constantFrom('a', ' ', '\t', '\r', '\n', '\r\n', 'é', '漢', '😀', '- ', '\u00a0');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (units) => {
        const text = units.join('');
        expect([...rawBlocksOfBytes(Buffer.from(text), 0)]).toEqual(text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/));
      }),
      { numRuns: 1000 },
    );
  });

  it('imports as the whole decoded text did, byte order mark and all', () => {
    const text = '\ufeffTitle\r\n\r\n*Standfirst here*\r\n\r\n  \r\nMOSCOW, May 15. The talks began on May 3, 2024.\n \t\n- one\n- two\r\rLast line';
    const bytes = Buffer.from(text);
    expect(markdownBlocksOf(textFileRawBlocks('a.md', bytes))).toEqual(markdownBlocks(decodeText('a.md', bytes)));
  });
});
