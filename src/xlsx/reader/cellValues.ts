/** Raw SpreadsheetML cell content → the core's CellValue (dates from formats, 1900/1904). */

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 and 1904 date systems. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
/** Excel counts a 29 February 1900 that never was: serials before 61 are one day early. */
const FIRST_CORRECT_1900_DAY = Date.UTC(1900, 2, 1);
/** 31 December 9999, Excel's last date. */
const MAX_SERIAL = 2_958_465;

/** UTC midnight of the calendar day Excel shows for a serial; undefined when out of range. */
export function serialToDay(serial: number, date1904: boolean): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return undefined;
  let ms = Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS);
  if (!date1904 && ms < FIRST_CORRECT_1900_DAY) ms += DAY_MS;
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

/** UTC midnight of the day of an ISO 8601 date (`t="d"` cells); undefined when not a date. */
export function isoToDay(text: string): Date | undefined {
  const m = /^\s*([+-]?\d{4,6})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const d = new Date(Date.UTC(0, Number(m[2]) - 1, Number(m[3])));
  d.setUTCFullYear(Number(m[1]));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30 and East Asian ids). */
function builtInIsDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** Whether a custom format code shows a date or time: y, m, d, h or s outside literals. */
export function formatIsDate(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhs]/i.test(bare.replace(/General/gi, ""));
}

/** Whether a cell of number-format id `id` (custom codes in `custom`) shows a date. */
export function numFmtIsDate(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  return code !== undefined ? formatIsDate(code) : builtInIsDate(id);
}
