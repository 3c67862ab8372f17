/**
 * A streaming tokenizer of the XML of package parts, on the UTF-8 bytes themselves: bytes
 * arrive in chunks (as they are inflated), start and end tags are reported by local name (any
 * namespace prefix: `x:c` is `c`), text only while the handler asks for it. Nothing is decoded
 * that the handler does not keep: markup is ASCII, and a worksheet's millions of numbers are
 * read from their digits. Memory holds one unfinished tag at most, never the part. Nesting
 * deeper than MAX_XML_DEPTH and DOCTYPE declarations (entity expansion) are refused.
 */

/** No real part nests deeper than a few dozen levels; a worksheet cell is at depth 5. */
export const MAX_XML_DEPTH = 256;
/** Longest tag, comment or CDATA section kept while waiting for its end, in bytes. */
export const MAX_PENDING_BYTES = 16 * 1024 * 1024;

export class XmlStreamError extends Error {
  constructor(readonly kind: "too-deep" | "malformed") {
    super(kind);
  }
}

export interface XmlStreamHandler {
  /** Whether text between tags is wanted now (checked before each text run). */
  readonly wantText: boolean;
  /**
   * A start tag. `source[from, to)` is the tag's attribute text; read values with `attrValue`.
   */
  open(local: string, source: Uint8Array, from: number, to: number, selfClosing: boolean): void;
  close(local: string): void;
  /**
   * Text `source[from, to)`: raw UTF-8 (entities not decoded, never cut inside a character), or
   * CDATA content (`cdata` true, nothing to decode). A run may come in several pieces.
   */
  text(source: Uint8Array, from: number, to: number, cdata: boolean): void;
  /**
   * An optional fast path, offered before each token: the handler reads the constructs it knows
   * from `source[from]` on by itself and returns where tokenizing resumes (`from` when it took
   * nothing). It takes only complete, balanced elements (the depth does not change) and must
   * give exactly what the tokenizer and the handler's other methods would have.
   */
  skim?(source: Uint8Array, from: number, to: number): number;
}

const decoder = new TextDecoder("utf-8");

/** The text of UTF-8 bytes `b[from, to)` (invalid sequences as U+FFFD, as TextDecoder does). */
export function utf8Text(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 12) {
    // Short ASCII runs (names, numbers, attribute values) without a native call.
    let s = "";
    for (let i = from; i < to; i++) {
      const c = b[i]!;
      if (c >= 0x80) return decoder.decode(b.subarray(from, to));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decoder.decode(b.subarray(from, to));
}

/** The end of the longest run of `b[from, to)` that does not stop inside a UTF-8 character. */
export function utf8Boundary(b: Uint8Array, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && k >= to - 4 && (b[k]! & 0xc0) === 0x80) k--;
  if (k < from || b[k]! < 0xc0) return to;
  const need = b[k]! >= 0xf0 ? 4 : b[k]! >= 0xe0 ? 3 : 2;
  return to - k >= need ? to : k;
}

/**
 * The local names met in every cell, as constants: making a new string for each of the
 * millions of tags of a register costs more in garbage collection than the scan itself.
 */
function localName(b: Uint8Array, from: number, to: number): string {
  const c = b[from];
  switch (to - from) {
    case 1:
      if (c === 99) return "c";
      if (c === 118) return "v";
      if (c === 102) return "f";
      if (c === 116) return "t";
      if (c === 114) return "r";
      break;
    case 2:
      if (c === 105 && b[from + 1] === 115) return "is";
      if (c === 115 && b[from + 1] === 105) return "si";
      break;
    case 3:
      if (c === 114 && b[from + 1] === 111 && b[from + 2] === 119) return "row";
      break;
  }
  return utf8Text(b, from, to);
}

/** Elements whose attributes are all simple types (no `>` possible in a valid value). */
function hasSimpleAttributes(local: string): boolean {
  return (
    local === "c" ||
    local === "v" ||
    local === "row" ||
    local === "f" ||
    local === "t" ||
    local === "r" ||
    local === "is" ||
    local === "si"
  );
}

export function isXmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameEnd(c: number): boolean {
  return isXmlSpace(c) || c === 47 || c === 62;
}

