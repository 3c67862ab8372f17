/**
 * Sizes of Office.js round trips. Excel on the web rejects requests and responses over 5 MB;
 * the product keeps every payload under 4 MB (PRODUCT §10). Writes plan against a lower
 * target; reads aim close to the limit with a statistical margin (see sliceSizing.ts), because
 * every 4 MB read beyond the first must cost at most one sync.
 */

/** Hard limit of one request or response, in bytes. */
export const PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;
/** What write chunk plans and the header samples aim at. */
export const PAYLOAD_TARGET_BYTES = Math.floor(3.9 * 1024 * 1024);
/**
 * What a read response may weigh, by our count of the values: the limit less a reserve for
 * what that count leaves out of the sync's response as a whole; the part that grows with the
 * number of ranges is RANGE_ENVELOPE_BYTES, charged per range. Both are estimates (keys such
 * as "values" and object paths), not measured on a live Excel: check them there.
 */
export const READ_BUDGET_BYTES = PAYLOAD_LIMIT_BYTES - 8 * 1024;
/** Envelope of one loaded range in a response ({"values":…,"valueTypes":…} keys and ids). */
export const RANGE_ENVELOPE_BYTES = 256;

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
/** Per row and per loaded property in a write request: brackets and comma of the row array. */
export const ROW_ARRAY_BYTES = 3;
/**
 * Per row and per loaded property in a read response: the row array's brackets. The commas
 * are counted with the cells (one per cell: n − 1 between cells, 1 between rows).
 */
export const ROW_BRACKETS_BYTES = 2;
/**
 * One-sided confidence of a slice estimate, in standard deviations: 3σ leaves ~0.1 % of slices
 * over the budget, and such a slice is split and retried (one more sync), never lost.
 */
export const CONFIDENCE_Z = 3;
/**
 * Relative margin on a measured row weight for what statistics do not see: rows further down
 * may be systematically heavier (a register sorted by date, comments filled in lately). At
 * 0.25 % a 300 MB read loses under a fifth of a sync to it.
 */
export const TREND_MARGIN = 0.0025;

/** JSON size (UTF-8 bytes, escapes included) of one value as Office.js returns it. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return jsonStringLength(value) + 2;
  if (typeof value === "number" || typeof value === "boolean") return String(value).length;
  return jsonStringLength(JSON.stringify(value), false);
}

/** UTF-8 length of a string's JSON body: `"` and `\\` escaped, control characters too. */
function jsonStringLength(s: string, escape = true): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (escape && (c === 0x22 || c === 0x5c)) n += 2;
    else if (escape && c < 0x20)
      n += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
