import { createEngineClient, type EngineClient } from "./engineClient";
import { spawnFileWorker } from "./spawnFileWorker";

let shared: EngineClient | undefined;

/**
 * The page's one file engine (browser mode): a Web Worker started on first use, so that the
 * pane's first render does not wait for it, and started again after a cancel.
 */
export function fileEngine(): EngineClient {
  shared ??= createEngineClient(spawnFileWorker);
  return shared;
}
