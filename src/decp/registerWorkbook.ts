import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, Grid } from "../core/grid";
import { DecpFormatError } from "./decpTypes";
import type { CellChange } from "./mergeRegister";
import { findRegisterHeader, REGISTER_SHEET } from "./registerColumns";
import { plainCell } from "./xlsxRows";
import { normalizeLabel } from "./normalizeLabel";

/**
 * ExcelJS side of the DECP import, for files: find the register sheet of a workbook, and
 * write merged changes into a workbook. Interim writer until the lossless package writer
 * (src/xlsx) takes over `--into`: ExcelJS drops parts it does not model, so a workbook holding
 * any of them is refused rather than damaged (PRODUCT §5).
 */

/** Package parts ExcelJS cannot carry over (charts, pivot tables, macros, drawings, slicers…). */
const LOSSY_PARTS: readonly { prefix: string; label: string }[] = [
  { prefix: "xl/charts/", label: "graphiques" },
  { prefix: "xl/pivotTables/", label: "tableaux croisés dynamiques" },
  { prefix: "xl/pivotCache/", label: "tableaux croisés dynamiques" },
  { prefix: "xl/vbaProject.bin", label: "macros" },
  { prefix: "xl/drawings/", label: "dessins ou images" },
  { prefix: "xl/slicers/", label: "segments" },
  { prefix: "xl/timelines/", label: "chronologies" },
  { prefix: "xl/externalLinks/", label: "liaisons externes" },
  { prefix: "xl/ctrlProps/", label: "contrôles de formulaire" },
];

/** What ExcelJS would lose in this package, as French labels (empty = safe to rewrite). */
export async function partsExcelJsWouldLose(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    for (const part of LOSSY_PARTS) if (name.startsWith(part.prefix)) found.add(part.label);
  }
  return [...found];
}

function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (
    typeof value === "object" &&
    value !== null &&
    "error" in value &&
    typeof value.error === "string"
  ) {
    return { error: value.error };
  }
  return plainCell(value);
}

export function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name: sheet.name, rows };
}

/** Names that hint at a register (PRODUCT §1); the content decides. */
const REGISTER_HINTS = ["marches", "registre", "decp"];

/** The workbook's register sheet: a sheet with a register header, hinted names first. */
export function findRegisterSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const withHeader = workbook.worksheets.filter(
    (s) => findRegisterHeader(sheetGrid(s).rows) !== undefined,
  );
  const hinted = withHeader.find((s) =>
    REGISTER_HINTS.some((h) => normalizeLabel(s.name).includes(h)),
  );
  return hinted ?? withHeader[0];
}

/** A sheet name not used yet: `Marchés`, else `Marchés (2)`… */
export function freeSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++)
    if (!taken.has(`${wanted} (${i})`.toLowerCase())) return `${wanted} (${i})`;
}

/** Writes the merge's changes into the sheet (values and, for dates and amounts, formats). */
export function applyChanges(
  sheet: ExcelJS.Worksheet,
  changes: readonly CellChange[],
  headerRow: number,
): void {
  for (const c of changes) {
    const cell = sheet.getCell(c.row + 1, c.col + 1);
    const v = c.value;
    cell.value = v === null ? null : typeof v === "object" && !(v instanceof Date) ? v.error : v;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.row === headerRow) cell.font = { bold: true };
  }
}

const COLUMN_WIDTH = 18;
const WIDE_COLUMNS = new Set([
  "Objet",
  "Considérations sociales",
  "Considérations environnementales",
]);

/** Makes a register sheet readable: bold frozen header, filter, widths, print layout. */
export function styleNewRegister(sheet: ExcelJS.Worksheet, header: readonly CellValue[]): void {
  header.forEach((label, i) => {
    sheet.getColumn(i + 1).width =
      typeof label === "string" && WIDE_COLUMNS.has(label) ? 40 : COLUMN_WIDTH;
  });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  // Thirty columns cannot fit one page legibly: landscape pages, header row and reference column repeated.
  sheet.pageSetup = { orientation: "landscape", printTitlesRow: "1:1", printTitlesColumn: "A:A" };
}

/** A new workbook holding only the register sheet in the canonical layout. */
export async function newRegisterWorkbook(
  changes: readonly CellChange[],
  header: readonly CellValue[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(REGISTER_SHEET);
  applyChanges(sheet, changes, 0);
  styleNewRegister(sheet, header);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Loads a workbook for `--into`; an unreadable file is a format error (French). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new DecpFormatError("Le classeur n'est pas un fichier Excel (.xlsx) lisible.");
  }
  return workbook;
}
