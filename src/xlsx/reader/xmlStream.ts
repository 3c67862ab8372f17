/**
 * A streaming tokenizer of the XML of package parts: text arrives in chunks (as it is
 * inflated and decoded), start and end tags are reported by local name (any namespace prefix:
 * `x:c` is `c`), text only while the handler asks for it. Memory holds one unfinished tag at
 * most, never the part. Nesting deeper than MAX_XML_DEPTH and DOCTYPE declarations (entity
 * expansion) are refused.
 */

/** No real part nests deeper than a few dozen levels; a worksheet cell is at depth 5. */
export const MAX_XML_DEPTH = 256;
/** Longest tag, comment or text run kept while waiting for its end (a cell holds ≤ 32 767 chars). */
export const MAX_PENDING_CHARS = 16 * 1024 * 1024;

export class XmlStreamError extends Error {
  constructor(readonly kind: "too-deep" | "malformed") {
    super(kind);
  }
}

export interface XmlStreamHandler {
  /** Whether text between tags is wanted now (checked before each text run). */
  readonly wantText: boolean;
  /**
   * A start tag. `attrs` is the tag's source and [from, to) the attribute text in it; read
   * values with `attrValue`.
   */
  open(local: string, source: string, from: number, to: number, selfClosing: boolean): void;
  close(local: string): void;
  /**
   * Text `source[from, to)`: raw (entities not decoded), or CDATA content (`cdata` true,
   * nothing to decode). Handlers slice it only if they keep it.
   */
  text(source: string, from: number, to: number, cdata: boolean): void;
}

/**
 * The local names met in every cell, as constants: slicing a new string for each of the
 * millions of tags of a register costs more in garbage collection than the scan itself.
 */
/** Elements whose attributes are all simple types (no `>` possible in a valid value). */
const SIMPLE_ATTRIBUTES = new Set(["c", "v", "f", "t", "r", "is", "si", "row"]);

function localName(s: string, from: number, to: number): string {
  const c = s.charCodeAt(from);
  switch (to - from) {
    case 1:
      if (c === 99) return "c";
      if (c === 118) return "v";
      if (c === 102) return "f";
      if (c === 116) return "t";
      if (c === 114) return "r";
      break;
    case 2:
      if (c === 105 && s.charCodeAt(from + 1) === 115) return "is";
      if (c === 115 && s.charCodeAt(from + 1) === 105) return "si";
      break;
    case 3:
      if (c === 114 && s.startsWith("row", from)) return "row";
      break;
  }
  return s.slice(from, to);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

export class XmlStream {
  private carry = "";
  private depth = 0;

  constructor(private readonly handler: XmlStreamHandler) {}

  /** Tokenizes one more chunk of text. */
  write(chunk: string): void {
    this.carry = this.feed(this.carry.length > 0 ? this.carry + chunk : chunk);
  }

  /**
   * Tokenizes `s` (what was left unfinished last time must start it) and returns the
   * unfinished end, to be prepended to the next chunk. Callers that prepend at the byte level
   * hand in flat strings, which the character loop reads fastest.
   */
  feed(s: string): string {
    const i = this.scan(s);
    if (i >= s.length) return "";
    if (s.length - i > MAX_PENDING_CHARS) throw new XmlStreamError("malformed");
    return s.slice(i);
  }

  /**
   * The tokenizing loop, apart from the handling of its unfinished end: V8 kept deoptimizing
   * the loop's on-stack-replaced code at the end of each chunk when both were one function.
   * Returns where the unfinished end starts (s.length when there is none).
   */
  private scan(s: string): number {
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      // Character loops, not indexOf: the distances are short, and each indexOf call costs
      // more than scanning the few characters it would skip (measured: 2.5× on a register).
      let lt = i;
      while (lt < n && s.charCodeAt(lt) !== 60) lt++;
      if (lt >= n) {
        if (h.wantText) h.text(s, i, n, false);
        return n;
      }
      if (lt > i && h.wantText) h.text(s, i, lt, false);
      i = lt;
      if (n - lt < 2) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (n - lt < 9) break;
        if (s.startsWith("<!--", lt)) {
          const end = s.indexOf("-->", lt + 4);
          if (end < 0) break;
          i = end + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", lt)) {
          const end = s.indexOf("]]>", lt + 9);
          if (end < 0) break;
          if (h.wantText) h.text(s, lt + 9, end, true);
          i = end + 3;
          continue;
        }
        // <!DOCTYPE …>: package parts have none; entities would be a way to blow up memory.
        throw new XmlStreamError("malformed");
      }
      if (c1 === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        i = end + 2;
        continue;
      }
      const closing = c1 === 47; /* / */
      let j = closing ? lt + 2 : lt + 1;
      let colon = -1;
      const nameStart = j;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (c === 58) colon = j;
        else if (isNameEnd(c)) break;
      }
      if (j >= n) break;
      const local = localName(s, colon >= 0 ? colon + 1 : nameStart, j);
      if (local.length === 0) throw new XmlStreamError("malformed");
      // The tag's end: the first `>` outside quoted attribute values. The cell-level elements'
      // attributes (references, numbers, cell types) cannot hold a `>`: search for it directly.
      const attrFrom = j;
      if (closing || SIMPLE_ATTRIBUTES.has(local)) {
        while (j < n && s.charCodeAt(j) !== 62) j++;
        if (j >= n) break;
      } else {
        let quote = 0;
        for (; j < n; j++) {
          const c = s.charCodeAt(j);
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
      const selfClosing = s.charCodeAt(j - 1) === 47;
      if (!selfClosing && ++this.depth > MAX_XML_DEPTH) throw new XmlStreamError("too-deep");
      h.open(local, s, attrFrom, selfClosing ? j - 1 : j, selfClosing);
      if (selfClosing) h.close(local);
    }
    return i;
  }

  /** The part is complete: anything left unfinished makes it malformed. */
  end(rest = this.carry): void {
    if (rest.trim().length > 0 || this.depth !== 0) throw new XmlStreamError("malformed");
  }
}

/**
 * Value of the attribute of local name `name` (any prefix) in `source[from, to)`, entities
 * decoded; undefined when absent.
 */
export function attrValue(
  source: string,
  from: number,
  to: number,
  name: string,
): string | undefined {
  let i = from;
  while (i < to) {
    const eq = source.indexOf("=", i);
    if (eq < 0 || eq >= to) return undefined;
    let k = eq - 1;
    while (k > i && isSpace(source.charCodeAt(k))) k--;
    let a = k;
    while (a > i && !isSpace(source.charCodeAt(a - 1)) && source.charCodeAt(a - 1) !== 58) a--;
    let q = eq + 1;
    while (q < to && isSpace(source.charCodeAt(q))) q++;
    const quote = source.charCodeAt(q);
    const end = source.indexOf(quote === 39 ? "'" : '"', q + 1);
    if (end < 0 || end > to) return undefined;
    if (k + 1 - a === name.length && source.startsWith(name, a)) {
      const raw = source.slice(q + 1, end);
      return raw.includes("&") ? decodeEntities(raw) : raw;
    }
    i = end + 1;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
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
