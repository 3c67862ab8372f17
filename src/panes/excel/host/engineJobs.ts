/**
 * The file engine's jobs as the Web Worker runs them (browser mode): read, analyse and write
 * the workbook with the same code as the command line, off the page's main thread. Plain
 * functions of their input, so that they are tested in Node without a worker.
 */
import { bilanYears, buildBilan } from "../../../bilan/buildBilan";
import type { Grid } from "../../../core/grid";
import { inspectWorkbook } from "../../../core/inspect";
import { buildTemplatePlans } from "../../../core/templatePlan";
import { chunksOfStream } from "../../../decp/textChunks";
import { readWorkbook } from "../../../xlsx/readWorkbook";
import { refreshXlsx } from "../../../xlsx/refreshXlsx";
import { createWorkbook } from "../../../xlsx/writePlans";
import { toInspection } from "../model/toInspection";
import { decpIntoFile } from "./decpIntoFile";
import { runDecpImport } from "./decpImportRun";
import type { EngineEvent, EngineJob, EngineResult } from "./engineProtocol";

export async function runEngineJob(
  job: EngineJob,
  emit: (event: EngineEvent) => void,
): Promise<EngineResult> {
  const onProgress = (done: number, total: number): void => emit({ type: "progress", done, total });
  switch (job.kind) {
    case "bilan-years":
      return {
        kind: "bilan-years",
        found: bilanYears(await sourceGrids(job.bytes, job.fileName, onProgress), job.fileName),
      };
    case "bilan": {
      // Built here, off the page's thread: only the model (a few hundred KB) crosses back.
      const outcome = buildBilan(await sourceGrids(job.bytes, job.fileName, onProgress), {
        workbookName: job.fileName,
        date: new Date(job.date),
        ...(job.year !== undefined ? { year: job.year } : {}),
        ...(job.mapping ? { mapping: job.mapping } : {}),
      });
      return { kind: "bilan", outcome };
    }
    case "inspect": {
      // Status sheets written by an earlier refresh are outputs, never candidates for the mapping.
      const sources = await sourceGrids(job.bytes, job.fileName, onProgress);
      return {
        kind: "inspect",
        inspection: toInspection(job.fileName, sources, inspectWorkbook(sources)),
      };
    }
    case "refresh": {
      const { request } = job;
      const { outcome, output, note } = await refreshXlsx(
        job.bytes,
        {
          workbookName: job.fileName,
          refreshedAt: new Date(job.refreshedAt),
          ...(request.semester ? { semester: request.semester } : {}),
          ...(request.fallbackSemester ? { fallbackSemester: request.fallbackSemester } : {}),
          ...(request.mapping ? { mapping: request.mapping } : {}),
        },
        (step) => emit({ type: "step", step }),
        { onProgress },
      );
      // The sheet plans stay here: only the report crosses back to the page.
      const verdict = outcome.ok
        ? { ok: true as const, report: outcome.report }
        : { ok: false as const, code: outcome.code, message: outcome.message };
      return { kind: "refresh", outcome: verdict, output, note };
    }
    case "template":
      return { kind: "template", bytes: await createWorkbook(buildTemplatePlans()) };
    case "decp": {
      let bytes = job.bytes;
      const outcome = await runDecpImport(
        {
          fileName: job.sourceName,
          chunks: () => chunksOfStream(job.source.stream()),
          ...(job.acheteur ? { acheteur: job.acheteur } : {}),
        },
        job.fileName,
        async (contracts, step) => {
          const written = await decpIntoFile(job.bytes, job.fileName, contracts, step);
          bytes = written.bytes;
          return written;
        },
        (step) => emit({ type: "step", step }),
      );
      return { kind: "decp", report: outcome.report, created: outcome.created, bytes };
    }
  }
}

/** The workbook's source sheets: status sheets written by an earlier refresh left out. */
async function sourceGrids(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (done: number, total: number) => void,
): Promise<Grid[]> {
  const { grids, existingSheets } = await readWorkbook(bytes, fileName, { onProgress });
  const ours = new Set(existingSheets.filter((s) => s.ours).map((s) => s.name));
  return grids.filter((g) => !ours.has(g.name));
}

/** The buffers a result can hand over to the page instead of copying them. */
export function transferablesOf(result: EngineResult): ArrayBuffer[] {
  const bytes =
    result.kind === "refresh"
      ? result.output
      : result.kind === "template" || result.kind === "decp"
        ? result.bytes
        : null;
  return bytes && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
