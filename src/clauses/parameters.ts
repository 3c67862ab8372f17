/**
 * Parameter validation: the zod schema is derived from each template's parameter specs, so the
 * form (pane), the CLI and the renderer share one definition of types, defaults and bounds.
 * Messages are French and name the parameter by its label.
 */
import { z } from "zod";
import { formatFrenchNumber, formatFrenchPercent } from "./formatFrench";
import { parseFrenchNumber, parseFrenchPercent } from "./parseNumber";
import type { ClauseTemplate, ParameterSpec, ParameterValue, ParameterValues } from "./types";

export interface ParameterError {
  readonly name: string;
  readonly message: string;
}

export type ParameterResult =
  | { readonly ok: true; readonly values: ParameterValues }
  | { readonly ok: false; readonly errors: readonly ParameterError[] };

function coerceNumber(raw: unknown, percent: boolean): unknown {
  if (typeof raw !== "string") return raw;
  const parsed = percent ? parseFrenchPercent(raw) : parseFrenchNumber(raw);
  return parsed ?? raw;
}

export function schemaFor(spec: ParameterSpec): z.ZodType<ParameterValue> {
  switch (spec.kind) {
    case "number": {
      const unit = spec.unit ? `\u00a0${spec.unit}` : "";
      let num = z
        .number({ error: `« ${spec.label} » doit être un nombre.` })
        .min(spec.min, {
          error: `« ${spec.label} » doit être au moins ${formatFrenchNumber(spec.min)}${unit}.`,
        })
        .max(spec.max, {
          error: `« ${spec.label} » doit être au plus ${formatFrenchNumber(spec.max)}${unit}.`,
        });
      if (spec.integer) num = num.int({ error: `« ${spec.label} » doit être un nombre entier.` });
      return z.preprocess((raw) => coerceNumber(raw, false), num);
    }
    case "percent":
      return z.preprocess(
        (raw) => coerceNumber(raw, true),
        z
          .number({
            error: `« ${spec.label} » doit être un pourcentage (par exemple 5 % ou 0,05).`,
          })
          .min(spec.min, {
            error: `« ${spec.label} » doit être au moins ${formatFrenchPercent(spec.min)}.`,
          })
          .max(spec.max, {
            error: `« ${spec.label} » doit être au plus ${formatFrenchPercent(spec.max)}.`,
          }),
      );
    case "text":
      return (
        z
          .string({ error: `« ${spec.label} » doit être un texte.` })
          .trim()
          .min(spec.minLength, {
            error: `« ${spec.label} » doit compter au moins ${spec.minLength} caractère(s).`,
          })
          .max(spec.maxLength, {
            error: `« ${spec.label} » doit compter au plus ${spec.maxLength} caractères.`,
          })
          // Control characters would corrupt the Word paragraph structure.
          .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
            error: `« ${spec.label} » ne doit pas contenir de retour à la ligne ni de caractère de contrôle.`,
          })
      );
    case "choice":
      return z.string().refine((s) => spec.options.includes(s), {
        error: `« ${spec.label} » doit valoir l'une des options : ${spec.options.map((o) => `« ${o} »`).join(", ")}.`,
      });
  }
}

export function defaultValues(template: ClauseTemplate): ParameterValues {
  const values: Record<string, ParameterValue> = {};
  for (const [name, spec] of Object.entries(template.parameters)) values[name] = spec.default;
  return values;
}

/**
 * Validates user input (numbers, or strings as typed in a form or on the command line) over the
 * template's defaults. Unknown names are errors: a typo must not be silently ignored.
 */
export function validateParameters(
  template: ClauseTemplate,
  input: Readonly<Record<string, unknown>> = {},
): ParameterResult {
  const errors: ParameterError[] = [];
  const values: Record<string, ParameterValue> = {};
  for (const name of Object.keys(input)) {
    if (!(name in template.parameters)) {
      const known = Object.keys(template.parameters);
      errors.push({
        name,
        message:
          known.length === 0
            ? `Le paramètre « ${name} » est inconnu : ce modèle n'a pas de paramètre.`
            : `Le paramètre « ${name} » est inconnu ; paramètres possibles : ${known.join(", ")}.`,
      });
    }
  }
  for (const [name, spec] of Object.entries(template.parameters)) {
    const raw = name in input ? input[name] : spec.default;
    const parsed = schemaFor(spec).safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else
      errors.push({
        name,
        message: parsed.error.issues[0]?.message ?? `« ${spec.label} » est invalide.`,
      });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}
