import type { PilotColumnKey } from "../../../core/api";
import type { Grid } from "../../../core/grid";
import type { WorkbookInspection } from "../host/workbookHost";
import { previewRows } from "./preview";

/** The shape `inspectWorkbook` (src/core/inspect.ts) returns, restated for what the pane reads. */
export interface CoreInspection {
  readonly pilotSheet: string | null;
  readonly registerSheet: string | null;
  readonly sheets: readonly {
    readonly name: string;
    readonly headerRow: number | null;
    readonly suggested: Partial<Record<PilotColumnKey, number>>;
    readonly semesters: readonly string[];
  }[];
}

/** Joins the core's detection with a text preview of each sheet for the mapping screen. */
export function toInspection(
  workbookName: string,
  grids: readonly Grid[],
  core: CoreInspection,
): WorkbookInspection {
  const byName = new Map(grids.map((g) => [g.name, g]));
  return {
    workbookName,
    pilotSheet: core.pilotSheet,
    registerSheet: core.registerSheet,
    sheets: core.sheets.map((s) => {
      const grid = byName.get(s.name);
      return {
        name: s.name,
        headerRow: s.headerRow,
        suggested: s.suggested,
        semesters: s.semesters,
        rows: grid ? previewRows(grid) : [],
      };
    }),
  };
}
