import type { CellValue, Grid } from "../../../core/grid";
import { isCellError } from "../../../core/grid";

/** Rows kept for the mapping screen: the header row is one of the first 20 (PRODUCT §1). */
export const PREVIEW_ROWS = 20;

function displayText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (isCellError(cell)) return cell.error;
  return String(cell).trim();
}

/** The first rows of a sheet as text, padded to the widest row so that columns line up. */
export function previewRows(grid: Grid, limit: number = PREVIEW_ROWS): string[][] {
  const rows = grid.rows.slice(0, limit);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, c) => displayText(r[c])));
}

/** A short line describing a row, for the header-row picker. */
export function rowSummary(row: readonly string[], maxChars = 60): string {
  const text = row.filter((t) => t !== "").join(" · ");
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
