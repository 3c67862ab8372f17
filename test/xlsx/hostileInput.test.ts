/**
 * Crafted and damaged packages: each limit of the reader refuses with one French sentence
 * (issue « bounded time and memory on hostile files »), and parts the reader does not need
 * are never inflated.
 */
import JSZip from "jszip";
import { readWorkbook, UnreadableWorkbookError } from "../../src/xlsx/readWorkbook";
import { writePlans } from "../../src/xlsx/writePlans";
import { XmlStream, MAX_XML_DEPTH } from "../../src/xlsx/reader/xmlStream";
import { WorksheetHandler } from "../../src/xlsx/reader/sheetHandlers";
import { useInflater, webInflater } from "../../src/xlsx/reader/inflate";
import { useNodeZlib } from "../../src/xlsx/reader/nodeInflate";
import { SAMPLE } from "../fixtures/xlsx/producerVariants";
import { statusPlan } from "../fixtures/xlsx/planFixtures";

jest.setTimeout(60_000);

async function withParts(
  edit: (zip: JSZip) => void | Promise<void>,
  compression: "DEFLATE" | "STORE" = "DEFLATE",
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(SAMPLE);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression });
}

async function refusal(
  bytes: Uint8Array,
  options?: Parameters<typeof readWorkbook>[2],
): Promise<UnreadableWorkbookError> {
  try {
    await readWorkbook(bytes, "pilotage.xlsx", options);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return e;
    throw e;
  }
  throw new Error("read without error");
}

function oneFrenchSentence(message: string): void {
  expect(message).toContain("«\u00a0pilotage.xlsx\u00a0»");
  expect(message).toMatch(/^[A-ZÀ-Ý].*\.$/);
  expect(message.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
}

/** Central-directory records of a zip, with their offsets, to damage them on purpose. */
function centralRecords(bytes: Uint8Array): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    out.push({ name: new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + len)), at: i });
  }
  return out;
}

function flipCrc(bytes: Uint8Array, name: string): Uint8Array {
  const copy = bytes.slice();
  const rec = centralRecords(copy).find((r) => r.name === name)!;
  copy[rec.at + 16] = copy[rec.at + 16]! ^ 0xff;
  return copy;
}

describe("nesting depth", () => {
  const deep = (n: number): string =>
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<a>".repeat(n)}${"</a>".repeat(n)}<sheets/></workbook>`;

  it("refuses a workbook.xml 40 000 levels deep, in reading and in writing", async () => {
    const bytes = await withParts((z) => void z.file("xl/workbook.xml", deep(40_000)));
    const error = await refusal(bytes);
    expect(error.reason).toBe("too-deep");
    oneFrenchSentence(error.message);
    await expect(writePlans(bytes, [statusPlan()], "pilotage.xlsx")).rejects.toMatchObject({
      reason: "too-deep",
    });
  });

  it("accepts a workbook.xml at the limit's edge but refuses one level more", async () => {
    // The workbook element is level 1: MAX_XML_DEPTH - 1 nested levels fit.
    const ok = await withParts((z) => void z.file("xl/workbook.xml", deep(MAX_XML_DEPTH - 1)));
    await expect(readWorkbook(ok, "pilotage.xlsx")).resolves.toBeDefined();
    const ko = await withParts((z) => void z.file("xl/workbook.xml", deep(MAX_XML_DEPTH)));
    expect((await refusal(ko)).reason).toBe("too-deep");
  });

  it("refuses a worksheet nested beyond the limit", async () => {
    const bytes = await withParts(async (z) => {
      const xml = await z.file("xl/worksheets/sheet1.xml")!.async("string");
      z.file(
        "xl/worksheets/sheet1.xml",
        xml.replace("</worksheet>", `${"<x>".repeat(300)}${"</x>".repeat(300)}</worksheet>`),
      );
    });
    const error = await refusal(bytes);
    expect([error.reason, error.detail]).toEqual(["too-deep", "xl/worksheets/sheet1.xml"]);
  });
});

describe("inflation", () => {
  it("never inflates a part it does not need: a corrupt 20 MB image does not matter", async () => {
    const bytes = await withParts(
      (z) => void z.file("xl/media/image1.png", new Uint8Array(20_000_000)),
    );
    const damaged = flipCrc(bytes, "xl/media/image1.png");
    const { grids } = await readWorkbook(damaged, "pilotage.xlsx");
    expect(grids.map((g) => g.name)).toEqual(["Indicateurs", "Marchés"]);
  });

  it("refuses needed parts that inflate beyond the budget, counting while inflating", async () => {
    const error = await refusal(SAMPLE, { limits: { maxInflatedBytes: 100_000 } });
    expect(error.reason).toBe("too-large");
    expect(error.message).toContain("dépassent 98\u00a0Ko une fois décompressées");
    oneFrenchSentence(error.message);
  });

  it("refuses a workbook.xml past 64 MiB without building a string of it", async () => {
    const bytes = await withParts(async (z) => {
      const xml = await z.file("xl/workbook.xml")!.async("string");
      z.file("xl/workbook.xml", xml.replace("<sheets>", `${" ".repeat(65 * 1024 * 1024)}<sheets>`));
    });
    const error = await refusal(bytes);
    expect(error.reason).toBe("too-large");
    expect(error.message).toContain("xl/workbook.xml");
    oneFrenchSentence(error.message);
  });

  it("refuses more filled cells than the limit, and rows beyond Excel's", async () => {
    const cells = await refusal(SAMPLE, { limits: { maxCells: 1000 } });
    expect(cells.reason).toBe("too-large");
    expect(cells.message).toContain("1\u202f000\u00a0cellules");
    oneFrenchSentence(cells.message);
    const rows = await withParts(async (z) => {
      const xml = await z.file("xl/worksheets/sheet2.xml")!.async("string");
      z.file(
        "xl/worksheets/sheet2.xml",
        xml.replace("</sheetData>", '<row r="1048577"><c><v>1</v></c></row></sheetData>'),
      );
    });
    const error = await refusal(rows);
    expect(error.reason).toBe("too-large");
    expect(error.message).toContain("1\u00a0048\u00a0576 lignes");
  });
});

