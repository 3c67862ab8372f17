import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadBudget";
import { refreshSyncCount, registerDataBytes } from "../../src/excel/readPlan";
import {
  syncAllowance,
  syncBudgetFigures,
  syncCountLines,
  typicalRegister,
} from "../../src/excel/syncBudget";

describe("syncBudget (benchmark figures)", () => {
  it("applies PRODUCT §10's allowance: 4 up to 4 MB, +1 per further 4 MB", () => {
    expect(syncAllowance(0)).toBe(4);
    expect(syncAllowance(PAYLOAD_LIMIT_BYTES)).toBe(4);
    expect(syncAllowance(PAYLOAD_LIMIT_BYTES + 1)).toBe(5);
    expect(syncAllowance(10 * PAYLOAD_LIMIT_BYTES)).toBe(13);
  });

  // The 500 000-row case is computed with the chunk plan (readSyncCount), which test/excel
  // checks against the fake workbook; a full fake run of it takes ~1 min and 1.2 GB (see
  // readWorkbook.test.ts, EXCEL_BIG_FAKE=1).
  it.each([
    [1_000, 20],
    [100_000, 20],
    [500_000, 30],
  ])("keeps a %d × %d register within the allowance of the data it reads", (rows, columns) => {
    const [figure] = syncBudgetFigures([[rows, columns]]);
    const input = typicalRegister(rows, columns);
    expect(figure!.bytes).toBe(registerDataBytes(input));
    expect(figure!.syncs).toBe(refreshSyncCount(input));
    expect(figure!.budget).toBe(syncAllowance(figure!.bytes));
    expect(figure!.syncs).toBeLessThanOrEqual(figure!.budget);
  });

  it("prints one French line per size", () => {
    const lines = syncCountLines();
    expect(lines).toHaveLength(1 + syncBudgetFigures().length);
    expect(lines[1]).toMatch(
      /1\s000 × 20 colonnes .* 3 allers-retours dont 1 d'écriture — budget 4 : respecté/,
    );
    expect(lines.some((l) => /500\s000 × 30 colonnes .* respecté$/.test(l))).toBe(true);
    expect(lines.every((l, i) => i === 0 || /respecté$/.test(l))).toBe(true);
  });
});
