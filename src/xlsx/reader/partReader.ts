/**
 * Opens an .xlsx package from its bytes and inflates the parts asked for, as streams of text,
 * counting bytes against the reader's limits and reporting progress in compressed bytes.
 */
import { UnreadableWorkbookError } from "../unreadableWorkbookError";
import { crc32, inflater, INPUT_SLICE, type DeflatedPart } from "./inflate";
import { MAX_INFLATED_BYTES } from "./limits";
import { XmlStream, XmlStreamError, type XmlStreamHandler } from "./xmlStream";
import { entryData, readZipDirectory, type ZipDirectory, type ZipEntry } from "./zipDirectory";

export interface ReadProgressOptions {
  /** Told, as parts are read, how many compressed bytes of the parts needed were consumed. */
  readonly onProgress?: (bytesDone: number, bytesTotal: number) => void;
  readonly signal?: AbortSignal;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b]; // "PK"
const ODF_MIME = "application/vnd.oasis.opendocument";

function startsWith(data: Uint8Array, sig: readonly number[]): boolean {
  return data.length >= sig.length && sig.every((b, i) => data[i] === b);
}

/** An OLE compound file holding an "EncryptedPackage" stream is an encrypted .xlsx. */
export function isEncryptedOle(data: Uint8Array): boolean {
  const needle = "EncryptedPackage";
  // Directory entry names are UTF-16LE; scan for the name's code units.
  outer: for (let i = 0; i + needle.length * 2 <= data.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (data[i + 2 * k] !== needle.charCodeAt(k) || data[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The zip directory of a file that should be an .xlsx, after refusing what people drop on us
 * instead (empty file, text, .xls, encrypted workbook, OpenDocument spreadsheet).
 */
export function openZip(data: Uint8Array, fileName: string): ZipDirectory {
  if (data.length === 0) throw new UnreadableWorkbookError("empty", fileName);
  if (startsWith(data, OLE_SIGNATURE)) {
    throw new UnreadableWorkbookError(isEncryptedOle(data) ? "encrypted" : "legacy-xls", fileName);
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new UnreadableWorkbookError("not-xlsx", fileName);
  const dir = readZipDirectory(data, fileName);
  const mime = dir.find("mimetype");
  if (mime && mime.method === 0 && mime.compressedSize < 200) {
    const text = new TextDecoder().decode(entryData(data, mime, fileName));
    if (text.startsWith(ODF_MIME)) throw new UnreadableWorkbookError("ods", fileName);
  }
  return dir;
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toLocaleString("fr-FR")}\u00a0Go`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2).toLocaleString("fr-FR")}\u00a0Mo`;
  return `${Math.round(n / 1024).toLocaleString("fr-FR")}\u00a0Ko`;
}

/** Parts a workbook read usually inflates: relationships, workbook, styles, strings, worksheets. */
const LIKELY_READ =
  /(?:\.rels|workbook\d*\.xml|styles\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/i;

/** Reads parts of one package, sharing the inflation budget and the progress count. */
export class PartReader {
  private inflated = 0;
  private done = 0;
  private total = 0;

  constructor(
    readonly data: Uint8Array,
    readonly dir: ZipDirectory,
    readonly fileName: string,
    private readonly options: ReadProgressOptions = {},
    private readonly maxInflated = MAX_INFLATED_BYTES,
  ) {}

  private planned = 0;
  private estimated = false;

  /**
   * Announces parts to be read, so that progress has its total. The parts are known only as the
   * relationships are read, so the first call estimates the total from the part names a workbook
   * usually reads: the share shown never goes backwards when the real plan is known.
   */
  plan(entries: readonly (ZipEntry | undefined)[]): void {
    if (!this.estimated) {
      this.estimated = true;
      for (const e of this.dir.entries)
        if (LIKELY_READ.test(e.name)) this.total += e.compressedSize;
    }
    for (const e of entries) if (e) this.planned += e.compressedSize;
    this.total = Math.max(this.total, this.planned);
    this.options.onProgress?.(Math.min(this.done, this.total), this.total);
  }

  /** Reading is over: the share is complete, whatever the estimate was. */
  finish(): void {
    this.options.onProgress?.(this.total, this.total);
  }

  entry(path: string): ZipEntry | undefined {
    return this.dir.find(path);
  }

  /** The whole text of a small part, refused past `maxBytes` inflated. */
  async text(entry: ZipEntry, maxBytes: number): Promise<string> {
    const pieces: string[] = [];
    let size = 0;
    await this.decode(entry, (t) => {
      size += t.length;
      if (size > maxBytes) {
        throw new UnreadableWorkbookError(
          "too-large",
          this.fileName,
          `la partie «\u00a0${entry.name}\u00a0» dépasse ${Math.round(maxBytes / 1024 / 1024)}\u00a0Mo une fois décompressée, ce qu’aucun classeur réel n’atteint`,
        );
      }
      pieces.push(t);
    });
    return pieces.join("");
  }

  /** Streams a part's XML through a tokenizer into `handler`, as bytes: no text is decoded here. */
  async xml(entry: ZipEntry, handler: XmlStreamHandler): Promise<void> {
    const stream = new XmlStream(handler);
    try {
      for await (const bytes of this.bytes(entry)) stream.write(bytes);
      stream.end();
    } catch (e) {
      throw this.xmlError(e, entry);
    }
  }

  /** An XmlStreamError in the user's words; any other error as it is. */
  xmlError(e: unknown, entry: ZipEntry): unknown {
    if (!(e instanceof XmlStreamError)) return e;
    return new UnreadableWorkbookError(
      e.kind === "too-deep" ? "too-deep" : "damaged",
      this.fileName,
      entry.name,
    );
  }

  /** Inflates and decodes an entry as UTF-8, chunk by chunk. */
  private async decode(entry: ZipEntry, sink: (text: string) => void): Promise<void> {
    const decoder = new TextDecoder("utf-8");
    for await (const bytes of this.bytes(entry)) {
      const text = decoder.decode(bytes, { stream: true });
      if (text.length > 0) sink(text);
    }
    const rest = decoder.decode();
    if (rest.length > 0) sink(rest);
  }

  private async *bytes(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const { signal } = this.options;
    signal?.throwIfAborted();
    if (entry.encrypted) throw new UnreadableWorkbookError("encrypted", this.fileName);
    const compressed = entryData(this.data, entry, this.fileName);
    let size = 0;
    const count = (n: number): void => {
      size += n;
      this.inflated += n;
      if (this.inflated > this.maxInflated) {
        throw new UnreadableWorkbookError(
          "too-large",
          this.fileName,
          `ses feuilles dépassent ${formatBytes(this.maxInflated)} une fois décompressées, la limite de l’outil`,
        );
      }
    };
    if (entry.method === 0) {
      let crc = 0;
      for (let i = 0; i < compressed.length; i += INPUT_SLICE) {
        const slice = compressed.subarray(i, i + INPUT_SLICE);
        count(slice.length);
        crc = crc32(slice, crc);
        this.consumed(slice.length);
        yield slice;
        signal?.throwIfAborted();
      }
      if (crc !== entry.crc32)
        throw new UnreadableWorkbookError("bad-crc", this.fileName, entry.name);
      return;
    }
    if (entry.method !== 8) throw new UnreadableWorkbookError("damaged", this.fileName, entry.name);
    const part: DeflatedPart = {
      compressed,
      crc32: entry.crc32,
      uncompressedSize: entry.uncompressedSize,
    };
    const it = inflater()(part, (n) => this.consumed(n))[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await it.next();
        } catch (e) {
          throw this.inflateError(e, entry, size);
        }
        if (next.done) break;
        count(next.value.length);
        yield next.value;
        signal?.throwIfAborted();
      }
    } finally {
      await it.return?.();
    }
    if (size !== entry.uncompressedSize) {
      throw new UnreadableWorkbookError("damaged", this.fileName, entry.name);
    }
  }

  private consumed(n: number): void {
    this.done += n;
    this.options.onProgress?.(Math.min(this.done, this.total), this.total);
  }

  private inflateError(e: unknown, entry: ZipEntry, inflated: number): UnreadableWorkbookError {
    if (e instanceof UnreadableWorkbookError) return e;
    const message = e instanceof Error ? e.message : "";
    // A wrong gzip trailer: zlib says so; DecompressionStream only fails once every byte came.
    const reason =
      /incorrect (data|length) check/.test(message) || inflated === entry.uncompressedSize
        ? "bad-crc"
        : "damaged";
    return new UnreadableWorkbookError(reason, this.fileName, entry.name);
  }
}
