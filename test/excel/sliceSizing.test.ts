import { PAYLOAD_LIMIT_BYTES, READ_BUDGET_BYTES } from "../../src/excel/payloadBudget";
import {
  estimateFromRows,
  refineEstimate,
  RowStats,
  rowsThatFit,
  sliceBound,
} from "../../src/excel/sliceSizing";

/** Deterministic pseudo-random numbers (mulberry32), so that the test is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("rowsThatFit", () => {
  it("is the largest row count whose bound fits the budget", () => {
    for (const est of [
      { mean: 420, sd: 0, rows: 1 },
      { mean: 420, sd: 28, rows: 19 },
      { mean: 420, sd: 28, rows: 50_000 },
      { mean: 3, sd: 40, rows: 2 },
    ]) {
      const r = rowsThatFit(est, READ_BUDGET_BYTES, 2);
      expect(sliceBound(est, r, 2)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
      expect(sliceBound(est, r + 1, 2)).toBeGreaterThan(READ_BUDGET_BYTES);
    }
  });

  it("gives a loose estimate a wide margin and a measured one a narrow margin", () => {
    const sampled = rowsThatFit({ mean: 420, sd: 28, rows: 19 }, READ_BUDGET_BYTES, 1);
    const measured = rowsThatFit({ mean: 420, sd: 28, rows: 50_000 }, READ_BUDGET_BYTES, 1);
    const exact = Math.floor(READ_BUDGET_BYTES / 420);
    expect(sampled).toBeLessThan(measured);
    expect(sampled / exact).toBeGreaterThan(0.9);
    expect(measured / exact).toBeGreaterThan(0.99);
  });

  it("returns 0 when not even the envelope fits", () => {
    expect(rowsThatFit({ mean: 10, sd: 0, rows: 1 }, 100, 1)).toBe(0);
  });
});

describe("slices sized on measured rows stay under the limit", () => {
  it("for rows of random weight (mean 420, spread ±25 %), 50 slices in a row", () => {
    const next = random(42);
    const row = (): number => Math.round(420 * (0.75 + 0.5 * next()));
    const all = new RowStats();
    let estimate = estimateFromRows(Array.from({ length: 19 }, row), 420);
    let worst = 0;
    let leanest = 1;
    for (let s = 0; s < 50; s++) {
      const n = rowsThatFit(estimate, READ_BUDGET_BYTES, 1);
      const last = new RowStats();
      let bytes = 256;
      for (let i = 0; i < n; i++) {
        const b = row();
        bytes += b;
        all.add(b);
        last.add(b);
      }
      worst = Math.max(worst, bytes / PAYLOAD_LIMIT_BYTES);
      if (s > 0) leanest = Math.min(leanest, bytes / PAYLOAD_LIMIT_BYTES);
      estimate = refineEstimate(all, last);
    }
    expect(worst).toBeLessThan(1);
    expect(leanest).toBeGreaterThan(0.98);
  });
});

describe("refineEstimate", () => {
  it("never trusts the average of all rows below the last slice's", () => {
    const all = new RowStats();
    const last = new RowStats();
    for (let i = 0; i < 1_000; i++) all.add(100);
    for (let i = 0; i < 100; i++) {
      all.add(200);
      last.add(200);
    }
    expect(refineEstimate(all, last).mean).toBe(200);
    expect(refineEstimate(all, last).rows).toBe(1_100);
  });
});
