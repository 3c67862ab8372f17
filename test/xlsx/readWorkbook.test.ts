import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook, UnreadableWorkbookError } from "../../src/xlsx/readWorkbook";
import { exceljsBytes } from "./packageInspection";

const utcDay = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

async function oneSheet(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Feuil1"));
  return exceljsBytes(wb);
}

/** Rewrites one part of a package (to build what ExcelJS will not write itself). */
async function patchPart(
  bytes: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, edit(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("readWorkbook — cell normalisation", () => {
  let rows: readonly (readonly unknown[])[];

  beforeAll(async () => {
    const bytes = await oneSheet((ws) => {
      ws.getCell("A1").value = 42.5;
      ws.getCell("B1").value = "  texte non rogné ";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = false;
      ws.getCell("A2").value = { formula: "A1*2", result: 85 };
      ws.getCell("B2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("C2").value = { formula: "A1" }; // never calculated
      ws.getCell("D2").value = { formula: '"ab"&"cd"', result: "abcd" };
      ws.getCell("A3").value = {
        richText: [{ text: "riche " }, { font: { bold: true }, text: "texte" }],
      };
      ws.getCell("B3").value = { text: "lien", hyperlink: "https://www.lenord.fr" };
      ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("A4").value = new Date(Date.UTC(2026, 5, 30, 17, 45));
      ws.getCell("A4").numFmt = "dd/mm/yyyy hh:mm";
      ws.getCell("B4").value = { formula: "A4+1", result: new Date(Date.UTC(2026, 6, 1)) };
      ws.getCell("B4").numFmt = "dd/mm/yyyy";
      ws.getCell("A5").value = 1;
      // ExcelJS's typings omit the shared-formula master's fields.
      ws.getCell("B5").value = {
        formula: "A5*10",
        result: 10,
        shareType: "shared",
        ref: "B5:B7",
      } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell("B6").value = { sharedFormula: "B5", result: 20 };
      ws.getCell("B7").value = { sharedFormula: "B5", result: { error: "#REF!" } };
      ws.getCell("A8").value = "fusion";
      ws.mergeCells("A8:C8");
      ws.getCell("E10").value = "isolée";
    });
    const { grids } = await readWorkbook(bytes, "cas.xlsx");
    rows = grids[0]!.rows;
  });

  it("keeps numbers, booleans and strings as they are (no trimming)", () => {
    expect(rows[0]).toEqual([42.5, "  texte non rogné ", true, false]);
  });

  it("replaces formulas by their cached result, errors by {error}, an uncalculated one by null", () => {
    expect(rows[1]).toEqual([85, { error: "#DIV/0!" }, null, "abcd"]);
  });

  it("gives rich text and hyperlink cells as plain text, Excel errors as {error}", () => {
    expect(rows[2]).toEqual(["riche texte", "lien", { error: "#N/A" }]);
  });

  it("gives dates (and date results of formulas) at UTC midnight of the day shown", () => {
    expect(rows[3]).toEqual([utcDay(2026, 6, 30), utcDay(2026, 7, 1)]);
  });

  it("reads shared formulas' results, error results included", () => {
    expect(rows[4]![1]).toBe(10);
    expect(rows[5]![1]).toBe(20);
    expect(rows[6]![1]).toEqual({ error: "#REF!" });
  });

  it("leaves the covered cells of a merge empty, as Excel does", () => {
    expect([0, 1, 2].map((c) => rows[7]![c] ?? null)).toEqual(["fusion", null, null]);
  });

  it("maps row 0 to sheet row 1 and fills gaps with null", () => {
    expect(rows).toHaveLength(10);
    expect(rows[8]).toEqual([]);
    expect(rows[9]).toEqual([null, null, null, null, "isolée"]);
  });
});

describe("readWorkbook — date systems", () => {
  /** A date cell holding raw serial `serial` under a date format. */
  async function serialWorkbook(serial: number, date1904Attr: string | null): Promise<Uint8Array> {
    const bytes = await oneSheet((ws) => {
      ws.getCell("A1").value = serial;
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    if (date1904Attr === null) return bytes;
    return patchPart(bytes, "xl/workbook.xml", (xml) =>
      xml.replace("<workbookPr", `<workbookPr date1904="${date1904Attr}"`),
    );
  }

  it("reads a 1900-system serial as the day Excel shows", async () => {
    const { grids, date1904 } = await readWorkbook(await serialWorkbook(46203, null), "a.xlsx");
    expect(date1904).toBe(false);
    expect(grids[0]!.rows[0]![0]).toEqual(utcDay(2026, 6, 30));
  });

  it.each(["1", "true"])(
    "reads a 1904-system serial (date1904=%p) as the day Excel shows",
    async (attr) => {
      // 46203 − 1462 is 30 June 2026 in the 1904 system.
      const { grids, date1904 } = await readWorkbook(
        await serialWorkbook(46203 - 1462, attr),
        "mac.xlsx",
      );
      expect(date1904).toBe(true);
      expect(grids[0]!.rows[0]![0]).toEqual(utcDay(2026, 6, 30));
    },
  );

  it("reads early 1900 serials as Excel shows them (its 29 February 1900 quirk)", async () => {
    const { grids } = await readWorkbook(await serialWorkbook(1, null), "a.xlsx");
    expect(grids[0]!.rows[0]![0]).toEqual(utcDay(1900, 1, 1));
  });
});

describe("readWorkbook — sheets and ownership marker", () => {
  it("lists every sheet in tab order and recognises our marker", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Indicateurs").getCell("A1").value = "x";
    wb.addWorksheet("Statut 2026-S1");
    wb.addWorksheet("Statut 2026-S2");
    let bytes = await exceljsBytes(wb);
    // Marker on the 2nd sheet; a same-named workbook-scoped name must not count.
    bytes = await patchPart(bytes, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</sheets>",
        `</sheets><definedNames><definedName name="SPASER_FEUILLE" localSheetId="1" hidden="1">"statut:2026-S1"</definedName>` +
          `<definedName name="SPASER_FEUILLE">"x"</definedName></definedNames>`,
      ),
    );
    const { grids, existingSheets } = await readWorkbook(bytes, "pilotage.xlsx");
    expect(grids.map((g) => g.name)).toEqual(["Indicateurs", "Statut 2026-S1", "Statut 2026-S2"]);
    expect(existingSheets).toEqual([
      { name: "Indicateurs", ours: false },
      { name: "Statut 2026-S1", ours: true },
      { name: "Statut 2026-S2", ours: false },
    ]);
  });
});

describe("readWorkbook — unusable files", () => {
  const oleHeader = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

  async function reasonFor(
    data: Uint8Array,
    name = "pilotage.xlsx",
  ): Promise<UnreadableWorkbookError> {
    try {
      await readWorkbook(data, name);
    } catch (e) {
      if (e instanceof UnreadableWorkbookError) return e;
      throw e;
    }
    throw new Error("no error");
  }

  it.each<[string, () => Promise<Uint8Array>, string]>([
    ["an empty file", async () => new Uint8Array(0), "empty"],
    [
      "text named .xlsx",
      async () => new TextEncoder().encode("Code;Indicateur\nIMP3-I5;12\n"),
      "not-xlsx",
    ],
    [
      "a legacy .xls",
      async () => new Uint8Array([...oleHeader, ...new Array(504).fill(0)]),
      "legacy-xls",
    ],
    [
      "a password-protected workbook",
      async () =>
        new Uint8Array([
          ...oleHeader,
          ...new Array(200).fill(0),
          ...utf16("EncryptedPackage"),
          0,
          0,
        ]),
      "encrypted",
    ],
    [
      "a zip that is not a workbook",
      async () => {
        const zip = new JSZip();
        zip.file("notes.txt", "bonjour");
        return zip.generateAsync({ type: "uint8array" });
      },
      "not-workbook",
    ],
    [
      "a Word document renamed .xlsx",
      async () => {
        const zip = new JSZip();
        zip.file(
          "_rels/.rels",
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        );
        zip.file(
          "word/document.xml",
          `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
        );
        return zip.generateAsync({ type: "uint8array" });
      },
      "not-workbook",
    ],
    [
      "a truncated xlsx",
      async () => (await oneSheet((ws) => (ws.getCell("A1").value = 1))).slice(0, 300),
      "not-xlsx",
    ],
    [
      "a workbook whose workbook.xml is broken",
      async () =>
        patchPart(await oneSheet(() => undefined), "xl/workbook.xml", () => "<workbook><sheets>"),
      "damaged",
    ],
  ])("rejects %s with one French sentence naming the file", async (_label, make, reason) => {
    const error = await reasonFor(await make());
    expect(error.reason).toBe(reason);
    expect(error.message).toContain("«\u00a0pilotage.xlsx\u00a0»");
    expect(error.message).toMatch(/^[A-ZÀ-Ý].*\.$/);
    expect(error.message.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
  });
});
