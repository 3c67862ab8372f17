/**
 * Phase 1 of the read: the sheet list (1 sync), then for every sheet its used range, its
 * ownership marker and its header sample — rows 1–20, where PRODUCT §1 looks for headers —
 * loaded with values, types, formats and displayed text (1 sync per ~39 sheets). The core's
 * column detection runs on these samples before any bulk read.
 */
import { OWNERSHIP_NAME, type ExistingSheet } from "../core/api";
import type { CellValue, Grid } from "../core/grid";
import { columnLetters } from "../core/grid";
import { isDateNumberFormat } from "./dateFormat";
import { ExcelReadError, officeErrorCode } from "./errors";
import { inferDate1904 } from "./excelDate";
import { normaliseCell, type CellReadContext } from "./normaliseCell";
import type { XlContext, XlWorksheet } from "./officeSubset";
import {
  HEADER_COLUMNS,
  HEADER_ROWS,
  jsonBytes,
  MIN_CELL_BYTES,
  PAYLOAD_TARGET_BYTES,
  SAMPLE_SAFETY_FACTOR,
} from "./payloadBudget";
import { headerSheetsPerSync } from "./readPlan";

/** A sheet of the workbook, with what the writer needs to put a replaced sheet back in place. */
export interface ExistingSheetInfo extends ExistingSheet {
  /** 0-based tab position. */
  readonly position: number;
  readonly visible: boolean;
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
  /** Estimated response bytes of one data cell, by 0-based column, measured on the sample. */
  readonly cellBytes: readonly number[];
}

export interface WorkbookHeaders {
  readonly samples: readonly HeaderSample[];
  readonly existingSheets: readonly ExistingSheetInfo[];
  readonly date1904: boolean;
}

export interface ReadOptions {
  /** The workbook's date system when the caller knows it; otherwise inferred from the sample. */
  readonly date1904?: boolean;
  /** Response budget per sync (tests lower it); default 3.9 MiB. */
  readonly budgetBytes?: number;
}

const SAMPLE_ADDRESS = `A1:${columnLetters(HEADER_COLUMNS - 1)}${HEADER_ROWS}`;

interface RawSample {
  readonly name: string;
  readonly position: number;
  readonly visible: boolean;
  readonly ours: boolean;
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
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  await syncRead(context);
  const sheets = [...worksheets.items].sort((a, b) => a.position - b.position);

  const raws: RawSample[] = [];
  const perSync = headerSheetsPerSync(options.budgetBytes ?? PAYLOAD_TARGET_BYTES);
  for (let i = 0; i < sheets.length; i += perSync) {
    const queued = sheets.slice(i, i + perSync).map(queueSample);
    await syncRead(context);
    for (const q of queued) raws.push(q());
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
    })),
    date1904,
  };
}

/** Queues the loads of one sheet's sample; the returned function reads them after the sync. */
function queueSample(ws: XlWorksheet): () => RawSample {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const head = ws.getRange(SAMPLE_ADDRESS);
  head.load("values,valueTypes,numberFormat,text");
  const marker = ws.names.getItemOrNullObject(OWNERSHIP_NAME);
  marker.load("name");
  return () => ({
    name: ws.name,
    position: ws.position,
    visible: ws.visibility === "Visible",
    ours: !marker.isNullObject,
    used: used.isNullObject
      ? null
      : {
          firstRow: used.rowIndex,
          firstColumn: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
        },
    values: head.values,
    valueTypes: head.valueTypes,
    numberFormat: head.numberFormat,
    text: head.text,
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
  for (let r = 0; r < rowEnd; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < colEnd; c++) {
      const value = raw.values[r]?.[c];
      const type = raw.valueTypes[r]?.[c];
      const format = raw.numberFormat[r]?.[c];
      row.push(normaliseCell(value, type, format, ctx));
      if (typeof value === "number" && isDateNumberFormat(format)) dateColumns.add(c);
      bytes[c]! += jsonBytes(value ?? "") + jsonBytes(type ?? "") + 2;
    }
    rows.push(row);
  }
  const cellBytes = bytes.map((total) =>
    Math.max(MIN_CELL_BYTES, Math.ceil((total / Math.max(1, rowEnd)) * SAMPLE_SAFETY_FACTOR)),
  );
  return {
    sheet: raw.name,
    ours: raw.ours,
    used,
    grid: { name: raw.name, rows },
    dateColumns: [...dateColumns].sort((a, b) => a - b),
    cellBytes,
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
