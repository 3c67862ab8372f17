/**
 * File side of the DECP import: find the register among a workbook's sheets, turn the merge's
 * cell changes into patches for the lossless cell patcher (src/xlsx/patchCells.ts), and lay a
 * new register sheet out as a SheetPlan when the workbook has none.
 */
import type { ExistingSheet } from "../core/api";
import { type CellValue, type Grid, cellAddress } from "../core/grid";
import { isOutputSheetName } from "../core/pilotSheet";
import type { CellStyle, PlanCell, SheetPlan } from "../core/sheetPlan";
import type { CellPatch } from "../xlsx/patchCells";
import type { MergeOutcome } from "./mergeRegister";
import { normalizeLabel } from "./normalizeLabel";
import { findRegisterHeader } from "./registerColumns";

type MergeSuccess = Extract<MergeOutcome, { ok: true }>;

/** Names that hint at a register (PRODUCT §1); the content decides. */
const REGISTER_HINTS = ["marches", "registre", "decp", "contrats"];

/**
 * The workbook's register: a sheet with a register header row, hinted names first. Sheets the
 * product wrote (status sheets) are never registers.
 */
export function findRegisterGrid(
  grids: readonly Grid[],
  existing: readonly ExistingSheet[],
): Grid | undefined {
  const ours = new Set(existing.filter((s) => s.ours).map((s) => s.name));
  const candidates = grids.filter(
    (g) =>
      !ours.has(g.name) && !isOutputSheetName(g.name) && findRegisterHeader(g.rows) !== undefined,
  );
  const hinted = candidates.find((g) =>
    REGISTER_HINTS.some((h) => normalizeLabel(g.name).includes(h)),
  );
  return hinted ?? candidates[0];
}

/** A sheet name not used yet (Excel compares names without case): `Marchés`, else `Marchés (2)`… */
export function freeSheetName(taken: readonly string[], wanted: string): string {
  const used = new Set(taken.map((n) => n.toLocaleUpperCase("fr")));
  if (!used.has(wanted.toLocaleUpperCase("fr"))) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!used.has(name.toLocaleUpperCase("fr"))) return name;
  }
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The merge's changes as cell patches. New cells take the look of their neighbours: an
 * appended header cell that of the last header cell, a new row's cell that of the last row
 * already in the register (same column), so the register stays uniform.
 */
export function registerPatches(merged: MergeSuccess, existing: Grid): CellPatch[] {
  const header = existing.rows[merged.headerRow] ?? [];
  const lastHeaderCol = header.reduce<number>((last, c, i) => (isBlank(c) ? last : i), -1);
  let lastDataRow = -1;
  existing.rows.forEach((row, r) => {
    if (r > merged.headerRow && row.some((c) => !isBlank(c))) lastDataRow = r;
  });
  return merged.changes.map((c) => {
    const value =
      typeof c.value === "object" && c.value !== null && !(c.value instanceof Date)
        ? c.value.error
        : c.value;
    const styleFrom =
      c.row === merged.headerRow && c.col > lastHeaderCol && lastHeaderCol >= 0
        ? { row: merged.headerRow, col: lastHeaderCol }
        : c.row > lastDataRow && lastDataRow >= 0 && c.col <= lastHeaderCol
          ? { row: lastDataRow, col: c.col }
          : undefined;
    return {
      row: c.row,
      col: c.col,
      value,
      ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      ...(styleFrom ? { styleFrom } : {}),
    };
  });
}

const STYLES: Readonly<Record<string, CellStyle>> = {
  header: {
    bold: true,
    fill: "1F4E79",
    color: "FFFFFF",
    wrap: true,
    border: "BFBFBF",
    align: "center",
  },
};

const WIDE_COLUMNS = new Set([
  "Objet",
  "Considérations sociales",
  "Considérations environnementales",
]);
const DAY_MS = 86_400_000;

/** Excel serial of a UTC-midnight date in the workbook's date system. */
function serial(d: Date, date1904: boolean): number {
  return d.getTime() / DAY_MS + (date1904 ? 24_107 : 25_569);
}

/**
 * A new register sheet holding the merge's whole content: header row styled, frozen and
 * filtered, dates and amounts formatted. Handed over to the user (`owned: false`).
 */
export function registerSheetPlan(name: string, merged: MergeSuccess, date1904 = false): SheetPlan {
  const formats = new Map(merged.changes.map((c) => [`${c.row}:${c.col}`, c.numberFormat]));
  const header = merged.rows[merged.headerRow] ?? [];
  const rows: PlanCell[][] = merged.rows.map((line, r) =>
    line.map((v, col): PlanCell => {
      const numberFormat = formats.get(`${r}:${col}`);
      const value =
        v instanceof Date ? serial(v, date1904) : typeof v === "object" && v !== null ? v.error : v;
      return {
        value,
        ...(r === merged.headerRow ? { style: "header" } : {}),
        ...(numberFormat ? { numberFormat } : {}),
      };
    }),
  );
  return {
    name,
    kind: "registre",
    semester: "",
    owned: false,
    columnWidths: header.map((h) => (typeof h === "string" && WIDE_COLUMNS.has(h) ? 40 : 18)),
    rows,
    styles: STYLES,
    freeze: { rows: merged.headerRow + 1, columns: 1 },
    ...(header.length > 0
      ? {
          autoFilter: `${cellAddress(merged.headerRow, 0)}:${cellAddress(merged.headerRow, header.length - 1)}`,
        }
      : {}),
    // Thirty columns cannot fit one page legibly: landscape pages.
    print: { landscape: true, fitToWidth: false },
  };
}
