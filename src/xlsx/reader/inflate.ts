/**
 * Inflating one zip entry as a stream of chunks, behind one small interface with two
 * implementations: the platform's `DecompressionStream` (browsers, Web Workers, Node ≥ 18) and
 * node:zlib (src/xlsx/reader/nodeInflate.ts, faster in Node; the CLI installs it).
 *
 * The deflate data is wrapped in a gzip member (10-byte header, the entry's CRC-32 and size as
 * trailer) so that the native inflater checks the CRC-32 itself while it inflates: no byte is
 * hashed twice, and a damaged part fails at its last chunk.
 */

/** A deflated entry to inflate, with the checks its central-directory record gives. */
export interface DeflatedPart {
  readonly compressed: Uint8Array;
  readonly crc32: number;
  readonly uncompressedSize: number;
}

/**
 * Yields the inflated bytes in chunks; `onConsumed` is told how many compressed bytes were
 * handed to the inflater. Throws when the data is corrupt or its CRC-32 or size is wrong.
 */
export type Inflater = (
  part: DeflatedPart,
  onConsumed: (compressedBytes: number) => void,
) => AsyncIterable<Uint8Array>;

/** Compressed bytes handed to the inflater at a time: progress and memory step with this. */
export const INPUT_SLICE = 64 * 1024;

const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

function gzipTrailer(crc32: number, size: number): Uint8Array {
  const t = new Uint8Array(8);
  const v = new DataView(t.buffer);
  v.setUint32(0, crc32 >>> 0, true);
  v.setUint32(4, size % 0x1_0000_0000, true);
  return t;
}

/** The gzip member around a deflated part: its header, the deflated data and its trailer. */
export function gzipMember(part: DeflatedPart): readonly [Uint8Array, Uint8Array, Uint8Array] {
  return [GZIP_HEADER, part.compressed, gzipTrailer(part.crc32, part.uncompressedSize)];
}

/** The gzip member around a deflated part, in slices, counting the compressed bytes consumed. */
export function* gzipSlices(
  part: DeflatedPart,
  onConsumed: (compressedBytes: number) => void,
): Generator<Uint8Array> {
  const [header, data, trailer] = gzipMember(part);
  yield header;
  for (let i = 0; i < data.length; i += INPUT_SLICE) {
    const slice = data.subarray(i, Math.min(data.length, i + INPUT_SLICE));
    onConsumed(slice.length);
    yield slice;
  }
  yield trailer;
}

/** The platform inflater: `DecompressionStream("gzip")`, available in browsers and Node. */
export const webInflater: Inflater = async function* (part, onConsumed) {
  const slices = gzipSlices(part, onConsumed);
  const input = new ReadableStream<BufferSource>({
    pull(controller) {
      const next = slices.next();
      if (next.done) controller.close();
      // A copy: the stream may transfer the buffer, which must not detach the file's bytes.
      else controller.enqueue(next.value.slice());
    },
  });
  const reader = input.pipeThrough(new DecompressionStream("gzip")).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
};

let current: Inflater = webInflater;

/** The inflater the reader uses. */
export function inflater(): Inflater {
  return current;
}

/** Installs another inflater (node:zlib in the CLI). */
export function useInflater(next: Inflater): void {
  current = next;
}

/** A part deflated for a zip entry, with the CRC-32 and size of what it holds. */
export interface DeflatedData {
  readonly compressed: Uint8Array;
  readonly crc32: number;
  readonly uncompressedSize: number;
}

/** Deflates one part's bytes (the splice writer's new and edited parts). */
export type Deflater = (data: Uint8Array) => Promise<DeflatedData>;

/**
 * The deflate data and trailer of a gzip member: the native compressors compute the CRC-32
 * while they deflate, so that no byte is hashed in JavaScript.
 */
export function fromGzip(member: Uint8Array): DeflatedData {
  if (member.length < 18 || member[0] !== 0x1f || member[1] !== 0x8b || member[2] !== 8)
    throw new Error("gzip member expected");
  const flags = member[3]!;
  let p = 10;
  if (flags & 4) p += 2 + (member[p]! | (member[p + 1]! << 8));
  if (flags & 8) while (member[p++] !== 0);
  if (flags & 16) while (member[p++] !== 0);
  if (flags & 2) p += 2;
  const t = member.length - 8;
  const view = new DataView(member.buffer, member.byteOffset + t, 8);
  return {
    compressed: member.subarray(p, t),
    crc32: view.getUint32(0, true),
    uncompressedSize: view.getUint32(4, true),
  };
}

/** The platform deflater: `CompressionStream("gzip")`, available in browsers and Node. */
export const webDeflater: Deflater = async (data) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("gzip"));
  return fromGzip(new Uint8Array(await new Response(stream).arrayBuffer()));
};

let currentDeflater: Deflater = webDeflater;

/** The deflater the splice writer uses. */
export function deflater(): Deflater {
  return currentDeflater;
}

/** Installs another deflater (node:zlib in the CLI). */
export function useDeflater(next: Deflater): void {
  currentDeflater = next;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (ISO 3309), continued from `crc` (0 to start). For stored entries, which are rare. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
