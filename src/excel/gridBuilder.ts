/**
 * Assembles one sheet's grid from its header sample and the slices read after it.
 */
import type { CellValue, Grid } from "../core/grid";
import { normaliseCell, type CellReadContext } from "./normaliseCell";
import type { XlRange } from "./officeSubset";
import { jsonBytes, ROW_BRACKETS_BYTES } from "./payloadBudget";
import type { HeaderSample } from "./readHeaders";
import type { ReadPiece } from "./readPlan";

/** Assembles one sheet's grid from its sample (rows 1–20) and the chunks read after it. */
export class GridBuilder {
  private rows: CellValue[][] = [];

  constructor(private readonly sample: HeaderSample) {
    this.rows = sample.grid.rows.map((row) => [...row]);
  }

  /** Sizes the grid: `rowCount` rows, wide enough for every wanted column. */
  expect(rowCount: number, columns: readonly number[]): void {
    const width = columns.length > 0 ? Math.max(...columns) + 1 : 0;
    for (let r = 0; r < rowCount; r++) {
      const row = this.rows[r] ?? [];
      while (row.length < width) row.push(null);
      this.rows[r] = row;
    }
  }

  /**
   * Stores a loaded slice; adds the response bytes (JSON, as Office.js sends it) of its row i
   * to `rowBytes[offset + i]`, so that the reader can size the next slices on what rows
   * really weigh.
   */
  put(
    piece: ReadPiece,
    range: XlRange,
    ctx: CellReadContext,
    rowBytes: number[],
    offset = 0,
  ): void {
    const { values, valueTypes } = range;
    const formats = piece.run.withFormat ? range.numberFormat : undefined;
    for (let i = 0; i < piece.rowCount; i++) {
      const vRow = values[i] ?? [];
      const tRow = valueTypes[i] ?? [];
      const fRow = formats?.[i];
      const row = this.rows[piece.startRow + i];
      let bytes = ROW_BRACKETS_BYTES * (fRow ? 3 : 2);
      for (let j = 0; j < piece.run.count; j++) {
        const value = vRow[j];
        const type = tRow[j];
        bytes += jsonBytes(value) + jsonBytes(type) + 2;
        if (fRow) bytes += jsonBytes(fRow[j]) + 1;
        if (row) row[piece.run.start + j] = normaliseCell(value, type, fRow?.[j], ctx);
      }
      rowBytes[offset + i] = (rowBytes[offset + i] ?? 0) + bytes;
    }
  }

  grid(): Grid {
    return { name: this.sample.sheet, rows: this.rows };
  }
}
