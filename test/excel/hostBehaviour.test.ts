/**
 * Issue 10, Excel points: the fake refuses what Excel refuses, and the adapter copes — header
 * reads split and retried past the 5 MB limit (4), owned sheets rewritten in place and VeryHidden
 * ones never deleted (5, see also writePlans.test.ts), fit-to-width page layout (6), value types
 * Integer and RichValue, strings coerced as Excel does.
 */
import type { SheetPlan } from "../../src/core/sheetPlan";
import { readHeaders } from "../../src/excel/readHeaders";
import { readWorkbookGrids } from "../../src/excel/readWorkbook";
import { writePlans } from "../../src/excel/writePlans";
import { FakeExcel, type FakeCellInput, WEB_PAYLOAD_LIMIT_BYTES } from "./fakeExcel";

const allSupported = (): boolean => true;

describe("the fake refuses what Excel refuses", () => {
  it("rejects an oversized request whole: nothing of it is applied", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Feuil1", [["avant"]]);
    excel.limitBytes = 10_000;
    const ws = excel.workbook.worksheets.getItem("Feuil1");
    ws.getRange("A1").values = [["après"]];
    ws.getRangeByIndexes(1, 0, 2_000, 1).values = Array.from({ length: 2_000 }, () => ["x"]);
    await expect(excel.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheet.cell(0, 0)).toBe("avant");
    expect(sheet.cell(5, 0)).toBeNull();
  });

  it("limits requests and responses to 5 MB, like Excel on the web", () => {
    expect(new FakeExcel().limitBytes).toBe(WEB_PAYLOAD_LIMIT_BYTES);
    expect(WEB_PAYLOAD_LIMIT_BYTES).toBe(5 * 1024 * 1024);
  });

  it.each([
    ["a name of 32 characters", "x".repeat(32)],
    ["an empty name", ""],
    ...[":", "\\", "/", "?", "*", "[", "]"].map((c) => [`a name with ${c}`, `Statut${c}2026`]),
    ["a name starting with an apostrophe", "'Statut"],
  ])("refuses %s, and the rest of the batch is not run", async (_what, name) => {
    const excel = new FakeExcel();
    excel.addSheet("Feuil1");
    excel.workbook.worksheets.add(name);
    excel.workbook.worksheets.add("Après");
    await expect(excel.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
  });

  it("accepts a name of exactly 31 characters", async () => {
    const excel = new FakeExcel();
    excel.workbook.worksheets.add("x".repeat(31));
    await excel.sync();
    expect(excel.sheets).toHaveLength(1);
  });

  it("refuses to delete the last visible sheet and a VeryHidden sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Visible");
    excel.addSheet("Cachée").visibility = "Hidden";
    excel.addSheet("Très cachée").visibility = "VeryHidden";
    excel.workbook.worksheets.getItem("Visible").delete();
    await expect(excel.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    excel.workbook.worksheets.getItem("Très cachée").delete();
    await expect(excel.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    excel.workbook.worksheets.getItem("Cachée").delete();
    await excel.sync();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Visible", "Très cachée"]);
  });

  it("coerces strings written through values as typing does; an apostrophe keeps text", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Feuil1");
    const inputs = ["42", "35 %", "2026-03-01", "=A2", "+33 3 20", "-", "'+33 3 20", "texte"];
    excel.workbook.worksheets.getItem("Feuil1").getRangeByIndexes(0, 0, 1, inputs.length).values = [
      inputs,
    ];
    await excel.sync();
    expect(sheet.values[0]).toEqual([
      42,
      0.35,
      46082,
      { error: "FORMULA:=A2" },
      { error: "#NAME?" },
      { error: "#NAME?" },
      "+33 3 20",
      "texte",
    ]);
    expect(sheet.format(0, 2)).toBe("m/d/yyyy");
  });

  it("refuses a page-layout zoom it does not know", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Feuil1");
    excel.workbook.worksheets.getItem("Feuil1").pageLayout.zoom = { horizontalFitToPages: -1 };
    await expect(excel.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("writing text that Excel would reinterpret", () => {
  it("keeps every plan string as text, whatever it looks like", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Indicateurs", [["Code"]]);
    const texts = [
      "+33 3 20 00 00 00",
      "-",
      "=SOMME(A1:A3)",
      "1 234",
      "2026-03-01",
      "12 %",
      "01/02/2026",
    ];
    const plan: SheetPlan = {
      name: "Contrôle 2026-S1",
      kind: "controle",
      semester: "2026-S1",
      rows: [texts.map((value) => ({ value }))],
      columnWidths: texts.map(() => 12),
      styles: {},
    } as unknown as SheetPlan;
    await writePlans(excel, [plan], [{ name: "Indicateurs", ours: false }], {
      supports: allSupported,
    });
    expect(excel.sheet("Contrôle 2026-S1")!.values[0]).toEqual(texts);
  });
});

describe("value types Integer and RichValue", () => {
  it("reads whole numbers typed Integer as numbers, and a rich value as its displayed text", async () => {
    const excel = new FakeExcel();
    excel.integerValueTypes = true;
    const rows: FakeCellInput[][] = [
      ["Code", "Montant", "Ville"],
      ["M-1", 125000, { rich: "Lille" }],
      ["M-2", 12.5, { rich: "Roubaix" }],
    ];
    excel.addSheet("Registre", rows);
    const { grids } = await readWorkbookGrids(excel);
    expect(grids[0]!.rows).toEqual([
      ["Code", "Montant", "Ville"],
      ["M-1", 125000, "Lille"],
      ["M-2", 12.5, "Roubaix"],
    ]);
  });
});

/** A sheet whose header sample is heavy: `columns` columns of `chars`-character texts. */
function heavySheet(excel: FakeExcel, name: string, columns: number, chars: number): void {
  const rows: string[][] = [];
  for (let r = 0; r < 20; r++)
    rows.push(Array.from({ length: columns }, (_, c) => `${name}-${r}-${c}-`.padEnd(chars, "é")));
  excel.addSheet(name, rows);
}

describe("the header read past Excel's payload limit (point 4)", () => {
  it("splits the sheets and retries, and reads every sample", async () => {
    const excel = new FakeExcel();
    // Each sample ≈ 20 × 30 × (4 × ~220 bytes) ≈ 0.5 MB: four of them exceed a 1.2 MB limit.
    for (let i = 1; i <= 4; i++) heavySheet(excel, `Feuille ${i}`, 30, 120);
    excel.limitBytes = 1_200_000;
    const headers = await readHeaders(excel);
    expect(headers.samples.map((s) => s.sheet)).toEqual([
      "Feuille 1",
      "Feuille 2",
      "Feuille 3",
      "Feuille 4",
    ]);
    expect(headers.samples[3]!.grid.rows[19]![29]).toBe("Feuille 4-19-29-".padEnd(120, "é"));
    const refused = excel.syncs.filter((s) => s.responseBytes > excel.limitBytes);
    // The walk's one refused batch, then the list and the halves: each under the limit.
    expect(refused).toHaveLength(1);
    expect(excel.syncCount).toBeLessThanOrEqual(1 + 1 + 3);
  });

  it("reads a single sheet whose sample alone is too large in row halves", async () => {
    const excel = new FakeExcel();
    heavySheet(excel, "Énorme", 128, 200);
    excel.limitBytes = 1_000_000;
    const headers = await readHeaders(excel);
    const sample = headers.samples[0]!;
    expect(sample.grid.rows).toHaveLength(20);
    expect(sample.grid.rows[0]![0]).toBe("Énorme-0-0-".padEnd(200, "é"));
    expect(sample.grid.rows[19]![127]).toBe("Énorme-19-127-".padEnd(200, "é"));
    expect(headers.existingSheets[0]).toMatchObject({ name: "Énorme", visible: true });
    const accepted = excel.syncs.filter((s) => s.responseBytes <= excel.limitBytes);
    expect(accepted.length).toBeGreaterThan(2);
  });

  it("fails in French, without looping, when Excel refuses even one cell", async () => {
    const excel = new FakeExcel();
    heavySheet(excel, "Énorme", 2, 200);
    excel.limitBytes = 100;
    await expect(readHeaders(excel)).rejects.toThrow(/Impossible de lire le classeur/);
  });
});
