/**
 * The core's public API: what every host (CLI, browser mode, Excel pane) calls.
 * Pure: no I/O, no Office, no DOM, no Node.
 */
import type { RefreshReport } from "./report";
import type { SheetPlan } from "./sheetPlan";

/** A sheet already in the workbook, and whether this product wrote it (ownership marker). */
export interface ExistingSheet {
  readonly name: string;
  readonly ours: boolean;
}

/** Logical columns of the indicator sheet. */
export type PilotColumnKey =
  | "code"
  | "axe"
  | "objectif"
  | "indicateur"
  | "unite"
  | "reference"
  | "periodeReference"
  | "cible"
  | "echeance"
  | "responsable"
  | "commentaire";

/** What the user chose on the mapping screen when detection failed (0-based indexes). */
export interface ManualMapping {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<PilotColumnKey, number>>;
  /**
   * Semester columns picked by hand, by canonical id ("2026-S1" → column index), for headers the
   * detection does not read as semesters (« Valeur juin 2026 »). They come on top of the
   * semester columns detected in the header row and win over them for the same semester.
   */
  readonly semesterColumns?: Readonly<Record<string, number>>;
  /** Register sheet to use, or null for none; undefined = detect. */
  readonly registerSheet?: string | null;
}

export interface RefreshOptions {
  /** File name shown in the report and the Synthèse. */
  readonly workbookName: string;
  /** "2026-S1"; default: the latest semester column holding a usable entered value. */
  readonly semester?: string;
  /** Date of the refresh, written in the Synthèse (the only cell that changes between runs). */
  readonly refreshedAt: Date;
  /** Sheets already in the workbook, to avoid overwriting a sheet we did not write. */
  readonly existingSheets?: readonly ExistingSheet[];
  readonly mapping?: ManualMapping;
  /**
   * Semester refreshed when none is given and no semester column holds an entered value (a
   * blank workbook); the pane passes today's semester. Default: the latest column.
   */
  readonly fallbackSemester?: string;
  /** Tolerance of `a_surveiller` (default 0.1). */
  readonly tolerance?: number;
  /** What the file reader found (e.g. formulas without a calculated value), added to the issues. */
  readonly readIssues?: readonly ReadIssue[];
}

/** An issue found while reading the file, before the refresh. */
export interface ReadIssue {
  readonly severity: "erreur" | "avertissement" | "info";
  readonly message: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

export type RefreshFailureCode = "no-indicator-sheet" | "bad-semester" | "bad-mapping";

export type RefreshOutcome =
  | { readonly ok: true; readonly report: RefreshReport; readonly plans: readonly SheetPlan[] }
  | {
      readonly ok: false;
      readonly code: RefreshFailureCode;
      /** One clear French sentence. */
      readonly message: string;
    };

/** Ownership marker: a sheet-scoped defined name on every sheet this product writes. */
export const OWNERSHIP_NAME = "SPASER_FEUILLE";
