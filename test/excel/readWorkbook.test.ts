import { isCellError, type CellValue, type Grid } from "../../src/core/grid";
import { ExcelReadError } from "../../src/excel/errors";
import { serialToDate } from "../../src/excel/excelDate";
import { HEADER_ROWS, jsonBytes, PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadBudget";
import { readSyncCount } from "../../src/excel/readPlan";
import { readColumns } from "../../src/excel/readColumns";
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

  it("takes 3 syncs (names, samples, columns), every payload under 4 MB", () => {
    expect(excel.syncCount).toBe(3);
    expectPayloadsUnderLimit(excel);
  });

  it("lists every sheet with its position and the ownership marker", () => {
    expect(result.existingSheets).toEqual([
      { name: "Indicateurs", ours: false, position: 0, visible: true },
      { name: "Registre", ours: false, position: 1, visible: true },
      { name: "Statut 2025-S2", ours: true, position: 2, visible: true },
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

  it("keeps every response under 4 MB and stays within the sync budget", () => {
    expectPayloadsUnderLimit(excel);
    const data = excel.syncs.reduce((s, x) => s + x.responseBytes, 0);
    // 2 syncs before the data, then one per 4 MB read, + 1 for the first slice, sized from
    // the 20-row sample before the real weight of a row is known.
    expect(excel.syncCount).toBeLessThanOrEqual(2 + Math.ceil(data / PAYLOAD_LIMIT_BYTES) + 1);
    expect(data).toBeGreaterThan(10 * MiB);
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
      const sampleCellBytes = headers.samples[0]!.cellBytes;
      expect(new Set(sampleCellBytes).size).toBe(1);
      await readColumns(excel, headers);
      // What one cell weighs in the response: a 6-digit number and its type.
      const cellBytes = jsonBytes(123456) + jsonBytes("Double") + 2;
      expect(excel.syncCount).toBe(
        readSyncCount({ rows: rows + 1, columns, cellBytes, sampleCellBytes: sampleCellBytes[0]! }),
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
    const allBytes = all.syncs.reduce((s, x) => s + x.responseBytes, 0);

    const excel = workbook(5_000, 25);
    const headers = await readHeaders(excel);
    const reg = headers.samples.find((s) => s.sheet === "Registre")!;
    expect(reg.used).toEqual({ firstRow: 0, firstColumn: 0, rowCount: 5_001, columnCount: 25 });
    expect(reg.dateColumns).toEqual([6, 24]);
    expect(reg.grid.rows).toHaveLength(HEADER_ROWS);
    const grids = await readColumns(excel, headers, [{ sheet: "Registre", columns: [0, 5, 6] }]);
    const bytes = excel.syncs.reduce((s, x) => s + x.responseBytes, 0);
    expect(bytes).toBeLessThan(allBytes / 3);
    expect(excel.syncCount).toBe(3);
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
    // Two samples per response.
    const result = await readWorkbookGrids(excel, { budgetBytes: 2 * 20 * 128 * 40 });
    expect(excel.syncCount).toBe(1 + 3);
    expect(result.grids.map((g) => g.rows[1]![0])).toEqual([
      "IND-1",
      "IND-2",
      "IND-3",
      "IND-4",
      "IND-5",
    ]);
  });
});

describe("empty sheets", () => {
  it("gives an empty grid and no data read", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Vide");
    const result = await readWorkbookGrids(excel);
    expect(result.grids).toEqual([]);
    expect(result.existingSheets).toEqual([
      { name: "Vide", ours: false, position: 0, visible: true },
    ]);
    expect(excel.syncCount).toBe(2);
  });
});
