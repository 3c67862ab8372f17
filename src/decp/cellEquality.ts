import type { CellValue } from "../core/grid";
import { readAmount, readDate, readText } from "./fieldReaders";

/** Excel serial (1900 system) of a UTC-midnight date, as Office.js may hand dates back. */
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/**
 * Whether the register already holds `next` in a cell holding `current`, whatever way the
 * host typed it (a date as serial or text, an amount as text, a SIRET as a number): a
 * re-import must change nothing.
 */
export function sameCell(current: CellValue | undefined, next: CellValue): boolean {
  if (current === undefined) current = null;
  if (next === null)
    return current === null || (typeof current === "string" && current.trim() === "");
  if (next instanceof Date) {
    if (current instanceof Date) return current.getTime() === next.getTime();
    if (typeof current === "number") return Math.abs(current - excelSerial(next)) < 1e-6;
    const d = readDate(current);
    return d.ok && d.value.getTime() === next.getTime();
  }
  if (typeof next === "number") {
    if (typeof current === "number") return Math.abs(current - next) < 1e-6;
    const n = readAmount(current);
    return n.ok && Math.abs(n.value - next) < 1e-6;
  }
  if (typeof next === "string") {
    if (typeof current === "number") return readText(current) === next;
    return typeof current === "string" && current.trim() === next.trim();
  }
  return current === next;
}
