/**
 * French number formatting for clause texts, host-independent (no Intl locale data needed, so
 * Node builds without full ICU give the same text). Thousands separated by U+00A0 so that Word
 * never breaks « 1 000 000 » across lines; the unit follows after a U+00A0 too.
 */
const NBSP = "\u00a0";

export function formatFrenchNumber(value: number, maxDecimals = 2): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart = "0", decPart] = rounded.toString().split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  return decPart ? `${sign}${grouped},${decPart}` : `${sign}${grouped}`;
}

export function formatFrenchPercent(fraction: number): string {
  return `${formatFrenchNumber(fraction * 100)}${NBSP}%`;
}

export function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text}${NBSP}${unit}` : text;
}
