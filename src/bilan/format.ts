/** French presentation of the bilan's figures (no-break spaces before %, thin spaces in thousands). */
import type { Unit } from "../core/catalogue";
import { UNITS } from "../core/catalogue";
import { formatNumberFr } from "../core/targets";
import type { ReportIndicator } from "../core/report";

export const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** 0.3125 → « 31,3 % » (decimals: digits after the comma, trailing zeros dropped). */
export function frenchPercent(fraction: number, decimals = 1): string {
  const f = 10 ** decimals;
  const pct = Math.round(fraction * 100 * f) / f;
  return `${String(pct).replace(".", ",")}${NBSP}%`;
}

/** 1234567.5 → « 1 234 567,5 » (up to `decimals` digits). */
export function frenchNumber(n: number, decimals = 0): string {
  const f = 10 ** decimals;
  const rounded = Math.round(n * f) / f;
  const [int, dec] = String(Math.abs(rounded)).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  return `${rounded < 0 ? "-" : ""}${grouped}${dec ? `,${dec}` : ""}`;
}

/** An amount in euros, rounded to the euro: « 1 234 568 € ». */
export function frenchEuros(n: number): string {
  return `${frenchNumber(n)}${NBSP}€`;
}

export function asUnit(unit: string): Unit {
  return (UNITS as readonly string[]).includes(unit) ? (unit as Unit) : "nombre";
}

/** A report value as printed in the bilan's tables. */
export function formatValue(value: ReportIndicator["value"], unit: string): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "string") return value;
  return formatNumberFr(value, asUnit(unit));
}

/** Counts with their French plural: 1 erreur, 2 erreurs. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${frenchNumber(n)} ${n > 1 ? pluralForm : singular}`;
}

/**
 * French typography on any printed text (catalogue labels and workbook text included): no-break
 * space before « : ; ! ? % » and inside guillemets, typographic apostrophe.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/«[ \u202f]?/g, `«${NBSP}`)
    .replace(/[ \u202f]?»/g, `${NBSP}»`)
    .replace(/ ([:;!?%])/g, `${NBSP}$1`)
    .replace(/(\p{L})'(?=\p{L})/gu, "$1’");
}
