import {
  columnRuns,
  headerSyncCount,
  planReadBatches,
  readSyncCount,
} from "../../src/excel/readPlan";
import { PAYLOAD_LIMIT_BYTES, PAYLOAD_TARGET_BYTES } from "../../src/excel/payloadBudget";

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
      expect(b.estimatedBytes).toBeLessThanOrEqual(PAYLOAD_TARGET_BYTES);
      for (const p of b.pieces) {
        expect(p.startRow).toBe(next);
        next += p.rowCount;
      }
    }
    expect(next).toBe(100_020);
    expect(batches).toHaveLength(Math.ceil((100_000 * perRow) / PAYLOAD_TARGET_BYTES));
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
  it("stays within PRODUCT §10's budget: 3 read syncs under 4 MB, +1 per further 4 MB", () => {
    for (const [rows, columns] of [
      [1_000, 10],
      [1_000, 30],
      [100_000, 10],
      [100_000, 30],
      [500_000, 30],
    ] as const) {
      const syncs = readSyncCount({ rows, columns });
      const bytes = rows * columns * 32;
      expect(syncs).toBeLessThanOrEqual(
        3 + Math.max(0, Math.ceil(bytes / PAYLOAD_LIMIT_BYTES) - 1) + 1,
      );
      expect(syncs).toBeGreaterThanOrEqual(3);
    }
    expect(readSyncCount({ rows: 1_000, columns: 30 })).toBe(3);
  });

  it("grows with the register", () => {
    const a = readSyncCount({ rows: 100_000, columns: 20 });
    const b = readSyncCount({ rows: 500_000, columns: 20 });
    expect(b).toBeGreaterThan(a);
  });

  it("counts one header sync per group of sheets", () => {
    expect(headerSyncCount(1)).toBe(1);
    expect(headerSyncCount(200)).toBeGreaterThan(1);
  });
});
