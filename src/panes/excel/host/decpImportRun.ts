/**
 * The DECP import as both hosts run it: stream the file through the readers, then hand the
 * contracts to the host's register writer (file bytes or live workbook), then build the report.
 * Lives in the lazily loaded engines: the readers pull ExcelJS (tabular .xlsx exports).
 */
import { buildDecpReport } from "../../../decp/decpReport";
import type { ImportedContract } from "../../../decp/decpTypes";
import { importDecp } from "../../../decp/importDecp";
import type { MergeOutcome } from "../../../decp/mergeRegister";
import { M } from "../messages";
import { PaneError, type DecpImportOutcome, type DecpRequest, type DecpStep } from "./workbookHost";

export type MergeSuccess = Extract<MergeOutcome, { ok: true }>;

/** What a host's register writer did. */
export interface RegisterWritten {
  readonly merged: MergeSuccess;
  readonly sheet: string;
  readonly created: boolean;
  readonly download: DecpImportOutcome["download"];
}

export type RegisterWriter = (
  contracts: readonly ImportedContract[],
  onStep: (step: DecpStep) => void,
) => Promise<RegisterWritten>;

/** A merge refusal (no recognisable header row in the register) as a message for the user. */
export function mergedOrThrow(merged: MergeOutcome): MergeSuccess {
  if (!merged.ok) throw new PaneError(merged.message);
  return merged;
}

export async function runDecpImport(
  request: DecpRequest,
  workbookName: string,
  write: RegisterWriter,
  onStep: (step: DecpStep) => void,
): Promise<DecpImportOutcome> {
  onStep("lecture");
  const imported = await importDecp(request.chunks(), {
    ...(request.acheteur ? { acheteur: request.acheteur } : {}),
  });
  if (!imported.ok) throw new PaneError(`${imported.message} (${request.fileName})`);
  if (imported.counts.recordsRead === 0 && !imported.listFound)
    throw new PaneError(M.decp.nothingRead(request.fileName));
  const written = await write(imported.contracts, onStep);
  const report = buildDecpReport({
    file: request.fileName,
    format: imported.format,
    acheteur: request.acheteur,
    output: workbookName,
    sheet: written.sheet,
    importCounts: imported.counts,
    mergeCounts: written.merged.counts,
    appendedColumns: written.merged.appendedColumns,
    issues: imported.issues,
    notices: written.merged.notices,
    issuesOmitted: imported.issuesOmitted,
  });
  return { report, created: written.created, download: written.download };
}
