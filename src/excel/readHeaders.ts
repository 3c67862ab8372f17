/**
 * Phase 1 of the read, in one sync for a workbook of up to ~40 sheets: the sheets are walked by
 * tab position (`getFirst`, then `getNextOrNullObject`, ExcelApi 1.5) and for each one its
 * name, its used range, its ownership marker and its header sample — rows 1–20, where
 * PRODUCT §1 looks for headers, with values, types, formats and displayed text — are queued in
 * the same batch; positions past the last sheet come back as null objects. A workbook with more
 * sheets takes one more sync per ~40 sheets. The core's column detection runs on these samples
 * before any bulk read.
 *
 * When Excel refuses a batch for its size (wide, text-heavy sheets can push a response past
 * the 5 MB limit of Excel on the web), the read is split and retried like the column slices:
 * the sheets are listed, then sampled in halves of the group, and a single sheet whose sample
 * alone is too large is read in row halves (then column halves). Slower, never a failed refresh.
 */
import { OWNERSHIP_NAME, type ExistingSheet } from "../core/api";
import type { CellValue, Grid } from "../core/grid";
import { columnLetters } from "../core/grid";
import { isDateNumberFormat } from "./dateFormat";
import { ExcelReadError, isTooLarge, officeErrorCode } from "./errors";
import { inferDate1904 } from "./excelDate";
import { normaliseCell, type CellReadContext } from "./normaliseCell";
import type { XlContext, XlWorksheet } from "./officeSubset";
import {
  HEADER_COLUMNS,
  HEADER_ROWS,
  jsonBytes,
  MIN_CELL_BYTES,
  PAYLOAD_TARGET_BYTES,
} from "./payloadBudget";
import { headerSheetsPerSync } from "./readPlan";

/** A sheet of the workbook, with what the writer needs to put a replaced sheet back in place. */
export interface ExistingSheetInfo extends ExistingSheet {
  /** 0-based tab position. */
  readonly position: number;
  readonly visible: boolean;
  /** Names of the sheet's charts (the writer deletes its own on a rewrite). */
  readonly charts: readonly string[];
}

