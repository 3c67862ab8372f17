/**
 * Reads an .xlsx file into the core's grids, in Node and in the browser (bytes in, no fs).
 */
import ExcelJS from "exceljs";
import type { ExistingSheet } from "../core/api";
import type { CellValue, Grid } from "../core/grid";
import { normaliseCell, type DateCorrection } from "./normaliseCell";
import { openPackage } from "./packageLayout";
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import { ownedSheetPositions, readWorkbookModel } from "./workbookXml";

export { UnreadableWorkbookError } from "./unreadableWorkbookError";

export interface ReadWorkbookResult {
  readonly grids: Grid[];
  readonly existingSheets: ExistingSheet[];
  readonly date1904: boolean;
}

/**
 * Worksheet parts ExcelJS need not model to give us values. Data validations matter most:
 * ExcelJS expands their ranges cell by cell, so a whole-column rule costs seconds.
 */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
  "autoFilter",
  "rowBreaks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "sheetProtection",
  "picture",
  "drawing",
  "tableParts",
];

/** Progress and cancellation of a read (browser mode runs it in a Web Worker). */
export interface ReadWorkbookOptions {
  /** Bytes of the file read so far, out of its size. */
  readonly onProgress?: (bytesDone: number, bytesTotal: number) => void;
  readonly signal?: AbortSignal;
}

export async function readWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  options.signal?.throwIfAborted();
  options.onProgress?.(0, data.byteLength);
  const pkg = await openPackage(data, fileName);
  const model = readWorkbookModel(await pkg.zip.file(pkg.workbookPath)!.async("string"), fileName);

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares a Node Buffer but only hands the bytes to JSZip, which takes a Uint8Array.
    type LoadInput = Parameters<typeof workbook.xlsx.load>[0];
    await workbook.xlsx.load(data as unknown as LoadInput, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw new UnreadableWorkbookError("damaged", fileName);
  }

  const fix: DateCorrection = {
    date1904: model.date1904,
    // ExcelJS only recognises date1904="1"; "true" is valid too and must shift dates.
    add1904Offset: model.date1904 && !workbook.properties.date1904,
  };
  const owned = ownedSheetPositions(model);
  options.signal?.throwIfAborted();
  options.onProgress?.(data.byteLength, data.byteLength);
  return {
    grids: workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws, fix) })),
    existingSheets: model.sheets.map((s, i) => ({ name: s.name, ours: owned.has(i) })),
    date1904: model.date1904,
  };
}

function sheetRows(ws: ExcelJS.Worksheet, fix: DateCorrection): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow((row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push([]);
    const cells: CellValue[] = [];
    row.eachCell((cell, colNumber) => {
      while (cells.length < colNumber - 1) cells.push(null);
      // Covered cells of a merge hold nothing in Excel; ExcelJS repeats the master's value.
      cells.push(cell.type === ExcelJS.ValueType.Merge ? null : normaliseCell(cell.value, fix));
    });
    rows.push(cells);
  });
  return rows;
}
