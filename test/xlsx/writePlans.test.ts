import type ExcelJS from "exceljs";
import { createWorkbook } from "../../src/xlsx/writePlans";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { controlPlan, statusPlan } from "../fixtures/xlsx/planFixtures";
import { elements, loadExcelJs, sheetXml } from "./packageInspection";

describe("createWorkbook — what a plan becomes", () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await createWorkbook([statusPlan(), controlPlan()]);
    wb = await loadExcelJs(bytes);
    ws = wb.getWorksheet("Statut 2026-S1")!;
  });

  it("writes the sheets in plan order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Statut 2026-S1", "Contrôle 2026-S1"]);
  });

  it("writes every kind of value (strings kept exactly, numbers, booleans, empty styled cells)", async () => {
    const { grids } = await readWorkbook(bytes, "out.xlsx");
    const rows = grids[0]!.rows;
    // The title is merged over five columns: the covered cells read as empty (absent).
    expect(rows[0]).toEqual(["Statut des indicateurs — 2026-S1"]);
    expect(rows[2]).toEqual([
      "IMP3-I5",
      "Part des marchés avec une clause sociale",
      0.3125,
      1234567,
      "✖ En retard",
    ]);
    expect(rows[3]).toEqual([
      "IMP3-I6",
      "  texte avec espaces\net saut de ligne  ",
      0.5,
      true,
      "✔ En bonne voie",
    ]);
    expect(grids[1]!.rows[1]).toEqual(["erreur", "Valeur illisible <« 12,5 % »> & co"]);
    // The empty header cells still carry the header style.
    expect(ws.getCell("B1").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
  });

  it("writes number formats", () => {
    expect(ws.getCell("C3").numFmt).toBe("0.0 %");
    expect(ws.getCell("D3").numFmt).toBe("# ##0");
    expect(ws.getCell("C4").numFmt).toBe("0.0 %");
  });

  it("writes fills, font colours, bold, italic, size, underline, alignment, borders", () => {
    const header = ws.getCell("A2");
    expect(header.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(header.font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(header.border.left).toMatchObject({ style: "thin", color: { argb: "FF808080" } });
    expect(ws.getCell("E3").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("E3").font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    expect(ws.getCell("C4").fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(ws.getCell("A3").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(ws.getCell("A5").font).toMatchObject({ italic: true, size: 9 });
    expect(ws.getCell("B3").font?.bold).toBeFalsy();
  });

  it("writes internal links with quoted sheet names (apostrophes doubled)", async () => {
    const links = elements(await sheetXml(bytes, "Statut 2026-S1"), "hyperlink");
    expect(links).toEqual([
      { ref: "A3", location: "'Contrôle 2026-S1'!B3", display: "IMP3-I5" },
      { ref: "A4", location: "'Synthèse d''été'!A1", display: "IMP3-I6" },
    ]);
  });

  it("freezes panes, sets column widths, merges, auto-filter and print setup", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([12, 42, 14, 16, 18]);
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("E1").isMerged).toBe(true);
    expect(ws.getCell("A2").isMerged).toBe(false);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const control = wb.getWorksheet("Contrôle 2026-S1")!;
    expect(control.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
  });

  it("writes the auto-filter and the data bars (min, max, colour)", async () => {
    const xml = await sheetXml(bytes, "Statut 2026-S1");
    expect(elements(xml, "autoFilter")).toEqual([{ ref: "A2:E4" }]);
    expect(elements(xml, "conditionalFormatting")).toEqual([{ sqref: "C3:C4" }]);
    expect(elements(xml, "cfRule")).toEqual([{ type: "dataBar", priority: "1" }]);
    expect(elements(xml, "cfvo")).toEqual([
      { type: "num", val: "0" },
      { type: "num", val: "1" },
    ]);
    expect(elements(xml, "color")).toEqual([{ rgb: "FF5B9BD5" }]);
  });

  it("ignores charts in file mode (no drawing part)", async () => {
    const xml = await sheetXml(bytes, "Statut 2026-S1");
    expect(elements(xml, "drawing")).toEqual([]);
  });

  it("marks every sheet it writes as ours", async () => {
    const { existingSheets } = await readWorkbook(bytes, "out.xlsx");
    expect(existingSheets).toEqual([
      { name: "Statut 2026-S1", ours: true },
      { name: "Contrôle 2026-S1", ours: true },
    ]);
  });

  it("is deterministic", async () => {
    expect(
      Buffer.from(await createWorkbook([statusPlan(), controlPlan()])).equals(Buffer.from(bytes)),
    ).toBe(true);
  });
});

describe("writePlans — escaping", () => {
  it("drops characters XML forbids and keeps everything else exactly", async () => {
    const nasty = "a\u0001b\u0008c\u000bd\u001fe \ud800 ok \ud83d\ude00 \r\n <&>\"' ";
    const plan = {
      ...controlPlan(),
      rows: [[{ value: nasty }], [{ value: "=SOMME(A1:A2)" }], [{ value: "_x0041_" }]],
    };
    const bytes = await createWorkbook([plan]);
    const { grids } = await readWorkbook(bytes, "out.xlsx");
    expect(grids[0]!.rows[0]![0]).toBe("abcde  ok \ud83d\ude00 \r\n <&>\"' ");
    // Excel decodes _xHHHH_ in cell text: a literal one has its underscore escaped.
    expect(await sheetXml(bytes, "Contrôle 2026-S1")).toContain("<t>_x005F_x0041_</t>");
    // A string that looks like a formula stays a string.
    expect(grids[0]!.rows[1]![0]).toBe("=SOMME(A1:A2)");
  });

  it("writes only what the plan gives: no cell for null without style, NaN as #NUM!", async () => {
    const plan = {
      ...controlPlan(),
      rows: [
        [
          { value: null },
          { value: Number.NaN },
          { value: -0 },
          { value: 1e-7 },
          { value: 12345678901234 },
        ],
      ],
    };
    const bytes = await createWorkbook([plan]);
    const { grids } = await readWorkbook(bytes, "out.xlsx");
    expect(grids[0]!.rows[0]).toEqual([null, { error: "#NUM!" }, 0, 1e-7, 12345678901234]);
    expect(elements(await sheetXml(bytes, "Contrôle 2026-S1"), "c").map((c) => c.r)).toEqual([
      "B1",
      "C1",
      "D1",
      "E1",
    ]);
  });
});
