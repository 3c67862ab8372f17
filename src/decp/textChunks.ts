/**
 * UTF-8 is the DECP encoding; UTF-16 comes from some Windows tools (with a byte-order mark);
 * spreadsheet exports saved on Windows come in Windows-1252.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Called once when bytes that are not valid UTF-8 are met (decoded as U+FFFD from there). */
export type InvalidTextHandler = (byteOffset: number) => void;

/**
 * How many bytes at the end of `chunk` start a UTF-8 sequence that the chunk does not finish
 * (0 to 3): a streaming decoder holds them back for the next chunk.
 */
function unfinishedUtf8Tail(chunk: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Bytes → text, chunk by chunk. A sequence cut between two chunks is kept for the next one
 * (streaming decoder); a leading byte-order mark is dropped. UTF-8 is decoded strictly: the
 * first invalid byte is reported to `onInvalid` (once), then decoding goes on replacing invalid
 * bytes with U+FFFD, so that one bad byte neither stops a national file nor passes unseen.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName = "utf-8",
  onInvalid?: InvalidTextHandler,
): AsyncGenerator<string> {
  let strict = encoding === "utf-8";
  let decoder = new TextDecoder(encoding, { fatal: strict });
  let offset = 0;
  let previousTail: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // First invalid byte in this chunk: report it, then decode leniently from the bytes the
      // strict decoder held back at the end of the previous chunk.
      strict = false;
      onInvalid?.(offset);
      decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: offset > 0 });
      text = decoder.decode(concatBytes(previousTail, chunk), { stream: true });
    }
    if (strict) {
      const seen = chunk.length >= 3 ? chunk : concatBytes(previousTail, chunk);
      previousTail = seen.slice(seen.length - unfinishedUtf8Tail(seen));
    }
    offset += chunk.length;
    if (text.length > 0) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    onInvalid?.(offset);
    rest = "\ufffd";
  }
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

/**
 * The encoding of a file from its first bytes: a byte-order mark decides (UTF-8, UTF-16 LE or
 * BE); without one, UTF-16 is recognised by the zero bytes of its first ASCII characters
 * (`{`, `<`, `i`…, as RFC 8259 suggests); else UTF-8 when the head decodes as such, else
 * Windows-1252 (the caller says so to the user).
 */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head.length >= 4) {
    if (head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return "utf-16le";
    if (head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) return "utf-16be";
  }
  try {
    // `stream: true`: a character cut at the end of the head is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    // A UTF-8 file with a few bad bytes stays UTF-8 (the decoder then reports them): only a
    // head whose non-ASCII bytes are mostly not UTF-8 is taken for Windows-1252.
    const { valid, invalid } = countUtf8Sequences(head);
    return valid > 0 && valid >= invalid ? "utf-8" : "windows-1252";
  }
}

/** Well-formed multi-byte UTF-8 sequences, and bytes that start none, in `bytes`. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      // A sequence cut by the end of the head is not counted either way.
      if (!(length > 0 && i + length > bytes.length)) invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
