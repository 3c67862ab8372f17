/**
 * Streaming handlers of the parts the reader needs: styles (which cell formats show dates),
 * shared strings, and worksheets (cell values into a grid).
 */
import { cellAddress, type CellValue } from "../../core/grid";
import { isoToDay, numFmtIsDate, serialToDay } from "./cellValues";
import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS } from "./limits";
import {
  ascii,
  attrValue,
  bytesAt,
  decodeEntities,
  decodeExcelEscapes,
  isXmlSpace,
  skipXmlSpace,
  utf8Text,
  type XmlStreamHandler,
} from "./xmlStream";

/** The text of `<t>` elements, phonetic runs (`<rPh>`) left out: shared strings, inline strings. */
class RichTextCollector {
  private parts: string[] = [];
  private inT = false;
  private inPhonetic = 0;

  get collecting(): boolean {
    return this.inT;
  }

  reset(): void {
    this.parts = [];
    this.inT = false;
    this.inPhonetic = 0;
  }

  open(local: string, selfClosing: boolean): void {
    if (local === "rPh" && !selfClosing) this.inPhonetic++;
    else if (local === "t" && this.inPhonetic === 0 && !selfClosing) this.inT = true;
  }

  close(local: string): void {
    if (local === "rPh" && this.inPhonetic > 0) this.inPhonetic--;
    else if (local === "t") this.inT = false;
  }

  /** Raw pieces are decoded together at the end: an entity may be cut between two chunks. */
  text(source: Uint8Array, from: number, to: number, cdata: boolean): void {
    const raw = utf8Text(source, from, to);
    this.parts.push(cdata ? raw.replaceAll("&", "&amp;") : raw);
  }

  value(): string {
    const raw = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    return decodeExcelEscapes(raw.includes("&") ? decodeEntities(raw) : raw);
  }
}

/** styles.xml: for each cell format (`cellXfs` index), whether it shows a date. */
export class StylesHandler implements XmlStreamHandler {
  readonly wantText = false;
  private readonly custom = new Map<number, string>();
  private readonly xfFormats: number[] = [];
  private inCellXfs = false;
  private inXf = 0;

  open(local: string, s: Uint8Array, from: number, to: number, selfClosing: boolean): void {
    if (local === "numFmt") {
      const id = Number(attrValue(s, from, to, "numFmtId"));
      const code = attrValue(s, from, to, "formatCode");
      if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
    } else if (local === "cellXfs") this.inCellXfs = !selfClosing;
    else if (local === "xf" && this.inCellXfs && this.inXf === 0) {
      this.xfFormats.push(Number(attrValue(s, from, to, "numFmtId") ?? "0"));
      if (!selfClosing) this.inXf++;
    }
  }

  close(local: string): void {
    if (local === "cellXfs") this.inCellXfs = false;
    else if (local === "xf" && this.inXf > 0) this.inXf--;
  }

  text(): void {}

  dateStyles(): boolean[] {
    return this.xfFormats.map((id) => numFmtIsDate(id, this.custom));
  }
}

/** The markup the fast paths compare with. */
const SI_START = ascii("<si>");
const SI_END = ascii("</si>");
const T_START = ascii("<t");
const T_END = ascii("</t>");

/** sharedStrings.xml: the table, rich text runs joined. */
export class SharedStringsHandler implements XmlStreamHandler {
  readonly strings: string[] = [];
  private readonly rich = new RichTextCollector();
  private inSi = false;

  get wantText(): boolean {
    return this.rich.collecting;
  }

  open(local: string, _s: Uint8Array, _f: number, _t: number, selfClosing: boolean): void {
    if (local === "si") {
      this.rich.reset();
      this.inSi = true;
      if (selfClosing) this.strings.push("");
    } else if (this.inSi) this.rich.open(local, selfClosing);
  }

  close(local: string): void {
    if (local === "si") {
      if (this.inSi) this.strings.push(this.rich.value());
      this.inSi = false;
    } else if (this.inSi) this.rich.close(local);
  }

  text(source: Uint8Array, from: number, to: number, cdata: boolean): void {
    this.rich.text(source, from, to, cdata);
  }

