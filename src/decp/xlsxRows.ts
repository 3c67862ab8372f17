import type { CellValue } from "../core/grid";
import { readWorkbook, UnreadableWorkbookError } from "../xlsx/readWorkbook";
import { compactLabel } from "./normalizeLabel";
import { DecpFormatError } from "./decpTypes";
import type { TabularCell } from "./tabularRecords";

/** A cell read by the workbook reader → a plain tabular cell (an Excel error reads as empty). */
export function plainCell(value: CellValue | undefined): TabularCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && !(value instanceof Date)) return null;
  return value;
}

/**
 * The rows of the sheet of an XLSX tabular export that holds the contracts: the first sheet
 * whose first non-empty row has an `id` column. Read by the project's .xlsx reader
 * (src/xlsx/readWorkbook.ts), the one the refresh uses: any producer's export reads the same.
 */
export async function readXlsxRows(
  bytes: Uint8Array,
  fileName = "export.xlsx",
): Promise<TabularCell[][]> {
  let grids;
  try {
    ({ grids } = await readWorkbook(bytes, fileName));
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new DecpFormatError(e.message);
    throw e;
  }
  let fallback: TabularCell[][] | undefined;
  for (const grid of grids) {
    const rows = grid.rows.map((r) => Array.from(r, plainCell));
    const header = rows.find((r) => r.some((c) => c !== null && c !== ""));
    if (!header) continue;
    fallback ??= rows;
    if (header.some((c) => typeof c === "string" && compactLabel(c) === "id")) return rows;
  }
  return fallback ?? [];
}
