import type { ManualMapping, PilotColumnKey } from "../../../core/api";
import { columnLetters } from "../../../core/grid";
import { parseSemesterHeader, parseSemesterId, semesterId } from "../../../core/semester";
import { M } from "../messages";
import type { SheetPreview, WorkbookInspection } from "../host/workbookHost";

/** What the mapping screen edits before it becomes a `ManualMapping`. */
export interface MappingDraft {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<PilotColumnKey, number>>;
  /** undefined = detect, null = none. */
  readonly registerSheet: string | null | undefined;
  /** Semester columns picked by hand (headers the detection does not read as semesters). */
  readonly semesterColumns: readonly SemesterPick[];
}

/** One semester column picked by hand: the semester id and its column (undefined: not yet chosen). */
export interface SemesterPick {
  readonly semester: string;
  readonly column: number | undefined;
}

/** Semesters offered for a picked column: the SPASER's years with their baselines and a margin. */
export const PICKABLE_SEMESTERS: readonly string[] = Array.from(
  { length: 8 },
  (_, i) => 2024 + i,
).flatMap((year) => [`${year}-S1`, `${year}-S2`]);

const MONTHS_S1 = /\b(janv(ier)?|f[ée]v(rier)?|mars|avr(il)?|mai|juin)\b/;
const MONTHS_S2 = /\b(juil(let)?|ao[uû]t|sept(embre)?|oct(obre)?|nov(embre)?|d[ée]c(embre)?)\b/;

/**
 * The semester a header names without being a semester header for the detection: a month and a
 * year (« Valeur juin 2026 » → 2026-S1, « Réalisé décembre 2026 » → 2026-S2).
 */
export function guessSemester(header: string): string | undefined {
  if (parseSemesterHeader(header) !== undefined) return undefined;
  const text = header.toLowerCase();
  const year = /\b(20\d\d)\b/.exec(text)?.[1];
  if (!year) return undefined;
  if (MONTHS_S1.test(text)) return `${year}-S1`;
  if (MONTHS_S2.test(text)) return `${year}-S2`;
  return undefined;
}

/** Semester columns suggested for a header row: one per semester, the first header naming it. */
export function suggestedSemesterColumns(headers: readonly string[]): SemesterPick[] {
  const picks: SemesterPick[] = [];
  headers.forEach((header, column) => {
    const semester = guessSemester(header);
    if (semester && !picks.some((p) => p.semester === semester)) picks.push({ semester, column });
  });
  return picks;
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
      semesterColumns: Object.entries(previous.semesterColumns ?? {}).map(([semester, column]) => ({
        semester,
        column,
      })),
    };
  }
  const sheet =
    inspection.sheets.find((s) => s.name === inspection.pilotSheet) ??
    inspection.sheets.find((s) => s.headerRow !== null) ??
    inspection.sheets[0];
  const headerRow = sheet?.headerRow ?? 0;
  return {
    sheet: sheet?.name ?? "",
    headerRow,
    columns: { ...(sheet?.suggested ?? {}) },
    registerSheet: undefined,
    semesterColumns: sheet ? suggestedSemesterColumns(headersAt(sheet, headerRow)) : [],
  };
}

/** Another header row: the semester columns suggested for it replace those of the previous row. */
export function withHeaderRow(
  draft: MappingDraft,
  sheet: SheetPreview | undefined,
  headerRow: number,
): MappingDraft {
  return {
    ...draft,
    headerRow,
    semesterColumns: sheet ? suggestedSemesterColumns(headersAt(sheet, headerRow)) : [],
  };
}

export function withSemesterPick(
  draft: MappingDraft,
  index: number,
  pick: SemesterPick | null,
): MappingDraft {
  const picks = [...draft.semesterColumns];
  if (pick === null) picks.splice(index, 1);
  else picks[index] = pick;
  return { ...draft, semesterColumns: picks };
}

