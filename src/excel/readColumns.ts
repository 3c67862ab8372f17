/**
 * Phase 2 of the read: only the columns the core needs, below the header sample, in row slices
 * packed into syncs so that every response stays under 4 MB yet close to it. The first slice is
 * sized on the sample; each slice's real weight, row by row, refines the estimate for the next.
 */
import type { Grid } from "../core/grid";
import type { CellReadContext } from "./normaliseCell";
import { GridBuilder } from "./gridBuilder";
import type { HeaderSample, ReadOptions, WorkbookHeaders } from "./readHeaders";
import { readBatch } from "./readBatch";
import type { XlContext } from "./officeSubset";
import {
  DEFAULT_CELL_BYTES,
  HEADER_COLUMNS,
  HEADER_ROWS,
  READ_BUDGET_BYTES,
  ROW_BRACKETS_BYTES,
} from "./payloadBudget";
import {
  columnRuns,
  pendingReads,
  takeBatch,
  type PendingRead,
  type ColumnRun,
  type SheetReadRequest,
} from "./readPlan";
import { estimateFromRows, refineEstimate, RowStats, type RowEstimate } from "./sliceSizing";

/** Which columns of a sheet the core needs (0-based, absolute). */
export interface SheetSelection {
  readonly sheet: string;
  /** Default: every column of the used range. */
  readonly columns?: readonly number[];
  /** Columns to load with their number format even if the sample shows no date. */
  readonly dateColumns?: readonly number[];
}

/**
 * Below this many cells a sheet is read with its number formats everywhere: cheap, and a date
 * below row 20 of the pilot sheet is then recognised even if the sample held none.
 */
const SMALL_SHEET_CELLS = 20_000;

/** The default selection: every column of every non-empty sheet this product did not write. */
export function selectAllColumns(headers: WorkbookHeaders): SheetSelection[] {
  return headers.samples.filter((s) => !s.ours && s.used !== null).map((s) => ({ sheet: s.sheet }));
}

/** Reads the selected columns of the selected sheets; returns one grid per selected sheet. */
export async function readColumns(
  context: XlContext,
  headers: WorkbookHeaders,
  selection: readonly SheetSelection[] = selectAllColumns(headers),
  options: ReadOptions = {},
): Promise<Grid[]> {
  const ctx: CellReadContext = { date1904: headers.date1904 };
  const builders = new Map<string, GridBuilder>();
  const requests: SheetReadRequest[] = [];
  for (const sel of selection) {
    const sample = headers.samples.find((s) => s.sheet === sel.sheet);
    if (!sample)
      throw new Error(`readColumns: no sheet named ${JSON.stringify(sel.sheet)} in the headers`);
    const builder = new GridBuilder(sample);
    builders.set(sample.sheet, builder);
    requests.push(...sheetRequests(sample, sel, builder));
  }
  const budget = options.budgetBytes ?? READ_BUDGET_BYTES;
  const pending = pendingReads(requests);
  const history = new Map<PendingRead, RowStats>();
  while (pending.length > 0) {
    const batch = takeBatch(pending, budget);
    // Row weights of this batch, per read, indexed from the slice's first row: every run of a
    // slice covers the same rows, and a split retry may deliver a run in parts.
    const first = new Map<PendingRead, number>();
    for (const p of batch.pieces)
      first.set(p.source, Math.min(first.get(p.source) ?? p.startRow, p.startRow));
    const measured = new Map<PendingRead, number[]>();
    await readBatch(context, batch, (piece, range) => {
      const rowBytes = measured.get(piece.source) ?? [];
      measured.set(piece.source, rowBytes);
      const offset = piece.startRow - first.get(piece.source)!;
      builders.get(piece.sheet)!.put(piece, range, ctx, rowBytes, offset);
    });
    // The next slices of a sheet are sized from what its rows really weighed, not from the
    // 20-row sample: long texts further down do not push a response over the limit, and
    // short ones do not waste round trips.
    for (const [source, rowBytes] of measured) {
      const all = history.get(source) ?? new RowStats();
      history.set(source, all);
      const last = new RowStats();
      for (const b of rowBytes) {
        all.add(b);
        last.add(b);
      }
      if (last.count > 0) source.estimate = refineEstimate(all, last);
    }
  }
  return selection.map((sel) => builders.get(sel.sheet)!.grid());
}

function sheetRequests(
  sample: HeaderSample,
  sel: SheetSelection,
  builder: GridBuilder,
): SheetReadRequest[] {
  const used = sample.used;
  if (!used) return [];
  const lastRow = used.firstRow + used.rowCount;
  const lastCol = used.firstColumn + used.columnCount;
  const wanted = (sel.columns ?? range(used.firstColumn, lastCol)).filter(
    (c) => c >= used.firstColumn && c < lastCol,
  );
  builder.expect(lastRow, wanted);
  const small = lastRow * wanted.length <= SMALL_SHEET_CELLS;
  const dates = new Set([...sample.dateColumns, ...(sel.dateColumns ?? [])]);
  const withFormat = (c: number): boolean => small || dates.has(c);
  const cellBytes = (c: number): number => sample.cellBytes[c] ?? DEFAULT_CELL_BYTES;
  // Rows 1–20 of the sampled columns are already known; columns right of the sample are
  // read from the top of the used range.
  const inSample = wanted.filter((c) => c < HEADER_COLUMNS);
  const beyond = wanted.filter((c) => c >= HEADER_COLUMNS);
  const requests: SheetReadRequest[] = [];
  const sampleStart = Math.max(HEADER_ROWS, used.firstRow);
  if (inSample.length > 0 && lastRow > sampleStart) {
    const runs = columnRuns(inSample, cellBytes, withFormat);
    requests.push({
      sheet: sample.sheet,
      startRow: sampleStart,
      rowCount: lastRow - sampleStart,
      runs,
      estimate: sampleEstimate(sample, runs),
    });
  }
  if (beyond.length > 0) {
    const runs = columnRuns(beyond, cellBytes, withFormat);
    const mean = runs.reduce((sum, run) => sum + run.bytesPerRow, 0);
    requests.push({
      sheet: sample.sheet,
      startRow: used.firstRow,
      rowCount: used.rowCount,
      runs,
      // Nothing sampled there: a first slice with a wide margin, then measured rows.
      estimate: { mean, sd: mean, rows: 1 },
    });
  }
  return requests;
}

/**
 * A row's weight for these runs, from the sample rows inside the used range (the header row
 * among them: a little heavier than data rows, so the first slice errs on the small side).
 */
export function sampleEstimate(sample: HeaderSample, runs: readonly ColumnRun[]): RowEstimate {
  const used = sample.used!;
  const rowBytes: number[] = [];
  const end = Math.min(sample.cellByteRows.length, used.firstRow + used.rowCount);
  for (let r = used.firstRow; r < end; r++) {
    const cells = sample.cellByteRows[r]!;
    const formats = sample.formatByteRows[r]!;
    let bytes = 0;
    for (const run of runs) {
      bytes += ROW_BRACKETS_BYTES * (run.withFormat ? 3 : 2);
      for (let c = run.start; c < run.start + run.count; c++)
        bytes += (cells[c] ?? DEFAULT_CELL_BYTES) + (run.withFormat ? (formats[c] ?? 0) : 0);
    }
    rowBytes.push(bytes);
  }
  return estimateFromRows(
    rowBytes,
    runs.reduce((sum, run) => sum + run.bytesPerRow, 0),
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
