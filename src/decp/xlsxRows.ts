import ExcelJS from "exceljs";
import { compactLabel } from "./normalizeLabel";
import { DecpFormatError } from "./decpTypes";
import type { TabularCell } from "./tabularRecords";

/** An ExcelJS cell value → a plain tabular cell (formulas by their result, rich text by its text). */
export function plainCell(value: ExcelJS.CellValue): TabularCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return null;
  }
  return null;
}

function sheetRows(sheet: ExcelJS.Worksheet): TabularCell[][] {
  const rows: TabularCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: TabularCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/**
 * The rows of the sheet of an XLSX tabular export that holds the contracts: the first sheet
 * whose first non-empty row has an `id` column. Zip archives are read whole (their directory
 * is at the end), which suits the per-buyer exports this form is used for.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<TabularCell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new DecpFormatError("Le fichier n'est pas un classeur Excel (.xlsx) lisible.");
  }
  let fallback: TabularCell[][] | undefined;
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    const header = rows.find((r) => r.some((c) => c !== null && c !== ""));
    if (!header) continue;
    fallback ??= rows;
    if (header.some((c) => typeof c === "string" && compactLabel(c) === "id")) return rows;
  }
  return fallback ?? [];
}