describe("integrity", () => {
  it("refuses a part read whose CRC-32 is wrong (deflated or stored)", async () => {
    for (const compression of ["DEFLATE", "STORE"] as const) {
      const bytes = await withParts(() => undefined, compression);
      const error = await refusal(flipCrc(bytes, "xl/worksheets/sheet2.xml"));
      expect([compression, error.reason, error.detail]).toEqual([
        compression,
        "bad-crc",
        "xl/worksheets/sheet2.xml",
      ]);
      oneFrenchSentence(error.message);
    }
  });

  it("refuses duplicate entry names, in reading and in writing", async () => {
    const bytes = (await withParts(() => undefined)).slice();
    // Rename the central record of sheet2 to sheet1's name (same length).
    const rec = centralRecords(bytes).find((r) => r.name === "xl/worksheets/sheet2.xml")!;
    bytes.set(new TextEncoder().encode("xl/worksheets/sheet1.xml"), rec.at + 46);
    const error = await refusal(bytes);
    expect([error.reason, error.detail]).toEqual(["duplicate-entry", "xl/worksheets/sheet1.xml"]);
    oneFrenchSentence(error.message);
    await expect(writePlans(bytes, [statusPlan()], "pilotage.xlsx")).rejects.toMatchObject({
      reason: "duplicate-entry",
    });
  });

  it("refuses a DOCTYPE (entity expansion) in a worksheet", async () => {
    const bytes = await withParts(async (z) => {
      const xml = await z.file("xl/worksheets/sheet1.xml")!.async("string");
      z.file(
        "xl/worksheets/sheet1.xml",
        xml.replace("<worksheet", '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet'),
      );
    });
    expect((await refusal(bytes)).reason).toBe("damaged");
  });
});

describe("files that are not .xlsx say how to save as .xlsx", () => {
  const saveAs = "Fichier › Enregistrer sous › Classeur Excel (.xlsx)";

  it("an OpenDocument spreadsheet (.ods)", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
      compression: "STORE",
    });
    zip.file("content.xml", "<office:document-content/>");
    const error = await refusal(await zip.generateAsync({ type: "uint8array" }));
    expect(error.reason).toBe("ods");
    expect(error.message).toContain(saveAs);
    oneFrenchSentence(error.message);
  });

  it("a legacy .xls and an encrypted workbook (OLE compound files)", async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const xls = await refusal(new Uint8Array([...ole, ...new Array(504).fill(0)]));
    expect(xls.message).toContain(saveAs);
    const name = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = await refusal(new Uint8Array([...ole, ...new Array(100).fill(0), ...name]));
    expect(encrypted.reason).toBe("encrypted");
    expect(encrypted.message).toContain(saveAs);
    oneFrenchSentence(encrypted.message);
  });
});

describe("streaming", () => {
  it("decodes an entity cut between two chunks", () => {
    const h = new WorksheetHandler({
      sharedStrings: [],
      dateStyles: [],
      date1904: false,
      cells: 0,
    });
    const s = new XmlStream(h);
    s.write('<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>Appel d&ap');
    s.write('os;offres</t></is></c><c t="str"><f>A1</f><v>R&amp');
    s.write(";D</v></c></row></sheetData></worksheet>");
    s.end();
    expect(h.rows).toEqual([["Appel d'offres", "R&D"]]);
  });

  it("reports progress in compressed bytes and stops when aborted", async () => {
    const seen: [number, number][] = [];
    await readWorkbook(SAMPLE, "pilotage.xlsx", { onProgress: (d, t) => seen.push([d, t]) });
    const last = seen[seen.length - 1]!;
    expect(last[0]).toBe(last[1]);
    expect(last[1]).toBeGreaterThan(10_000);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0])).toBe(true);

    const controller = new AbortController();
    controller.abort();
    await expect(
      readWorkbook(SAMPLE, "pilotage.xlsx", { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
  });
});

describe("with node:zlib (the CLI's inflater)", () => {
  beforeAll(() => useNodeZlib());
  afterAll(() => useInflater(webInflater));

  it("reads the sample as DecompressionStream does and refuses a wrong CRC-32", async () => {
    useInflater(webInflater);
    const web = await readWorkbook(SAMPLE, "pilotage.xlsx");
    useNodeZlib();
    expect(await readWorkbook(SAMPLE, "pilotage.xlsx")).toEqual(web);
    const error = await refusal(flipCrc(SAMPLE, "xl/sharedStrings.xml"));
    expect([error.reason, error.detail]).toEqual(["bad-crc", "xl/sharedStrings.xml"]);
  });

  it("reports progress in compressed bytes as the parts are inflated, up to the total", async () => {
    const seen: [number, number][] = [];
    await readWorkbook(SAMPLE, "pilotage.xlsx", { onProgress: (d, t) => seen.push([d, t]) });
    const last = seen[seen.length - 1]!;
    expect(last[0]).toBe(last[1]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0])).toBe(true);
    // One step at least per inflated part (workbook, styles, strings, sheets), not one at the end.
    expect(new Set(seen.map(([d]) => d)).size).toBeGreaterThanOrEqual(4);
  });
});
