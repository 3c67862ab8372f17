/**
 * Each pane's initial JavaScript, gzip-compressed, as the browser downloads it before the first
 * render (PRODUCT §10: ≤ 400 KB per pane). Lazy chunks (ExcelJS, Office.js adapter) are not counted:
 * they load only when a file is opened or Excel is detected.
 * Run after `npm run build`: `node build/scripts/bundle-size.js [dist]`.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Budget of a pane's initial JavaScript, gzip (PRODUCT §10). */
export const INITIAL_JS_LIMIT_BYTES = 400 * 1000;

export interface PageSize {
  readonly page: string;
  readonly scripts: readonly string[];
  readonly gzipBytes: number;
  readonly withinLimit: boolean;
}

/** Local scripts a page loads at once (its <script src> tags, not the Office.js CDN). */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  // Minified pages drop the quotes around attribute values: accept all three forms.
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = (m[1] ?? m[2] ?? m[3])!;
    if (!/^[a-z]+:\/\//i.test(src) && !src.startsWith("//")) out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Measures every HTML page of a built dist/ folder. */
export function measurePages(distDir: string): PageSize[] {
  return readdirSync(distDir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((page) => {
      const scripts = initialScripts(readFileSync(join(distDir, page), "utf8"));
      const gzipBytes = scripts.reduce(
        (sum, s) => sum + gzipSize(readFileSync(join(distDir, s))),
        0,
      );
      return { page, scripts, gzipBytes, withinLimit: gzipBytes <= INITIAL_JS_LIMIT_BYTES };
    });
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1).replace(".", ",")} Ko`;
}

/** Scripts no page loads at once (lazy chunks: the file engine, the Office.js adapter…), gzip. */
export function lazyChunks(distDir: string): { file: string; gzipBytes: number }[] {
  const initial = new Set(measurePages(distDir).flatMap((p) => p.scripts));
  return readdirSync(distDir)
    .filter((f) => f.endsWith(".js") && !initial.has(f))
    .sort()
    .map((file) => ({ file, gzipBytes: gzipSize(readFileSync(join(distDir, file))) }));
}

/** Printable lines for `npm run bench`. */
export function bundleSizeLines(distDir = "dist"): string[] {
  if (!existsSync(distDir))
    return [`Taille des volets : ${distDir}/ absent, lancez d’abord « npm run build ».`];
  return [
    `JavaScript initial des volets (gzip, limite ${kilobytes(INITIAL_JS_LIMIT_BYTES)}) :`,
    ...measurePages(distDir).map(
      (p) =>
        `  ${p.page.padEnd(12)} ${kilobytes(p.gzipBytes).padStart(10)}  ${p.withinLimit ? "✔ dans la limite" : "✖ au-delà de la limite"}`,
    ),
    "Morceaux chargés à la demande (gzip) :",
    ...lazyChunks(distDir).map(
      (c) => `  ${c.file.padEnd(40)} ${kilobytes(c.gzipBytes).padStart(10)}`,
    ),
  ];
}

if (require.main === module) {
  const dir = process.argv[2] ?? "dist";
  for (const line of bundleSizeLines(dir)) process.stdout.write(`${line}\n`);
  if (existsSync(dir) && measurePages(dir).some((p) => !p.withinLimit)) process.exitCode = 1;
}
