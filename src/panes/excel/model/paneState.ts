/**
 * The Excel pane's state machine, as a pure reducer: every screen the user can reach is a state
 * here, so that the flows (open, refresh, fail, map, retry) are tested without a browser.
 */
import type { ManualMapping, RefreshFailureCode } from "../../../core/api";
import type { RefreshReport, ReportIssue } from "../../../core/report";
import type { DownloadFile, RefreshStep, WorkbookInspection } from "../host/workbookHost";

export type PaneMode = "detecting" | "office" | "browser";
export type Busy = null | "inspect" | "refresh" | "template";

export interface RefreshResultView {
  readonly report: RefreshReport;
  readonly note: string | null;
  readonly download: DownloadFile | null;
}

/** Where the user last asked to see an issue's cell, and whether Excel selected it. */
export interface ShownCell {
  /** The issue clicked: its confirmation is shown by it. */
  readonly issue?: ReportIssue;
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
  /** Bytes of the workbook read so far by the running job (browser mode), for its progress. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /**
   * Browser mode: the refreshed workbook, kept when its results are hidden (another semester
   * chosen), until another file is opened.
   */
  readonly download: DownloadFile | null;
  /** The refreshed workbook was downloaded since its last refresh. */
  readonly downloaded: boolean;
  /** Another file chosen while the refreshed workbook was not downloaded: waits for a yes. */
  readonly heldFile: string | null;
}

/** A refreshed workbook that would be lost (reload, another file). */
export function unsavedWork(state: PaneState): boolean {
  return state.download !== null && !state.downloaded;
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
  progress: null,
  download: null,
  downloaded: false,
  heldFile: null,
};

export type PaneAction =
  | { readonly type: "detected"; readonly mode: "office" | "browser" }
  | { readonly type: "unsupported"; readonly message: string }
  | { readonly type: "fileOpened"; readonly fileName: string }
  | { readonly type: "inspectStarted" }
  | { readonly type: "inspected"; readonly inspection: WorkbookInspection }
  | { readonly type: "inspectFailed"; readonly message: string }
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "cancelled"; readonly notice: string }
  | { readonly type: "downloadSaved" }
  | { readonly type: "fileHeld"; readonly fileName: string }
  | { readonly type: "fileReleased" }
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
      return { ...state, busy: "inspect", error: null, progress: null };
    case "inspectFailed":
      // A file that cannot be read is not open: nothing of it stays on screen.
      return {
        ...initialPaneState,
        mode: state.mode,
        unsupported: state.unsupported,
        error: action.message,
      };
    case "progress":
      return { ...state, progress: { done: action.done, total: action.total } };
    case "cancelled":
      // A cancelled opening leaves no file open; a cancelled refresh leaves the workbook as it was.
      return state.busy === "inspect"
        ? { ...initialPaneState, mode: state.mode, notice: action.notice }
        : { ...state, busy: null, step: null, progress: null, notice: action.notice };
    case "downloadSaved":
      return { ...state, downloaded: true };
    case "fileHeld":
      return { ...state, heldFile: action.fileName };
    case "fileReleased":
      return { ...state, heldFile: null };
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
      // The results shown are those of the previous choice: they go until « Actualiser ».
      return action.semester === state.semester
        ? state
        : { ...state, semester: action.semester, result: null, shownCell: null, failedStep: null };
    case "refreshStarted":
      return {
        ...state,
        busy: "refresh",
        step: null,
        failedStep: null,
        error: null,
        notice: null,
        shownCell: null,
        progress: null,
      };
    case "stepStarted":
      return { ...state, step: action.step };
    case "refreshSucceeded":
      return {
        ...state,
        busy: null,
        step: null,
        progress: null,
        result: action.result,
        mappingOpen: false,
        download: action.result.download ?? state.download,
        downloaded: action.result.download ? false : state.downloaded,
      };
    case "refreshRefused":
      return {
        ...state,
        busy: null,
        failedStep: state.step,
        step: null,
        progress: null,
        result: null,
        error: action.message,
        mappingOpen: MAPPING_CAN_FIX.has(action.code) ? true : state.mappingOpen,
      };
    case "failed":
      return {
        ...state,
        busy: null,
        failedStep: state.busy === "refresh" ? state.step : null,
        step: null,
        progress: null,
        error: action.message,
      };
    case "mappingOpened":
      return { ...state, mappingOpen: true };
    case "mappingClosed":
      return { ...state, mappingOpen: false };
    case "mappingApplied":
      return {
        ...state,
        mapping: action.mapping,
        mappingOpen: false,
        error: null,
        result: null,
        shownCell: null,
      };
    case "mappingReset":
      return { ...state, mapping: null, result: null, shownCell: null };
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

/** Semester ids of the pilot sheet (or of the hand-picked sheet and its picked columns). */
export function pilotSemesters(
  inspection: WorkbookInspection,
  mapping?: ManualMapping | null,
): string[] {
  const name = mapping?.sheet ?? inspection.pilotSheet;
  const detected = inspection.sheets.find((s) => s.name === name)?.semesters ?? [];
  // Columns picked by hand in the mapping are the workbook's semesters too.
  const picked = Object.keys(mapping?.semesterColumns ?? {});
  return [...new Set([...detected, ...picked])];
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
