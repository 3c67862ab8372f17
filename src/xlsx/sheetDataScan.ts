/**
 * A fast scanner of a worksheet's `<sheetData>`: rows and cells with their character offsets,
 * the attributes the patcher needs, and whether a cell holds a formula. A register of 20 000
 * rows is a 10 MB part; a namespace-aware SAX tree of it takes seconds, this scan a fraction.
 * Inside `<sheetData>` text is escaped, so a `<` starts markup, except in comments and CDATA
 * sections, which the scan steps over.
 */

/**
 * Numbers only (no attribute maps, no substrings): a register holds hundreds of thousands of
 * cells, and keeping small strings and maps for each costs more in garbage collection than
 * the scan itself.
 */
export interface ScannedElement {
  /** "" or "x:" — the prefix written on the element. */
  readonly prefix: string;
  readonly openStart: number;
  readonly openEnd: number;
  /** Offset of the end tag's `<` (openEnd when self-closing). */
  readonly closeStart: number;
  readonly closeEnd: number;
  readonly selfClosing: boolean;
  /** The `s` attribute (style index), undefined when absent. */
  readonly style: number | undefined;
}

export interface ScannedCell extends ScannedElement {
  /** 0-based column. */
  readonly col: number;
  readonly hasFormula: boolean;
  /** Range of an array formula whose master this cell is. */
  readonly arrayRef: string | undefined;
}

export interface ScannedRow extends ScannedElement {
  /** 0-based row. */
  readonly index: number;
  /** customFormat="1": the row's style applies to its empty cells. */
  readonly customFormat: boolean;
  readonly cells: readonly ScannedCell[];
}

export interface SheetDataSpan {
  readonly prefix: string;
  readonly openStart: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly closeEnd: number;
  readonly selfClosing: boolean;
}

