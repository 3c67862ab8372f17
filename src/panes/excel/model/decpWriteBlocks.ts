/**
 * Office mode of the DECP import: the merge's cell changes as rectangular 2-D blocks for
 * `range.values` / `range.numberFormat`, grouped into syncs that stay under the request budget
 * (PRODUCT §10: 4 MB per request on Excel on the web). Pure, so that it is tested without Excel.
 */
import type { CellValue } from "../../../core/grid";
import type { CellChange } from "../../../decp/mergeRegister";
import { changeRuns, type ChangeRun } from "../../../decp/changeRuns";
import {
  jsonBytes,
  PAYLOAD_TARGET_BYTES,
  RANGE_ENVELOPE_BYTES,
} from "../../../excel/payloadBudget";

export type OfficeCellInput = string | number | boolean;

/** One range write: `getRangeByIndexes(row, col, values.length, values[0].length)`. */
export interface WriteBlock {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly OfficeCellInput[])[];
  /** null cells keep their number format (Office.js leaves them unchanged); absent = none set. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Estimated request bytes of this write. */
  readonly bytes: number;
}

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 and 1904 date systems. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/**
 * A register value as Office.js must receive it. Excel parses strings written through `values`
 * as if typed ("=…" a formula, "22590001700016" a number that loses the SIRET's text, "35 %" a
 * percentage): a leading apostrophe keeps the text as it is (it is not part of the value).
 * Dates become serial numbers of the workbook's date system.
 */
export function officeCellInput(value: CellValue, date1904: boolean): OfficeCellInput {
  if (value === null || value === "") return "";
  if (value instanceof Date) return value.getTime() / DAY_MS + (date1904 ? EPOCH_1904 : EPOCH_1900);
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return `'${value}`;
  return `'${value.error}`;
}

interface Rect {
  row: number;
  col: number;
  width: number;
  runs: ChangeRun[];
}

/** Runs of consecutive rows covering the same columns become one rectangle (new rows, mostly). */
function rectangles(runs: readonly ChangeRun[]): Rect[] {
  const done: Rect[] = [];
  const open = new Map<string, Rect>();
  for (const run of runs) {
    const key = `${run.col}:${run.values.length}`;
    const rect = open.get(key);
    if (rect && rect.row + rect.runs.length === run.row) {
      rect.runs.push(run);
      continue;
    }
    if (rect) done.push(rect);
    open.set(key, { row: run.row, col: run.col, width: run.values.length, runs: [run] });
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

function hasFormat(run: ChangeRun): boolean {
  return run.values.some((v, i) => v instanceof Date || run.numberFormats[i] !== undefined);
}

function formatsOf(run: ChangeRun): (string | null)[] {
  return run.values.map(
    (v, i) => run.numberFormats[i] ?? (v instanceof Date ? DEFAULT_DATE_FORMAT : null),
  );
}

/**
 * The blocks to write, in batches: each batch is one sync whose estimated request stays under
 * `budget`. A rectangle too large for one request is cut into row slices.
 */
export function decpWriteBatches(
  changes: readonly CellChange[],
  date1904: boolean,
  budget: number = PAYLOAD_TARGET_BYTES,
): WriteBlock[][] {
  const blocks: WriteBlock[] = [];
  for (const rect of rectangles(changeRuns(changes))) {
    const formatted = rect.runs.some(hasFormat);
    let values: OfficeCellInput[][] = [];
    let formats: (string | null)[][] = [];
    let bytes = RANGE_ENVELOPE_BYTES;
    let first = rect.row;
    const flush = (): void => {
      if (values.length === 0) return;
      blocks.push({
        row: first,
        col: rect.col,
        values,
        ...(formatted ? { numberFormats: formats } : {}),
        bytes,
      });
      values = [];
      formats = [];
      bytes = RANGE_ENVELOPE_BYTES;
    };
    for (const run of rect.runs) {
      const rowValues = run.values.map((v) => officeCellInput(v, date1904));
      const rowFormats = formatted ? formatsOf(run) : [];
      // +1 per row array for the comma between rows.
      const rowBytes = jsonBytes(rowValues) + 1 + (formatted ? jsonBytes(rowFormats) + 1 : 0);
      if (values.length > 0 && bytes + rowBytes > budget) flush();
      if (values.length === 0) first = run.row;
      values.push(rowValues);
      formats.push(rowFormats);
      bytes += rowBytes;
    }
    flush();
  }
  const batches: WriteBlock[][] = [];
  let current: WriteBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    if (current.length > 0 && used + block.bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(block);
    used += block.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
