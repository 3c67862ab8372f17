import { cellAddress, type CellValue } from "../core/grid";
import type { CellChange } from "./mergeRegister";

/** Cells of one row side by side, written as one range (Office.js: one `values` assignment). */
export interface ChangeRun {
  readonly row: number;
  readonly col: number;
  /** A1 range, e.g. "A12:M12". */
  readonly address: string;
  readonly values: readonly CellValue[];
  /** Number format per cell (undefined = leave the cell's format). */
  readonly numberFormats: readonly (string | undefined)[];
}

/**
 * Groups cell changes into horizontal runs of adjacent cells, sorted by row then column, so a
 * writer issues a few range writes instead of one call per cell (new rows become one run).
 */
export function changeRuns(changes: readonly CellChange[]): ChangeRun[] {
  const sorted = [...changes].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: ChangeRun[] = [];
  let current:
    { row: number; col: number; values: CellValue[]; formats: (string | undefined)[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const last = current.col + current.values.length - 1;
    runs.push({
      row: current.row,
      col: current.col,
      address:
        last === current.col
          ? cellAddress(current.row, current.col)
          : `${cellAddress(current.row, current.col)}:${cellAddress(current.row, last)}`,
      values: current.values,
      numberFormats: current.formats,
    });
  };
  for (const c of sorted) {
    if (current && current.row === c.row && current.col + current.values.length === c.col) {
      current.values.push(c.value);
      current.formats.push(c.numberFormat);
      continue;
    }
    flush();
    current = { row: c.row, col: c.col, values: [c.value], formats: [c.numberFormat] };
  }
  flush();
  return runs;
}
