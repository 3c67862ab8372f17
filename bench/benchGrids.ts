/** In-memory grids for the core benchmark: 50 indicators × 10 semesters and N contracts. */
import type { Grid } from "../src/core/grid";
import { normaliseCell } from "../src/xlsx/normaliseCell";
import { buildPilotWorkbook, generateContracts, INDICATOR_SHEET } from "../scripts/sampleWorkbook";
import { REGISTER_HEADERS } from "../scripts/registerColumns";

export const BENCH_INDICATORS = 50;
export const BENCH_SEMESTERS = 10;

export function benchGrids(contracts: number): Grid[] {
  const wb = buildPilotWorkbook({
    contracts: 0,
    semesters: BENCH_SEMESTERS,
    indicators: BENCH_INDICATORS,
  });
  const sheet = wb.getWorksheet(INDICATOR_SHEET)!;
  const rows: Grid["rows"][number][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values: ReturnType<typeof normaliseCell>[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = normaliseCell(cell.value, { add1904Offset: false, date1904: false });
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