/** The first index ≥ from (before `to`) of `b` that is not XML white space. */
export function skipXmlSpace(b: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to && b[i]! <= 32 && isXmlSpace(b[i]!)) i++;
  return i;
}

/** The bytes of an ASCII string (markup to compare with). */
export const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const COMMENT_OPEN = ascii("<!--");
const COMMENT_CLOSE = ascii("-->");
const CDATA_OPEN = ascii("<![CDATA[");
const CDATA_CLOSE = ascii("]]>");
const PI_CLOSE = ascii("?>");

/** Whether `b` holds `seq` at `at`, all of it before `to`. */
export function bytesAt(b: Uint8Array, at: number, seq: Uint8Array, to = b.length): boolean {
  if (at + seq.length > to) return false;
  for (let k = 0; k < seq.length; k++) if (b[at + k] !== seq[k]) return false;
  return true;
}

/** First index ≥ from where `b` holds `seq`, -1 when none. */
function indexOfBytes(b: Uint8Array, seq: Uint8Array, from: number): number {
  for (let i = b.indexOf(seq[0]!, from); i >= 0; i = b.indexOf(seq[0]!, i + 1)) {
    if (i + seq.length > b.length) return -1;
    if (bytesAt(b, i, seq)) return i;
  }
  return -1;
}

const NO_BYTES = new Uint8Array(0);

/** Bytes of a new chunk first joined to the previous chunk's unfinished end (doubled as needed). */
const JOIN_WINDOW = 4096;

export class XmlStream {
  private carry: Uint8Array = NO_BYTES;
  private depth = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly handler: XmlStreamHandler) {}

  private started = false;

  /**
   * Tokenizes one more chunk (text is taken as UTF-8; a byte order mark starting the part is
   * skipped), keeping a copy of its unfinished end for the next one.
   *
   * The unfinished end of the previous chunk (most often half a cell) is finished with the first
   * bytes of this one, joined in a small buffer that grows until it holds that token's end; the
   * rest of the chunk is then read where it is. Joining the whole chunk instead copied every
   * byte of a part once more and allocated a chunk-sized buffer per chunk.
   */
  write(chunk: Uint8Array | string): void {
    let bytes = typeof chunk === "string" ? this.encoder.encode(chunk) : chunk;
    if (!this.started && bytes.length > 0) {
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    let carry = this.carry;
    for (let window = JOIN_WINDOW; carry.length > 0 && bytes.length > 0; window *= 2) {
      const take = Math.min(bytes.length, window);
      const joined = new Uint8Array(carry.length + take);
      joined.set(carry);
      joined.set(bytes.subarray(0, take), carry.length);
      const i = this.feed(joined);
      if (i >= carry.length) {
        // The carried token is done: what follows is read from the chunk itself.
        bytes = bytes.subarray(i - carry.length);
        carry = NO_BYTES;
      } else {
        carry = joined.slice(i);
        bytes = bytes.subarray(take);
      }
    }
    if (bytes.length > 0) carry = bytes.slice(this.feed(bytes));
    this.carry = carry;
  }

  /**
   * Tokenizes `b` (what was left unfinished last time must start it) and returns where its
   * unfinished end starts (b.length when there is none), to be prepended to the next chunk.
   */
  feed(b: Uint8Array): number {
    const i = this.scan(b);
    if (b.length - i > MAX_PENDING_BYTES) throw new XmlStreamError("malformed");
    return i;
  }

  /**
   * The tokenizing loop, apart from the handling of its unfinished end: V8 kept deoptimizing
   * the loop's on-stack-replaced code at the end of each chunk when both were one function.
   * Returns where the unfinished end starts (b.length when there is none).
   */
  private scan(b: Uint8Array): number {
    const h = this.handler;
    const skims = h.skim !== undefined;
    const n = b.length;
    let i = 0;
    while (i < n) {
      if (skims) {
        i = h.skim!(b, i, n);
        if (i >= n) break;
      }
      // A byte loop, not indexOf: the distances are short, and each indexOf call costs more
      // than scanning the few bytes it would skip.
      let lt = i;
      while (lt < n && b[lt] !== 60) lt++;
      if (lt >= n) {
        if (!h.wantText) return n;
        const cut = utf8Boundary(b, i, n);
        if (cut > i) h.text(b, i, cut, false);
        return cut;
      }
      if (lt > i && h.wantText) h.text(b, i, lt, false);
      i = lt;
      if (n - lt < 2) break;
      const c1 = b[lt + 1];
      if (c1 === 33 /* ! */) {
        if (n - lt < 9) break;
        if (bytesAt(b, lt, COMMENT_OPEN)) {
          const end = indexOfBytes(b, COMMENT_CLOSE, lt + 4);
          if (end < 0) break;
          i = end + 3;
          continue;
        }
        if (bytesAt(b, lt, CDATA_OPEN)) {
          const end = indexOfBytes(b, CDATA_CLOSE, lt + 9);
          if (end < 0) break;
          if (h.wantText) h.text(b, lt + 9, end, true);
          i = end + 3;
          continue;
        }
        // <!DOCTYPE …>: package parts have none; entities would be a way to blow up memory.
        throw new XmlStreamError("malformed");
      }
      if (c1 === 63 /* ? */) {
        const end = indexOfBytes(b, PI_CLOSE, lt + 2);
        if (end < 0) break;
        i = end + 2;
        continue;
      }
      const closing = c1 === 47; /* / */
      let j = closing ? lt + 2 : lt + 1;
      let colon = -1;
      const nameStart = j;
      for (; j < n; j++) {
        const c = b[j]!;
        if (c === 58) colon = j;
        else if (isNameEnd(c)) break;
      }
      if (j >= n) break;
      const localStart = colon >= 0 ? colon + 1 : nameStart;
      if (localStart >= j) throw new XmlStreamError("malformed");
      const local = localName(b, localStart, j);
      // The tag's end: the first `>` outside quoted attribute values. The cell-level elements'
      // attributes (references, numbers, cell types) cannot hold a `>`: search for it directly.
      const attrFrom = j;
      if (closing || hasSimpleAttributes(local)) {
        while (j < n && b[j] !== 62) j++;
        if (j >= n) break;
      } else {
        let quote = 0;
        for (; j < n; j++) {
          const c = b[j]!;
          if (quote !== 0) {
            if (c === quote) quote = 0;
          } else if (c === 34 || c === 39) quote = c;
          else if (c === 62) break;
        }
        if (j >= n) break;
      }
      i = j + 1;
      if (closing) {
        this.depth--;
        h.close(local);
        continue;
      }
      const selfClosing = b[j - 1] === 47;
      if (!selfClosing && ++this.depth > MAX_XML_DEPTH) throw new XmlStreamError("too-deep");
      h.open(local, b, attrFrom, selfClosing ? j - 1 : j, selfClosing);
      if (selfClosing) h.close(local);
    }
    return i;
  }

  /** The part is complete: anything left unfinished (but white space) makes it malformed. */
  end(rest: Uint8Array = this.carry): void {
    if (!rest.every(isXmlSpace) || this.depth !== 0) throw new XmlStreamError("malformed");
  }
}

