/**
 * What the pane and the file engine's Web Worker say to each other (browser mode): one job per
 * call, its steps and reading progress as it goes, then its result or a French error.
 */
import type { ManualMapping } from "../../../core/api";
import type { BilanOutcome, BilanYears } from "../../../bilan/buildBilan";
import type {
  DecpImportOutcome,
  DecpStep,
  RefreshRequest,
  RefreshStep,
  RefreshVerdict,
  WorkbookInspection,
} from "./workbookHost";

export type EngineJob =
  | { readonly kind: "inspect"; readonly bytes: Uint8Array; readonly fileName: string }
  /** The years a bilan can be made for, from the indicator sheet (the Word pane's « Bilan »). */
  | { readonly kind: "bilan-years"; readonly bytes: Uint8Array; readonly fileName: string }
  /** The bilan annuel's model, from the source sheets (status sheets left out). */
  | {
      readonly kind: "bilan";
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly year?: number;
      /** The date printed on the bilan, as a time value. */
      readonly date: number;
      readonly mapping?: ManualMapping;
    }
  | {
      readonly kind: "refresh";
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly request: RefreshRequest;
      /** Date of the refresh, as a time value (a Date crosses fine, this is explicit). */
      readonly refreshedAt: number;
    }
  | { readonly kind: "template" }
  | {
      readonly kind: "decp";
      readonly bytes: Uint8Array;
      readonly fileName: string;
      /** The DECP file itself (a File is a Blob): streamed in the worker, never loaded whole. */
      readonly source: Blob;
      readonly sourceName: string;
      readonly acheteur?: string;
    };

export type EngineResult =
  | { readonly kind: "inspect"; readonly inspection: WorkbookInspection }
  | { readonly kind: "bilan-years"; readonly found: BilanYears }
  | { readonly kind: "bilan"; readonly outcome: BilanOutcome }
  | {
      readonly kind: "refresh";
      /** Without the sheet plans, which stay in the worker. */
      readonly outcome: RefreshVerdict;
      readonly output: Uint8Array | null;
      readonly note: string | null;
    }
  | { readonly kind: "template"; readonly bytes: Uint8Array }
  | {
      readonly kind: "decp";
      readonly report: DecpImportOutcome["report"];
      readonly created: boolean;
      readonly bytes: Uint8Array;
    };

export type ResultOf<K extends EngineJob["kind"]> = Extract<EngineResult, { kind: K }>;

/** What a job reports while it runs. */
export type EngineEvent =
  | { readonly type: "step"; readonly step: RefreshStep | DecpStep }
  | { readonly type: "progress"; readonly done: number; readonly total: number };

/** Pane → worker. */
export interface EngineCall {
  readonly id: number;
  readonly job: EngineJob;
}

/** Worker → pane. */
export type EngineReply =
  | ({ readonly id: number } & EngineEvent)
  | { readonly id: number; readonly type: "done"; readonly result: EngineResult }
  | {
      readonly id: number;
      readonly type: "failed";
      readonly error: { readonly name: string; readonly message: string };
    };
