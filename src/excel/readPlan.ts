/**
 * Chunk plan of a column read: which row slices of which column runs go into which
 * `context.sync()`, so that every response stays under the payload target. Pure, so that the
 * benchmark can print sync counts without Excel.
 */
import {
  FORMAT_CELL_BYTES,
  HEADER_CELL_BYTES,
  HEADER_COLUMNS,
  HEADER_ROWS,
  PAYLOAD_TARGET_BYTES,
  READ_BUDGET_BYTES,
  ROW_BRACKETS_BYTES,
  TYPICAL_CELL_BYTES,
} from "./payloadBudget";
import { rowsThatFit, sliceBound, type RowEstimate } from "./sliceSizing";

/** Contiguous columns read as one range. */
export interface ColumnRun {
  /** 0-based index of the first column. */
  readonly start: number;
  readonly count: number;
  /** Estimated response bytes of one row of this run (all loaded properties). */
  readonly bytesPerRow: number;
  /** Whether `numberFormat` is loaded (to recognise dates). */
  readonly withFormat: boolean;
}

/** Rows of one sheet to read for some column runs. */
export interface SheetReadRequest {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly startRow: number;
  readonly rowCount: number;
  readonly runs: readonly ColumnRun[];
  /** What the sample says of a row's weight; default: the runs' estimates, with no spread. */
  readonly estimate?: RowEstimate;
}

/** A sheet read still to do; `takeBatch` consumes its rows, the reader refines its estimate. */
export interface PendingRead {
  readonly sheet: string;
  startRow: number;
  rowCount: number;
  readonly runs: readonly ColumnRun[];
  /** Response weight of one row of all runs, as known so far. */
  estimate: RowEstimate;
}

/** One range to load: a row slice of a column run. */
export interface ReadPiece {
  readonly sheet: string;
  readonly run: ColumnRun;
  readonly startRow: number;
  readonly rowCount: number;
  /** The read it comes from (the reader updates its estimate from what came back). */
  readonly source: PendingRead;
}

/** What one `context.sync()` loads. */
export interface ReadBatch {
  readonly pieces: readonly ReadPiece[];
  readonly estimatedBytes: number;
}

export function pendingReads(requests: readonly SheetReadRequest[]): PendingRead[] {
  return requests
    .filter((r) => r.rowCount > 0 && r.runs.length > 0)
    .map((r) => ({
      sheet: r.sheet,
      startRow: r.startRow,
      rowCount: r.rowCount,
      runs: r.runs,
      estimate: r.estimate ?? {
        mean: r.runs.reduce((sum, run) => sum + run.bytesPerRow, 0),
        sd: 0,
        rows: 1,
      },
    }));
}

/**
 * Takes the next batch from the front of `pending` (mutated: consumed rows are removed):
 * whole small sheets share a batch, a large one is cut where the batch is full. A single row
 * larger than the budget still has to be read: alone in its batch.
 */
export function takeBatch(pending: PendingRead[], budget: number = READ_BUDGET_BYTES): ReadBatch {
  const pieces: ReadPiece[] = [];
  let bytes = 0;
  while (pending.length > 0) {
    const req = pending[0]!;
    let fit = rowsThatFit(req.estimate, budget - bytes, req.runs.length);
    if (fit <= 0) {
      if (pieces.length > 0) break;
      fit = 1;
    }
    fit = Math.min(fit, req.rowCount);
    for (const run of req.runs) {
      pieces.push({ sheet: req.sheet, run, startRow: req.startRow, rowCount: fit, source: req });
    }
    bytes += sliceBound(req.estimate, fit, req.runs.length);
    req.startRow += fit;
    req.rowCount -= fit;
    if (req.rowCount === 0) pending.shift();
  }
  return { pieces, estimatedBytes: bytes };
}

/** The whole plan at once, when the estimates are not refined on the way (benchmark, tests). */
export function planReadBatches(
  requests: readonly SheetReadRequest[],
  budget: number = READ_BUDGET_BYTES,
): ReadBatch[] {
  const pending = pendingReads(requests);
  const batches: ReadBatch[] = [];
  while (pending.length > 0) batches.push(takeBatch(pending, budget));
  return batches;
}

