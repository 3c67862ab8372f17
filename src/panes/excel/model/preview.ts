import type { CellValue, Grid } from "../../../core/grid";
import { isCellError } from "../../../core/grid";

/** Rows kept for the mapping screen: the header row is one of the first 20 (PRODUCT §1). */
export const PREVIEW_ROWS = 20;

/** Numbers as a French reader writes them (« 966,31 »), without grouping: « 2026 » stays a year. */
const NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 10, useGrouping: false });

/** A cell as the French Excel shows it: « 966,31 », « 01/01/2025 », « VRAI ». */
export function displayText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    // Calendar days: the date's UTC parts, as read from the workbook.
    const dd = String(cell.getUTCDate()).padStart(2, "0");
    const mm = String(cell.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${cell.getUTCFullYear()}`;
  }
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "number") return NUMBER.format(cell);
  if (typeof cell === "boolean") return cell ? "VRAI" : "FAUX";
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
