/**
 * Sizes of Office.js round trips. Excel on the web rejects requests and responses over 5 MB;
 * the product keeps every payload under 4 MB (PRODUCT §10), and plans chunks against a lower
 * target so that estimates that are a little short still land under the limit; the reader
 * refines its estimate after every slice (see readWorkbook.ts).
 */

/** Hard limit of one request or response, in bytes. */
export const PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;
/** What chunk plans aim at. */
export const PAYLOAD_TARGET_BYTES = Math.floor(3.9 * 1024 * 1024);

/** The header sample: rows 1–20 of every sheet (PRODUCT §1 looks for headers there). */
export const HEADER_ROWS = 20;
/** Columns of the header sample (A:DX). Headers further right are not detected. */
export const HEADER_COLUMNS = 128;

/**
 * Estimated response bytes of one sample cell, which loads `values`, `valueTypes`,
 * `numberFormat` and `text` (JSON: a short string for each, quotes and commas included).
 */
export const HEADER_CELL_BYTES = 40;

/** Estimated response bytes of one data cell (`values` + `valueTypes`) when nothing is known. */
export const DEFAULT_CELL_BYTES = 32;
/**
 * Response bytes of a typical register cell: a short text or a number, and its value type
 * ("Grand marché de travaux","String", → about 24 bytes; 125000.5,"Double", → 18).
 */
export const TYPICAL_CELL_BYTES = 22;
/** Floor of a per-column estimate: an empty cell still costs `"","Empty",`. */
export const MIN_CELL_BYTES = 12;
/** Extra bytes per cell when `numberFormat` is loaded too (a date column). */
export const FORMAT_CELL_BYTES = 16;
/** Per row and per loaded property: the brackets and comma of the row array. */
export const ROW_ARRAY_BYTES = 3;
/** Margin on an estimate measured from the 20-row sample (later rows may hold longer texts). */
export const SAMPLE_SAFETY_FACTOR = 1.25;
/** Margin on the bytes per row measured on the slices already read (a much better estimate). */
export const MEASURED_SAFETY_FACTOR = 1.03;

/** JSON size of one value as Office.js returns it. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return utf8Length(value) + 2;
  if (typeof value === "number" || typeof value === "boolean") return String(value).length;
  return utf8Length(JSON.stringify(value));
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
