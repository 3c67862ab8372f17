/**
 * Nothing the user had is lost (PRODUCT §5): our sheets are spliced into the original package,
 * every other part stays byte-identical, and what ExcelJS could not carry over survives.
 */
import { writePlans } from "../../src/xlsx/writePlans";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import {
  CHART_PARTS,
  DRAWING_REL_ID,
  STYLED,
  buildRichWorkbook,
} from "../fixtures/xlsx/richWorkbook";
import { controlPlan, statusPlan } from "../fixtures/xlsx/planFixtures";
import { elements, loadExcelJs, partsOf } from "./packageInspection";

const EDITED_PARTS = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
];

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe("writePlans into a workbook holding a chart, a data validation and a comment", () => {
  let original: Uint8Array;
  let output: Uint8Array;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;

  beforeAll(async () => {
    original = await buildRichWorkbook();
    output = await writePlans(original, [statusPlan(), controlPlan()], "pilotage.xlsx");
    before = await partsOf(original);
    after = await partsOf(output);
  });

  it("leaves every part but the four bookkeeping ones byte-identical", () => {
    const untouched = [...before.keys()].filter((name) => !EDITED_PARTS.includes(name));
    expect(untouched).toEqual(
      expect.arrayContaining([...CHART_PARTS, "xl/comments1.xml", "xl/worksheets/sheet1.xml"]),
    );
    for (const name of untouched) {
      expect({
        name,
        same: Buffer.from(after.get(name) ?? []).equals(Buffer.from(before.get(name)!)),
      }).toEqual({
        name,
        same: true,
      });
    }
  });

  it("only appends to the bookkeeping parts: every original entry is still there, in place", () => {
    const keep = (part: string, element: string): void => {
      const old = elements(text(before.get(part)), element);
      expect(elements(text(after.get(part)), element).slice(0, old.length)).toEqual(old);
    };
    keep("[Content_Types].xml", "Override");
    keep("[Content_Types].xml", "Default");
    keep("xl/_rels/workbook.xml.rels", "Relationship");
    keep("xl/workbook.xml", "sheet");
    for (const el of ["numFmt", "font", "fill", "border", "xf", "cellStyle"])
      keep("xl/styles.xml", el);
  });

  it("keeps the chart referenced: sheet → drawing → chart, with their content types", () => {
    const sheet = text(after.get("xl/worksheets/sheet1.xml"));
    expect(elements(sheet, "drawing")).toEqual([{ "r:id": DRAWING_REL_ID }]);
    const sheetRels = elements(
      text(after.get("xl/worksheets/_rels/sheet1.xml.rels")),
      "Relationship",
    );
    expect(sheetRels.find((r) => r.Id === DRAWING_REL_ID)?.Target).toBe("../drawings/drawing1.xml");
    const drawingRels = elements(
      text(after.get("xl/drawings/_rels/drawing1.xml.rels")),
      "Relationship",
    );
    expect(drawingRels[0]?.Target).toBe("../charts/chart1.xml");
    const overrides = elements(text(after.get("[Content_Types].xml")), "Override").map(
      (o) => o.PartName,
    );
    expect(overrides).toEqual(
      expect.arrayContaining(["/xl/drawings/drawing1.xml", "/xl/charts/chart1.xml"]),
    );
  });

  it("keeps the data validation, the comment and the existing cells' styles (read back with ExcelJS)", async () => {
    const wb = await loadExcelJs(output);
    const ws = wb.getWorksheet("Indicateurs")!;
    expect(ws.getCell("D2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"oui,non"'],
    });
    expect(ws.getCell("A1").note).toBe("Codes du catalogue SPASER");
    const header = ws.getCell(STYLED.header.address);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ pattern: "solid", fgColor: { argb: STYLED.header.fill } });
    expect(ws.getCell(STYLED.amount.address).numFmt).toBe(STYLED.amount.numFmt);
    expect(ws.getCell("C2").value).toBe(1250.5);
  });

  it("appends our sheets after the user's and marks only ours", async () => {
    const { grids, existingSheets } = await readWorkbook(output, "pilotage.xlsx");
    expect(existingSheets).toEqual([
      { name: "Indicateurs", ours: false },
      { name: "Registre", ours: false },
      { name: "Statut 2026-S1", ours: true },
      { name: "Contrôle 2026-S1", ours: true },
    ]);
    expect(grids[0]!.rows[1]).toEqual(["IMP3-I5", 0.31, 1250.5, "oui"]);
    expect(grids[2]!.rows[2]![0]).toBe("IMP3-I5");
  });

  it("gives new sheets fresh part names, relationship ids and sheet ids", () => {
    const sheets = elements(text(after.get("xl/workbook.xml")), "sheet");
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(4);
    expect(new Set(sheets.map((s) => s["r:id"])).size).toBe(4);
    const rels = elements(text(after.get("xl/_rels/workbook.xml.rels")), "Relationship");
    expect(new Set(rels.map((r) => r.Id)).size).toBe(rels.length);
    const markers = elements(text(after.get("xl/workbook.xml")), "definedName");
    expect(markers).toEqual([
      { name: "SPASER_FEUILLE", localSheetId: "2" },
      { name: "SPASER_FEUILLE", localSheetId: "3" },
    ]);
  });
});
