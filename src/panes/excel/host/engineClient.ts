/**
 * The page's side of the file engine's Web Worker: sends one job, relays its steps and reading
 * progress, and resolves with its result. Cancelling ends the worker (the only way to stop a
 * synchronous stretch in it); the next job starts a fresh one.
 */
import type {
  EngineCall,
  EngineEvent,
  EngineJob,
  EngineReply,
  EngineResult,
  ResultOf,
} from "./engineProtocol";

/** The parts of a Worker the client uses (a real Worker, or an in-process stand-in in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: EngineCall): void;
  terminate(): void;
}

/** The user cancelled the job: not an error to show. */
export class EngineCancelledError extends Error {
  override readonly name = "EngineCancelledError";
  constructor() {
    super("Opération annulée.");
  }
}

/** An error thrown in the worker, with its class name kept so that the pane can tell its kind. */
function rebuiltError(error: { readonly name: string; readonly message: string }): Error {
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

interface Pending {
  readonly resolve: (result: EngineResult) => void;
  readonly reject: (error: Error) => void;
  readonly onEvent: (event: EngineEvent) => void;
}

export interface EngineClient {
  run<K extends EngineJob["kind"]>(
    job: Extract<EngineJob, { kind: K }>,
    onEvent?: (event: EngineEvent) => void,
    signal?: AbortSignal,
  ): Promise<ResultOf<K>>;
  /** Ends the worker: every running job is rejected with EngineCancelledError. */
  cancel(): void;
}

export function createEngineClient(spawn: () => WorkerLike): EngineClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(error);
  };
  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    failAll(error);
  };

  const started = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === "done") {
        pending.delete(reply.id);
        p.resolve(reply.result);
      } else if (reply.type === "failed") {
        pending.delete(reply.id);
        p.reject(rebuiltError(reply.error));
      } else p.onEvent(reply);
    };
    // The worker script could not run (failed to load, out of memory): no job will answer.
    w.onerror = (event) => stop(new Error(event.message || "le moteur de calcul s’est arrêté"));
    worker = w;
    return w;
  };

  return {
    run<K extends EngineJob["kind"]>(
      job: Extract<EngineJob, { kind: K }>,
      onEvent: (event: EngineEvent) => void = () => undefined,
      signal?: AbortSignal,
    ): Promise<ResultOf<K>> {
      if (signal?.aborted) return Promise.reject(new EngineCancelledError());
      return new Promise<ResultOf<K>>((resolve, reject) => {
        const id = nextId++;
        const onAbort = (): void => stop(new EngineCancelledError());
        const settle = (): void => signal?.removeEventListener("abort", onAbort);
        pending.set(id, {
          resolve: (result) => {
            settle();
            if (result.kind === job.kind) resolve(result as ResultOf<K>);
            else reject(new Error(`réponse « ${result.kind} » à une demande « ${job.kind} »`));
          },
          reject: (error) => {
            settle();
            reject(error);
          },
          onEvent,
        });
        signal?.addEventListener("abort", onAbort, { once: true });
        started().postMessage({ id, job });
      });
    },
    cancel() {
      stop(new EngineCancelledError());
    },
  };
}
