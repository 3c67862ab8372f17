/**
 * What the Excel pane needs from wherever the workbook lives: Excel itself (Office.js) or a file
 * opened in the browser (the file engine, in a Web Worker). The pane is written once against this interface.
 */
import type { ManualMapping, PilotColumnKey, RefreshFailureCode } from "../../../core/api";
import type { RefreshReport } from "../../../core/report";
import type { DecpReport } from "../../../decp/decpReport";
import type { Grid } from "../../../core/grid";
import type { BilanOutcome } from "../../../bilan/buildBilan";

export type RefreshStep = "lecture" | "analyse" | "ecriture";
export const REFRESH_STEPS: readonly RefreshStep[] = ["lecture", "analyse", "ecriture"];

/** One sheet as the mapping screen shows it. */
export interface SheetPreview {
  readonly name: string;
  /** Detected header row (0-based), or null. */
  readonly headerRow: number | null;
  /** Column indexes the detection suggests for each logical column. */
  readonly suggested: Partial<Record<PilotColumnKey, number>>;
  /** Canonical semester ids found in the header row ("2026-S1"). */
  readonly semesters: readonly string[];
  /** The first rows as display text, so that any row can be picked as the header row. */
  readonly rows: readonly (readonly string[])[];
}

export interface WorkbookInspection {
  readonly workbookName: string;
  readonly pilotSheet: string | null;
  readonly registerSheet: string | null;
  readonly sheets: readonly SheetPreview[];
}

/** The bilan annuel asked for (PRODUCT §11). */
export interface BilanRequest {
  /** Undefined: the default year (the latest whose S2 column holds an entered value). */
  readonly year?: number;
  /** The date printed on the bilan. */
  readonly date: Date;
  readonly mapping?: ManualMapping;
}

/** The bilan's model, or the French sentence saying why there is none, and its workbook. */
export interface BilanMade {
  readonly outcome: BilanOutcome;
  readonly workbookName: string;
}

export interface RefreshRequest {
  /** Undefined: the core picks the latest semester holding entered values. */
  readonly semester?: string;
  /** Without `semester`, refreshed when no semester holds an entered value (today's semester). */
  readonly fallbackSemester?: string;
  readonly mapping?: ManualMapping;
}

/** The refresh's verdict as the pane reads it (the core's outcome, sheet plans aside). */
export type RefreshVerdict =
  | { readonly ok: true; readonly report: RefreshReport }
  | { readonly ok: false; readonly code: RefreshFailureCode; readonly message: string };

/** A workbook to offer for download (browser mode). */
export interface DownloadFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** The semesters refreshed into it since the file was opened, oldest first. */
  readonly semesters?: readonly string[];
}

/** Progress and cancellation of a long job (browser mode; Office mode ignores them). */
export interface JobHooks {
  /** Bytes of the workbook read so far, out of its size. */
  readonly onProgress?: (bytesDone: number, bytesTotal: number) => void;
  readonly signal?: AbortSignal;
}

export interface HostRefreshResult {
  readonly outcome: RefreshVerdict;
  /** Something the writer wants the user to know (e.g. written to a separate workbook, and why). */
  readonly note: string | null;
  /** Browser mode: the refreshed workbook to offer for download. */
  readonly download: DownloadFile | null;
}

export interface TemplateResult {
  /** Browser mode: the blank workbook to download; Office mode: null (written into the workbook). */
  readonly download: { readonly bytes: Uint8Array; readonly fileName: string } | null;
}

export type DecpStep = "lecture" | "fusion" | "ecriture";
export const DECP_STEPS: readonly DecpStep[] = ["lecture", "fusion", "ecriture"];

export interface DecpRequest {
  /** The DECP file's name, for messages and the report. */
  readonly fileName: string;
  /** Its bytes, streamed (a browser `File.stream()`): national files are never loaded whole. */
  readonly chunks: () => AsyncIterable<Uint8Array>;
  /** The file itself, when there is one: browser mode streams it inside its Web Worker. */
  readonly file?: Blob;
  /** Keep only this buyer's contracts (14 digits, already validated). */
  readonly acheteur?: string;
}

export interface DecpImportOutcome {
  readonly report: DecpReport;
  /** The register sheet was created by this import (the workbook had none). */
  readonly created: boolean;
  /** Browser mode: the workbook with its register, to download; Office mode: null. */
  readonly download: { readonly bytes: Uint8Array; readonly fileName: string } | null;
}

export interface WorkbookHost {
  readonly mode: "office" | "browser";
  inspect(hooks?: JobHooks): Promise<WorkbookInspection>;
  /**
   * Browser mode: the refresh is written into the workbook kept in memory, so that successive
   * semesters end up in the same download.
   */
  refresh(
    request: RefreshRequest,
    onStep: (step: RefreshStep) => void,
    hooks?: JobHooks,
  ): Promise<HostRefreshResult>;
  createTemplate(): Promise<TemplateResult>;
  /**
   * Imports a DECP file into the workbook's register (created when absent). Browser mode: the
   * opened workbook's bytes are replaced, so the next refresh and the download include it.
   */
  importDecp(
    request: DecpRequest,
    onStep: (step: DecpStep) => void,
    hooks?: JobHooks,
  ): Promise<DecpImportOutcome>;
  /**
   * The bilan annuel's model, built where the workbook is read, off the page's thread (browser
   * mode: in the file engine's worker, so that the grids never cross to the page). Hosts without
   * it give `readGrids`, and the pane builds the model, one refresh per task.
   */
  makeBilan?(request: BilanRequest): Promise<BilanMade>;
  /** The workbook's source sheets as grids, for the bilan annuel (Office mode). */
  readGrids?(
    mapping?: ManualMapping,
  ): Promise<{ readonly grids: readonly Grid[]; readonly workbookName: string }>;
  /** Selects the cell in the workbook; false when the host cannot (browser mode). */
  showCell(sheet: string, cell: string): Promise<boolean>;
}

/** An error whose message is a French sentence the user can act on. */
export class PaneError extends Error {
  override readonly name = "PaneError";
}
