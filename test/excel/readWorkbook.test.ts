import { isCellError, type CellValue, type Grid } from "../../src/core/grid";
import { ExcelReadError } from "../../src/excel/errors";
import { serialToDate } from "../../src/excel/excelDate";
import { HEADER_ROWS, jsonBytes, PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadBudget";
import { columnRuns, readSyncCount } from "../../src/excel/readPlan";
import { readColumns, sampleEstimate } from "../../src/excel/readColumns";
import { syncAllowance } from "../../src/excel/syncBudget";
import { readHeaders } from "../../src/excel/readHeaders";
import { readWorkbookGrids } from "../../src/excel/readWorkbook";
import { FakeExcel } from "./fakeExcel";
import {
  addOwnSheet,
  addPilotSheet,
  addRegister,
  FIRST_NOTIFICATION_SERIAL,
  registerCell,
  registerHeaders,
} from "./workbookFixtures";

const MiB = 1024 * 1024;

function grid(grids: readonly Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no grid ${name}`);
  return g;
}

/** What the core must see for a register cell the fixture wrote. */
function expectedRegisterCell(row: number, column: number): CellValue {
  const v = registerCell(row, column);
  if (v === null) return null;
  if (typeof v === "object" && "error" in v) return { error: v.error };
  if (registerHeaders(30)[column]!.startsWith("Date")) return serialToDate(v as number, false)!;
  return v as CellValue;
}

function expectPayloadsUnderLimit(excel: FakeExcel): void {
  for (const s of excel.syncs) {
    expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }
}

function responseBytes(excel: FakeExcel): number {
  return excel.syncs.reduce((s, x) => s + x.responseBytes, 0);
}

function workbook(rows: number, columns: number): FakeExcel {
  const excel = new FakeExcel();
  addPilotSheet(excel);
  addRegister(excel, rows, columns);
  addOwnSheet(excel);
  return excel;
}

describe("readWorkbookGrids — a 1 000-row register", () => {
  const excel = workbook(1_000, 25);
  let result: Awaited<ReturnType<typeof readWorkbookGrids>>;
  beforeAll(async () => {
    result = await readWorkbookGrids(excel);
  });

  it("takes 2 syncs (sheets with their samples, then columns), every payload under 4 MB", () => {
    expect(excel.syncCount).toBe(2);
    expectPayloadsUnderLimit(excel);
  });

  it("lists every sheet with its position and the ownership marker", () => {
    expect(result.existingSheets).toEqual([
      { name: "Indicateurs", ours: false, position: 0, visible: true, charts: [] },
      { name: "Registre", ours: false, position: 1, visible: true, charts: [] },
      { name: "Statut 2025-S2", ours: true, position: 2, visible: true, charts: [] },
    ]);
  });

  it("returns the sheets it did not write, not its own previous output", () => {
    expect(result.grids.map((g) => g.name)).toEqual(["Indicateurs", "Registre"]);
  });

  it("normalises every register cell as the file reader does", () => {
    const reg = grid(result.grids, "Registre");
    expect(reg.rows).toHaveLength(1_001);
    expect(reg.rows[0]).toEqual(registerHeaders(25));
    for (const r of [1, 2, 19, 20, 21, 500, 998, 1_000]) {
      for (let c = 0; c < 25; c++)
        expect([r, c, reg.rows[r]![c]]).toEqual([r, c, expectedRegisterCell(r, c)]);
    }
    expect(reg.rows[1]![6]).toEqual(new Date(Date.UTC(2026, 0, 2)));
    expect(reg.rows[1]![0]).toBe("M2026-000001");
    expect(reg.rows[2]![11]).toBeNull();
  });

  it("keeps the pilot sheet's title rows, errors, missing tokens and dates below row 20", () => {
    const pilot = grid(result.grids, "Indicateurs");
    expect(pilot.rows[0]![0]).toBe("Tableau de pilotage du SPASER 2026-2030");
    expect(pilot.rows[2]![7]).toBe("S1 2026");
    expect(pilot.rows[5]![7]).toEqual({ error: "#DIV/0!" });
    expect(isCellError(pilot.rows[5]![7])).toBe(true);
    expect(pilot.rows[11]![7]).toBe("NC");
    expect(pilot.rows[40]![9]).toEqual(new Date(Date.UTC(2026, 4, 8)));
    expect(pilot.rows).toHaveLength(48);
  });
});

describe("readWorkbookGrids — a 100 000-row register", () => {
  const excel = workbook(100_000, 20);
  let result: Awaited<ReturnType<typeof readWorkbookGrids>>;
  beforeAll(async () => {
    result = await readWorkbookGrids(excel);
  }, 60_000);

  it("keeps every response under 4 MB and the refresh within PRODUCT §10's budget", () => {
    expectPayloadsUnderLimit(excel);
    const data = responseBytes(excel);
    expect(data).toBeGreaterThan(40 * MiB);
    // The read, plus the one sync that writes the status sheets.
    expect(excel.syncCount + 1).toBeLessThanOrEqual(syncAllowance(data));
  });

  it("fills every data response close to the limit but the last", () => {
    const data = excel.syncs.slice(1, -1).map((s) => s.responseBytes / PAYLOAD_LIMIT_BYTES);
    expect(data.length).toBeGreaterThan(8);
    // The first slice, sized on the 20-row sample, gets the widest margin.
    expect(data[0]).toBeGreaterThan(0.85);
    for (const fill of data.slice(1)) expect(fill).toBeGreaterThan(0.97);
  });

  it("reads every row", () => {
    const reg = grid(result.grids, "Registre");
    expect(reg.rows).toHaveLength(100_001);
    for (const r of [1, 20, 21, 4_242, 50_000, 99_999, 100_000]) {
      for (let c = 0; c < 20; c++)
        expect([r, c, reg.rows[r]![c]]).toEqual([r, c, expectedRegisterCell(r, c)]);
    }
  });
});

// A full fake run of the largest register of PRODUCT §10's benchmark: ~1 min and 1.2 GB of
// heap, so only on demand (EXCEL_BIG_FAKE=1); syncBudget.test.ts checks it with the plan.
(process.env.EXCEL_BIG_FAKE === "1" ? describe : describe.skip)(
  "readWorkbookGrids — a 500 000 × 30 register (EXCEL_BIG_FAKE=1)",
  () => {
    it("stays within PRODUCT §10's budget, every response under 4 MB", async () => {
      const excel = workbook(500_000, 30);
      const result = await readWorkbookGrids(excel);
      expectPayloadsUnderLimit(excel);
      expect(excel.syncCount + 1).toBeLessThanOrEqual(syncAllowance(responseBytes(excel)));
      const reg = grid(result.grids, "Registre");
      for (const r of [1, 250_000, 500_000])
        for (let c = 0; c < 30; c++)
          expect([r, c, reg.rows[r]![c]]).toEqual([r, c, expectedRegisterCell(r, c)]);
    }, 600_000);
  },
);

describe("readSyncCount (the chunk plan) against the fake", () => {
  it.each([
    [1_000, 20],
    [30_000, 12],
    [60_000, 20],
  ])(
    "predicts the syncs of a %d-row, %d-column register of uniform cells",
    async (rows, columns) => {
      const excel = new FakeExcel();
      const sheet = excel.addSheet("Registre", [
        Array.from({ length: columns }, (_, c) => `Col ${String(c).padStart(3, "0")}`),
      ]);
      for (let r = 1; r <= rows; r++)
        for (let c = 0; c < columns; c++) sheet.setCell(r, c, 100_000 + ((r * 31 + c) % 900_000));
      const headers = await readHeaders(excel);
      const sample = headers.samples[0]!;
      const runs = columnRuns(
        sample.cellBytes.map((_, c) => c),
        (c) => sample.cellBytes[c]!,
        () => false,
      );
      await readColumns(excel, headers);
      // What one cell weighs in the response: a 6-digit number and its type.
      const cellBytes = jsonBytes(123456) + jsonBytes("Double") + 2;
      expect(excel.syncCount).toBe(
        readSyncCount({ rows: rows + 1, columns, cellBytes, sample: sampleEstimate(sample, runs) }),
      );
      expectPayloadsUnderLimit(excel);
    },
    60_000,
  );
});

describe("readHeaders + readColumns (two phases)", () => {
  it("reads only the selected columns after the sample rows, and less data", async () => {
    const all = workbook(5_000, 25);
    await readWorkbookGrids(all);
    const allBytes = responseBytes(all);

    const excel = workbook(5_000, 25);
    const headers = await readHeaders(excel);
    const reg = headers.samples.find((s) => s.sheet === "Registre")!;
    expect(reg.used).toEqual({ firstRow: 0, firstColumn: 0, rowCount: 5_001, columnCount: 25 });
    expect(reg.dateColumns).toEqual([6, 24]);
    expect(reg.grid.rows).toHaveLength(HEADER_ROWS);
    const grids = await readColumns(excel, headers, [{ sheet: "Registre", columns: [0, 5, 6] }]);
    const bytes = responseBytes(excel);
    expect(bytes).toBeLessThan(allBytes / 3);
    expect(excel.syncCount).toBe(2);
    const rows = grids[0]!.rows;
    // Rows 1–20 keep every sampled column (the core detected its headers there).
    expect(rows[5]![2]).toBe(registerCell(5, 2));
    expect(rows[3_000]).toEqual([
      expectedRegisterCell(3_000, 0),
      null,
      null,
      null,
      null,
      expectedRegisterCell(3_000, 5),
      expectedRegisterCell(3_000, 6),
    ]);
  });

  it("refuses a selection naming a sheet it has not sampled (a programming error)", async () => {
    const excel = workbook(10, 5);
    const headers = await readHeaders(excel);
    await expect(readColumns(excel, headers, [{ sheet: "Nope" }])).rejects.toThrow(/Nope/);
  });
});

describe("errors and error-looking text (why value types are still loaded)", () => {
  it("tells an Excel error from a text that reads #N/A, as the file reader does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Registre", [
      ["Référence", "Commentaire"],
      ["M1", { error: "#N/A" }],
      ["M2", "#N/A"],
    ]);
    const result = await readWorkbookGrids(excel);
    const rows = grid(result.grids, "Registre").rows;
    // Both come back as "#N/A" in `values`; only `valueTypes` tells them apart.
    expect(rows[1]![1]).toEqual({ error: "#N/A" });
    expect(rows[2]![1]).toBe("#N/A");
  });
});

describe("date systems", () => {
  it("recognises a 1904 workbook from a displayed date and reads its dates right", async () => {
    const excel = new FakeExcel();
    addPilotSheet(excel, true);
    const result = await readWorkbookGrids(excel);
    expect(result.date1904).toBe(true);
    expect(grid(result.grids, "Indicateurs").rows[40]![9]).toEqual(new Date(Date.UTC(2026, 4, 8)));
  });

  it("uses the date system the caller gives", async () => {
    const excel = new FakeExcel();
    addRegister(excel, 3, 8);
    const result = await readWorkbookGrids(excel, { date1904: true });
    expect(grid(result.grids, "Registre").rows[1]![6]).toEqual(
      serialToDate(FIRST_NOTIFICATION_SERIAL, true),
    );
  });
});

describe("when Excel refuses a response for its size", () => {
  it("splits the slice and still reads everything", async () => {
    const excel = workbook(20_000, 10);
    // Excel's limit below what the plan aims at: the first slices are refused.
    excel.limitBytes = 400_000;
    const result = await readWorkbookGrids(excel, { budgetBytes: 1_000_000 });
    const reg = grid(result.grids, "Registre");
    expect(reg.rows).toHaveLength(20_001);
    expect(reg.rows[19_999]![0]).toBe("M2026-019999");
    expect(reg.rows[12_345]![6]).toEqual(expectedRegisterCell(12_345, 6));
  });

  it("wraps other Excel failures in a French error", async () => {
    const excel = workbook(10, 5);
    excel.fail("GeneralException", "boom");
    await expect(readWorkbookGrids(excel)).rejects.toBeInstanceOf(ExcelReadError);
    excel.fail("GeneralException", "boom");
    await expect(readWorkbookGrids(excel)).rejects.toThrow(/Impossible de lire le classeur/);
  });
});

describe("many sheets", () => {
  it("spreads the header samples over as many syncs as the budget needs", async () => {
    const excel = new FakeExcel();
    for (let i = 1; i <= 5; i++)
      excel.addSheet(`Feuille ${i}`, [
        ["Code", "Indicateur"],
        [`IND-${i}`, "Taux"],
      ]);
    // Two samples per response: 3 header syncs (the sheet list comes with them), and no data
    // sync: every value is in the samples.
    const result = await readWorkbookGrids(excel, { budgetBytes: 2 * 20 * 128 * 40 });
    expect(excel.syncCount).toBe(3);
    expect(result.grids.map((g) => g.rows[1]![0])).toEqual([
      "IND-1",
      "IND-2",
      "IND-3",
      "IND-4",
      "IND-5",
    ]);
  });
});

describe("walking the sheets by position", () => {
  it("needs no extra sync when the sheets fill the last group exactly", async () => {
    const excel = new FakeExcel();
    for (let i = 1; i <= 4; i++) excel.addSheet(`F${i}`, [["Code"], [`IND-${i}`]]);
    const headers = await readHeaders(excel, { budgetBytes: 2 * 20 * 128 * 40 });
    expect(excel.syncCount).toBe(2);
    expect(headers.existingSheets.map((s) => s.name)).toEqual(["F1", "F2", "F3", "F4"]);
  });

  it("follows the tab order and reports hidden sheets", async () => {
    const excel = new FakeExcel();
    excel.addSheet("B", [["x"]]).position = 1;
    const a = excel.addSheet("A", [["y"]]);
    a.position = 0;
    a.visibility = "Hidden";
    excel.reposition();
    const headers = await readHeaders(excel);
    expect(excel.syncCount).toBe(1);
    expect(headers.existingSheets).toEqual([
      { name: "A", ours: false, position: 0, visible: false, charts: [] },
      { name: "B", ours: false, position: 1, visible: true, charts: [] },
    ]);
  });

  it("falls back to listing then sampling when the host refuses calls on null objects", async () => {
    const lenient = workbook(50, 8);
    const expected = await readWorkbookGrids(lenient);
    const strict = workbook(50, 8);
    strict.strictNullObjects = true;
    const result = await readWorkbookGrids(strict);
    expect(result).toEqual(expected);
    // The refused walk, the list, the samples, the columns.
    expect(strict.syncCount).toBe(4);
    expect(lenient.syncCount).toBe(2);
  });
});

describe("empty sheets", () => {
  it("gives an empty grid and no data read", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Vide");
    const result = await readWorkbookGrids(excel);
    expect(result.grids).toEqual([]);
    expect(result.existingSheets).toEqual([
      { name: "Vide", ours: false, position: 0, visible: true, charts: [] },
    ]);
    expect(excel.syncCount).toBe(1);
  });
});
