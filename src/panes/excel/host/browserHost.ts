import { resultFileName, TEMPLATE_FILE_NAME } from "../../common/resultFileName";
import { toInspection } from "../model/toInspection";
import type {
  DecpImportOutcome,
  DecpRequest,
  DecpStep,
  HostRefreshResult,
  RefreshRequest,
  RefreshStep,
  TemplateResult,
  WorkbookHost,
} from "./workbookHost";

type Engine = typeof import("./browserEngine");

let engine: Promise<Engine> | undefined;

/** Loads the file engine (ExcelJS and the core) once, on first use. */
function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "moteur-fichier" */ "./browserEngine");
  return engine;
}

/** A workbook opened from a file in a plain browser: read and written with ExcelJS, never uploaded. */
export function createBrowserHost(
  fileName: string,
  opened: Uint8Array,
  now: () => Date = () => new Date(),
): WorkbookHost {
  // Replaced by a DECP import, so that the next refresh and its download include the register.
  let bytes = opened;
  return {
    mode: "browser",
    async inspect() {
      const e = await loadEngine();
      const { grids, existingSheets } = await e.readWorkbook(bytes, fileName);
      // Status sheets written by an earlier refresh are outputs, never candidates for the mapping.
      const ours = new Set(existingSheets.filter((s) => s.ours).map((s) => s.name));
      const sources = grids.filter((g) => !ours.has(g.name));
      return toInspection(fileName, sources, e.inspectWorkbook(sources));
    },
    async refresh(
      request: RefreshRequest,
      onStep: (step: RefreshStep) => void,
    ): Promise<HostRefreshResult> {
      // Loading the engine is part of reading: it is the slow bit on a first refresh.
      onStep("lecture");
      const e = await loadEngine();
      const { outcome, output, note } = await e.refreshXlsx(
        bytes,
        {
          workbookName: fileName,
          refreshedAt: now(),
          ...(request.semester ? { semester: request.semester } : {}),
          ...(request.mapping ? { mapping: request.mapping } : {}),
        },
        onStep,
      );
      const download =
        outcome.ok && output
          ? { bytes: output, fileName: resultFileName(fileName, outcome.report.semester) }
          : null;
      return { outcome, note, download };
    },
    async createTemplate(): Promise<TemplateResult> {
      const e = await loadEngine();
      const bytes = await e.createWorkbook(e.buildTemplatePlans());
      return { download: { bytes, fileName: TEMPLATE_FILE_NAME } };
    },
    async importDecp(
      request: DecpRequest,
      onStep: (step: DecpStep) => void,
    ): Promise<DecpImportOutcome> {
      onStep("lecture");
      const e = await loadEngine();
      const outcome = await e.runDecpImport(
        request,
        fileName,
        async (contracts, step) => {
          const written = await e.decpIntoFile(bytes, fileName, contracts, step);
          bytes = written.bytes;
          return { ...written, download: { bytes: written.bytes, fileName } };
        },
        onStep,
      );
      return outcome;
    },
    async showCell() {
      return false;
    },
    async readGrids() {
      const e = await loadEngine();
      const { grids, existingSheets } = await e.readWorkbook(bytes, fileName);
      const ours = new Set(existingSheets.filter((s) => s.ours).map((s) => s.name));
      return { grids: grids.filter((g) => !ours.has(g.name)), workbookName: fileName };
    },
  };
}

/** Browser mode before a file is opened: only the blank template can be made. */
export async function createTemplateWithoutFile(): Promise<TemplateResult> {
  const e = await loadEngine();
  const bytes = await e.createWorkbook(e.buildTemplatePlans());
  return { download: { bytes, fileName: TEMPLATE_FILE_NAME } };
}
