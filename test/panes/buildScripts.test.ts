import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import {
  bundleSizeLines,
  gzipSize,
  initialScripts,
  INITIAL_JS_LIMIT_BYTES,
  measurePages,
} from "../../scripts/bundle-size";
import { drawIcon, encodePng, ICON_SIZES } from "../../scripts/make-icons";

describe("bundle-size", () => {
  it("finds the local scripts of a page, not the CDN", () => {
    const html =
      '<script defer="defer" src="excel.1234.js"></script><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script src="./vendors.js"></script>';
    expect(initialScripts(html)).toEqual(["excel.1234.js", "vendors.js"]);
    expect(
      initialScripts("<script defer src=word.ab12.js></script><script src='r.js'></script>"),
    ).toEqual(["word.ab12.js", "r.js"]);
  });

  it("measures each page's initial scripts, gzip, against the limit", () => {
    const dir = mkdtempSync(join(tmpdir(), "dist-"));
    try {
      const small = "const a = 1;\n".repeat(100);
      // Random-looking text does not compress: 800 kB of it is over the limit.
      let big = "";
      let x = 7;
      while (big.length < 800_000) {
        x = (x * 1103515245 + 12345) % 2147483648;
        big += x.toString(36);
      }
      writeFileSync(join(dir, "a.js"), small);
      writeFileSync(join(dir, "b.js"), big);
      writeFileSync(join(dir, "moteur-fichier.js"), small);
      writeFileSync(join(dir, "excel.html"), '<script src="a.js"></script>');
      writeFileSync(
        join(dir, "word.html"),
        '<script src="a.js"></script><script src="b.js"></script>',
      );
      const pages = measurePages(dir);
      expect(pages.map((p) => p.page)).toEqual(["excel.html", "word.html"]);
      expect(pages[0]!.gzipBytes).toBe(gzipSize(Buffer.from(small)));
      expect(pages[0]!.withinLimit).toBe(true);
      expect(pages[1]!.gzipBytes).toBeGreaterThan(INITIAL_JS_LIMIT_BYTES);
      expect(pages[1]!.withinLimit).toBe(false);
      const lines = bundleSizeLines(dir);
      expect(lines).toHaveLength(5);
      expect(lines[2]).toMatch(/word\.html .*au-delà/);
      // Lazily loaded chunks (the file engine) are listed apart, with their own size.
      expect(lines[3]).toMatch(/à la demande/);
      expect(lines[4]).toMatch(/^ {2}moteur-fichier\.js +0,0 Ko$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says when dist/ is missing", () => {
    expect(bundleSizeLines(join(tmpdir(), "pas-de-dist-ici"))[0]).toMatch(/npm run build/);
  });
});

describe("make-icons", () => {
  it("draws a rounded icon: transparent corners, opaque middle", () => {
    const size = 64;
    const px = drawIcon(size);
    expect(px[3]).toBe(0); // top-left corner alpha
    const mid = ((size / 2) * size + size / 2) * 4;
    expect(px[mid + 3]).toBe(255);
  });

  it.each(ICON_SIZES)("encodes a valid %i px PNG", (size) => {
    const png = encodePng(size, drawIcon(size));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe(size * (size * 4 + 1));
  });
});
