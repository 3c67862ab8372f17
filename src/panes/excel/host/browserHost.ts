import { collectBytes } from "../../../decp/textChunks";
import { resultFileName, TEMPLATE_FILE_NAME } from "../../common/resultFileName";
import type { EngineClient } from "./engineClient";
import type { EngineEvent } from "./engineProtocol";
import type { BilanOutcome } from "../../../bilan/buildBilan";
import type {
  BilanRequest,
  DecpImportOutcome,
  DecpRequest,
  DecpStep,
  HostRefreshResult,
  JobHooks,
  RefreshRequest,
  RefreshStep,
  TemplateResult,
  WorkbookHost,
} from "./workbookHost";

/** Relays a job's events: steps to `onStep`, reading progress to the hooks. */
function relay<S extends string>(
  hooks: JobHooks | undefined,
  onStep?: (step: S) => void,
): (event: EngineEvent) => void {
  return (event) => {
    if (event.type === "progress") hooks?.onProgress?.(event.done, event.total);
    else onStep?.(event.step as S);
  };
}

/**
 * A workbook opened from a file in a plain browser, never uploaded: read, refreshed and written
 * by the file engine in a Web Worker (the page's is fileEngine.ts's), so that the page never freezes. The workbook lives here
 * in memory: each refresh and each DECP import is written into it, so that successive semesters
 * and the imported register end up in one download.
 */
export function createBrowserHost(
  fileName: string,
  opened: Uint8Array,
  now: () => Date,
  engine: EngineClient,
): WorkbookHost {
  let bytes = opened;
  // Semesters refreshed into `bytes` since the file was opened, oldest first.
  const refreshed: string[] = [];
  return {
    mode: "browser",
    async inspect(hooks?: JobHooks) {
      const r = await engine.run({ kind: "inspect", bytes, fileName }, relay(hooks), hooks?.signal);
      return r.inspection;
    },
    async refresh(
      request: RefreshRequest,
      onStep: (step: RefreshStep) => void,
      hooks?: JobHooks,
    ): Promise<HostRefreshResult> {
      onStep("lecture");
      const r = await engine.run(
        { kind: "refresh", bytes, fileName, request, refreshedAt: now().getTime() },
        relay(hooks, onStep),
        hooks?.signal,
      );
      if (!r.outcome.ok || !r.output) return { outcome: r.outcome, note: r.note, download: null };
      bytes = r.output;
      const semester = r.outcome.report.semester;
      if (!refreshed.includes(semester)) refreshed.push(semester);
      const semesters = [...refreshed].sort();
      return {
        outcome: r.outcome,
        note: r.note,
        download: { bytes, fileName: resultFileName(fileName, semesters), semesters },
      };
    },
    async createTemplate(): Promise<TemplateResult> {
      return createTemplateWithoutFile(engine);
    },
    async importDecp(
      request: DecpRequest,
      onStep: (step: DecpStep) => void,
      hooks?: JobHooks,
    ): Promise<DecpImportOutcome> {
      onStep("lecture");
      const source =
        request.file ?? new Blob([new Uint8Array(await collectBytes(request.chunks()))]);
      const r = await engine.run(
        {
          kind: "decp",
          bytes,
          fileName,
          source,
          sourceName: request.fileName,
          ...(request.acheteur ? { acheteur: request.acheteur } : {}),
        },
        relay(hooks, onStep),
        hooks?.signal,
      );
      bytes = r.bytes;
      return { report: r.report, created: r.created, download: { bytes, fileName } };
    },
    async showCell() {
      return false;
    },
    async makeBilan(request) {
      return {
        outcome: await bilanOfFile(engine, bytes, fileName, request),
        workbookName: fileName,
      };
    },
  };
}

/**
 * The bilan annuel's model of a workbook file, read and built in the file engine's worker: only
 * the model comes back to the page (the Excel pane's browser mode, the Word pane's « Bilan »).
 */
export async function bilanOfFile(
  engine: EngineClient,
  bytes: Uint8Array,
  fileName: string,
  request: BilanRequest,
): Promise<BilanOutcome> {
  const r = await engine.run({
    kind: "bilan",
    bytes,
    fileName,
    date: request.date.getTime(),
    ...(request.year !== undefined ? { year: request.year } : {}),
    ...(request.mapping ? { mapping: request.mapping } : {}),
  });
  return r.outcome;
}

/** Browser mode before a file is opened: only the blank template can be made. */
export async function createTemplateWithoutFile(engine: EngineClient): Promise<TemplateResult> {
  const r = await engine.run({ kind: "template" });
  return { download: { bytes: r.bytes, fileName: TEMPLATE_FILE_NAME } };
}
