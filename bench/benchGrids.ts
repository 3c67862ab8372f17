/** In-memory grids for the core benchmark: 50 indicators × 10 semesters and N contracts. */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../src/core/grid";
import { buildPilotWorkbook, generateContracts, INDICATOR_SHEET } from "../scripts/sampleWorkbook";
import { REGISTER_HEADERS } from "../scripts/registerColumns";

export const BENCH_INDICATORS = 50;
export const BENCH_SEMESTERS = 10;

/** An ExcelJS value of the generated pilot sheet as the reader gives it. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return plain(value.result as ExcelJS.CellValue);
  if ("error" in value) return { error: String(value.error) };
  return null;
}

export function benchGrids(contracts: number): Grid[] {
  const wb = buildPilotWorkbook({
    contracts: 0,
    semesters: BENCH_SEMESTERS,
    indicators: BENCH_INDICATORS,
  });
  const sheet = wb.getWorksheet(INDICATOR_SHEET)!;
  const rows: Grid["rows"][number][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = plain(cell.value);
    });
    rows[n - 1] = Array.from(values, (v) => v ?? null);
  });
  const pilot: Grid = { name: INDICATOR_SHEET, rows: Array.from(rows, (r) => r ?? []) };
  const register: Grid = {
    name: "Marchés",
    rows: [[...REGISTER_HEADERS], ...generateContracts(contracts, 2026)],
  };
  return [pilot, register];
}
