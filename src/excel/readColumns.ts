/**
 * Phase 2 of the read: only the columns the core needs, below the header sample, in row slices
 * packed into syncs so that every response stays under the payload target. Each slice's real
 * weight refines the estimate for the next ones.
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
  MEASURED_SAFETY_FACTOR,
  PAYLOAD_TARGET_BYTES,
} from "./payloadBudget";
import {
  columnRuns,
  pendingReads,
  takeBatch,
  type PendingRead,
  type SheetReadRequest,
} from "./readPlan";

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
  const budget = options.budgetBytes ?? PAYLOAD_TARGET_BYTES;
  const pending = pendingReads(requests);
  while (pending.length > 0) {
    const batch = takeBatch(pending, budget);
    const measured = new Map<PendingRead, { bytes: number; rows: number }>();
    await readBatch(context, batch, (piece, range) => {
      const bytes = builders.get(piece.sheet)!.put(piece, range, ctx);
      const m = measured.get(piece.source) ?? { bytes: 0, rows: 0 };
      m.bytes += bytes;
      // Every run of a slice covers the same rows: count them once per slice.
      if (piece.run === piece.source.runs[0]) m.rows += piece.rowCount;
      measured.set(piece.source, m);
    });
    // The next slices of a sheet are sized from what its rows really weighed, not from the
    // 20-row sample: long texts further down do not push a response over the limit, and
    // short ones do not waste round trips.
    for (const [source, m] of measured) {
      if (m.rows > 0) source.bytesPerRow = Math.max(1, (m.bytes / m.rows) * MEASURED_SAFETY_FACTOR);
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
    requests.push({
      sheet: sample.sheet,
      startRow: sampleStart,
      rowCount: lastRow - sampleStart,
      runs: columnRuns(inSample, cellBytes, withFormat),
    });
  }
  if (beyond.length > 0) {
    requests.push({
      sheet: sample.sheet,
      startRow: used.firstRow,
      rowCount: used.rowCount,
      runs: columnRuns(beyond, cellBytes, withFormat),
    });
  }
  return requests;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