/** Adds a row for one more semester column: the first semester not picked yet. */
export function withNewSemesterPick(draft: MappingDraft): MappingDraft {
  const taken = new Set(draft.semesterColumns.map((p) => p.semester));
  const semester = PICKABLE_SEMESTERS.find((s) => !taken.has(s)) ?? PICKABLE_SEMESTERS[0]!;
  return { ...draft, semesterColumns: [...draft.semesterColumns, { semester, column: undefined }] };
}

/** Switching sheet resets the row and columns to that sheet's own suggestions. */
export function draftForSheet(draft: MappingDraft, sheet: SheetPreview): MappingDraft {
  const headerRow = sheet.headerRow ?? 0;
  return {
    ...draft,
    sheet: sheet.name,
    headerRow,
    columns: { ...sheet.suggested },
    semesterColumns: suggestedSemesterColumns(headersAt(sheet, headerRow)),
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

/**
 * Where each problem sits: a pilot column key, "semesters" (the semester columns as a whole) or
 * "semester-<i>" (one picked semester column).
 */
export type MappingField = PilotColumnKey | "semesters" | `semester-${number}`;

/**
 * French problems that stop the mapping from being used, by the field they belong to, in the
 * order of the screen; empty when the mapping can be applied.
 */
export function fieldProblems(
  draft: MappingDraft,
  sheet: SheetPreview | undefined,
): Map<MappingField, string> {
  const problems = new Map<MappingField, string>();
  if (draft.columns.indicateur === undefined) problems.set("indicateur", M.mappingNeedsIndicator);
  // The first field choosing a column already chosen is the one marked.
  const used = new Map<number, MappingField>();
  for (const key of PILOT_COLUMN_KEYS) {
    const col = draft.columns[key];
    if (col === undefined) continue;
    if (used.has(col)) problems.set(key, M.mappingDuplicate(columnLetters(col)));
    else used.set(col, key);
  }
  const headers = sheet ? headersAt(sheet, draft.headerRow) : [];
  const detected = headers.some((h) => parseSemesterHeader(h) !== undefined);
  const seen = new Set<string>();
  draft.semesterColumns.forEach((pick, i) => {
    const field: MappingField = `semester-${i}`;
    const id = parseSemesterId(pick.semester);
    if (!id) problems.set(field, M.mappingSemesterInvalid(pick.semester));
    else if (pick.column === undefined) problems.set(field, M.mappingSemesterNeedsColumn);
    else if (seen.has(semesterId(id))) problems.set(field, M.mappingSemesterTwice(pick.semester));
    else if (used.has(pick.column))
      problems.set(field, M.mappingDuplicate(columnLetters(pick.column)));
    if (id) seen.add(semesterId(id));
    if (pick.column !== undefined && !used.has(pick.column)) used.set(pick.column, field);
  });
  if (!detected && draft.semesterColumns.length === 0)
    problems.set("semesters", M.mappingNeedsSemester);
  return problems;
}

/** The problems as a list, in the order of the screen. */
export function draftProblems(draft: MappingDraft, sheet: SheetPreview | undefined): string[] {
  const problems = fieldProblems(draft, sheet);
  const order: MappingField[] = [
    "indicateur",
    ...PILOT_COLUMN_KEYS.filter((k) => k !== "indicateur"),
    "semesters",
    ...draft.semesterColumns.map((_, i): MappingField => `semester-${i}`),
  ];
  return order.flatMap((f) => (problems.has(f) ? [problems.get(f)!] : []));
}

export function toManualMapping(draft: MappingDraft): ManualMapping {
  const picked = draft.semesterColumns.filter(
    (p): p is { semester: string; column: number } => p.column !== undefined,
  );
  const base: ManualMapping = {
    sheet: draft.sheet,
    headerRow: draft.headerRow,
    columns: { ...draft.columns },
    ...(picked.length > 0
      ? { semesterColumns: Object.fromEntries(picked.map((p) => [p.semester, p.column])) }
      : {}),
  };
  return draft.registerSheet === undefined ? base : { ...base, registerSheet: draft.registerSheet };
}
