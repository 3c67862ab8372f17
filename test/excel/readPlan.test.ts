import {
  columnRuns,
  headerSheetsPerSync,
  headerSyncCount,
  planReadBatches,
  readSyncCount,
  registerDataBytes,
} from "../../src/excel/readPlan";
import { READ_BUDGET_BYTES } from "../../src/excel/payloadBudget";
import { rowsThatFit } from "../../src/excel/sliceSizing";
import { syncAllowance } from "../../src/excel/syncBudget";

describe("columnRuns", () => {
  it("groups contiguous columns and starts a new run where the loaded properties change", () => {
    const runs = columnRuns(
      [5, 0, 1, 2, 3, 7, 2],
      () => 10,
      (c) => c === 3,
    );
    expect(runs.map((r) => [r.start, r.count, r.withFormat])).toEqual([
      [0, 3, false],
      [3, 1, true],
      [5, 1, false],
      [7, 1, false],
    ]);
  });
});

describe("planReadBatches", () => {
  const runs = columnRuns(
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    () => 30,
    () => false,
  );
  const perRow = runs.reduce((s, r) => s + r.bytesPerRow, 0);

  it("keeps every batch under the budget and reads every row exactly once", () => {
    const batches = planReadBatches([{ sheet: "Registre", startRow: 20, rowCount: 100_000, runs }]);
    let next = 20;
    for (const b of batches) {
      expect(b.estimatedBytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);
      for (const p of b.pieces) {
        expect(p.startRow).toBe(next);
        next += p.rowCount;
      }
    }
    expect(next).toBe(100_020);
    const rowsPerBatch = rowsThatFit({ mean: perRow, sd: 0, rows: 1 }, READ_BUDGET_BYTES, 1);
    expect(batches).toHaveLength(Math.ceil(100_000 / rowsPerBatch));
    // Close to the limit: the margin on an exact estimate is the 0.25 % trend margin.
    expect(batches[0]!.estimatedBytes).toBeGreaterThan(0.99 * READ_BUDGET_BYTES);
  });

  it("puts small sheets together in one batch", () => {
    const batches = planReadBatches([
      { sheet: "Indicateurs", startRow: 20, rowCount: 40, runs },
      { sheet: "Registre", startRow: 20, rowCount: 980, runs },
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.pieces.map((p) => p.sheet)).toEqual(["Indicateurs", "Registre"]);
  });

  it("reads a row larger than the budget alone rather than never", () => {
    const batches = planReadBatches([{ sheet: "S", startRow: 0, rowCount: 3, runs }], perRow / 2);
    expect(batches).toHaveLength(3);
  });
});

describe("readSyncCount", () => {
  it("stays within PRODUCT §10's budget, the write sync included", () => {
    for (const [rows, columns] of [
      [1_000, 10],
      [1_000, 30],
      [100_000, 10],
      [100_000, 20],
      [100_000, 30],
      [500_000, 30],
    ] as const) {
      const input = { rows, columns, cellBytes: 22, rowSd: columns * 2.2, otherSheets: 1 };
      const syncs = readSyncCount(input) + 1;
      expect([rows, columns, syncs]).toEqual([
        rows,
        columns,
        Math.min(syncs, syncAllowance(registerDataBytes(input))),
      ]);
    }
    expect(readSyncCount({ rows: 1_000, columns: 30 })).toBe(2);
  });

  it("grows with the register", () => {
    const a = readSyncCount({ rows: 100_000, columns: 20 });
    const b = readSyncCount({ rows: 500_000, columns: 20 });
    expect(b).toBeGreaterThan(a);
  });

  it("spends a sync more when the sample misjudges the rows badly", () => {
    const input = { rows: 100_000, columns: 20, cellBytes: 22 };
    const good = readSyncCount(input);
    const poor = readSyncCount({ ...input, sample: { mean: 600, sd: 300, rows: 19 } });
    expect(poor).toBeGreaterThan(good);
  });

  it("counts one header sync per group of sheets, the sheet list included", () => {
    expect(headerSyncCount(0)).toBe(1);
    expect(headerSyncCount(1)).toBe(1);
    const perSync = headerSheetsPerSync();
    expect(perSync).toBeGreaterThanOrEqual(30);
    expect(headerSyncCount(perSync)).toBe(1);
    expect(headerSyncCount(perSync + 1)).toBe(2);
  });
});
