/**
 * Packages written by other producers differ in shape (part names, attribute order, no
 * <definedNames>, date1904="false"…). `libreoffice-calc.xlsx` is the rich fixture saved by
 * LibreOffice Calc 7.4 (`libreoffice --headless --convert-to xlsx`), kept as a binary because
 * LibreOffice is not available in CI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writePlans } from "../../src/xlsx/writePlans";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { controlPlan, statusPlan } from "../fixtures/xlsx/planFixtures";
import { elements, loadExcelJs, partsOf } from "./packageInspection";

const EDITED = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
];

describe("writing into a workbook saved by LibreOffice Calc", () => {
  const input = new Uint8Array(
    readFileSync(join(__dirname, "..", "fixtures", "xlsx", "libreoffice-calc.xlsx")),
  );
  let output: Uint8Array;

  beforeAll(async () => {
    output = await writePlans(input, [statusPlan(), controlPlan()], "calc.xlsx");
  });

  it("leaves every other part byte-identical, the chart included", async () => {
    const [before, after] = [await partsOf(input), await partsOf(output)];
    const untouched = [...before.keys()].filter((n) => !EDITED.includes(n));
    expect(untouched).toContain("xl/charts/chart1.xml");
    for (const name of untouched)
      expect([name, Buffer.from(after.get(name)!).equals(Buffer.from(before.get(name)!))]).toEqual([
        name,
        true,
      ]);
  });

  it("creates <definedNames> where CT_Workbook wants it (before calcPr)", async () => {
    const xml = new TextDecoder().decode((await partsOf(output)).get("xl/workbook.xml"));
    expect(xml.indexOf("</sheets><definedNames>")).toBeGreaterThan(0);
    expect(xml.indexOf("</definedNames><calcPr")).toBeGreaterThan(0);
    expect(elements(xml, "definedName").map((d) => d.localSheetId)).toEqual(["2", "3"]);
  });

  it("reads back the user's data and ours, and is idempotent", async () => {
    const { grids, existingSheets, date1904 } = await readWorkbook(output, "calc.xlsx");
    expect(date1904).toBe(false);
    expect(existingSheets.map((s) => s.ours)).toEqual([false, false, true, true]);
    expect(grids[0]!.rows[1]).toEqual(["IMP3-I5", 0.31, 1250.5, "oui"]);
    expect(grids[2]!.rows[2]![2]).toBe(0.3125);
    const wb = await loadExcelJs(output);
    expect(wb.getWorksheet("Indicateurs")!.getCell("D2").dataValidation.type).toBe("list");
    expect(wb.getWorksheet("Statut 2026-S1")!.getCell("C3").numFmt).toBe("0.0 %");
    const again = await writePlans(output, [statusPlan(), controlPlan()], "calc.xlsx");
    expect(Buffer.from(again).equals(Buffer.from(output))).toBe(true);
  });
});
