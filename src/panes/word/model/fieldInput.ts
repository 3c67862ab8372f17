/**
 * One form field's text read the way people type it, with the pane's French messages:
 * - a number may carry its unit or a currency (« 1 000 000 € », « 30 €/h », « 1 000 000,50 »);
 * - a rate is in percentage points whether or not « % » is typed (« 50 » is 50 %, as the field
 *   is labelled « (%) »);
 * - an empty field says it is required, a field out of bounds says the bound.
 * The clause library's own validation (zod) still runs on the parsed values before any use.
 */
import { formatFrenchNumber, formatFrenchPercent, withUnit } from "../../../clauses/formatFrench";
import { parseFrenchNumber } from "../../../clauses/parseNumber";
import type { ParameterSpec, ParameterValue } from "../../../clauses/types";
import { FIELD_TEXT } from "../messages";

export type FieldParse =
  | { readonly ok: true; readonly value: ParameterValue }
  | { readonly ok: false; readonly message: string };

/** Decorations a number may end with, beside the field's own unit. */
const NUMBER_SUFFIXES = ["euros HT", "euro HT", "€ HT", "€HT", "HT", "euros", "euro", "EUR", "€"];

const squash = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

/** The text without a trailing unit (the field's own first, then currencies). */
export function stripUnit(text: string, unit: string | undefined): string {
  let rest = squash(text);
  const suffixes = [...(unit ? [unit] : []), ...NUMBER_SUFFIXES]
    .map(squash)
    .sort((a, b) => b.length - a.length);
  for (const suffix of suffixes) {
    if (rest.toLowerCase().endsWith(suffix.toLowerCase()) && rest.length > suffix.length) {
      rest = rest.slice(0, rest.length - suffix.length).trim();
      break;
    }
  }
  return rest;
}

/** A typed number, unit and currency allowed; null when it is not one. */
export function parseTypedNumber(text: string, unit?: string): number | null {
  return parseFrenchNumber(stripUnit(text, unit));
}

/** A typed rate in percentage points (« 50 », « 50 % », « 12,5 % ») as a fraction; null otherwise. */
export function parseTypedPercent(text: string): number | null {
  const bare = squash(text).replace(/\s*%$/, "");
  const points = parseFrenchNumber(bare);
  return points === null ? null : points / 100;
}

// Binary noise (0.1 + 0.2) must not turn a bound into an error.
const EPSILON = 1e-9;

export function parseFieldText(spec: ParameterSpec, text: string): FieldParse {
  const label = spec.label;
  const trimmed = text.trim();
  switch (spec.kind) {
    case "choice":
      return spec.options.includes(text)
        ? { ok: true, value: text }
        : { ok: false, message: FIELD_TEXT.notAnOption(label, spec.options) };
    case "text": {
      if (trimmed === "" && spec.minLength > 0)
        return { ok: false, message: FIELD_TEXT.required(label) };
      if ([...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
        return { ok: false, message: FIELD_TEXT.controlCharacters(label) };
      if (trimmed.length < spec.minLength)
        return { ok: false, message: FIELD_TEXT.tooShort(label, spec.minLength) };
      if (trimmed.length > spec.maxLength)
        return { ok: false, message: FIELD_TEXT.tooLong(label, spec.maxLength, trimmed.length) };
      return { ok: true, value: trimmed };
    }
    case "number": {
      if (trimmed === "") return { ok: false, message: FIELD_TEXT.required(label) };
      const value = parseTypedNumber(trimmed, spec.unit);
      if (value === null)
        return {
          ok: false,
          message: FIELD_TEXT.notANumber(
            label,
            withUnit(formatFrenchNumber(spec.default), spec.unit),
          ),
        };
      if (spec.integer && !Number.isInteger(value))
        return { ok: false, message: FIELD_TEXT.notAnInteger(label) };
      if (value < spec.min - EPSILON)
        return {
          ok: false,
          message: FIELD_TEXT.atLeast(label, withUnit(formatFrenchNumber(spec.min), spec.unit)),
        };
      if (value > spec.max + EPSILON)
        return {
          ok: false,
          message: FIELD_TEXT.atMost(label, withUnit(formatFrenchNumber(spec.max), spec.unit)),
        };
      return { ok: true, value };
    }
    case "percent": {
      if (trimmed === "") return { ok: false, message: FIELD_TEXT.required(label) };
      const value = parseTypedPercent(trimmed);
      if (value === null) return { ok: false, message: FIELD_TEXT.notAPercent(label) };
      if (value < spec.min - EPSILON)
        return { ok: false, message: FIELD_TEXT.atLeast(label, formatFrenchPercent(spec.min)) };
      if (value > spec.max + EPSILON)
        return { ok: false, message: FIELD_TEXT.atMost(label, formatFrenchPercent(spec.max)) };
      // 12,5 % → 0.125 exactly, not 0.12500000000000003.
      return { ok: true, value: Number(value.toPrecision(12)) };
    }
  }
}
