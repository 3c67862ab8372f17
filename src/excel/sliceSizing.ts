/**
 * How many rows of a sheet fit in what is left of a response: the weight of a row is known
 * only statistically (from the 20-row sample, then from the slices already read), so a slice
 * is sized with a margin that follows from that knowledge instead of a fixed factor: a loose
 * estimate (19 sample rows) gets a wide margin, a tight one (thousands of measured rows) a
 * narrow one, which is what keeps a 300 MB read within one sync per 4 MB.
 */
import { CONFIDENCE_Z, RANGE_ENVELOPE_BYTES, TREND_MARGIN } from "./payloadBudget";

/** What is known of the response weight of one row (all loaded columns of a sheet read). */
export interface RowEstimate {
  /** Mean bytes of a row. */
  readonly mean: number;
  /** Standard deviation of a row's bytes. */
  readonly sd: number;
  /** Rows the estimate was measured on (≥ 1). */
  readonly rows: number;
}

/**
 * The largest r with  r·m·(1 + trend) + z·sd·(√r + r/√n) + envelope ≤ budget:
 * z·sd·√r covers the spread of r rows around their mean, z·sd·r/√n the error of a mean
 * measured on n rows. At least 0 (the caller decides whether a lone row must still go).
 */
export function rowsThatFit(estimate: RowEstimate, budget: number, ranges: number): number {
  const room = budget - ranges * RANGE_ENVELOPE_BYTES;
  if (room <= 0) return 0;
  const n = Math.max(1, estimate.rows);
  const a = estimate.mean * (1 + TREND_MARGIN) + (CONFIDENCE_Z * estimate.sd) / Math.sqrt(n);
  const b = CONFIDENCE_Z * estimate.sd;
  if (a <= 0) return Number.MAX_SAFE_INTEGER;
  // a·x² + b·x − room ≤ 0 with x = √r.
  const x = (-b + Math.sqrt(b * b + 4 * a * room)) / (2 * a);
  return Math.max(0, Math.floor(x * x + 1e-9));
}

/** Bytes a slice of `rows` rows is expected to weigh at most (same bound as rowsThatFit). */
export function sliceBound(estimate: RowEstimate, rows: number, ranges: number): number {
  const n = Math.max(1, estimate.rows);
  return (
    rows * estimate.mean * (1 + TREND_MARGIN) +
    CONFIDENCE_Z * estimate.sd * (Math.sqrt(rows) + rows / Math.sqrt(n)) +
    ranges * RANGE_ENVELOPE_BYTES
  );
}

/** Running mean and variance of row weights (Welford), to refine an estimate slice by slice. */
export class RowStats {
  private n = 0;
  private m = 0;
  private m2 = 0;

  add(x: number): void {
    this.n++;
    const d = x - this.m;
    this.m += d / this.n;
    this.m2 += d * (x - this.m);
  }

  get count(): number {
    return this.n;
  }

  estimate(): RowEstimate {
    return {
      mean: this.m,
      sd: this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0,
      rows: Math.max(1, this.n),
    };
  }
}

/**
 * The estimate for the next slices: everything measured so far, but never lighter than the
 * last slice alone (a register whose rows grow heavier further down).
 */
export function refineEstimate(all: RowStats, last: RowStats): RowEstimate {
  const a = all.estimate();
  const l = last.estimate();
  return { mean: Math.max(a.mean, l.mean), sd: Math.max(a.sd, l.sd), rows: a.rows };
}

/** The estimate of a row of a sheet from per-row weights of its sample. */
export function estimateFromRows(rowBytes: readonly number[], fallbackMean: number): RowEstimate {
  if (rowBytes.length === 0) return { mean: fallbackMean, sd: fallbackMean, rows: 1 };
  const stats = new RowStats();
  for (const b of rowBytes) stats.add(b);
  return stats.estimate();
}
