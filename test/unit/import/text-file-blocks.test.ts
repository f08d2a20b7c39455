import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, ImportError, textFileBlocks } from '../../../main/import/input-checks';
import { textBlocks } from '../../../main/import/structure';

// A plain-text file is cut into blocks on its bytes, each block decoded on its own (so the whole text is never
// held decoded). It must give exactly the blocks, and the messages, of decoding the whole text first.

const outcome = (f: () => string[]) => {
  try {
    return { blocks: f() };
  } catch (err) {
    if (err instanceof ImportError) return { message: err.message };
    throw err;
  }
};
const viaText = (bytes: Buffer) => outcome(() => textBlocks(decodeText('a.txt', bytes)));
const viaBytes = (bytes: Buffer) => outcome(() => textFileBlocks('a.txt', bytes));

describe('plain-text blocks cut on the bytes', () => {
  it('gives the blocks of the decoded text for line breaks of every kind, blank lines with spaces, and byte order marks', () => {
    const cases = [
      'Title\nFirst paragraph.\nSecond one.',
      'Title\r\n\r\nOne line\r\nand its next.\r\n \t\r\n\r\n\nTwo — “quoted” ’s.\r',
      'a\rb\r\rc',
      '\ufeff\ufeffTwo marks, then text\n\n\n',
      '\ufeffOne mark\n \n \nstill the next block?',
      'Ça va — naïve café\n\n日本語の段落\n\nLatin-1 only: déjà vu',
      ' \t\n \n\t',
      '\u200b\u200c\n\n\u200b',
    ];
    for (const text of cases) {
      const bytes = Buffer.from(text, 'utf8');
      expect(viaBytes(bytes), JSON.stringify(text)).toEqual(viaText(bytes));
    }
  });

  it('gives the blocks of the decoded text for any text made of line breaks, blanks and other characters', () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', 'a', 'B.', 'é', '—', '日', '😀', '\ufeff', '\u200b', '\u00a0', '\f');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const bytes = Buffer.from(pieces.join(''), 'utf8');
        expect(viaBytes(bytes)).toEqual(viaText(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes a block of Latin-1 characters a one-byte string, whatever the rest of the file holds', () => {
    // One byte a character is half the memory of two; seen from outside, only through its size once serialised.
    const [latin, other] = textFileBlocks('a.txt', Buffer.from('Déjà vu, a plain paragraph.\n\nA “curly” one.', 'utf8'));
    const { serialize } = require('node:v8') as typeof import('node:v8');
    expect(serialize(latin).length).toBeLessThan(latin.length + 8);
    expect(serialize(other).length).toBeGreaterThanOrEqual(2 * other.length);
  });
});
