/**
 * Whether an Excel number format code displays a number as a calendar date.
 *
 * Office.js gives dates as serial numbers; the only way to tell a date from a number is the
 * cell's format. `Range.numberFormat` returns the invariant (English) code, e.g. "dd/mm/yyyy"
 * even in a French Excel, so only English date tokens are recognised here.
 */

const GENERAL_FORMATS = new Set(["general", "@", ""]);

/** Removes everything that is displayed literally and cannot be a date token. */
function stripLiterals(section: string): string {
  return (
    section
      // Quoted text: "jours", "h".
      .replace(/"[^"]*"/g, "")
      // Escaped character (\j) and padding/repeat characters (_x, *x).
      .replace(/[\\_*]./g, "")
      // Colours, conditions and locale tags ([Red], [>100], [$-40C]); [h]/[mm]/[ss] are elapsed
      // times, not dates, so dropping them is right too.
      .replace(/\[[^\]]*\]/g, "")
      // AM/PM markers contain an "m" that is not a month.
      .replace(/am\/pm|a\/p/gi, "")
  );
}

/** First section of a format: the one applied to positive numbers (and to dates). */
function firstSection(format: string): string {
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "\\") i++;
    else if (ch === ";" && !inQuotes) return format.slice(0, i);
  }
  return format;
}

export function isDateNumberFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  if (GENERAL_FORMATS.has(format.trim().toLowerCase())) return false;
  const tokens = stripLiterals(firstSection(format)).toLowerCase();
  // A day or a year token makes it a date; "m" alone is a month unless hours or seconds are
  // around (then it is minutes, and a time of day is not a calendar date).
  if (/[dy]/.test(tokens)) return true;
  return /m/.test(tokens) && !/[hs]/.test(tokens);
}