/** The used range (values only), 0-based. */
export interface UsedArea {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface HeaderSample {
  readonly sheet: string;
  readonly ours: boolean;
  /** Null when the sheet holds no value. */
  readonly used: UsedArea | null;
  /** Rows 1–20, columns A:DX (cut to the used range), normalised as the core expects. */
  readonly grid: Grid;
  /** 0-based columns whose sample holds a date-formatted number. */
  readonly dateColumns: readonly number[];
  /** Mean response bytes of one cell (values + valueTypes), by 0-based column, on the sample. */
  readonly cellBytes: readonly number[];
  /** Response bytes (values + valueTypes, commas included) of each sample cell, by row. */
  readonly cellByteRows: readonly (readonly number[])[];
  /** Response bytes of each sample cell's `numberFormat` (comma included), by row. */
  readonly formatByteRows: readonly (readonly number[])[];
}

export interface WorkbookHeaders {
  readonly samples: readonly HeaderSample[];
  readonly existingSheets: readonly ExistingSheetInfo[];
  readonly date1904: boolean;
}

export interface ReadOptions {
  /** The workbook's date system when the caller knows it; otherwise inferred from the sample. */
  readonly date1904?: boolean;
  /** Response budget per sync (tests lower it); default: just under 4 MiB. */
  readonly budgetBytes?: number;
}

const SAMPLE_ADDRESS = `A1:${columnLetters(HEADER_COLUMNS - 1)}${HEADER_ROWS}`;

/** What a host that refuses calls on null objects (past the last sheet) answers. */
const REFUSED_WALK_CODES = new Set([
  "InvalidObjectPath",
  "ItemNotFound",
  "InvalidOperation",
  "InvalidArgument",
]);

interface RawSample {
  readonly name: string;
  readonly position: number;
  readonly visible: boolean;
  readonly ours: boolean;
  readonly charts: readonly string[];
  readonly used: UsedArea | null;
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
  readonly text: string[][];
}

export async function readHeaders(
  context: XlContext,
  options: ReadOptions = {},
): Promise<WorkbookHeaders> {
  const perSync = headerSheetsPerSync(options.budgetBytes ?? PAYLOAD_TARGET_BYTES);
  let raws: RawSample[];
  try {
    raws = await walkSheets(context, perSync);
  } catch (error) {
    // The walk relies on calls queued on null objects past the last sheet being harmless; if
    // a host refuses them, the classic two steps (list, then samples) cost one sync more. A
    // batch too large for Excel goes the same way, split as needed.
    const code = error instanceof ExcelReadError ? (error.code ?? "") : "";
    const tooLarge = isTooLarge(error instanceof Error ? error.cause : error);
    if (!REFUSED_WALK_CODES.has(code) && !tooLarge) throw error;
    raws = await listThenSample(context, perSync, tooLarge);
  }
  const date1904 = options.date1904 ?? inferDateSystem(raws);
  const ctx: CellReadContext = { date1904 };
  return {
    samples: raws.map((raw) => toSample(raw, ctx)),
    existingSheets: raws.map((raw) => ({
      name: raw.name,
      ours: raw.ours,
      position: raw.position,
      visible: raw.visible,
      charts: raw.charts,
    })),
    date1904,
  };
}

/**
 * Samples `perSync` sheets per sync by tab position; the sheet after each group is peeked at
 * (its name only) so that a workbook of exactly `perSync` sheets needs no empty extra sync.
 */
async function walkSheets(context: XlContext, perSync: number): Promise<RawSample[]> {
  const raws: RawSample[] = [];
  let next: XlWorksheet = context.workbook.worksheets.getFirst();
  for (;;) {
    const group: XlWorksheet[] = [];
    for (let i = 0; i < perSync; i++) {
      group.push(next);
      next = next.getNextOrNullObject();
    }
    const queued = group.map(queueSample);
    next.load("name");
    await syncRead(context);
    for (let i = 0; i < group.length; i++) {
      if (group[i]!.isNullObject) return raws;
      raws.push(queued[i]!());
    }
    if (next.isNullObject) return raws;
  }
}

/**
 * @param split whether Excel already refused a batch of all of them for its size: then the
 *   groups are at most half the sheets, and halved further as needed.
 */
async function listThenSample(
  context: XlContext,
  perSync: number,
  split = false,
): Promise<RawSample[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  await syncRead(context);
  const names = [...worksheets.items].sort((a, b) => a.position - b.position).map((s) => s.name);
  const size = split ? Math.max(1, Math.min(perSync, Math.ceil(names.length / 2))) : perSync;
  const raws: RawSample[] = [];
  for (let i = 0; i < names.length; i += size)
    raws.push(...(await sampleGroup(context, names.slice(i, i + size))));
  return raws;
}

/** Samples some sheets in one sync; halves the group, then the sheet, when Excel finds it too large. */
async function sampleGroup(context: XlContext, names: readonly string[]): Promise<RawSample[]> {
  const queued = names.map((name) => queueSample(context.workbook.worksheets.getItem(name)));
  try {
    await context.sync();
    return queued.map((read) => read());
  } catch (error) {
    if (!isTooLarge(error)) throw new ExcelReadError(officeErrorCode(error), { cause: error });
  }
  if (names.length > 1) {
    const mid = Math.ceil(names.length / 2);
    return [
      ...(await sampleGroup(context, names.slice(0, mid))),
      ...(await sampleGroup(context, names.slice(mid))),
    ];
  }
  return [await sampleInParts(context, names[0]!)];
}

interface Block {
  readonly row: number;
  readonly rows: number;
  readonly column: number;
  readonly columns: number;
}

/** One sheet whose sample is too large for one response: its facts, then its sample in blocks. */
async function sampleInParts(context: XlContext, name: string): Promise<RawSample> {
  const ws = context.workbook.worksheets.getItem(name);
  const facts = queueFacts(ws);
  await syncRead(context);
  const head = facts();
  const values: unknown[][] = [];
  const valueTypes: string[][] = [];
  const numberFormat: unknown[][] = [];
  const text: string[][] = [];
  for (let r = 0; r < HEADER_ROWS; r++) {
    values.push([]);
    valueTypes.push([]);
    numberFormat.push([]);
    text.push([]);
  }
  const readBlock = async (block: Block): Promise<void> => {
    const range = context.workbook.worksheets
      .getItem(name)
      .getRangeByIndexes(block.row, block.column, block.rows, block.columns);
    range.load("values,valueTypes,numberFormat,text");
    try {
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error)) throw new ExcelReadError(officeErrorCode(error), { cause: error });
      const halves = splitBlock(block);
      if (!halves) throw new ExcelReadError(officeErrorCode(error), { cause: error });
      for (const half of halves) await readBlock(half);
      return;
    }
    for (let i = 0; i < block.rows; i++) {
      for (let j = 0; j < block.columns; j++) {
        const r = block.row + i;
        const c = block.column + j;
        values[r]![c] = range.values[i]?.[j];
        valueTypes[r]![c] = range.valueTypes[i]?.[j] ?? "Empty";
        numberFormat[r]![c] = range.numberFormat[i]?.[j];
        text[r]![c] = range.text[i]?.[j] ?? "";
      }
    }
  };
  await readBlock({ row: 0, rows: HEADER_ROWS, column: 0, columns: HEADER_COLUMNS });
  return { ...head, values, valueTypes, numberFormat, text };
}

