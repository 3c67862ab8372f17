import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadBudget";
import { refreshSyncCount } from "../../src/excel/readPlan";
import { syncAllowance, syncBudgetFigures, syncCountLines } from "../../src/excel/syncBudget";

describe("syncBudget (benchmark figures)", () => {
  it("applies PRODUCT §10's allowance: 4 up to 4 MB, +1 per further 4 MB", () => {
    expect(syncAllowance(0)).toBe(4);
    expect(syncAllowance(PAYLOAD_LIMIT_BYTES)).toBe(4);
    expect(syncAllowance(PAYLOAD_LIMIT_BYTES + 1)).toBe(5);
    expect(syncAllowance(10 * PAYLOAD_LIMIT_BYTES)).toBe(13);
  });

  it("keeps a 1 000-row register within 4 round trips", () => {
    const [small] = syncBudgetFigures([[1_000, 30]]);
    expect(small!.syncs).toBeLessThanOrEqual(4);
    expect(small!.syncs).toBe(refreshSyncCount({ rows: 1_001, columns: 30, otherSheets: 1 }));
  });

  it("prints one French line per size", () => {
    const lines = syncCountLines();
    expect(lines).toHaveLength(1 + syncBudgetFigures().length);
    expect(lines[1]).toMatch(
      /1\s000 × 20 colonnes .* allers-retours dont 1 d'écriture — budget 4 : respecté/,
    );
    expect(lines.some((l) => /500\s000 × 30 colonnes/.test(l))).toBe(true);
  });
});
