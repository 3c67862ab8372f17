/**
 * node:zlib behind the reader's Inflater interface: about a third faster than Node's
 * `DecompressionStream` on a 150 MB sheet (see the README's measurements). Node only: the CLI
 * and the benchmarks install it; browser code never imports this file.
 *
 * The inflater runs ahead of the reader: node:zlib inflates on the thread pool, but it needs
 * the main thread between two output chunks to go on. Pulled one chunk at a time, it would wait
 * while a chunk is tokenized and the tokenizer would wait while the next one is inflated. In
 * flowing mode, with a bounded queue, and with a turn of the event loop between two chunks (for
 * zlib's callbacks to run), both work at once.
 *
 * The whole deflated part is given to zlib at once (it is already in memory; zlib reads it in
 * place): fed in 64 KB slices through a Readable, zlib stopped at the end of each slice until
 * the main thread had turns to spare for the stream's plumbing, and the reader waited. The
 * 50 000-contract bench workbook reads ~10% faster so (paired whole-process runs). Progress is
 * then told in compressed bytes in step with the inflated bytes.
 */
import { promisify } from "node:util";
import { createGunzip, gzip } from "node:zlib";
import {
  fromGzip,
  gzipMember,
  useDeflater,
  useInflater,
  type Deflater,
  type Inflater,
} from "./inflate";

/**
 * Size of the inflated chunks. Each chunk costs a turn of the event loop and a few promise
 * hops: at 64 KB, the 47 MB sheet of the 50 000-contract bench workbook spent a third of its
 * reading time between chunks; at 256 KB, a twentieth.
 */
const CHUNK = 256 * 1024;
/** Inflated chunks kept ahead of the reader at most (4 MB). */
const MAX_AHEAD = 16;

export const nodeInflater: Inflater = async function* (part, onConsumed) {
  const gunzip = createGunzip({ chunkSize: CHUNK });
  const queue: Buffer[] = [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  gunzip.on("data", (chunk: Buffer) => {
    queue.push(chunk);
    if (queue.length >= MAX_AHEAD) gunzip.pause();
    notify();
  });
  gunzip.on("end", () => {
    ended = true;
    notify();
  });
  gunzip.on("error", (error: unknown) => {
    failure = { error };
    notify();
  });
  const [header, data, trailer] = gzipMember(part);
  gunzip.write(header);
  gunzip.write(data);
  gunzip.end(trailer);
  // Compressed bytes told so far, in step with the bytes inflated out of the expected size.
  let told = 0;
  let inflated = 0;
  try {
    for (;;) {
      // zlib's completion callbacks run only when the event loop gets a turn.
      if (!ended && !gunzip.isPaused()) await new Promise<void>((resolve) => setImmediate(resolve));
      const chunk = queue.shift();
      if (chunk !== undefined) {
        if (gunzip.isPaused() && queue.length < MAX_AHEAD / 2) gunzip.resume();
        inflated += chunk.byteLength;
        const due = Math.min(
          data.length,
          Math.floor((data.length * inflated) / Math.max(1, part.uncompressedSize)),
        );
        if (due > told) {
          onConsumed(due - told);
          told = due;
        }
        yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        continue;
      }
      // What was inflated before an error is given first, as a pulled stream would have.
      if (failure) throw failure.error;
      if (ended) {
        if (told < data.length) onConsumed(data.length - told);
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    gunzip.destroy();
  }
};

const gzipAsync = promisify(gzip);

/** node:zlib's deflate, on the thread pool. */
export const nodeDeflater: Deflater = async (data) => fromGzip(await gzipAsync(data));

/** Makes the reader inflate, and the splice writer deflate, with node:zlib. */
export function useNodeZlib(): void {
  useInflater(nodeInflater);
  useDeflater(nodeDeflater);
}
