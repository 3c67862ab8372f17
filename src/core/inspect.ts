/**
 * What the mapping screen shows when detection fails: each sheet's most header-like row among
 * the first 20, its headers and the columns we would suggest.
 */
import type { PilotColumnKey } from "./api";
import type { Grid } from "./grid";
import { assignColumns, matchPilotHeader } from "./headers";
import { HEADER_SCAN_ROWS, findPilotSheet } from "./pilotSheet";
import { findRegisterSheet } from "./register";
import { parseSemesterHeader, semesterId } from "./semester";
import { cellText } from "./cellReading";

export interface SheetOverview {
  readonly name: string;
  readonly headerRow: number | null;
  readonly headers: readonly string[];
  readonly suggested: Partial<Record<PilotColumnKey, number>>;
  readonly semesters: readonly string[];
}

export interface WorkbookOverview {
  readonly pilotSheet: string | null;
  readonly registerSheet: string | null;
  readonly sheets: readonly SheetOverview[];
}

function overview(grid: Grid): SheetOverview {
  let best: SheetOverview = {
    name: grid.name,
    headerRow: null,
    headers: [],
    suggested: {},
    semesters: [],
  };
  let bestScore = 0;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const semesters: string[] = [];
    const matches = row.map((cell) => {
      const h = parseSemesterHeader(cell);
      if (h) {
        semesters.push(semesterId(h.semester));
        return undefined;
      }
      return typeof cell === "string" ? matchPilotHeader(cell) : undefined;
    });
    const suggested = assignColumns(matches);
    const score = Object.keys(suggested).length + semesters.length;
    if (score > bestScore) {
      bestScore = score;
      best = {
        name: grid.name,
        headerRow: r,
        headers: row.map((c) => cellText(c ?? null)),
        suggested,
        semesters,
      };
    }
  }
  if (best.headerRow === null && grid.rows.length > 0)
    best = { ...best, headerRow: 0, headers: (grid.rows[0] ?? []).map((c) => cellText(c ?? null)) };
  return best;
}

export function inspectWorkbook(grids: readonly Grid[]): WorkbookOverview {
  const none = new Set<string>();
  const pilot = findPilotSheet(grids, none);
  const register = findRegisterSheet(grids, new Set(pilot ? [pilot.grid.name] : []));
  return {
    pilotSheet: pilot?.grid.name ?? null,
    registerSheet: register?.sheet ?? null,
    sheets: grids.map(overview),
  };
}
