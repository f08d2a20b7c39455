// Makes every icon the installers need from the one source image, build/icon.png (1024×1024 RGBA):
//   build/icons/NxN.png  Linux (AppImage, deb), the folder electron-builder's linux.icon points at
//   build/icon.ico       Windows (NSIS and the .exe), BMP entries up to 128 px and PNG at 256 px
//   build/icon.icns      macOS (dmg and the .app)
//   build/newsline-document.{ico,icns}  the icon of .newsline files: a page wearing the app's icon
// Pure Node (zlib only), so it runs the same on every developer's machine and in CI.
// Usage: node scripts/make-icons.mjs [--check]   --check exits 1 if the committed icons differ from the source.
import { deflateSync, inflateSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** icns entry types (PNG payloads) and the pixel size each holds. */
export const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];

// ---- PNG -----------------------------------------------------------------------------------------------

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG into { width, height, data: RGBA bytes }. */
export function decodePng(buf) {
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let pos = 8, width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (crc32(buf.subarray(pos + 4, pos + 8 + len)) !== buf.readUInt32BE(pos + 8 + len)) throw new Error(`PNG chunk ${type} fails its CRC`);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9];
      if (depth !== 8 || (colorType !== 6 && colorType !== 2) || body[12] !== 0) {
        throw new Error('the icon source must be an 8-bit RGB or RGBA PNG without interlacing');
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[out + x - channels] : 0;
      const b = y > 0 ? pixels[out - stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[out - stride + x - channels] : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (pred === undefined) throw new Error(`bad PNG filter ${filter}`);
      pixels[out + x] = (line[x] + pred) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: pixels };
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels.copy(data, i * 4, i * 3, i * 3 + 3);
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Encodes RGBA pixels as PNG, choosing per row the filter with the smallest output (the usual heuristic). */
export function encodePng({ width, height, data }) {
  const stride = width * 4;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const cur = data.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? data.subarray((y - 1) * stride, y * stride) : null;
    let best = null, bestScore = Infinity;
    for (let f = 0; f < 5; f++) {
      const row = Buffer.alloc(stride + 1);
      row[0] = f;
      let score = 0;
      for (let x = 0; x < stride; x++) {
        const a = x >= 4 ? cur[x - 4] : 0, b = prev ? prev[x] : 0, c = x >= 4 && prev ? prev[x - 4] : 0;
        const v = (cur[x] - [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]) & 0xff;
        row[x + 1] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) (best = row), (bestScore = score);
    }
    rows.push(best);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---- Resizing ------------------------------------------------------------------------------------------

/**
 * Area-average downscale in premultiplied alpha, so transparent edge pixels do not bleed dark fringes.
 * Every output pixel is the exact mean of the source area it covers (fractional at the edges).
 */
export function resize(img, size) {
  const { width, height, data } = img;
  if (size === width && size === height) return { width, height, data: Buffer.from(data) };
  if (size > width || size > height) throw new Error(`cannot upscale ${width}×${height} to ${size}`);
  const out = Buffer.alloc(size * size * 4);
  const sx = width / size, sy = height / size;
  for (let oy = 0; oy < size; oy++) {
    const y0 = oy * sy, y1 = y0 + sy;
    for (let ox = 0; ox < size; ox++) {
      const x0 = ox * sx, x1 = x0 + sx;
      let r = 0, g = 0, b = 0, a = 0, area = 0;
      for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
        const wy = Math.min(y + 1, y1) - Math.max(y, y0);
        for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
          const w = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
          const i = (y * width + x) * 4;
          const alpha = data[i + 3] * w;
          r += data[i] * alpha;
          g += data[i + 1] * alpha;
          b += data[i + 2] * alpha;
          a += alpha;
          area += w;
        }
      }
      const o = (oy * size + ox) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / area);
    }
  }
  return { width: size, height: size, data: out };
}

// ---- ICO and ICNS --------------------------------------------------------------------------------------

