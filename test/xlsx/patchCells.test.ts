import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CellPatchError, createSheet, patchSheetCells } from "../../src/xlsx/patchCells";
import { buildRichWorkbook, CHART_PARTS } from "../fixtures/xlsx/richWorkbook";
import { elements, exceljsBytes, loadExcelJs, partsOf, sheetXml } from "./packageInspection";

const SHEET1 = "xl/worksheets/sheet1.xml";
const NOTIFIED = new Date(Date.UTC(2026, 2, 15));

function changedParts(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((n) => {
      const a = before.get(n);
      const b = after.get(n);
      return !a || !b || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
    })
    .sort();
}

/** The sheet's XML outside <sheetData> and <dimension>: what patching must not touch. */
function outsideCells(xml: string): string {
  return xml.replace(/<sheetData>.*<\/sheetData>/s, "").replace(/<dimension [^>]*\/>/, "");
}

describe("patchSheetCells on a workbook holding a chart, a data validation and a comment", () => {
  let original: Uint8Array;
  let patched: Uint8Array;

  beforeAll(async () => {
    original = await buildRichWorkbook();
    patched = await patchSheetCells(original, "Indicateurs", [
      { row: 1, col: 1, value: 0.4 },
      { row: 2, col: 3, value: "oui" },
      { row: 1, col: 2, value: null },
      { row: 1, col: 5, value: "nouveau" },
      { row: 5, col: 0, value: NOTIFIED },
      { row: 4, col: 1, value: "ligne 5" },
      { row: 4, col: 2, value: true },
    ]);
  });

  it("leaves every other part byte-identical (only the sheet and styles.xml change)", async () => {
    const changed = changedParts(await partsOf(original), await partsOf(patched));
    expect(changed).toEqual(["xl/styles.xml", SHEET1]);
    const before = await partsOf(original);
    for (const part of [...CHART_PARTS, "xl/comments1.xml", "xl/sharedStrings.xml"])
      expect(before.has(part)).toBe(true);
  });

  it("keeps the data validation, the drawing and the comment's anchor in the sheet", async () => {
    const before = await sheetXml(original, "Indicateurs");
    const after = await sheetXml(patched, "Indicateurs");
    expect(outsideCells(after)).toBe(outsideCells(before));
    expect(after).toContain(`<dataValidation type="list" allowBlank="1" sqref="D2">`);
  });

  it("reads back the patched cells and the untouched ones with ExcelJS", async () => {
    const ws = (await loadExcelJs(patched)).getWorksheet("Indicateurs")!;
    expect(ws.getCell("B2").value).toBe(0.4);
    expect(ws.getCell("D3").value).toBe("oui");
    expect(ws.getCell("C2").value).toBeNull();
    // The cleared cell keeps its own number format.
    expect(ws.getCell("C2").numFmt).toBe("#,##0.00 €");
    expect(ws.getCell("F2").value).toBe("nouveau");
    expect(ws.getCell("B5").value).toBe("ligne 5");
    expect(ws.getCell("C5").value).toBe(true);
    expect(ws.getCell("A6").value).toEqual(NOTIFIED);
    expect(ws.getCell("A6").numFmt).toBe("dd/mm/yyyy");
    // Untouched cells, values and styles.
    expect(ws.getCell("A1").value).toBe("Code");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("D2").value).toBe("oui");
    expect(ws.getCell("D2").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("A1").note).toBeDefined();
    expect([ws.getCell("B3").value, ws.getCell("C4").value, ws.getCell("A4").value]).toEqual([
      0.12,
      12,
      "IMP3-I7",
    ]);
    const reg = (await loadExcelJs(patched)).getWorksheet("Registre")!;
    expect(reg.getCell("B2").value).toBe(1000);
  });

  it("replaces a shared-string cell by an inline string and leaves the shared strings alone", async () => {
    const xml = await sheetXml(patched, "Indicateurs");
    const d3 = elements(xml, "c").find((c) => c.r === "D3");
    expect(d3?.t).toBe("inlineStr");
    expect(xml).toContain(`<c r="D3" t="inlineStr"><is><t>oui</t></is></c>`);
  });

  it("writes rows and cells in sheet order and widens the dimension and the row spans", async () => {
    const xml = await sheetXml(patched, "Indicateurs");
    expect(elements(xml, "row").map((r) => r.r)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(elements(xml, "c").map((c) => c.r)).toEqual([
      "A1",
      "B1",
      "C1",
      "D1",
      "A2",
      "B2",
      "C2",
      "D2",
      "F2",
      "A3",
      "B3",
      "C3",
      "D3",
      "A4",
      "B4",
      "C4",
      "D4",
      "B5",
      "C5",
      "A6",
    ]);
    expect(elements(xml, "dimension")[0]?.ref).toBe("A1:F6");
    expect(elements(xml, "row")[1]?.spans).toBe("1:6");
  });

  it("returns the input itself when there is nothing to patch", async () => {
    expect(await patchSheetCells(original, "Indicateurs", [])).toBe(original);
  });

  it("refuses a sheet that does not exist, in French", async () => {
    await expect(
      patchSheetCells(original, "Absente", [{ row: 0, col: 0, value: 1 }]),
    ).rejects.toThrow(/n’a pas de feuille «\u00a0Absente\u00a0»/);
  });
});

