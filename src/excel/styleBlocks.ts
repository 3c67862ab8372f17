/**
 * Groups a plan's styled cells into rectangles of one style, so that the writer queues one set
 * of format operations per rectangle instead of per cell (thousands of per-cell formats take
 * tens of seconds in Excel; see office-notes).
 */
import type { PlanCell } from "../core/sheetPlan";

export interface StyleBlock {
  readonly style: string;
  /** 0-based top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface Run {
  readonly style: string;
  readonly column: number;
  readonly columnCount: number;
}

/** Runs of equal style in one row (cells without a style make no run). */
function rowRuns(row: readonly PlanCell[]): Run[] {
  const runs: Run[] = [];
  let c = 0;
  while (c < row.length) {
    const style = row[c]?.style;
    if (style === undefined) {
      c++;
      continue;
    }
    const start = c;
    while (c + 1 < row.length && row[c + 1]?.style === style) c++;
    runs.push({ style, column: start, columnCount: c - start + 1 });
    c++;
  }
  return runs;
}

/**
 * Runs in a row, then identical runs (same columns, same style) on consecutive rows merged into
 * one rectangle. Deterministic: blocks come in the order of their top-left cell.
 */
export function styleBlocks(rows: readonly (readonly PlanCell[])[]): StyleBlock[] {
  const done: { block: StyleBlock; order: number }[] = [];
  let open = new Map<string, { block: StyleBlock; order: number }>();
  let order = 0;
  rows.forEach((row, r) => {
    const next = new Map<string, { block: StyleBlock; order: number }>();
    for (const run of rowRuns(row)) {
      const key = `${run.column}:${run.columnCount}:${run.style}`;
      const prev = open.get(key);
      if (prev) {
        open.delete(key);
        next.set(key, {
          block: { ...prev.block, rowCount: prev.block.rowCount + 1 },
          order: prev.order,
        });
      } else {
        next.set(key, {
          block: {
            style: run.style,
            row: r,
            column: run.column,
            rowCount: 1,
            columnCount: run.columnCount,
          },
          order: order++,
        });
      }
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.order - b.order).map((d) => d.block);
}