/** A 32-bit BMP (DIB) icon entry: BGRA rows bottom-up, then the 1-bit AND mask, for tools that cannot read PNG entries. */
function dibEntry({ width, height, data }) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // colour bitmap and mask, stacked
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(width * height * 4);
  const maskStride = Math.ceil(width / 32) * 4;
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y++) {
    const src = (height - 1 - y) * width * 4;
    for (let x = 0; x < width; x++) {
      const s = src + x * 4, d = (y * width + x) * 4;
      pixels[d] = data[s + 2];
      pixels[d + 1] = data[s + 1];
      pixels[d + 2] = data[s];
      pixels[d + 3] = data[s + 3];
      if (data[s + 3] === 0) mask[y * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

export function encodeIco(images) {
  const entries = images.map((img) => (img.width >= 256 ? encodePng(img) : dibEntry(img)));
  const dir = Buffer.alloc(6 + 16 * images.length);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(images.length, 4);
  let offset = dir.length;
  images.forEach((img, i) => {
    const e = 6 + i * 16;
    dir[e] = img.width >= 256 ? 0 : img.width; // 0 means 256
    dir[e + 1] = img.height >= 256 ? 0 : img.height;
    dir.writeUInt16LE(1, e + 4);
    dir.writeUInt16LE(32, e + 6);
    dir.writeUInt32LE(entries[i].length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += entries[i].length;
  });
  return Buffer.concat([dir, ...entries]);
}

export function encodeIcns(pngBySize) {
  const parts = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

// ---- The .newsline document icon -------------------------------------------------------------------------

/**
 * The icon files of Newsline's own document type wear: a sheet of paper with a folded corner, the app's
 * icon on it, drawn from the same source so the two never drift apart.
 */
export function makeDocumentImage(app) {
  const size = 1024;
  const out = Buffer.alloc(size * size * 4);
  // The sheet, in 1024 px units: a portrait page with a folded top-right corner.
  const left = 176, right = 848, top = 64, bottom = 960, fold = 200, border = 14;
  const inSheet = (x, y) => x >= left && x < right && y >= top && y < bottom && x - (right - fold) <= y - top;
  const onFoldFlap = (x, y) => x >= right - fold && y < top + fold && x - (right - fold) <= y - top;
  // Four samples per pixel, so the edges are smooth.
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (const [dx, dy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]]) {
        const sx = x + dx, sy = y + dy;
        if (!inSheet(sx, sy)) continue;
        const edge = !inSheet(sx - border, sy) || !inSheet(sx + border, sy) || !inSheet(sx, sy - border) || !inSheet(sx, sy + border);
        const [cr, cg, cb] = edge ? [120, 130, 150] : onFoldFlap(sx, sy) ? [214, 220, 232] : [252, 252, 250];
        r += cr; g += cg; b += cb; a += 1;
      }
      const o = (y * size + x) * 4;
      if (a) {
        out[o] = Math.round(r / a); out[o + 1] = Math.round(g / a); out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((a / 4) * 255);
      }
    }
  }
  // The app's icon on the sheet, below the fold.
  const badge = resize(app, 560);
  const bx = Math.round((size - 560) / 2), by = 330;
  for (let y = 0; y < 560; y++) {
    for (let x = 0; x < 560; x++) {
      const s = (y * 560 + x) * 4, d = ((by + y) * size + bx + x) * 4;
      const alpha = badge.data[s + 3] / 255;
      for (let c = 0; c < 3; c++) out[d + c] = Math.round(badge.data[s + c] * alpha + out[d + c] * (1 - alpha));
      out[d + 3] = Math.max(out[d + 3], badge.data[s + 3]);
    }
  }
  return { width: size, height: size, data: out };
}

// ---- Main ----------------------------------------------------------------------------------------------

/** The .ico and .icns of one 1024 px image, under the given base name. */
function iconSet(img, base, files) {
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])];
  const scaled = new Map(sizes.map((s) => [s, s === img.width ? img : resize(img, s)]));
  files.set(`${base}.ico`, encodeIco(ICO_SIZES.map((s) => scaled.get(s))));
  files.set(`${base}.icns`, encodeIcns(new Map(sizes.map((s) => [s, encodePng(scaled.get(s))]))));
  return scaled;
}

export function makeIcons(source) {
  const img = decodePng(source);
  if (img.width !== 1024 || img.height !== 1024) throw new Error(`the icon source must be 1024×1024, not ${img.width}×${img.height}`);
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])];
  const scaled = new Map(sizes.map((s) => [s, resize(img, s)]));
  const png = new Map(sizes.map((s) => [s, encodePng(scaled.get(s))]));
  const files = new Map();
  for (const s of LINUX_SIZES) files.set(`icons/${s}x${s}.png`, png.get(s));
  files.set('icon.ico', encodeIco(ICO_SIZES.map((s) => scaled.get(s))));
  files.set('icon.icns', encodeIcns(png));
  // electron-builder looks for a file association's icon under build/ by the name the association gives.
  const documentImage = makeDocumentImage(img);
  iconSet(documentImage, 'newsline-document', files);
  return { files, scaled };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const buildDir = fileURLToPath(new URL('../build/', import.meta.url));
  const check = process.argv.includes('--check');
  const { files } = makeIcons(readFileSync(join(buildDir, 'icon.png')));
  let stale = 0;
  for (const [name, bytes] of files) {
    const target = join(buildDir, name);
    if (check) {
      if (!existsSync(target) || !readFileSync(target).equals(bytes)) {
        console.error(`stale: build/${name} (run npm run icons)`);
        stale++;
      }
    } else {
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, bytes);
      console.log(`wrote build/${name} (${bytes.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}
