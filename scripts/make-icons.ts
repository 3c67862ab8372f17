/**
 * Draws the add-in icons (assets/icon-16.png … icon-128.png) without any image library:
 * a rounded blue square with three rising white bars (the pilot's progress) and a green base line.
 * Run: `npx tsc -p tsconfig.cli.json && node build/scripts/make-icons.js`.
 * Deterministic: the same bytes every run, so the committed PNGs never churn.
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0x1f, 0x4e, 0x9a, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [0x6f, 0xcf, 0x7f, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Colour of a point in unit coordinates (0..1), before anti-aliasing. */
function shade(x: number, y: number): Rgba {
  const r = 0.18; // corner radius of the rounded square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  // Three bars, rising left to right, standing on a base line.
  const bars: readonly [number, number, number][] = [
    [0.2, 0.36, 0.55],
    [0.42, 0.58, 0.38],
    [0.64, 0.8, 0.2],
  ];
  const base = 0.8;
  if (y >= base && y <= base + 0.07 && x >= 0.16 && x <= 0.84) return GREEN;
  for (const [x0, x1, top] of bars) {
    if (x >= x0 && x <= x1 && y >= top && y < base) return WHITE;
  }
  return BLUE;
}

/** RGBA pixels of one icon, 4×4 super-sampled so that small sizes stay smooth. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const acc = [0, 0, 0, 0];
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const c = shade((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size);
          // Premultiply so that transparent samples do not darken the edges.
          acc[0]! += c[0] * c[3];
          acc[1]! += c[1] * c[3];
          acc[2]! += c[2] * c[3];
          acc[3]! += c[3];
        }
      }
      const o = (j * size + i) * 4;
      const a = acc[3]!;
      px[o] = a ? Math.round(acc[0]! / a) : 0;
      px[o + 1] = a ? Math.round(acc[1]! / a) : 0;
      px[o + 2] = a ? Math.round(acc[2]! / a) : 0;
      px[o + 3] = Math.round(a / (ss * ss));
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** Minimal PNG encoder: 8-bit RGBA, filter 0 on every row. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  // Default: the repository's assets/ seen from build/scripts/; an explicit folder may be given.
  const dir = process.argv[2] ?? join(__dirname, "..", "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, drawIcon(size)));
  }
}

if (require.main === module) main();