const NAME = "(?:([A-Za-z_][\\w.-]*):)?";
const SHEET_DATA_OPEN = new RegExp(`<${NAME}sheetData(?=[\\s/>])[^>]*?(/?)>`, "g");
/** Value of one attribute in a start tag's attribute text (local name, no prefix). */
function attribute(attrText: string, name: string): string | undefined {
  const at = attrText.indexOf(`${name}=`);
  if (at < 0) return undefined;
  // The name must stand alone (` s=`, not `spans=`… nor `xs=`).
  const before = attrText.charCodeAt(at - 1);
  if (at > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) {
    return attribute(attrText.slice(at + name.length + 1), name);
  }
  const quote = attrText[at + name.length + 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attrText.indexOf(quote, at + name.length + 2);
  return end < 0 ? undefined : attrText.slice(at + name.length + 2, end);
}

function numberAttribute(attrText: string, name: string): number | undefined {
  const v = attribute(attrText, name);
  return v === undefined ? undefined : Number(v);
}

/** Shared prefix strings, so that 100 000 cells do not each keep their own. */
function internPrefix(pfx: string | undefined): string {
  return pfx ? `${pfx}:` : "";
}

/** Where `<sheetData>` is; undefined when the part has none. */
export function findSheetData(text: string): SheetDataSpan | undefined {
  SHEET_DATA_OPEN.lastIndex = 0;
  const open = SHEET_DATA_OPEN.exec(text);
  if (!open) return undefined;
  const prefix = open[1] ? `${open[1]}:` : "";
  const openStart = open.index;
  const openEnd = open.index + open[0].length;
  if (open[2] === "/")
    return {
      prefix,
      openStart,
      openEnd,
      closeStart: openEnd,
      closeEnd: openEnd,
      selfClosing: true,
    };
  const closeTag = `</${prefix}sheetData>`;
  const closeStart = text.indexOf(closeTag, openEnd);
  if (closeStart < 0) return undefined;
  return {
    prefix,
    openStart,
    openEnd,
    closeStart,
    closeEnd: closeStart + closeTag.length,
    selfClosing: false,
  };
}

/** Comment and CDATA sections inside sheetData: markup-like text there is not markup. */
function opaqueRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [open, close] of [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
  ] as const) {
    for (let i = text.indexOf(open, from); i >= 0 && i < to; i = text.indexOf(open, i + 1)) {
      const end = text.indexOf(close, i + open.length);
      ranges.push([i, end < 0 ? to : end + close.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Column (1-based) of an A1 reference's letters, 0 when there are none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

const TAG = /<(\/?)(?:([A-Za-z_][\w.-]*):)?(row|c|f)(?=[\s/>])([^>]*?)(\/?)>/g;

/**
 * Rows and cells of `<sheetData>` in document order. Rows and cells may omit `r` (they follow
 * their predecessor). Returns undefined when the structure is not what SpreadsheetML allows
 * (rows out of order, a cell outside a row…), so that the caller refuses to edit it.
 */
export function scanSheetData(text: string, span: SheetDataSpan): ScannedRow[] | undefined {
  const rows: ScannedRow[] = [];
  if (span.selfClosing) return rows;
  TAG.lastIndex = span.openEnd;
  let row:
    (Omit<ScannedRow, "cells" | "closeStart" | "closeEnd"> & { cells: ScannedCell[] }) | undefined;
  let cell: Omit<ScannedCell, "closeStart" | "closeEnd" | "hasFormula" | "arrayRef"> | undefined;
  let cellFormula = false;
  let cellArrayRef: string | undefined;
  let previousRow = 0;
  let previousCol = 0;
  const opaque = opaqueRanges(text, span.openEnd, span.closeStart);
  let nextOpaque = 0;
  let prefixes = { key: "", value: "" };
  for (let m = TAG.exec(text); m && m.index < span.closeStart; m = TAG.exec(text)) {
    const start = m.index;
    while (nextOpaque < opaque.length && opaque[nextOpaque]![1] <= start) nextOpaque++;
    const hidden = opaque[nextOpaque];
    if (hidden && start >= hidden[0]) {
      TAG.lastIndex = hidden[1];
      continue;
    }
    const closing = m[1] === "/";
    const local = m[3];
    const attrText = m[4]!;
    const selfClosing = m[5] === "/";
    const end = start + m[0].length;
    if (m[2] !== prefixes.key) prefixes = { key: m[2] ?? "", value: internPrefix(m[2]) };
    const prefix = prefixes.value;
    if (local === "f") {
      if (!cell || closing) continue;
      cellFormula = true;
      if (attribute(attrText, "t") === "array") cellArrayRef = attribute(attrText, "ref");
      continue;
    }
    if (local === "row") {
      if (closing) {
        if (!row || cell) return undefined;
        rows.push({ ...row, closeStart: start, closeEnd: end });
        row = undefined;
        continue;
      }
      if (row) return undefined;
      const index = numberAttribute(attrText, "r") ?? previousRow + 1;
      if (!Number.isInteger(index) || index <= previousRow) return undefined;
      previousRow = index;
      previousCol = 0;
      const head = {
        prefix,
        openStart: start,
        openEnd: end,
        selfClosing,
        style: numberAttribute(attrText, "s"),
        index: index - 1,
        customFormat: attribute(attrText, "customFormat") === "1",
      };
      if (selfClosing) rows.push({ ...head, cells: [], closeStart: end, closeEnd: end });
      else row = { ...head, cells: [] };
      continue;
    }
    // A cell. Object literals, not spreads: spreading 100 000 objects is several times slower.
    if (closing) {
      if (!cell || !row) return undefined;
      row.cells.push({
        prefix: cell.prefix,
        openStart: cell.openStart,
        openEnd: cell.openEnd,
        closeStart: start,
        closeEnd: end,
        selfClosing: false,
        style: cell.style,
        col: cell.col,
        hasFormula: cellFormula,
        arrayRef: cellArrayRef,
      });
      cell = undefined;
      continue;
    }
    if (!row || cell) return undefined;
    const ref = attribute(attrText, "r");
    const col = ref === undefined ? previousCol + 1 : columnOf(ref);
    if (col <= previousCol) return undefined;
    previousCol = col;
    const style = numberAttribute(attrText, "s");
    if (selfClosing) {
      row.cells.push({
        prefix,
        openStart: start,
        openEnd: end,
        closeStart: end,
        closeEnd: end,
        selfClosing: true,
        style,
        col: col - 1,
        hasFormula: false,
        arrayRef: undefined,
      });
    } else {
      cell = { prefix, openStart: start, openEnd: end, selfClosing: false, style, col: col - 1 };
      cellFormula = false;
      cellArrayRef = undefined;
    }
  }
  return row || cell ? undefined : rows;
}
