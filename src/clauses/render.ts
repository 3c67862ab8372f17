/**
 * Renders a template with validated parameters into plain paragraphs: the one text that Word,
 * the docx export, the CLI and the pane preview all show.
 */
import { formatFrenchNumber, formatFrenchPercent, withUnit } from "./formatFrench";
import { type ParameterError, validateParameters } from "./parameters";
import { fillPlaceholders } from "./placeholders";
import type { ClauseTemplate, ParameterSpec, ParameterValue, ParameterValues } from "./types";

export interface RenderedClause {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly legalBasis: readonly string[];
  readonly paragraphs: readonly string[];
  /** The validated parameter values (kept with the clause so it can be re-rendered). */
  readonly values: ParameterValues;
}

export type RenderResult =
  | { readonly ok: true; readonly clause: RenderedClause }
  | { readonly ok: false; readonly errors: readonly ParameterError[] };

function formatValue(spec: ParameterSpec, value: ParameterValue): string {
  if (typeof value === "string") return value;
  switch (spec.kind) {
    case "percent":
      return formatFrenchPercent(value);
    case "number":
      return withUnit(formatFrenchNumber(value), spec.unit);
    default:
      return String(value);
  }
}

/** Display strings for every placeholder a template may use (parameters, then derived values). */
export function placeholderValues(
  template: ClauseTemplate,
  values: ParameterValues,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, spec] of Object.entries(template.parameters)) {
    const value = values[name];
    if (value !== undefined) out.set(name, formatValue(spec, value));
  }
  for (const [name, derived] of Object.entries(template.derived ?? {})) {
    out.set(name, withUnit(formatFrenchNumber(derived.compute(values)), derived.unit));
  }
  return out;
}

export function renderTemplate(
  template: ClauseTemplate,
  input: Readonly<Record<string, unknown>> = {},
): RenderResult {
  const validated = validateParameters(template, input);
  if (!validated.ok) return { ok: false, errors: validated.errors };
  const display = placeholderValues(template, validated.values);
  return {
    ok: true,
    clause: {
      id: template.id,
      version: template.version,
      title: template.title,
      legalBasis: template.legalBasis,
      paragraphs: template.body.map((p) => fillPlaceholders(p, display)),
      values: validated.values,
    },
  };
}
