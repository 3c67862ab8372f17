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
  MEASURED_SAFETY_FACTOR,
  PAYLOAD_TARGET_BYTES,
  ROW_ARRAY_BYTES,
  SAMPLE_SAFETY_FACTOR,
  TYPICAL_CELL_BYTES,
} from "./payloadBudget";

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
}

/** A sheet read still to do; `takeBatch` consumes its rows, the reader refines its estimate. */
export interface PendingRead {
  readonly sheet: string;
  startRow: number;
  rowCount: number;
  readonly runs: readonly ColumnRun[];
  /** Estimated response bytes of one row of all runs. */
  bytesPerRow: number;
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
    .map((r) => ({ ...r, bytesPerRow: r.runs.reduce((sum, run) => sum + run.bytesPerRow, 0) }));
}

/**
 * Takes the next batch from the front of `pending` (mutated: consumed rows are removed):
 * whole small sheets share a batch, a large one is cut where the batch is full. A single row
 * larger than the budget still has to be read: alone in its batch.
 */
export function takeBatch(
  pending: PendingRead[],
  budget: number = PAYLOAD_TARGET_BYTES,
): ReadBatch {
  const pieces: ReadPiece[] = [];
  let bytes = 0;
  while (pending.length > 0) {
    const req = pending[0]!;
    let fit = Math.floor((budget - bytes) / req.bytesPerRow);
    if (fit <= 0) {
      if (pieces.length > 0) break;
      fit = 1;
    }
    fit = Math.min(fit, req.rowCount);
    for (const run of req.runs) {
      pieces.push({ sheet: req.sheet, run, startRow: req.startRow, rowCount: fit, source: req });
    }
    bytes += fit * req.bytesPerRow;
    req.startRow += fit;
    req.rowCount -= fit;
    if (req.rowCount === 0) pending.shift();
  }
  return { pieces, estimatedBytes: bytes };
}

/** The whole plan at once, when the estimates are not refined on the way (benchmark, tests). */
export function planReadBatches(
  requests: readonly SheetReadRequest[],
  budget: number = PAYLOAD_TARGET_BYTES,
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
    let perRow = ROW_ARRAY_BYTES * (fmt ? 3 : 2);
    for (let c = start; c <= end; c++) perRow += cellBytes(c) + (fmt ? FORMAT_CELL_BYTES : 0);
    runs.push({ start, count: end - start + 1, bytesPerRow: perRow, withFormat: fmt });
  }
  return runs;
}

/** Number of syncs that load the header samples of `sheetCount` sheets. */
export function headerSyncCount(sheetCount: number, budget: number = PAYLOAD_TARGET_BYTES): number {
  if (sheetCount <= 0) return 1;
  return Math.ceil(sheetCount / headerSheetsPerSync(budget));
}

/** How many sheets' header samples fit in one response. */
export function headerSheetsPerSync(budget: number = PAYLOAD_TARGET_BYTES): number {
  return Math.max(1, Math.floor(budget / (HEADER_ROWS * HEADER_COLUMNS * HEADER_CELL_BYTES)));
}

export interface SyncCountInput {
  /** Rows of the register, header row included. */
  readonly rows: number;
  readonly columns: number;
  /** Response bytes of one cell (`values` + `valueTypes` JSON); default: a typical register's. */
  readonly cellBytes?: number;
  /** The estimate the 20-row sample gives (sizes the first slice); default: cellBytes + margin. */
  readonly sampleCellBytes?: number;
  /** Other sheets of the workbook (the pilot sheet…): more header samples. */
  readonly otherSheets?: number;
}

/**
 * Syncs the reader uses for a workbook whose bulk is an N-row register of C columns: 1 for
 * sheet names, the header-sample syncs, and the column slices — the first sized from the
 * sample, the next ones from the measured weight of a row, as `readColumns` does. Test/excel
 * checks it against the fake workbook; the benchmark prints it.
 */
export function readSyncCount(input: SyncCountInput): number {
  const cellBytes = input.cellBytes ?? TYPICAL_CELL_BYTES;
  const sampleCellBytes = input.sampleCellBytes ?? Math.ceil(cellBytes * SAMPLE_SAFETY_FACTOR);
  const columns = Array.from({ length: input.columns }, (_, i) => i);
  const runs = columnRuns(
    columns,
    () => sampleCellBytes,
    () => false,
  );
  const pending = pendingReads([
    {
      sheet: "register",
      startRow: HEADER_ROWS,
      rowCount: Math.max(0, input.rows - HEADER_ROWS),
      runs,
    },
  ]);
  const measuredRowBytes =
    (input.columns * cellBytes + 2 * ROW_ARRAY_BYTES) * MEASURED_SAFETY_FACTOR;
  let slices = 0;
  while (pending.length > 0) {
    takeBatch(pending, PAYLOAD_TARGET_BYTES);
    slices++;
    for (const p of pending) p.bytesPerRow = measuredRowBytes;
  }
  return 1 + headerSyncCount(1 + (input.otherSheets ?? 0)) + slices;
}

/**
 * Syncs of a whole refresh in Excel: the read, then one sync that writes the three status
 * sheets (their requests stay far under 4 MB for ~50 indicators and a few thousand issues).
 */
export function refreshSyncCount(input: SyncCountInput): number {
  return readSyncCount(input) + 1;
}
