/**
 * Calendar days (no time zone): an integer count of days since 1970-01-01. Dates read from
 * workbooks are calendar days, so all date arithmetic happens on these integers.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** A JS Date as the calendar day it shows in UTC (adapters give UTC midnight). */
export function dayFromDate(d: Date): Day | undefined {
  const t = d.getTime();
  if (!Number.isFinite(t)) return undefined;
  return Math.floor(t / MS_PER_DAY);
}

export function dayParts(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayIso(day: Day): string {
  const p = dayParts(day);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

export function dayFrench(day: Day): string {
  const p = dayParts(day);
  return `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}`;
}

/** Day 0 of Excel's 1900 system (serial 1 is 1 Jan 1900) and of its 1904 system. */
const EXCEL_EPOCH_1900 = dayFromParts(1899, 12, 31);
const EXCEL_EPOCH_1904 = dayFromParts(1904, 1, 1);

/** Excel serial (1900 system, with its fictitious 29 Feb 1900) → calendar day. */
export function dayFromExcelSerial(serial: number, date1904 = false): Day | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const whole = Math.floor(serial);
  if (date1904) return EXCEL_EPOCH_1904 + whole;
  // Serial 60 is 29 Feb 1900, which did not exist; serials after it are shifted by one.
  return EXCEL_EPOCH_1900 + whole - (whole > 60 ? 1 : 0);
}

/** Adds calendar months, clamping the day to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const p = dayParts(day);
  const total = p.year * 12 + (p.month - 1) + Math.trunc(months);
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return dayFromParts(y, m, Math.min(p.day, lastOfMonth));
}

/** `JJ/MM/AAAA` or `AAAA-MM-JJ` (also with `-`/`.` separators in the French form). */
export function parseDayText(text: string): Day | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (match) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
  } else {
    match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
    if (!match) return undefined;
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const day = dayFromParts(y, m, d);
  const back = dayParts(day);
  return back.month === m && back.day === d ? day : undefined;
}
