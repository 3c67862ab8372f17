/**
 * Plan values and sizes as Office.js expects them on write.
 */
import type { PlanValue } from "../core/sheetPlan";

/**
 * What to put in `range.values` for a plan value. Excel parses a string written through
 * `values` as if it were typed: "=…" becomes a formula, "35 %" a number, "mars 2026" a date,
 * "#N/A" an error. A leading apostrophe makes Excel keep the text as it is (the apostrophe is
 * not part of the value), so every non-empty string gets one: the plan's text is never
 * reinterpreted, and never becomes a formula built from workbook content.
 */
export function cellInput(value: PlanValue): string | number | boolean {
  if (value === null || value === "") return "";
  if (typeof value === "string") return `'${value}`;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return value;
}

/**
 * Column width in characters (the unit of SheetPlan and of the xlsx file, as ExcelJS uses it)
 * → points, the unit of `range.format.columnWidth`. One character of the default font is
 * 7 pixels wide, a pixel is 0.75 point at 96 dpi.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(Math.max(0, characters) * 7) * 0.75;
}

/** Sheet name as it must be written in a reference: always quoted, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The ownership marker's formula: a text constant "kind:semester". */
export function ownershipFormula(kind: string, semester: string): string {
  return `="${`${kind}:${semester}`.replace(/"/g, '""')}"`;
}
