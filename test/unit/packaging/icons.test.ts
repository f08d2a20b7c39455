import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// electron-builder's own icon lookup and size reader, the code that picks the file it converts.
import { buildSourceCandidates, getPngSize } from 'app-builder-lib/out/util/iconConverter.js';

// The app has one icon, build/icon.png. electron-builder converts it at package time into the Linux icon set,
// the macOS .icns and the Windows .ico (its icon tool is downloaded then, so the conversion itself runs in the
// workflow's packaging steps). These tests check that electron-builder will pick that file for each platform
// and that it is large enough for every format.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const buildDir = join(root, 'build');
const SOURCE = join(buildDir, 'icon.png');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));

/** The file electron-builder resolves for a platform's icon option, as its converter looks it up. */
function resolvedIcon(icon: string | undefined, format: 'set' | 'icns' | 'ico'): string | null {
  const candidates: string[] = buildSourceCandidates(icon ? [icon] : [], format);
  for (const candidate of candidates) {
    for (const dir of [buildDir, root]) if (existsSync(join(dir, candidate))) return join(dir, candidate);
  }
  return null;
}

describe('the app icon', () => {
  it('is a 1024×1024 RGBA PNG', () => {
    const png = readFileSync(SOURCE);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    expect([png[24], png[25]], 'bit depth 8, colour type 6 (RGBA)').toEqual([8, 6]);
  });

  it.each([
    ['linux', 'set', 256],
    ['mac', 'icns', 512],
    ['win', 'ico', 256],
  ] as const)('is what electron-builder converts for %s (%s), and big enough for it', async (platform, format, minimum) => {
    expect(resolvedIcon(config[platform]?.icon ?? config.icon, format)).toBe(SOURCE);
    const { width, height } = await getPngSize(SOURCE);
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(minimum);
  });

  it('has no hand-made conversions beside it that could go stale', () => {
    for (const stale of ['icon.icns', 'icon.ico', 'icons']) expect(existsSync(join(buildDir, stale)), stale).toBe(false);
  });
});
