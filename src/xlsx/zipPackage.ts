/**
 * An .xlsx package opened for splicing: parts are read on demand, edits are kept as text, and
 * the output copies every untouched entry's compressed bytes as they are (never inflated,
 * never deflated again). Only the parts we write are deflated, with the platform's compressor
 * (node:zlib in the CLI, CompressionStream in the browser and the Worker).
 */
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import { deflater } from "./reader/inflate";
import { MAX_INFLATED_BYTES } from "./reader/limits";
import { PartReader, openZip } from "./reader/partReader";
import { entryData, type ZipEntry } from "./reader/zipDirectory";

/** Date stamped on the zip entries we create, so that equal inputs give equal bytes. */
export const ZIP_ENTRY_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/** One part of the package, as stored or as we wrote it. */
export interface PackageFile {
  /** Entry name as stored, e.g. "xl/worksheets/sheet1.xml". */
  readonly name: string;
  /** The part's text (UTF-8). */
  text(): Promise<string>;
}

interface Written {
  readonly text: string;
  /** Header fields kept from the entry it replaces (its date, attributes, comment). */
  readonly header: ZipEntry["header"] | undefined;
}

const UTF8_FLAG = 0x0800;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const MAX_U32 = 0xffffffff;

export class ZipPackage {
  /** Entry names in output order: the original order, then new parts as they were added. */
  private readonly order: string[] = [];
  private readonly original = new Map<string, ZipEntry>();
  private readonly written = new Map<string, Written>();
  /**
   * Texts of original entries already inflated: a part is read, then compared with its new
   * text before being put; inflating it twice would also count it twice against the limit.
   */
  private readonly texts = new Map<string, Promise<string>>();

  private constructor(
    private readonly data: Uint8Array,
    private readonly fileName: string,
    private readonly reader: PartReader | undefined,
  ) {}

  /** Opens a package's bytes; throws UnreadableWorkbookError (French) when they are no zip. */
  static open(data: Uint8Array, fileName: string): ZipPackage {
    const dir = openZip(data, fileName);
    const pkg = new ZipPackage(
      data,
      fileName,
      new PartReader(data, dir, fileName, {}, MAX_INFLATED_BYTES),
    );
    for (const e of dir.entries) {
      pkg.order.push(e.name);
      pkg.original.set(e.name, e);
    }
    return pkg;
  }

  /** A package with no entry yet. */
  static create(): ZipPackage {
    return new ZipPackage(new Uint8Array(0), "", undefined);
  }

  /** Entry names, folders included when the zip lists them. */
  names(): string[] {
    return [...this.order];
  }

  /** The entry of that exact name (zip names are case-sensitive), or null. */
  file(name: string): PackageFile | null {
    const w = this.written.get(name);
    if (w) return { name, text: () => Promise.resolve(w.text) };
    const e = this.original.get(name);
    if (!e || e.name.endsWith("/")) return null;
    return { name, text: () => this.originalText(e) };
  }

  private originalText(e: ZipEntry): Promise<string> {
    let text = this.texts.get(e.name);
    if (text === undefined) {
      text = this.reader!.text(e, MAX_INFLATED_BYTES);
      this.texts.set(e.name, text);
    }
    return text;
  }

  /**
   * Stores a part's text. A part that exists keeps its place, date and attributes; a new one
   * goes at the end with the fixed date.
   */
  put(name: string, text: string): void {
    if (!this.original.has(name) && !this.written.has(name)) this.order.push(name);
    const header = this.written.get(name)?.header ?? this.original.get(name)?.header;
    this.written.set(name, { text, header });
    this.original.delete(name);
    this.texts.delete(name);
  }

  remove(name: string): void {
    this.original.delete(name);
    this.texts.delete(name);
    this.written.delete(name);
    const i = this.order.indexOf(name);
    if (i >= 0) this.order.splice(i, 1);
  }

