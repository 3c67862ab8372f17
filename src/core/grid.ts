/**
 * A sheet's values as the core sees them, whatever host read them.
 *
 * Adapters (ExcelJS for files, Office.js in Excel) normalise every cell into a `CellValue`
 * before the core sees it, so that a workbook reads the same in every host:
 * - dates are calendar days, given as a `Date` at UTC midnight;
 * - Excel error values are `{ error: "#N/A" }`;
 * - formulas are replaced by their cached result; rich text by its plain text.
 */
export type CellValue = null | string | number | boolean | Date | CellError;

export interface CellError {
  readonly error: string;
}

export interface Grid {
  /** Sheet name as shown on its tab. */
  readonly name: string;
  /** Rows of cells, row 0 = the sheet's row 1, column 0 = column A. Rows may be ragged. */
  readonly rows: readonly (readonly CellValue[])[];
}

export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as { error?: unknown }).error === "string"
  );
}

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (row, col) → A1 address. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address → 0-based (row, col); undefined when not an address. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
