/**
 * The DECP panel's logic, pure: what the user typed (SIRET, file), the import's state machine,
 * and what the result shows (counts, the first anomalies and how many more).
 */
import type { DecpReport } from "../../../decp/decpReport";
import type { DecpIssue } from "../../../decp/decpTypes";
import { DECP_STEPS, type DecpImportOutcome, type DecpStep } from "../host/workbookHost";
import { M } from "../messages";
import { stepStates, type StepState } from "./paneState";

const DECP_NAME = /\.(json|xml|csv|xlsx)$/i;
/** Spaces a SIRET is commonly typed or pasted with (groups of 3 digits). */
const SIRET_SPACES = /[\s\u00a0\u202f.-]/g;

export function isDecpFileName(name: string): boolean {
  return DECP_NAME.test(name);
}

export type SiretCheck =
  | { readonly ok: true; readonly value: string | undefined }
  | { readonly ok: false; readonly message: string };

/** The optional buyer filter: empty = no filter; otherwise exactly 14 digits once spaces are removed. */
export function checkSiret(input: string): SiretCheck {
  const compact = input.replace(SIRET_SPACES, "");
  if (compact === "") return { ok: true, value: undefined };
  if (/^\d{14}$/.test(compact)) return { ok: true, value: compact };
  return { ok: false, message: M.decp.siretInvalid(compact.replace(/\D/g, "").length) };
}

export const SHOWN_ANOMALIES = 20;

export interface AnomalyView {
  readonly shown: readonly DecpIssue[];
  /** Anomalies not listed (beyond the first ones, plus those the import only counted). */
  readonly more: number;
  readonly total: number;
}

export function anomalyView(report: DecpReport, limit: number = SHOWN_ANOMALIES): AnomalyView {
  const total = report.issues.length + report.issuesOmitted;
  const shown = report.issues.slice(0, limit);
  return { shown, more: total - shown.length, total };
}

/** The count lines of a finished import, those that are zero and only informative left out. */
export function countLines(report: DecpReport): string[] {
  const c = report.counts;
  const lines = [
    M.decp.counts.recordsRead(c.recordsRead),
    M.decp.counts.imported(c.imported),
    M.decp.counts.updated(c.updated),
    M.decp.counts.unchanged(c.unchanged),
    M.decp.counts.concessions(c.skippedConcessions),
  ];
  if (report.acheteur !== null) lines.push(M.decp.counts.otherBuyers(c.otherBuyers));
  if (c.manualConflicts > 0) lines.push(M.decp.counts.manual(c.manualConflicts));
  return lines;
}

export interface DecpPanelState {
  readonly open: boolean;
  readonly file: { readonly name: string } | null;
  readonly siret: string;
  /** Shown once the user tried to import, or left the field. */
  readonly siretError: string | null;
  readonly running: boolean;
  readonly step: DecpStep | null;
  readonly failedStep: DecpStep | null;
  readonly outcome: DecpImportOutcome | null;
  readonly error: string | null;
}

export const initialDecpState: DecpPanelState = {
  open: false,
  file: null,
  siret: "",
  siretError: null,
  running: false,
  step: null,
  failedStep: null,
  outcome: null,
  error: null,
};

export type DecpAction =
  | { readonly type: "opened" }
  | { readonly type: "closed" }
  /** Another workbook was opened: the last import's result and error belong to the previous one. */
  | { readonly type: "workbookChanged" }
  | { readonly type: "fileChosen"; readonly name: string }
  | { readonly type: "siretTyped"; readonly siret: string }
  | { readonly type: "siretChecked" }
  | { readonly type: "started" }
  | { readonly type: "step"; readonly step: DecpStep }
  | { readonly type: "succeeded"; readonly outcome: DecpImportOutcome }
  | { readonly type: "failed"; readonly message: string };

export function decpReducer(state: DecpPanelState, action: DecpAction): DecpPanelState {
  switch (action.type) {
    case "opened":
      return { ...state, open: true };
    case "closed":
      return state.running ? state : { ...state, open: false };
    case "workbookChanged":
      return state.running
        ? state
        : { ...state, outcome: null, error: null, step: null, failedStep: null };
    case "fileChosen":
      if (!isDecpFileName(action.name))
        return { ...state, file: null, error: M.decp.notDecpFile(action.name) };
      return { ...state, file: { name: action.name }, error: null, outcome: null };
    case "siretTyped":
      // An error shown stays up to date while the user corrects it.
      return {
        ...state,
        siret: action.siret,
        siretError: state.siretError === null ? null : siretError(action.siret),
      };
    case "siretChecked":
      return { ...state, siretError: siretError(state.siret) };
    case "started":
      return {
        ...state,
        running: true,
        step: null,
        failedStep: null,
        outcome: null,
        error: null,
      };
    case "step":
      return { ...state, step: action.step };
    case "succeeded":
      return { ...state, running: false, step: null, outcome: action.outcome };
    case "failed":
      return {
        ...state,
        running: false,
        failedStep: state.running ? state.step : null,
        step: null,
        error: action.message,
      };
  }
}

function siretError(siret: string): string | null {
  const check = checkSiret(siret);
  return check.ok ? null : check.message;
}

/** Whether the import can start, and with which buyer filter. */
export function readyToImport(
  state: DecpPanelState,
): { readonly ok: true; readonly acheteur: string | undefined } | { readonly ok: false } {
  if (state.running || state.file === null) return { ok: false };
  const check = checkSiret(state.siret);
  return check.ok ? { ok: true, acheteur: check.value } : { ok: false };
}

export function decpStepStates(state: DecpPanelState): Record<DecpStep, StepState> {
  return stepStates(DECP_STEPS, state.step, state.failedStep, state.outcome !== null);
}
