/**
 * Excel serial numbers ↔ calendar days, in the 1900 and 1904 date systems.
 *
 * A calendar day is a `Date` at UTC midnight (see src/core/grid.ts), the same model the file
 * reader produces, so a workbook reads the same in Excel and from a file.
 */

const DAY_MS = 86_400_000;
/** 1899-12-30: day 0 of the 1900 system for serials from 61 on (after the fictitious 29/02/1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01: day 0 of the 1904 system (Mac workbooks). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** First serial after 31/12/9999 in the 1900 system: Excel shows #### from there on. */
const MAX_SERIAL_1900 = 2_958_466;
/** Difference between the two systems, in days. */
export const DAYS_1904_OFFSET = 1462;

/**
 * Serial → calendar day, or undefined when Excel itself would not display a date
 * (negative, not finite, after year 9999). The time of day is dropped.
 *
 * 1900 system: Excel keeps Lotus 1-2-3's bug and counts a 29 February 1900 (serial 60), so
 * serials 1–59 are one day later than a plain count from 1899-12-30 would give. Serial 60
 * itself names no real day; it is read as 28/02/1900, the last real day before it.
 * Serial 0 (shown « 00/01/1900 ») is read as 31/12/1899.
 */
export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const day = Math.floor(serial);
  if (date1904) {
    if (day + DAYS_1904_OFFSET >= MAX_SERIAL_1900) return undefined;
    return new Date(EPOCH_1904 + day * DAY_MS);
  }
  if (day >= MAX_SERIAL_1900) return undefined;
  if (day < 60) return new Date(EPOCH_1900 + (day + 1) * DAY_MS);
  if (day === 60) return new Date(Date.UTC(1900, 1, 28));
  return new Date(EPOCH_1900 + day * DAY_MS);
}

/**
 * Infers the workbook's date system from one date cell: its serial and the text Excel shows
 * for it. `Workbook.use1904DateSystem` exists only in the preview API set, so released Excel
 * versions cannot be asked directly; the displayed date tells instead (the two systems differ
 * by 1462 days, i.e. four years and a day).
 *
 * A system fits when every number shown in the text is its day, month or year (4 digits, or 2
 * digits for "yy" formats) and the year is among them. Returns undefined unless exactly one
 * system fits and the text is unambiguous (a 4-digit year, or at least two numbers).
 */
export function inferDate1904(serial: number, text: string): boolean | undefined {
  const as1900 = serialToDate(serial, false);
  const as1904 = serialToDate(serial, true);
  if (!as1900 || !as1904) return undefined;
  const groups = text.match(/\d+/g) ?? [];
  if (!groups.some((g) => g.length === 4) && groups.length < 2) return undefined;
  const fits1900 = fits(groups, as1900);
  const fits1904 = fits(groups, as1904);
  if (fits1900 === fits1904) return undefined;
  return fits1904;
}

function fits(groups: readonly string[], date: Date): boolean {
  const year = date.getUTCFullYear();
  let day: number | undefined = date.getUTCDate();
  let month: number | undefined = date.getUTCMonth() + 1;
  let yearSeen = false;
  for (const g of groups) {
    const n = Number(g);
    if (g.length === 4 && !yearSeen && n === year) yearSeen = true;
    else if (g.length > 2) return false;
    else if (n === day) day = undefined;
    else if (n === month) month = undefined;
    else if (g.length === 2 && !yearSeen && n === year % 100) yearSeen = true;
    else return false;
  }
  return yearSeen;
}