/** Row halves first (a header row stays whole as long as possible), then column halves. */
function splitBlock(block: Block): [Block, Block] | undefined {
  if (block.rows > 1) {
    const top = Math.ceil(block.rows / 2);
    return [
      { ...block, rows: top },
      { ...block, row: block.row + top, rows: block.rows - top },
    ];
  }
  if (block.columns > 1) {
    const left = Math.ceil(block.columns / 2);
    return [
      { ...block, columns: left },
      { ...block, column: block.column + left, columns: block.columns - left },
    ];
  }
  return undefined;
}

type SheetFacts = Omit<RawSample, "values" | "valueTypes" | "numberFormat" | "text">;

/** Queues the loads of one sheet's sample; the returned function reads them after the sync. */
function queueSample(ws: XlWorksheet): () => RawSample {
  const facts = queueFacts(ws);
  const head = ws.getRange(SAMPLE_ADDRESS);
  head.load("values,valueTypes,numberFormat,text");
  return () => ({
    ...facts(),
    values: head.values,
    valueTypes: head.valueTypes,
    numberFormat: head.numberFormat,
    text: head.text,
  });
}

/** Name, position, visibility, used range, ownership marker and chart names of a sheet. */
function queueFacts(ws: XlWorksheet): () => SheetFacts {
  ws.load("name,position,visibility");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const marker = ws.names.getItemOrNullObject(OWNERSHIP_NAME);
  marker.load("name");
  const charts = ws.charts;
  charts.load("items/name");
  return () => ({
    name: ws.name,
    position: ws.position,
    visible: ws.visibility === "Visible",
    ours: !marker.isNullObject,
    charts: charts.items.map((c) => c.name),
    used: used.isNullObject
      ? null
      : {
          firstRow: used.rowIndex,
          firstColumn: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        },
  });
}

/** The first date-formatted sample cell whose displayed year decides the date system. */
function inferDateSystem(raws: readonly RawSample[]): boolean {
  for (const raw of raws) {
    for (let r = 0; r < raw.values.length; r++) {
      const values = raw.values[r] ?? [];
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        if (typeof v !== "number" || !isDateNumberFormat(raw.numberFormat[r]?.[c])) continue;
        const decided = inferDate1904(v, raw.text[r]?.[c] ?? "");
        if (decided !== undefined) return decided;
      }
    }
  }
  // Excel's default on every platform since Excel 2016 for Mac.
  return false;
}

function toSample(raw: RawSample, ctx: CellReadContext): HeaderSample {
  const used = raw.used;
  const rowEnd = used ? Math.min(HEADER_ROWS, used.firstRow + used.rowCount) : 0;
  const colEnd = used ? Math.min(HEADER_COLUMNS, used.firstColumn + used.columnCount) : 0;
  const rows: CellValue[][] = [];
  const dateColumns = new Set<number>();
  const bytes = new Array<number>(colEnd).fill(0);
  const cellByteRows: number[][] = [];
  const formatByteRows: number[][] = [];
  for (let r = 0; r < rowEnd; r++) {
    const row: CellValue[] = [];
    const cellRow: number[] = [];
    const formatRow: number[] = [];
    for (let c = 0; c < colEnd; c++) {
      const value = raw.values[r]?.[c];
      const type = raw.valueTypes[r]?.[c];
      const format = raw.numberFormat[r]?.[c];
      row.push(normaliseCell(value, type, format, ctx));
      if (typeof value === "number" && isDateNumberFormat(format)) dateColumns.add(c);
      // What this cell will weigh when a slice loads it: each property's JSON and its comma.
      const cell = jsonBytes(value ?? "") + jsonBytes(type ?? "") + 2;
      cellRow.push(cell);
      formatRow.push(jsonBytes(format ?? "General") + 1);
      bytes[c]! += cell;
    }
    rows.push(row);
    cellByteRows.push(cellRow);
    formatByteRows.push(formatRow);
  }
  const cellBytes = bytes.map((total) =>
    Math.max(MIN_CELL_BYTES, Math.ceil(total / Math.max(1, rowEnd))),
  );
  return {
    sheet: raw.name,
    ours: raw.ours,
    used,
    grid: { name: raw.name, rows },
    dateColumns: [...dateColumns].sort((a, b) => a - b),
    cellBytes,
    cellByteRows,
    formatByteRows,
  };
}

/** One sync; an Office.js failure becomes a French `ExcelReadError`. */
export async function syncRead(context: XlContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new ExcelReadError(officeErrorCode(error), { cause: error });
  }
}