  /**
   * The fast path (XmlStreamHandler.skim) over the items most producers write:
   * `<si><t>text</t></si>`, `<t>` with attributes (xml:space) or not, entities decoded. Rich
   * text runs, phonetic runs, CDATA, prefixes or an item cut by the chunk's end stop it at that
   * item's `<`, for the tokenizer to read.
   */
  skim(s: Uint8Array, from: number, n: number): number {
    if (this.inSi) return from;
    let i = from;
    for (;;) {
      const p = skipXmlSpace(s, i, n);
      if (!bytesAt(s, p, SI_START, n)) return p;
      let q = skipXmlSpace(s, p + SI_START.length, n);
      if (!bytesAt(s, q, T_START, n)) return p;
      q += T_START.length;
      // Reads stay inside the chunk: a read past its end costs a deoptimization.
      if (q >= n) return p;
      let ch = s[q]!;
      if (ch !== 62) {
        if (!isXmlSpace(ch)) return p;
        // Attributes (xml:space) skipped to the first ">", as the tokenizer does for `t`.
        while (q < n && s[q] !== 62) q++;
        if (q >= n || s[q - 1] === 47) return p;
      }
      const textStart = ++q;
      let entity = false;
      while (q < n && (ch = s[q]!) !== 60) {
        if (ch === 38) entity = true;
        q++;
      }
      const textEnd = q;
      if (!bytesAt(s, q, T_END, n)) return p;
      q = skipXmlSpace(s, q + T_END.length, n);
      if (!bytesAt(s, q, SI_END, n)) return p;
      const raw = utf8Text(s, textStart, textEnd);
      this.strings.push(decodeExcelEscapes(entity ? decodeEntities(raw) : raw));
      i = q + SI_END.length;
    }
  }
}

export interface ReaderContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Filled cells read so far over the workbook, against `maxCells`. */
  cells: number;
  /** MAX_CELLS unless a test says otherwise. */
  readonly maxCells?: number;
}

export class SheetLimitError extends Error {
  constructor(readonly kind: "cells" | "size") {
    super(kind);
  }
}

const enum CellType {
  Number,
  Shared,
  Inline,
  Str,
  Bool,
  Error,
  IsoDate,
}

function cellType(t: string | undefined): CellType {
  switch (t) {
    case "s":
      return CellType.Shared;
    case "inlineStr":
      return CellType.Inline;
    case "str":
      return CellType.Str;
    case "b":
      return CellType.Bool;
    case "e":
      return CellType.Error;
    case "d":
      return CellType.IsoDate;
    default:
      return CellType.Number;
  }
}

/** cellType of the attribute value source[from, to), without slicing it. */
function cellTypeAt(s: Uint8Array, from: number, to: number): CellType {
  const len = to - from;
  const c = s[from]!;
  if (len === 1) {
    if (c === 115) return CellType.Shared;
    if (c === 98) return CellType.Bool;
    if (c === 101) return CellType.Error;
    if (c === 100) return CellType.IsoDate;
    return CellType.Number;
  }
  return cellType(utf8Text(s, from, to));
}

