/** UTF-8 is the DECP encoding; spreadsheet exports saved on Windows come in Windows-1252. */
export type TextEncodingName = "utf-8" | "windows-1252";

/**
 * Bytes → text, chunk by chunk. A UTF-8 sequence cut between two chunks is kept for the next
 * one (streaming decoder); a leading byte-order mark is dropped.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName = "utf-8",
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** One in-memory buffer as a chunk source (tests, browser files already read). */
export async function* chunksOf(
  data: Uint8Array | string,
  chunkSize = 65536,
): AsyncGenerator<Uint8Array> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
}

/** Concatenates a whole chunk source (for XLSX, a zip that cannot be read front to back). */
export async function collectBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    parts.push(c);
    size += c.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A Web `ReadableStream` (a browser `File.stream()`) as a chunk source, read through its
 * reader: async iteration of streams is missing from some browsers Office runs in.
 */
export async function* chunksOfStream(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The encoding of a file from its first bytes: UTF-8 when they decode as such, else Windows-1252. */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  try {
    // `stream: true`: a character cut at the end of the head is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}
