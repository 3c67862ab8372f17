/**
 * File mode of the refresh (CLI and browser mode): read the .xlsx, run the core, splice the status
 * sheets into the original package so that nothing the user had is lost.
 */
import type { RefreshOptions, RefreshOutcome } from "../core/api";
import { refreshWorkbook } from "../core/refresh";
import { readWorkbook, type ReadWorkbookOptions } from "./readWorkbook";
import { writePlans } from "./writePlans";

export type RefreshStep = "lecture" | "analyse" | "ecriture";

export interface RefreshXlsxResult {
  readonly outcome: RefreshOutcome;
  /** The workbook with the status sheets, when the refresh succeeded. */
  readonly output: Uint8Array | null;
  /** A French note for the user about how the output was written, if anything is worth saying. */
  readonly note: string | null;
}

/** Throws UnreadableWorkbookError (French message) when the file is not a usable workbook. */
export async function refreshXlsx(
  data: Uint8Array,
  options: Omit<RefreshOptions, "existingSheets">,
  onStep?: (step: RefreshStep) => void,
  readOptions: ReadWorkbookOptions = {},
): Promise<RefreshXlsxResult> {
  onStep?.("lecture");
  const read = await readWorkbook(data, options.workbookName, readOptions);
  onStep?.("analyse");
  const outcome = refreshWorkbook(read.grids, { ...options, existingSheets: read.existingSheets });
  if (!outcome.ok) return { outcome, output: null, note: null };
  onStep?.("ecriture");
  const output = await writePlans(data, outcome.plans, options.workbookName);
  return { outcome, output, note: null };
}
