/**
 * Everything the panes need to make the bilan annuel on the page (model, docx, charts, Word
 * insertion), in one lazily loaded chunk: the panes' initial JavaScript does not pay for it.
 * Workbook files are read, and their bilan's model built, in the file engine's worker.
 */
import type { ManualMapping } from "../../core/api";
import type { Grid } from "../../core/grid";
import { bilanSteps, type BilanOutcome } from "../../bilan/buildBilan";
import { bilanDocx } from "../../bilan/document";
import { purchasesCsv } from "../../bilan/csv";
import type { Bilan } from "../../bilan/model";
import { rasteriseInBrowser } from "./bilanRaster";
import { yieldToPage } from "./yieldToPage";

export { bilanEssentials } from "../../bilan/summary";
export { insertBilan } from "../../word/insertBilan";
export { rasteriseInBrowser };

/**
 * The bilan's model on the page's thread, from the sheets the Excel pane read through Office.js,
 * the page given a turn after each refresh: a bilan runs up to a dozen of them, 0.5 s in all for
 * 50 000 contracts. From a file (Excel's browser mode, the Word pane), the file engine's worker
 * builds it instead (engineJobs, « bilan »).
 */
export async function makeBilan(
  grids: readonly Grid[],
  workbookName: string,
  year: number | undefined,
  date: Date,
  mapping?: ManualMapping,
): Promise<BilanOutcome> {
  const steps = bilanSteps(grids, {
    workbookName,
    date,
    ...(year !== undefined ? { year } : {}),
    ...(mapping ? { mapping } : {}),
  });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

export function bilanDocxInBrowser(bilan: Bilan): Promise<Uint8Array> {
  return bilanDocx(bilan, rasteriseInBrowser);
}

export function bilanCsvBytes(bilan: Bilan): Uint8Array {
  return new TextEncoder().encode(purchasesCsv(bilan));
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const CSV_MIME = "text/csv;charset=utf-8";

/** « pilotage.xlsx » → « pilotage-bilan-2026.docx ». */
export function bilanFileName(workbookName: string, year: number, ext: "docx" | "csv"): string {
  const base = workbookName.replace(/\.xls[xm]$/i, "") || "classeur";
  return ext === "docx" ? `${base}-bilan-${year}.docx` : `${base}-achats-L2111-3-${year}.csv`;
}