/** Exact powers of ten (10^22 is the largest a double holds exactly). */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Column (0-based) of the A1 reference's letters at s[from] (before `to`), -1 when none. */
function columnAt(s: Uint8Array, from: number, to: number): number {
  let col = 0;
  let k = from;
  for (; k < to; k++) {
    const code = s[k]! & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return k === from ? -1 : col - 1;
}

/** Column (0-based) of an A1 reference's letters, -1 when there are none. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return i === 0 ? -1 : col - 1;
}

/**
 * An empty row whose elements are already of the generic kind: rows without cells are copies of
 * it, and it stands for the row being filled until flushRow copies `scratch` in its place. Rows
 * made from a `[]` literal in put() changed kind at their first text, and V8's tracking of that
 * literal's allocations deoptimized the cell loop twice in the bench workbook's 47 MB sheet.
 */
const NO_CELLS: CellValue[] = [null];
NO_CELLS.length = 0;

/** A worksheet part: its cell values as rows, and the formula cells without a cached value. */
export class WorksheetHandler implements XmlStreamHandler {
  private readonly sheetRows: CellValue[][] = [];

  /** The sheet's rows so far (row 0 = the sheet's row 1). */
  get rows(): CellValue[][] {
    this.flushRow();
    return this.sheetRows;
  }

  /** A1 addresses of formula cells with no cached value. */
  readonly uncalculated: string[] = [];
  private readonly merges: string[] = [];
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private type = CellType.Number;
  private style = 0;
  private inCell = false;
  private hasFormula = false;
  private inV = false;
  private inIs = false;
  private v = "";
  private hasV = false;
  private readonly rich = new RichTextCollector();
  private readonly maxCells: number;
  /**
   * The current row's cells are put in `scratch` (kept from row to row) and copied once, at
   * their count, when the row is done (flushRow): a register's row array is then made once,
   * without the growth steps and spare capacity of an array filled by push.
   */
  private readonly scratch: CellValue[] = [];
  private filled = 0;
  /** The row whose cells `scratch` holds, -1 for none. */
  private cellsRow = -1;
  private readonly days = new Map<number, Date | null>();

  constructor(private readonly ctx: ReaderContext) {
    this.maxCells = ctx.maxCells ?? MAX_CELLS;
  }

  get wantText(): boolean {
    return this.inV || (this.inIs && this.rich.collecting);
  }

  open(local: string, s: Uint8Array, from: number, to: number, selfClosing: boolean): void {
    if (this.inCell) {
      if (local === "v") {
        this.hasV = true;
        this.inV = !selfClosing;
      } else if (local === "f") this.hasFormula = true;
      else if (local === "is") {
        this.inIs = !selfClosing;
        this.hasV = true;
        this.rich.reset();
      } else if (this.inIs) this.rich.open(local, selfClosing);
      return;
    }
    if (!this.inSheetData) {
      if (local === "sheetData") this.inSheetData = !selfClosing;
      else if (local === "mergeCell") {
        const ref = attrValue(s, from, to, "ref");
        if (ref) this.merges.push(ref);
      }
      return;
    }
    if (local === "c") {
      this.openCell(s, from, to, selfClosing);
      return;
    }
    if (local === "row") {
      const r = attrValue(s, from, to, "r");
      const row = r === undefined ? this.row + 1 : Number(r) - 1;
      if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new SheetLimitError("size");
      this.row = row;
      this.col = -1;
    }
  }

  close(local: string): void {
    if (this.inCell) {
      if (local === "c") {
        this.inCell = false;
        this.store();
      } else if (local === "v") this.inV = false;
      else if (local === "is") this.inIs = false;
      else if (this.inIs) this.rich.close(local);
      return;
    }
    if (local === "sheetData") {
      this.inSheetData = false;
      this.flushRow();
    } else if (local === "worksheet" || local === "dialogsheet") {
      this.flushRow();
      this.applyMerges();
    }
  }

  text(source: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (!this.inV) {
      this.rich.text(source, from, to, cdata);
      return;
    }
    let raw = utf8Text(source, from, to);
    if (cdata) raw = raw.replaceAll("&", "&amp;");
    // Decoded in value(): an entity may be cut between two chunks.
    this.v = this.v.length === 0 ? raw : this.v + raw;
  }

  /** A `<c>` start tag: its r, t and s attributes read in place. */
  private openCell(s: Uint8Array, from: number, to: number, selfClosing: boolean): void {
    let col = -1;
    let type = CellType.Number;
    let style = 0;
    for (let i = from; i < to;) {
      const eq = s.indexOf(61 /* = */, i);
      if (eq < 0 || eq >= to) break;
      const q = s[eq + 1]!;
      if (q !== 34 && q !== 39) {
        // Spaces around "=": rare enough to take the general path.
        const r = attrValue(s, from, to, "r");
        col = r === undefined ? -1 : columnOf(r);
        type = cellType(attrValue(s, from, to, "t"));
        style = Number(attrValue(s, from, to, "s") ?? "0");
        break;
      }
      const v = eq + 2;
      const end = s.indexOf(q, v);
      if (end < 0 || end > to) break;
      const before = s[eq - 2]!;
      if (before === 32 || before === 9 || before === 10 || before === 13 || before === 58) {
        const name = s[eq - 1]!;
        if (name === 114 /* r */) col = columnAt(s, v, end);
        else if (name === 116 /* t */) type = cellTypeAt(s, v, end);
        else if (name === 115 /* s */) {
          style = 0;
          for (let k = v; k < end; k++) style = style * 10 + s[k]! - 48;
        }
      }
      i = end + 1;
    }
    this.moveToColumn(col);
    this.type = type;
    this.style = style;
    this.hasFormula = false;
    this.hasV = false;
    this.v = "";
    this.inIs = false;
    this.inCell = !selfClosing;
  }

  private store(): void {
    if (!this.hasV) {
      if (this.hasFormula) this.uncalculated.push(cellAddress(Math.max(this.row, 0), this.col));
      return;
    }
    const value = this.value();
    if (value !== null) this.put(value);
  }

  /** A cell's column: its reference's (`col`), or the one after the previous cell (-1). */
  private moveToColumn(col: number): void {
    const next = col < 0 ? this.col + 1 : col;
    if (next >= MAX_COLUMNS) throw new SheetLimitError("size");
    this.col = next;
  }

  /** Puts a filled cell's value at (row, col), counting it against the workbook's cell limit. */
  private put(value: CellValue): void {
    if (++this.ctx.cells > this.maxCells) throw new SheetLimitError("cells");
    const row = Math.max(this.row, 0);
    if (row !== this.cellsRow) this.startRow(row);
    const cells = this.scratch;
    const col = this.col;
    let filled = this.filled;
    if (col < filled) cells[col] = value;
    else {
      while (filled < col) cells[filled++] = null;
      cells[filled++] = value;
      this.filled = filled;
    }
  }

  /** Starts putting cells in `row`: a row met again (cells out of order) goes on from its cells. */
  private startRow(row: number): void {
    this.flushRow();
    while (this.sheetRows.length < row) this.sheetRows.push(NO_CELLS.slice());
    let filled = 0;
    if (this.sheetRows.length === row) this.sheetRows.push(NO_CELLS);
    else for (const v of this.sheetRows[row]!) this.scratch[filled++] = v;
    this.filled = filled;
    this.cellsRow = row;
  }

  /** The current row's cells, copied from `scratch` into the sheet's rows. */
  private flushRow(): void {
    if (this.cellsRow < 0) return;
    this.sheetRows[this.cellsRow] = this.scratch.slice(0, this.filled);
    this.cellsRow = -1;
  }

  /**
   * A number cell's value: a date when its style shows one. Registers repeat a few hundred
   * dates over thousands of rows: each whole serial's Date is made once (cell values are never
   * modified); times of day, mostly distinct, are not kept.
   */
  private numberValue(n: number, style: number): CellValue {
    if (this.ctx.dateStyles[style] !== true) return n;
    if (!Number.isInteger(n)) return serialToDay(n, this.ctx.date1904) ?? n;
    let day = this.days.get(n);
    if (day === undefined) {
      day = serialToDay(n, this.ctx.date1904) ?? null;
      this.days.set(n, day);
    }
    return day ?? n;
  }

  /**
   * The fast path (XmlStreamHandler.skim) over the cells of sheetData as producers write most
   * of them: `<c r=".." s=".." t="..">` then nothing, or `<v>` holding a shared-string index, a
   * plain decimal or a boolean. Each cell is read in one pass over its bytes, with no call per
   * tag. Anything else (formulas, inline or formula strings, entities, prefixes, exponents, a
   * cell cut by the chunk's end) stops it at that cell's `<`, for the tokenizer to read.
   */
  skim(s: Uint8Array, from: number, n: number): number {
    if (!this.inSheetData || this.inCell) return from;
    let i = from;
    for (;;) {
      // Text between cells is not read (wantText is false there). Here and in skimNextRow the
      // comparisons are written out: through skipXmlSpace and bytesAt, as the shared-strings
      // path reads, the bench workbook took 27 ms more to read (medians of 10).
      let p = i;
      while (p < n && s[p]! <= 32 && isXmlSpace(s[p]!)) p++;
      if (p + 4 >= n || s[p] !== 60) return p;
      if (s[p + 1] !== 99) {
        const next = s[p + 1] === 47 ? this.skimNextRow(s, p, n) : -1;
        if (next < 0) return p;
        i = next;
        continue;
      }
      let q = p + 2;
      let ch = s[q]!;
      if (ch !== 32 && ch !== 62 && ch !== 47 && !isXmlSpace(ch)) return p;
      let col = -1;
      let type = CellType.Number;
      let style = 0;
      let selfClosing = false;
      // Attributes: r (letters read for the column), s (digits), t; others skipped.
      for (;;) {
        if (q >= n) return p;
        ch = s[q]!;
        if (ch <= 32) {
          if (!isXmlSpace(ch)) return p;
          q++;
          continue;
        }
        if (ch === 62 || ch === 47) {
          // `>` or `/>`, read by the same operations: a path first taken after V8 optimized
          // this loop (the first empty cell, rows into the sheet) would cost a deoptimization.
          // Reads stay inside the chunk: a read past its end costs one too.
          const slash = ch === 47 ? 1 : 0;
          if (q + slash >= n || s[q + slash] !== 62) return p;
          q += slash + 1;
          selfClosing = slash === 1;
          break;
        }
        const name = ch;
        let e = q + 1;
        let oneLetter = true;
        while (e < n && (ch = s[e]!) !== 61) {
          // A prefixed attribute, spaces around "=", a cut tag: the tokenizer's path.
          if (ch === 58 || ch <= 32 || ch === 62 || ch === 47) return p;
          oneLetter = false;
          e++;
        }
        if (e + 1 >= n) return p;
        const quote = s[e + 1];
        if (quote !== 34 && quote !== 39) return p;
        let k = e + 2;
        if (oneLetter && name === 114 /* r */) col = columnAt(s, k, n);
        else if (oneLetter && name === 115 /* s */) {
          const v = k;
          style = 0;
          for (; k < n && (ch = s[k]!) !== quote; k++) {
            if (ch < 48 || ch > 57) return p;
            style = style * 10 + ch - 48;
          }
          if (k === v) return p;
        } else if (oneLetter && name === 116 /* t */) {
          const v = k;
          while (k < n && (ch = s[k]!) !== quote && ch !== 38) k++;
          if (k >= n || ch === 38) return p;
          type = cellTypeAt(s, v, k);
        }
        while (k < n && (ch = s[k]!) !== quote && ch !== 38) k++;
        if (k >= n || ch === 38) return p;
        q = k + 1;
      }
      let value: CellValue = null;
      if (!selfClosing) {
        while (q < n && s[q]! <= 32 && isXmlSpace(s[q]!)) q++;
        if (q + 3 >= n || s[q] !== 60) return p;
        if (s[q + 1] === 47) {
          // <c …></c>: a cell without a value.
          if (s[q + 2] !== 99 || s[q + 3] !== 62) return p;
          q += 4;
        } else {
          if (s[q + 1] !== 118 || s[q + 2] !== 62) return p;
          // The value's digits, read as they are scanned: an integer (shared-string index or
          // mantissa), the count of decimals, and whether anything else was met.
          let k = q + 3;
          const v = k;
          const negative = s[k] === 45;
          if (negative) k++;
          let m = 0;
          let decimals = -1;
          let plain = true;
          for (; k < n && (ch = s[k]!) !== 60; k++) {
            const d = ch - 48;
            if (d >= 0 && d <= 9) {
              m = m * 10 + d;
              if (decimals >= 0) decimals++;
            } else if (d === -2 && decimals < 0) decimals = 0;
            else plain = false;
          }
          const end = k;
          if (end + 3 >= n || s[end + 1] !== 47 || s[end + 2] !== 118 || s[end + 3] !== 62)
            return p;
          q = end + 4;
          while (q < n && s[q]! <= 32 && isXmlSpace(s[q]!)) q++;
          if (q + 3 >= n || s[q] !== 60 || s[q + 1] !== 47 || s[q + 2] !== 99 || s[q + 3] !== 62)
            return p;
          q += 4;
          const digits = end - v - (negative ? 1 : 0) - (decimals >= 0 ? 1 : 0);
          // Past 15 digits the integer may not be exact: the tokenizer's path (Number()).
          if (!plain || digits === 0 || digits > 15) return p;
          if (type === CellType.Shared) {
            if (negative || decimals >= 0) return p;
            value = this.ctx.sharedStrings[m] ?? null;
          } else if (type === CellType.Number) {
            // Exactly what Number() gives: the integer is below 2^53 and the power of ten is
            // exact, so the one division rounds correctly.
            const x = decimals > 0 ? m / POW10[decimals]! : m;
            value = this.numberValue(negative ? -x : x, style);
          } else if (type === CellType.Bool && digits === 1 && decimals < 0 && !negative) {
            if (m > 1) return p;
            value = m === 1;
          } else return p;
        }
      }
      this.moveToColumn(col);
      if (value !== null) this.put(value);
      i = q;
    }
  }

  /**
   * `</row>` then the next `<row …>` start tag at s[p] (the pair leaves the depth as it is): the
   * row number read from its `r` digits, as open() would. Returns where reading resumes, -1 for
   * anything else (a prefix, an empty `<row/>`, spaces around "=", an entity, a cut tag).
   */
  private skimNextRow(s: Uint8Array, p: number, n: number): number {
    if (p + 6 >= n || s[p + 2] !== 114 || s[p + 3] !== 111 || s[p + 4] !== 119 || s[p + 5] !== 62)
      return -1;
    let q = p + 6;
    while (q < n && s[q]! <= 32 && isXmlSpace(s[q]!)) q++;
    if (q + 4 >= n || s[q] !== 60 || s[q + 1] !== 114 || s[q + 2] !== 111 || s[q + 3] !== 119)
      return -1;
    q += 4;
    let ch = s[q]!;
    if (ch !== 62 && !isXmlSpace(ch)) return -1;
    let row = this.row + 1;
    for (;;) {
      if (q >= n) return -1;
      ch = s[q]!;
      if (ch <= 32) {
        if (!isXmlSpace(ch)) return -1;
        q++;
        continue;
      }
      if (ch === 62) break;
      const name = q;
      let e = q;
      while (e < n && (ch = s[e]!) !== 61) {
        if (ch <= 32 || ch === 62 || ch === 47) return -1;
        e++;
      }
      if (e + 1 >= n) return -1;
      // `r`, or a prefixed one (`x:r`): open() reads both; only the plain one is read here.
      if (e - name > 1 && s[e - 1] === 114 && s[e - 2] === 58) return -1;
      const quote = s[e + 1];
      if (quote !== 34 && quote !== 39) return -1;
      let k = e + 2;
      if (e - name === 1 && s[name] === 114) {
        let r = 0;
        for (; k < n && (ch = s[k]!) !== quote; k++) {
          if (ch < 48 || ch > 57 || r > MAX_ROWS) return -1;
          r = r * 10 + ch - 48;
        }
        if (k >= n || k === e + 2 || r === 0 || r > MAX_ROWS) return -1;
        row = r - 1;
      } else {
        while (k < n && s[k] !== quote) k++;
        if (k >= n) return -1;
      }
      q = k + 1;
    }
    this.row = row;
    this.col = -1;
    return q + 1;
  }

  private value(): CellValue {
    if (this.type === CellType.Inline) return this.rich.value();
    const v = this.v.includes("&") ? decodeEntities(this.v) : this.v;
    switch (this.type) {
      case CellType.Shared:
        return v.trim() === "" ? null : (this.ctx.sharedStrings[Number(v)] ?? null);
      case CellType.Str:
        return decodeExcelEscapes(v);
      case CellType.Bool:
        return v === "1" || v === "true";
      case CellType.Error:
        return { error: v };
      case CellType.IsoDate:
        return isoToDay(v) ?? null;
      default: {
        if (v.trim() === "") return null;
        const n = Number(v);
        if (Number.isNaN(n)) return null;
        // Past a double's range (`1E+400`): what Excel shows for a number it cannot hold.
        if (!Number.isFinite(n)) return { error: "#NUM!" };
        return this.numberValue(n, this.style);
      }
    }
  }

  /** Covered cells of a merge hold nothing in Excel, whatever the file says. */
  private applyMerges(): void {
    for (const ref of this.merges) {
      const m = /^\$?([A-Za-z]+)\$?(\d+):\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
      if (!m) continue;
      const [c0, r0, c1, r1] = [
        columnOf(m[1]!),
        Number(m[2]) - 1,
        columnOf(m[3]!),
        Number(m[4]) - 1,
      ];
      for (let r = r0; r <= Math.min(r1, this.sheetRows.length - 1); r++) {
        const cells = this.sheetRows[r]!;
        for (let c = c0; c <= Math.min(c1, cells.length - 1); c++) {
          if (r !== r0 || c !== c0) cells[c] = null;
        }
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      }
    }
    while (this.sheetRows.length > 0 && this.sheetRows[this.sheetRows.length - 1]!.length === 0)
      this.sheetRows.pop();
  }
}
