/**
 * The splice writer's zip: untouched entries are copied as stored (whatever wrote them: data
 * descriptors, stored entries, folders, comments, permissions), written parts are deflated and
 * dated, and both JSZip and the project's reader read the result back with its CRCs checked.
 */
import JSZip from "jszip";
import { ZIP_ENTRY_DATE, ZipPackage } from "../../src/xlsx/zipPackage";
import { entryData, readZipDirectory } from "../../src/xlsx/reader/zipDirectory";
import {
  inflater as inflaterInUse,
  useInflater,
  useDeflater,
  webDeflater,
  webInflater,
} from "../../src/xlsx/reader/inflate";
import { useNodeZlib } from "../../src/xlsx/reader/nodeInflate";

const PAST = new Date(Date.UTC(2019, 4, 17, 10, 42, 8));

/** A package as other tools write them: JSZip streaming (data descriptors), mixed methods. */
async function foreignPackage(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>", { date: PAST, compression: "STORE" });
  zip.folder("xl");
  zip.file("xl/workbook.xml", "<workbook>" + "x".repeat(5000) + "</workbook>", {
    date: PAST,
    unixPermissions: 0o100640,
    comment: "kept",
  });
  zip.file(
    "xl/media/image1.png",
    new Uint8Array(3000).map((_, i) => (i * 7) % 256),
    {
      date: PAST,
      compression: "STORE",
    },
  );
  zip.file("docProps/été.xml", "<p>é</p>", { date: PAST });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    streamFiles: true,
    platform: "UNIX",
  });
}

function stored(bytes: Uint8Array) {
  const dir = readZipDirectory(bytes, "t.xlsx");
  return new Map(dir.entries.map((e) => [e.name, { e, data: entryData(bytes, e, "t.xlsx") }]));
}

describe.each([
  ["the platform's CompressionStream", () => (useInflater(webInflater), useDeflater(webDeflater))],
  ["node:zlib", () => useNodeZlib()],
])("ZipPackage with %s", (_label, install) => {
  beforeAll(install);
  afterAll(() => (useInflater(webInflater), useDeflater(webDeflater)));

  test("copies untouched entries as stored, and rewrites only what was put", async () => {
    const input = await foreignPackage();
    const pkg = ZipPackage.open(input, "t.xlsx");
    expect(await pkg.file("xl/workbook.xml")!.text()).toContain("<workbook>x");
    expect(pkg.file("xl/")).toBeNull();
    pkg.put("xl/workbook.xml", "<workbook>nouveau</workbook>");
    pkg.put("xl/worksheets/feuille é.xml", "<worksheet>Synthèse</worksheet>");
    pkg.remove("[Content_Types].xml");
    const output = await pkg.bytes();

    const before = stored(input);
    const after = stored(output);
    expect([...after.keys()]).toEqual([
      "xl/",
      "xl/workbook.xml",
      "xl/media/",
      "xl/media/image1.png",
      "docProps/",
      "docProps/été.xml",
      "xl/worksheets/feuille é.xml",
    ]);
    for (const name of ["xl/", "xl/media/image1.png", "docProps/été.xml"]) {
      const [a, b] = [before.get(name)!, after.get(name)!];
      expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(true);
      expect(b.e.method).toBe(a.e.method);
      expect(b.e.crc32).toBe(a.e.crc32);
      expect(b.e.header.dosDate).toBe(a.e.header.dosDate);
      expect(b.e.header.externalAttributes).toBe(a.e.header.externalAttributes);
    }
    // An edited part keeps its own date, permissions and comment.
    const wb = after.get("xl/workbook.xml")!.e;
    const wbBefore = before.get("xl/workbook.xml")!.e;
    expect(wb.method).toBe(8);
    expect(wb.header.dosTime).toBe(wbBefore.header.dosTime);
    expect(wb.header.externalAttributes).toBe(wbBefore.header.externalAttributes);
    expect(new TextDecoder().decode(wb.header.comment)).toBe("kept");
    // No data descriptors in the output: sizes are in the local headers.
    for (const { e } of after.values()) expect(e.header.flags & 0x0008).toBe(0);
    // A new part is dated ZIP_ENTRY_DATE and flagged UTF-8 for its name.
    const sheet = after.get("xl/worksheets/feuille é.xml")!.e;
    expect(sheet.header.flags & 0x0800).toBe(0x0800);

    const back = await JSZip.loadAsync(output, { checkCRC32: true });
    expect(await back.file("xl/workbook.xml")!.async("string")).toBe(
      "<workbook>nouveau</workbook>",
    );
    expect(await back.file("xl/worksheets/feuille é.xml")!.async("string")).toBe(
      "<worksheet>Synthèse</worksheet>",
    );
    expect(back.file("xl/worksheets/feuille é.xml")!.date.getTime()).toBe(ZIP_ENTRY_DATE.getTime());
    expect(back.file("xl/workbook.xml")!.unixPermissions).toBe(0o100640);
    expect(await back.file("docProps/été.xml")!.async("string")).toBe("<p>é</p>");
    const again = ZipPackage.open(output, "t.xlsx");
    expect(await again.file("xl/worksheets/feuille é.xml")!.text()).toBe(
      "<worksheet>Synthèse</worksheet>",
    );
  });

  test("the same edits give the same bytes", async () => {
    const input = await foreignPackage();
    const write = async () => {
      const pkg = ZipPackage.open(input, "t.xlsx");
      pkg.put("xl/new.xml", "<a/>");
      return pkg.bytes();
    };
    expect(Buffer.from(await write()).equals(Buffer.from(await write()))).toBe(true);
  });

  test("a part is inflated once, however often it is read before being put", async () => {
    const input = await foreignPackage();
    const inflater = inflaterInUse();
    let inflations = 0;
    useInflater((part, onConsumed) => {
      inflations++;
      return inflater(part, onConsumed);
    });
    try {
      const pkg = ZipPackage.open(input, "t.xlsx");
      const first = await pkg.file("xl/workbook.xml")!.text();
      expect(await pkg.file("xl/workbook.xml")!.text()).toBe(first);
      expect(inflations).toBe(1);
      pkg.put("xl/workbook.xml", "<workbook/>");
      expect(await pkg.file("xl/workbook.xml")!.text()).toBe("<workbook/>");
      expect(inflations).toBe(1);
    } finally {
      useInflater(inflater);
    }
  });
});

test("a package past what a zip without ZIP64 holds is refused in French, before any byte is written", async () => {
  // The parts' compression is not what is tested: a deflater that stores keeps the test fast.
  useDeflater(async (d) => ({ compressed: d, crc32: 0, uncompressedSize: d.length }));
  try {
    const pkg = ZipPackage.create();
    for (let i = 0; i <= 0xffff; i++) pkg.put(`xl/media/p${i}.xml`, "<a/>");
    await expect(pkg.bytes()).rejects.toMatchObject({
      reason: "too-large-to-write",
      message: expect.stringContaining("ne peut pas être actualisé") as unknown,
    });
  } finally {
    useDeflater(webDeflater);
  }
});
