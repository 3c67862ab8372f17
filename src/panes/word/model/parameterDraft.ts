/**
 * The parameter form's state: what the user typed, field by field, as text (so that « 1 000 000 »,
 * « 5 % » or a half-typed value stay as typed). Each field is read the way people type it
 * (fieldInput.ts, with the pane's French messages), then the clause library's zod schema checks
 * the values; the preview and the derived values (insertion hours) are computed from it live.
 */
import { formatFrenchNumber, formatFrenchPercent, withUnit } from "../../../clauses/formatFrench";
import { INSERTION_HOURS_PARAMETERS } from "../../../clauses/insertionHours";
import {
  type ParameterError,
  type ParameterResult,
  validateParameters,
} from "../../../clauses/parameters";
import { type RenderResult, renderTemplate } from "../../../clauses/render";
import type {
  ClauseTemplate,
  ParameterSpec,
  ParameterValue,
  ParameterValues,
} from "../../../clauses/types";
import { parseFieldText } from "./fieldInput";

export type ParameterDraft = Readonly<Record<string, string>>;

/** A value as the form shows it: French digits, « 5 % » for rates, no unit (the label has it). */
export function formatForField(spec: ParameterSpec, value: ParameterValue): string {
  if (typeof value === "string") return value;
  // Up to 6 decimals: a stored 0,125 must not come back as 0,13.
  return spec.kind === "percent" ? formatFrenchPercent(value) : formatFrenchNumber(value, 6);
}

/** The form filled with `values` (a clause from the selection or the document) or the defaults. */
export function initialDraft(template: ClauseTemplate, values?: ParameterValues): ParameterDraft {
  const draft: Record<string, string> = {};
  for (const [name, spec] of Object.entries(template.parameters)) {
    draft[name] = formatForField(spec, values?.[name] ?? spec.default);
  }
  return draft;
}

/** The typed values as parameters, or the French message of every invalid field (form order). */
export function draftToParameters(
  template: ClauseTemplate,
  draft: ParameterDraft,
): ParameterResult {
  const values: Record<string, ParameterValue> = {};
  const errors: ParameterError[] = [];
  for (const [name, spec] of Object.entries(template.parameters)) {
    const parsed = parseFieldText(spec, draft[name] ?? formatForField(spec, spec.default));
    if (parsed.ok) values[name] = parsed.value;
    else errors.push({ name, message: parsed.message });
  }
  if (errors.length > 0) return { ok: false, errors };
  // The library stays the authority on what a clause accepts.
  return validateParameters(template, values);
}

/** French message per invalid field, by parameter name. */
export function draftErrors(template: ClauseTemplate, draft: ParameterDraft): Map<string, string> {
  const result = draftToParameters(template, draft);
  return new Map(result.ok ? [] : result.errors.map((e) => [e.name, e.message]));
}

export function previewClause(template: ClauseTemplate, draft: ParameterDraft): RenderResult {
  const parameters = draftToParameters(template, draft);
  return parameters.ok ? renderTemplate(template, parameters.values) : parameters;
}

/**
 * The parameters that feed the insertion-hours calculator, when the template has one (the
 * clause d'insertion): the form groups them with the live result.
 */
export function calculatorFields(template: ClauseTemplate): string[] {
  if (!template.derived?.["heures"]) return [];
  return Object.keys(INSERTION_HOURS_PARAMETERS).filter((name) => name in template.parameters);
}

export interface DerivedPreview {
  readonly name: string;
  readonly label: string;
  /** Display text with unit (« 833 heures »), or null while an input of the calculation is invalid. */
  readonly text: string | null;
  readonly value: number | null;
  /** The labels of the invalid inputs that keep it from being computed (empty when computed). */
  readonly invalid: readonly string[];
}

/**
 * Derived values from the fields that are valid on their own: the hours show as soon as the four
 * calculator inputs are right, even while another field (say the facilitator) is being typed.
 */
export function derivedPreview(template: ClauseTemplate, draft: ParameterDraft): DerivedPreview[] {
  const values: Record<string, ParameterValue> = {};
  const invalid: string[] = [];
  const inputs = new Set(calculatorFields(template));
  for (const [name, spec] of Object.entries(template.parameters)) {
    const parsed = parseFieldText(spec, draft[name] ?? formatForField(spec, spec.default));
    if (parsed.ok) values[name] = parsed.value;
    else if (inputs.size === 0 || inputs.has(name)) invalid.push(spec.label);
  }
  return Object.entries(template.derived ?? {}).map(([name, derived]) => {
    const value = derived.compute(values);
    const ok = Number.isFinite(value);
    return {
      name,
      label: derived.label,
      value: ok ? value : null,
      text: ok ? withUnit(formatFrenchNumber(value), derived.unit) : null,
      invalid: ok ? [] : invalid,
    };
  });
}
