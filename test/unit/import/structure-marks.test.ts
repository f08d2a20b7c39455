import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { structureBlocks, type MarkedBlock } from '../../../main/import/structure';

// structureBlocks reads each block's text and marks where they are (a string, or a marked block with some
// marks left out) rather than first copying every block into an object with all its marks spelled out. These
// hold it to what it gives on the spelled-out copies, the form it used to read.

const TEXTS = fc.constantFrom(
  'A long report from the region',
  'MOSCOW, May 15, 2024. /TASS/. The report opens here.',
  'WASHINGTON, March 12 (Xinhua) -- Officials said on Friday that talks would resume.',
  'By John Smith',
  'Published on March 3, 2021',
  'Share',
  'Advertisement',
  '[Home](/) | [News](/news)',
  'Kabul fell on August 15, 2021.',
  'A standfirst without a full stop',
  '“The war is over,” he said.',
  '\u200b\u200c',
  '   ',
  '',
  'x'.repeat(450),
);
const padded = fc.tuple(fc.constantFrom('', ' ', '\n', '\t '), TEXTS, fc.constantFrom('', ' ', '\n')).map(([a, t, b]) => a + t + b);
const flag = fc.constantFrom<boolean | undefined | 'absent'>(true, false, undefined, 'absent');
const block = fc.oneof(
  padded,
  fc.record({ text: padded, heading: flag, emphasis: flag, linksOnly: flag }).map((b) => {
    const out: Record<string, unknown> = { text: b.text };
    for (const k of ['heading', 'emphasis', 'linksOnly'] as const) if (b[k] !== 'absent') out[k] = b[k];
    return out as unknown as MarkedBlock;
  }),
);

/** Every block as an object with each mark spelled out, as structureBlocks used to copy them. */
const spelledOut = (blocks: (string | MarkedBlock)[]): MarkedBlock[] =>
  blocks.map((b) => (typeof b === 'string' ? { text: b, heading: false, emphasis: false, linksOnly: false } : { heading: false, emphasis: false, linksOnly: false, ...b }));

describe('structureBlocks on blocks as they come', () => {
  it('finds the same title, dateline and paragraphs as on the blocks with every mark spelled out', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.option(fc.oneof(TEXTS, fc.constant('A long report from the region | Site')), { nil: undefined }), (blocks, title) => {
        const opts = { title, fallbackTitle: 'file' };
        expect(structureBlocks(blocks, opts)).toEqual(structureBlocks(spelledOut(blocks), opts));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a mark that is set, and one left out as not set', () => {
    const heading = structureBlocks([{ text: 'Kabul fell on August 15, 2021.', heading: true }, 'The city was quiet.'], { fallbackTitle: 'f' });
    expect(heading.title).toBe('Kabul fell on August 15, 2021.');
    const plain = structureBlocks([{ text: 'Kabul fell on August 15, 2021.' }, 'The city was quiet.'], { fallbackTitle: 'f' });
    expect(plain.title).toBe('f');
    const links = structureBlocks([{ text: 'Home News World', linksOnly: true }, 'Title here', 'Body text.'], { fallbackTitle: 'f' });
    expect(links.paragraphs[0].role).toBe('chrome');
  });
});
