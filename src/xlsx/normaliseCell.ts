/**
 * ExcelJS cell values → the core's `CellValue`, so a file reads like a range in Excel.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

const DAY_MS = 86_400_000;
/** Days between the 1900 and 1904 date systems' epochs. */
const DAYS_1904_OFFSET = 1462;
/** ExcelJS maps serials below 61 one day early: Excel counts a 29 February 1900 that never was. */
const FIRST_CORRECT_1900_DAY = Date.UTC(1900, 2, 1);

export interface DateCorrection {
  /** The workbook uses the 1904 system but ExcelJS converted with the 1900 one. */
  readonly add1904Offset: boolean;
  readonly date1904: boolean;
}

/** UTC midnight of the calendar day Excel shows for this date-time. */
export function calendarDay(d: Date, fix: DateCorrection): Date {
  let ms = d.getTime();
  if (fix.add1904Offset) ms += DAYS_1904_OFFSET * DAY_MS;
  if (!fix.date1904 && ms < FIRST_CORRECT_1900_DAY) ms += DAY_MS;
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

function richTextToPlain(rt: ExcelJS.CellRichTextValue): string {
  return rt.richText.map((r) => r.text).join("");
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

export function normaliseCell(
  value: ExcelJS.CellValue | undefined,
  fix: DateCorrection,
): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
  }
  if (value instanceof Date) return calendarDay(value, fix);
  if (!isObject(value)) return null;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richTextToPlain(value as ExcelJS.CellRichTextValue);
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (isObject(text) && Array.isArray(text.richText)) {
      return richTextToPlain(text as unknown as ExcelJS.CellRichTextValue);
    }
    return null;
  }
  if ("formula" in value || "sharedFormula" in value) {
    // A formula never calculated (no cached value) reads as empty, as Excel shows it.
    return normaliseCell(value.result as ExcelJS.CellValue | undefined, fix);
  }
  return null;
}
