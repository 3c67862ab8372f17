/**
 * The Excel pane's state machine, as a pure reducer: every screen the user can reach is a state
 * here, so that the flows (open, refresh, fail, map, retry) are tested without a browser.
 */
import type { ManualMapping, RefreshFailureCode } from "../../../core/api";
import type { RefreshReport } from "../../../core/report";
import type { RefreshStep, WorkbookInspection } from "../host/workbookHost";

export type PaneMode = "detecting" | "office" | "browser";
export type Busy = null | "inspect" | "refresh" | "template";

export interface RefreshResultView {
  readonly report: RefreshReport;
  readonly note: string | null;
  readonly download: { readonly bytes: Uint8Array; readonly fileName: string } | null;
}

/** Where the user last asked to see an issue's cell, and whether Excel selected it. */
export interface ShownCell {
  readonly sheet: string;
  readonly cell: string;
  readonly selected: boolean;
}

export interface PaneState {
  readonly mode: PaneMode;
  /** Excel too old: the pane shows why and nothing else. */
  readonly unsupported: string | null;
  /** Browser mode: the name of the opened file. */
  readonly fileName: string | null;
  readonly inspection: WorkbookInspection | null;
  readonly busy: Busy;
  readonly step: RefreshStep | null;
  /** The step during which the last refresh failed. */
  readonly failedStep: RefreshStep | null;
  /** "" = automatic. */
  readonly semester: string;
  readonly mapping: ManualMapping | null;
  readonly mappingOpen: boolean;
  readonly result: RefreshResultView | null;
  readonly error: string | null;
  readonly notice: string | null;
  readonly shownCell: ShownCell | null;
}

export const initialPaneState: PaneState = {
  mode: "detecting",
  unsupported: null,
  fileName: null,
  inspection: null,
  busy: null,
  step: null,
  failedStep: null,
  semester: "",
  mapping: null,
  mappingOpen: false,
  result: null,
  error: null,
  notice: null,
  shownCell: null,
};

export type PaneAction =
  | { readonly type: "detected"; readonly mode: "office" | "browser" }
  | { readonly type: "unsupported"; readonly message: string }
  | { readonly type: "fileOpened"; readonly fileName: string }
  | { readonly type: "inspectStarted" }
  | { readonly type: "inspected"; readonly inspection: WorkbookInspection }
  | { readonly type: "semesterChosen"; readonly semester: string }
  | { readonly type: "refreshStarted" }
  | { readonly type: "stepStarted"; readonly step: RefreshStep }
  | { readonly type: "refreshSucceeded"; readonly result: RefreshResultView }
  | { readonly type: "refreshRefused"; readonly code: RefreshFailureCode; readonly message: string }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "mappingOpened" }
  | { readonly type: "mappingClosed" }
  | { readonly type: "mappingApplied"; readonly mapping: ManualMapping }
  | { readonly type: "mappingReset" }
  | { readonly type: "templateStarted" }
  | { readonly type: "templateDone"; readonly notice: string }
  | { readonly type: "cellShown"; readonly shown: ShownCell }
  | { readonly type: "dismissed" };

/** Refusals that a manual mapping can solve: the pane opens the mapping screen instead of a dead end. */
const MAPPING_CAN_FIX: ReadonlySet<RefreshFailureCode> = new Set([
  "no-indicator-sheet",
  "bad-mapping",
]);

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "detected":
      return { ...state, mode: action.mode };
    case "unsupported":
      return { ...state, unsupported: action.message, busy: null };
    case "fileOpened":
      // A new file: everything learnt about the previous one is dropped.
      return { ...initialPaneState, mode: state.mode, fileName: action.fileName };
    case "inspectStarted":
      return { ...state, busy: "inspect", error: null };
    case "inspected": {
      return {
        ...state,
        busy: null,
        inspection: action.inspection,
        // No pilot sheet found and none chosen by hand: go straight to the way out.
        mappingOpen:
          action.inspection.pilotSheet === null && state.mapping === null
            ? true
            : state.mappingOpen,
      };
    }
    case "semesterChosen":
      return { ...state, semester: action.semester };
    case "refreshStarted":
      return {
        ...state,
        busy: "refresh",
        step: null,
        failedStep: null,
        error: null,
        notice: null,
        shownCell: null,
      };
    case "stepStarted":
      return { ...state, step: action.step };
    case "refreshSucceeded":
      return { ...state, busy: null, step: null, result: action.result, mappingOpen: false };
    case "refreshRefused":
      return {
        ...state,
        busy: null,
        failedStep: state.step,
        step: null,
        error: action.message,
        mappingOpen: MAPPING_CAN_FIX.has(action.code) ? true : state.mappingOpen,
      };
    case "failed":
      return {
        ...state,
        busy: null,
        failedStep: state.busy === "refresh" ? state.step : null,
        step: null,
        error: action.message,
      };
    case "mappingOpened":
      return { ...state, mappingOpen: true };
    case "mappingClosed":
      return { ...state, mappingOpen: false };
    case "mappingApplied":
      return { ...state, mapping: action.mapping, mappingOpen: false, error: null };
    case "mappingReset":
      return { ...state, mapping: null };
    case "templateStarted":
      return { ...state, busy: "template", error: null, notice: null };
    case "templateDone":
      return { ...state, busy: null, notice: action.notice };
    case "cellShown":
      return { ...state, shownCell: action.shown };
    case "dismissed":
      return { ...state, error: null, notice: null };
  }
}

/** Semester ids of the pilot sheet (or of the hand-picked sheet). */
export function pilotSemesters(
  inspection: WorkbookInspection,
  mapping?: ManualMapping | null,
): string[] {
  const name = mapping?.sheet ?? inspection.pilotSheet;
  return [...(inspection.sheets.find((s) => s.name === name)?.semesters ?? [])];
}

export type StepState = "done" | "current" | "pending" | "failed";

/** State of each step for a progress list (the refresh's, the DECP import's). */
export function stepStates<S extends string = RefreshStep>(
  steps: readonly S[],
  current: S | null,
  failed: S | null,
  finished: boolean,
): Record<S, StepState> {
  const out = {} as Record<S, StepState>;
  const marker = failed ?? current;
  const at = marker ? steps.indexOf(marker) : -1;
  steps.forEach((s, i) => {
    if (finished && !failed) out[s] = "done";
    else if (at < 0) out[s] = "pending";
    else if (i < at) out[s] = "done";
    else if (i === at) out[s] = failed ? "failed" : "current";
    else out[s] = "pending";
  });
  return out;
}
