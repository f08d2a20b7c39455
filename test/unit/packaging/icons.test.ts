import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without type declarations
import { ICNS_TYPES, ICO_SIZES, LINUX_SIZES, decodePng, encodePng, makeIcons, resize } from '../../../scripts/make-icons.mjs';

const build = new URL('../../../build/', import.meta.url);
const source = readFileSync(new URL('icon.png', build));

describe('icons', () => {
  const { files } = makeIcons(source) as { files: Map<string, Buffer> };

  it('are up to date with the one source image (npm run icons regenerates them)', () => {
    for (const [name, bytes] of files) {
      const committed = readFileSync(new URL(name, build));
      if (name.endsWith('.png')) {
        // Compare pixels, not bytes: a different zlib may compress the same image differently.
        const [a, b] = [decodePng(committed), decodePng(bytes)];
        expect([a.width, a.height], name).toEqual([b.width, b.height]);
        expect(a.data.equals(b.data), `${name} pixels differ from the source; run npm run icons`).toBe(true);
      } else {
        expect(committed.length, name).toBe(bytes.length);
      }
    }
  });

  it('cover every size the Linux targets use', () => {
    for (const s of LINUX_SIZES) {
      const img = decodePng(readFileSync(new URL(`icons/${s}x${s}.png`, build)));
      expect([img.width, img.height]).toEqual([s, s]);
    }
    expect(LINUX_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
  });

  it('give Windows an .ico with 16 to 256 px entries', () => {
    const ico = readFileSync(new URL('icon.ico', build));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(ICO_SIZES);
    for (let i = 0; i < count; i++) {
      const size = ico.readUInt32LE(6 + i * 16 + 8), offset = ico.readUInt32LE(6 + i * 16 + 12);
      expect(offset + size).toBeLessThanOrEqual(ico.length);
    }
  });

  it('give macOS an .icns whose entries are PNGs of the size their type says', () => {
    const icns = readFileSync(new URL('icon.icns', build));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const seen: Array<[string, number]> = [];
    for (let pos = 8; pos < icns.length; ) {
      const type = icns.toString('latin1', pos, pos + 4), len = icns.readUInt32BE(pos + 4);
      const img = decodePng(icns.subarray(pos + 8, pos + len));
      seen.push([type, img.width]);
      pos += len;
    }
    expect(seen).toEqual(ICNS_TYPES);
  });

  it('are downscaled by area averaging without dark fringes at transparent edges', () => {
    // A 2×2 image, one opaque white pixel and three transparent black ones, averages to white at 25% alpha.
    const data = Buffer.from([255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...resize({ width: 2, height: 2, data }, 1).data]).toEqual([255, 255, 255, 64]);
    const img = { width: 3, height: 2, data: Buffer.from(Array.from({ length: 24 }, (_, i) => (i * 37) % 256)) };
    expect(decodePng(encodePng(img))).toEqual(img);
  });
});
