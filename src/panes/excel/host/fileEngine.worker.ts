/**
 * The Web Worker of browser mode: runs the file engine's jobs (engineJobs.ts) so that reading,
 * analysing and writing a large workbook never freezes the page (PRODUCT §8, §10).
 */
import { runEngineJob, transferablesOf } from "./engineJobs";
import type { EngineCall, EngineReply } from "./engineProtocol";

/** The parts of a dedicated worker's global scope used here (the project's lib is DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineCall>) => void) | null;
  postMessage(message: EngineReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, job } = event.data;
  runEngineJob(job, (e) => scope.postMessage({ id, ...e })).then(
    (result) => scope.postMessage({ id, type: "done", result }, transferablesOf(result)),
    (error: unknown) =>
      scope.postMessage({
        id,
        type: "failed",
        error:
          error instanceof Error
            ? { name: error.name, message: error.message }
            : { name: "Error", message: String(error) },
      }),
  );
};
