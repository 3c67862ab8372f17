/* global Worker, URL */
/**
 * Starts the file engine's Web Worker. Plain JavaScript on purpose: webpack 5 recognises
 * `new Worker(new URL(…, import.meta.url))` and bundles the worker, while the project's
 * type-check (module commonjs, as the CLI needs) does not accept `import.meta`.
 */
export function spawnFileWorker() {
  return new Worker(new URL("./fileEngine.worker.ts", import.meta.url), {
    name: "moteur-fichier",
  });
}