/**
 * Value of the attribute of local name `name` (any prefix) in `source[from, to)`, entities
 * decoded; undefined when absent.
 */
export function attrValue(
  source: Uint8Array,
  from: number,
  to: number,
  name: string,
): string | undefined {
  let i = from;
  while (i < to) {
    const eq = source.indexOf(61 /* = */, i);
    if (eq < 0 || eq >= to) return undefined;
    let k = eq - 1;
    while (k > i && isXmlSpace(source[k]!)) k--;
    let a = k;
    while (a > i && !isXmlSpace(source[a - 1]!) && source[a - 1] !== 58) a--;
    let q = eq + 1;
    while (q < to && isXmlSpace(source[q]!)) q++;
    const quote = source[q];
    if (quote !== 34 && quote !== 39) return undefined;
    const end = source.indexOf(quote, q + 1);
    if (end < 0 || end > to) return undefined;
    if (k + 1 - a === name.length && isAscii(source, a, name)) {
      const raw = utf8Text(source, q + 1, end);
      return raw.includes("&") ? decodeEntities(raw) : raw;
    }
    i = end + 1;
  }
  return undefined;
}

/** Whether `b` holds the ASCII `name` at `at`. */
function isAscii(b: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** XML's five named entities and character references. */
export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (m, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body] ?? m;
  });
}

/** Excel's `_xHHHH_` escapes of characters XML cannot carry (and of a literal `_x…_`). */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