describe("patchSheetCells on sparse and formula sheets", () => {
  async function sparse(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Feuille");
    ws.getCell("A1").value = "a";
    ws.getCell("C1").value = "c";
    ws.getCell("A3").value = 3;
    ws.getCell("B3").value = { formula: "A3*2", result: 6 };
    ws.getCell("E3").value = 5;
    return exceljsBytes(wb);
  }

  it("inserts a cell between two cells and a row between two rows", async () => {
    const out = await patchSheetCells(await sparse(), "Feuille", [
      { row: 2, col: 3, value: "d" },
      { row: 0, col: 1, value: "b" },
      { row: 1, col: 0, value: 2 },
    ]);
    const xml = await sheetXml(out, "Feuille");
    expect(elements(xml, "row").map((r) => r.r)).toEqual(["1", "2", "3"]);
    expect(elements(xml, "c").map((c) => c.r)).toEqual([
      "A1",
      "B1",
      "C1",
      "A2",
      "A3",
      "B3",
      "D3",
      "E3",
    ]);
    const ws = (await loadExcelJs(out)).getWorksheet("Feuille")!;
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("C1").value]).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect(ws.getCell("A2").value).toBe(2);
    expect(ws.getCell("D3").value).toBe("d");
    expect(ws.getCell("B3").value).toMatchObject({ formula: "A3*2" });
  });

  it("never overwrites a formula cell and writes nothing then", async () => {
    const input = await sparse();
    const attempt = patchSheetCells(input, "Feuille", [
      { row: 0, col: 1, value: "b" },
      { row: 2, col: 1, value: 7 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(CellPatchError);
    await expect(attempt).rejects.toThrow(
      /La cellule B3 de la feuille «\u00a0Feuille\u00a0» contient une formule/,
    );
  });

  it("keeps a number format the user chose and applies ours to General cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Feuille");
    ws.getCell("A1").value = 1;
    ws.getCell("A1").numFmt = "0.000";
    ws.getCell("B1").value = 2;
    ws.getCell("B1").font = { bold: true };
    const out = await patchSheetCells(await exceljsBytes(wb), "Feuille", [
      { row: 0, col: 0, value: 10, numberFormat: "#,##0.00" },
      { row: 0, col: 1, value: 20, numberFormat: "#,##0.00" },
      { row: 0, col: 2, value: NOTIFIED, styleFrom: { row: 0, col: 1 } },
    ]);
    const back = (await loadExcelJs(out)).getWorksheet("Feuille")!;
    expect(back.getCell("A1").numFmt).toBe("0.000");
    expect(back.getCell("B1").numFmt).toBe("#,##0.00");
    expect(back.getCell("B1").font?.bold).toBe(true);
    expect(back.getCell("C1").value).toEqual(NOTIFIED);
    expect(back.getCell("C1").font?.bold).toBe(true);
    expect(back.getCell("C1").numFmt).toBe("dd/mm/yyyy");
  });
});

describe("patchSheetCells on a sheet written without cell and row references", () => {
  it("finds cells and rows by position and keeps the sheet's order", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuille").getCell("A1").value = 0;
    const zip = await JSZip.loadAsync(await exceljsBytes(wb));
    const xml = await zip.file(SHEET1)!.async("string");
    // `r` is optional: A1, B1 (empty), C1, then A2, all given by position only.
    const data = `<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c/><c><v>3</v></c></row><row><c><v>9</v></c></row></sheetData>`;
    zip.file(SHEET1, xml.replace(/<sheetData>.*<\/sheetData>|<sheetData\/>/s, data));
    const out = await patchSheetCells(await zip.generateAsync({ type: "uint8array" }), "Feuille", [
      { row: 0, col: 1, value: "b" },
      { row: 0, col: 3, value: "d" },
      { row: 0, col: 2, value: 30 },
      { row: 2, col: 0, value: "nouvelle" },
    ]);
    const written = await sheetXml(out, "Feuille");
    expect(written).toContain(
      `<sheetData><row><c t="inlineStr"><is><t>a</t></is></c>` +
        `<c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1"><v>30</v></c>` +
        `<c r="D1" t="inlineStr"><is><t>d</t></is></c></row><row><c><v>9</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>nouvelle</t></is></c></row></sheetData>`,
    );
    expect(elements(written, "dimension")[0]?.ref).toBe("A1:D3");
  });
});

describe("patchSheetCells on a prefixed sheet with a comment among its rows", () => {
  it("writes with the sheet's prefix and does not take the comment for a row", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuille").getCell("A1").value = 0;
    const zip = await JSZip.loadAsync(await exceljsBytes(wb));
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    zip.file(
      SHEET1,
      `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${main}"><x:sheetData>` +
        `<!-- <x:row r="5"><x:c r="B5"><x:f>1</x:f></x:c></x:row> -->` +
        `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    const out = await patchSheetCells(await zip.generateAsync({ type: "uint8array" }), "Feuille", [
      { row: 0, col: 1, value: "b" },
      { row: 4, col: 1, value: 5 },
    ]);
    expect(await sheetXml(out, "Feuille")).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${main}"><x:dimension ref="A1:B5"/><x:sheetData>` +
        `<!-- <x:row r="5"><x:c r="B5"><x:f>1</x:f></x:c></x:row> -->` +
        `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>` +
        `<x:row r="5"><x:c r="B5"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });
});

describe("createSheet", () => {
  it("adds a sheet that belongs to the user and leaves the other parts byte-identical", async () => {
    const original = await buildRichWorkbook();
    const out = await createSheet(original, {
      name: "Marchés",
      kind: "registre",
      semester: "",
      columnWidths: [12],
      rows: [[{ value: "Référence" }], [{ value: "M-1" }]],
      styles: {},
    });
    const changed = changedParts(await partsOf(original), await partsOf(out));
    expect(changed.filter((p) => !p.startsWith("xl/worksheets/sheet3"))).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
    ]);
    const workbook = (await partsOf(out)).get("xl/workbook.xml")!;
    expect(Buffer.from(workbook).toString("utf8")).not.toMatch(/definedName/);
    const ws = (await loadExcelJs(out)).getWorksheet("Marchés")!;
    expect(ws.getCell("A2").value).toBe("M-1");
  });
});