  /** The package's bytes: untouched entries copied, written parts deflated. */
  async bytes(): Promise<Uint8Array> {
    const deflate = deflater();
    const encoder = new TextEncoder();
    const pieces: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    let count = 0;
    for (const name of this.order) {
      const nameBytes = encoder.encode(name);
      const e = this.original.get(name);
      const w = this.written.get(name);
      let record: CentralFields;
      let data: Uint8Array;
      if (w) {
        const d = await deflate(encoder.encode(w.text));
        data = d.compressed;
        record = {
          ...(w.header ?? newEntryHeader(nameBytes.length !== name.length)),
          method: 8,
          crc32: d.crc32,
          compressedSize: data.length,
          uncompressedSize: d.uncompressedSize,
        };
      } else if (e) {
        data = entryData(this.data, e, this.fileName);
        record = {
          ...e.header,
          method: e.method,
          crc32: e.crc32,
          compressedSize: e.compressedSize,
          uncompressedSize: e.uncompressedSize,
        };
      } else continue;
      if (offset > MAX_U32 || record.compressedSize > MAX_U32 || record.uncompressedSize > MAX_U32)
        throw new UnreadableWorkbookError("too-large-to-write", this.fileName);
      const local = localHeader(record, nameBytes);
      central.push(centralHeader(record, nameBytes, offset));
      pieces.push(local, data);
      offset += local.length + data.length;
      count++;
    }
    if (count > 0xffff || offset > MAX_U32)
      throw new UnreadableWorkbookError("too-large-to-write", this.fileName);
    const centralStart = offset;
    let centralSize = 0;
    for (const c of central) {
      pieces.push(c);
      centralSize += c.length;
    }
    pieces.push(endOfCentralDirectory(count, centralSize, centralStart));
    const out = new Uint8Array(centralStart + centralSize + 22);
    let at = 0;
    for (const p of pieces) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

export type CentralFields = ZipEntry["header"] & {
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
};

/** Header fields of an entry we create: deflated, version 2.0, dated ZIP_ENTRY_DATE (UTC). */
export function newEntryHeader(nonAscii: boolean): ZipEntry["header"] {
  const d = ZIP_ENTRY_DATE;
  return {
    versionMadeBy: 20,
    versionNeeded: 20,
    flags: nonAscii ? UTF8_FLAG : 0,
    dosTime: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    dosDate: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    internalAttributes: 0,
    externalAttributes: 0,
    comment: new Uint8Array(0),
  };
}

/**
 * The fields local and central headers share, in the same order from `at` (4 in a local
 * header, 6 in a central one): version needed, flags, method, time, date, CRC, sizes, name
 * length and an empty extra field.
 */
function sharedFields(v: DataView, at: number, f: CentralFields, nameLength: number): void {
  v.setUint16(at, f.versionNeeded, true);
  // Sizes are in the header: no data descriptor follows the data.
  v.setUint16(at + 2, f.flags & ~DATA_DESCRIPTOR_FLAG, true);
  v.setUint16(at + 4, f.method, true);
  v.setUint16(at + 6, f.dosTime, true);
  v.setUint16(at + 8, f.dosDate, true);
  v.setUint32(at + 10, f.crc32 >>> 0, true);
  v.setUint32(at + 14, f.compressedSize, true);
  v.setUint32(at + 18, f.uncompressedSize, true);
  v.setUint16(at + 22, nameLength, true);
  v.setUint16(at + 24, 0, true);
}

export function localHeader(f: CentralFields, name: Uint8Array): Uint8Array {
  const b = new Uint8Array(30 + name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x04034b50, true);
  sharedFields(v, 4, f, name.length);
  b.set(name, 30);
  return b;
}

export function centralHeader(f: CentralFields, name: Uint8Array, offset: number): Uint8Array {
  const b = new Uint8Array(46 + name.length + f.comment.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, f.versionMadeBy, true);
  sharedFields(v, 6, f, name.length);
  v.setUint16(32, f.comment.length, true);
  v.setUint16(34, 0, true);
  v.setUint16(36, f.internalAttributes, true);
  v.setUint32(38, f.externalAttributes >>> 0, true);
  v.setUint32(42, offset, true);
  b.set(name, 46);
  b.set(f.comment, 46 + name.length);
  return b;
}

export function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const b = new Uint8Array(22);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return b;
}
