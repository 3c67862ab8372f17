import type { ManualMapping, PilotColumnKey } from "../../../core/api";
import { columnLetters } from "../../../core/grid";
import { parseSemesterHeader } from "../../../core/semester";
import { M } from "../messages";
import type { SheetPreview, WorkbookInspection } from "../host/workbookHost";

/** What the mapping screen edits before it becomes a `ManualMapping`. */
export interface MappingDraft {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<PilotColumnKey, number>>;
  /** undefined = detect, null = none. */
  readonly registerSheet: string | null | undefined;
}

export const PILOT_COLUMN_KEYS: readonly PilotColumnKey[] = [
  "code",
  "axe",
  "objectif",
  "indicateur",
  "unite",
  "reference",
  "periodeReference",
  "cible",
  "echeance",
  "responsable",
  "commentaire",
];

/** Starts from what the detection found: its sheet, its header row and its suggested columns. */
export function initialDraft(
  inspection: WorkbookInspection,
  previous?: ManualMapping,
): MappingDraft {
  if (previous) {
    return {
      sheet: previous.sheet,
      headerRow: previous.headerRow,
      columns: { ...previous.columns },
      registerSheet: previous.registerSheet,
    };
  }
  const sheet =
    inspection.sheets.find((s) => s.name === inspection.pilotSheet) ??
    inspection.sheets.find((s) => s.headerRow !== null) ??
    inspection.sheets[0];
  return {
    sheet: sheet?.name ?? "",
    headerRow: sheet?.headerRow ?? 0,
    columns: { ...(sheet?.suggested ?? {}) },
    registerSheet: undefined,
  };
}

/** Switching sheet resets the row and columns to that sheet's own suggestions. */
export function draftForSheet(draft: MappingDraft, sheet: SheetPreview): MappingDraft {
  return {
    ...draft,
    sheet: sheet.name,
    headerRow: sheet.headerRow ?? 0,
    columns: { ...sheet.suggested },
  };
}

export function withColumn(
  draft: MappingDraft,
  key: PilotColumnKey,
  column: number | undefined,
): MappingDraft {
  const columns = { ...draft.columns };
  if (column === undefined) delete columns[key];
  else columns[key] = column;
  return { ...draft, columns };
}

/** Headers of the chosen row, as the column pickers list them. */
export function headersAt(sheet: SheetPreview, row: number): readonly string[] {
  return sheet.rows[row] ?? [];
}

/** French problems that stop the mapping from being used; empty when it can be applied. */
export function draftProblems(draft: MappingDraft, sheet: SheetPreview | undefined): string[] {
  const problems: string[] = [];
  if (draft.columns.indicateur === undefined) problems.push(M.mappingNeedsIndicator);
  const headers = sheet ? headersAt(sheet, draft.headerRow) : [];
  if (!headers.some((h) => parseSemesterHeader(h) !== undefined))
    problems.push(M.mappingNeedsSemester);
  const seen = new Set<number>();
  for (const key of PILOT_COLUMN_KEYS) {
    const col = draft.columns[key];
    if (col === undefined) continue;
    if (seen.has(col)) {
      problems.push(M.mappingDuplicate(columnLetters(col)));
      break;
    }
    seen.add(col);
  }
  return problems;
}

export function toManualMapping(draft: MappingDraft): ManualMapping {
  const base = { sheet: draft.sheet, headerRow: draft.headerRow, columns: { ...draft.columns } };
  return draft.registerSheet === undefined ? base : { ...base, registerSheet: draft.registerSheet };
}
