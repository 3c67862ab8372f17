/** Starts the file engine's Web Worker (see spawnFileWorker.js). */
export function spawnFileWorker(): Worker;
