/**
 * The central directory of a zip package, read from its bytes: entry names, sizes, CRC-32 and
 * where each entry's data starts. Nothing is inflated here; the reader inflates only the parts
 * it needs. Duplicate names (compared without case, as OPC part names are) are refused: with
 * them, which copy a program reads is a matter of chance.
 */
import { UnreadableWorkbookError } from "../unreadableWorkbookError";

export interface ZipEntry {
  /** Entry name as stored, e.g. "xl/worksheets/sheet1.xml". */
  readonly name: string;
  /** 0 = stored, 8 = deflated; anything else is refused when the entry is read. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  /** The central-directory fields a writer copies to keep the entry as it was. */
  readonly header: {
    readonly versionMadeBy: number;
    readonly versionNeeded: number;
    readonly flags: number;
    readonly dosTime: number;
    readonly dosDate: number;
    readonly internalAttributes: number;
    readonly externalAttributes: number;
    readonly comment: Uint8Array;
  };
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Case-insensitive lookup, as OPC part names are compared. */
  find(name: string): ZipEntry | undefined;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

function u16(d: Uint8Array, o: number): number {
  return d[o]! | (d[o + 1]! << 8);
}

function u32(d: Uint8Array, o: number): number {
  return (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) >>> 0;
}

function u64(d: Uint8Array, o: number): number {
  return u32(d, o) + u32(d, o + 4) * 0x1_0000_0000;
}

const utf8 = new TextDecoder("utf-8");

/** Offset of the end-of-central-directory record, -1 when absent (not a zip, or truncated). */
function findEocd(data: Uint8Array): number {
  const last = data.length - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (data[i] === 0x50 && u32(data, i) === EOCD) return i;
  }
  return -1;
}

/**
 * Reads the directory. Throws UnreadableWorkbookError "not-xlsx" when the bytes are no zip
 * (or are cut short), "damaged" when the directory is inconsistent, "duplicate-entry" when two
 * entries share a name.
 */
export function readZipDirectory(data: Uint8Array, fileName: string): ZipDirectory {
  const eocd = findEocd(data);
  if (eocd < 0) throw new UnreadableWorkbookError("not-xlsx", fileName);
  let count = u16(data, eocd + 10);
  let size = u32(data, eocd + 12);
  let offset = u32(data, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(data, locator) !== ZIP64_LOCATOR) {
      throw new UnreadableWorkbookError("damaged", fileName);
    }
    const record = u64(data, locator + 8);
    if (record + 56 > data.length || u32(data, record) !== ZIP64_EOCD) {
      throw new UnreadableWorkbookError("damaged", fileName);
    }
    count = u64(data, record + 32);
    size = u64(data, record + 40);
    offset = u64(data, record + 48);
  }
  if (offset + size > data.length) throw new UnreadableWorkbookError("not-xlsx", fileName);

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || u32(data, p) !== CENTRAL) {
      throw new UnreadableWorkbookError("damaged", fileName);
    }
    const flags = u16(data, p + 8);
    const nameLength = u16(data, p + 28);
    const extraLength = u16(data, p + 30);
    const commentLength = u16(data, p + 32);
    const name = utf8.decode(data.subarray(p + 46, p + 46 + nameLength));
    let compressedSize = u32(data, p + 20);
    let uncompressedSize = u32(data, p + 24);
    let localHeaderOffset = u32(data, p + 42);
    // Zip64 extended information: only the fields whose 32-bit value is saturated are present.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
      const id = u16(data, e);
      const len = u16(data, e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(data, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(data, f);
          f += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(data, f);
      }
      e += 4 + len;
    }
    const entry: ZipEntry = {
      name,
      method: u16(data, p + 10),
      crc32: u32(data, p + 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
      header: {
        versionMadeBy: u16(data, p + 4),
        versionNeeded: u16(data, p + 6),
        flags,
        dosTime: u16(data, p + 12),
        dosDate: u16(data, p + 14),
        internalAttributes: u16(data, p + 36),
        externalAttributes: u32(data, p + 38),
        comment: data.subarray(
          p + 46 + nameLength + extraLength,
          p + 46 + nameLength + extraLength + commentLength,
        ),
      },
    };
    const key = name.toLowerCase();
    if (byName.has(key)) throw new UnreadableWorkbookError("duplicate-entry", fileName, name);
    byName.set(key, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, find: (n) => byName.get(n.replace(/^\//, "").toLowerCase()) };
}

/** The entry's stored bytes (still compressed), located through its local header. */
export function entryData(data: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const h = entry.localHeaderOffset;
  if (h + 30 > data.length || u32(data, h) !== LOCAL) {
    throw new UnreadableWorkbookError("damaged", fileName, entry.name);
  }
  const start = h + 30 + u16(data, h + 26) + u16(data, h + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new UnreadableWorkbookError("damaged", fileName, entry.name);
  return data.subarray(start, end);
}