/** Splits contiguous 0-based column indexes into runs. */
export function columnRuns(
  columns: readonly number[],
  cellBytes: (column: number) => number,
  withFormat: (column: number) => boolean,
): ColumnRun[] {
  const sorted = [...new Set(columns)].filter((c) => c >= 0).sort((a, b) => a - b);
  const runs: ColumnRun[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    const fmt = withFormat(start);
    let end = start;
    // A run keeps one set of loaded properties, so a date column starts its own run.
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1 && withFormat(end + 1) === fmt) {
      end++;
      i++;
    }
    i++;
    let perRow = ROW_BRACKETS_BYTES * (fmt ? 3 : 2);
    for (let c = start; c <= end; c++) perRow += cellBytes(c) + (fmt ? FORMAT_CELL_BYTES : 0);
    runs.push({ start, count: end - start + 1, bytesPerRow: perRow, withFormat: fmt });
  }
  return runs;
}

/**
 * Syncs that load the header samples of `sheetCount` sheets: one per group of sheets whose
 * samples fit in a response (the sheet list comes with the first group).
 */
export function headerSyncCount(sheetCount: number, budget: number = PAYLOAD_TARGET_BYTES): number {
  return Math.max(1, Math.ceil(sheetCount / headerSheetsPerSync(budget)));
}

/** How many sheets' header samples fit in one response. */
export function headerSheetsPerSync(budget: number = PAYLOAD_TARGET_BYTES): number {
  return Math.max(1, Math.floor(budget / (HEADER_ROWS * HEADER_COLUMNS * HEADER_CELL_BYTES)));
}

export interface SyncCountInput {
  /** Rows of the register, header row included. */
  readonly rows: number;
  readonly columns: number;
  /** Response bytes of one cell (`values` + `valueTypes` JSON, commas included). */
  readonly cellBytes?: number;
  /** Standard deviation of a data row's bytes (texts of varying length); default 0. */
  readonly rowSd?: number;
  /** What the 20-row sample tells of a row (sizes the first slice); default: the truth. */
  readonly sample?: RowEstimate;
  /** Other sheets of the workbook (the pilot sheet…): more header samples. */
  readonly otherSheets?: number;
}

/** Response bytes of one register row as the reader loads it (values and value types). */
export function registerRowBytes(input: SyncCountInput): number {
  return input.columns * (input.cellBytes ?? TYPICAL_CELL_BYTES) + 2 * ROW_BRACKETS_BYTES;
}

/** Response bytes of the register's data rows (below the sample): what the allowance counts. */
export function registerDataBytes(input: SyncCountInput): number {
  return Math.max(0, input.rows - HEADER_ROWS) * registerRowBytes(input);
}

/**
 * Syncs the reader uses for a workbook whose bulk is an N-row register of C columns: the
 * header syncs (sheet list and samples together), then the column slices — the first sized
 * from the sample, the next ones from what the rows read so far weighed, as `readColumns`
 * does. Test/excel checks it against the fake workbook; the benchmark prints it.
 */
export function readSyncCount(input: SyncCountInput): number {
  const rowBytes = registerRowBytes(input);
  const sd = input.rowSd ?? 0;
  const runs = columnRuns(
    Array.from({ length: input.columns }, (_, i) => i),
    () => input.cellBytes ?? TYPICAL_CELL_BYTES,
    () => false,
  );
  const pending = pendingReads([
    {
      sheet: "register",
      startRow: HEADER_ROWS,
      rowCount: Math.max(0, input.rows - HEADER_ROWS),
      runs,
      estimate: input.sample ?? { mean: rowBytes, sd, rows: HEADER_ROWS },
    },
  ]);
  let slices = 0;
  let read = 0;
  while (pending.length > 0) {
    const batch = takeBatch(pending);
    slices++;
    read += batch.pieces[0]?.rowCount ?? 0;
    for (const p of pending) p.estimate = { mean: rowBytes, sd, rows: read };
  }
  return headerSyncCount(1 + (input.otherSheets ?? 0)) + slices;
}
/**
 * Syncs of a whole refresh in Excel: the read, then one sync that writes the three status
 * sheets (their requests stay far under 4 MB for ~50 indicators and a few thousand issues).
 */
export function refreshSyncCount(input: SyncCountInput): number {
  return readSyncCount(input) + 1;
}
