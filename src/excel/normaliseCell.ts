/**
 * One Office.js cell (value + value type + number format) → the core's `CellValue`, exactly
 * as the file reader normalises a cell read by ExcelJS.
 */
import type { CellValue } from "../core/grid";
import { isDateNumberFormat } from "./dateFormat";
import { serialToDate } from "./excelDate";

export interface CellReadContext {
  readonly date1904: boolean;
}

/**
 * @param valueType `Range.valueTypes` entry: "Empty" | "String" | "Integer" | "Double" |
 *   "Boolean" | "Error" | "RichValue" | "Unknown".
 * @param numberFormat the cell's format code when it was loaded, else undefined (then a
 *   number stays a number).
 */
export function normaliseCell(
  value: unknown,
  valueType: string | undefined,
  numberFormat: unknown,
  ctx: CellReadContext,
): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      // Office.js gives the error as its display string ("#N/A", "#DIV/0!").
      return { error: typeof value === "string" && value !== "" ? value : "#VALUE!" };
    case "Boolean":
      return typeof value === "boolean" ? value : value === "TRUE" || value === true;
    case "Integer":
    case "Double":
      return numberCell(value, numberFormat, ctx);
    case "String":
      return typeof value === "string" ? value : String(value ?? "");
    default:
      // RichValue (linked data types, images in cells) or an unknown future type: keep what
      // `values` shows, which is what the user reads in the cell.
      return fallbackCell(value, numberFormat, ctx);
  }
}

function numberCell(value: unknown, numberFormat: unknown, ctx: CellReadContext): CellValue {
  if (typeof value !== "number") return fallbackCell(value, numberFormat, ctx);
  if (numberFormat !== undefined && isDateNumberFormat(numberFormat)) {
    return serialToDate(value, ctx.date1904) ?? value;
  }
  return value;
}

function fallbackCell(value: unknown, numberFormat: unknown, ctx: CellReadContext): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return numberCell(value, numberFormat, ctx);
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}
