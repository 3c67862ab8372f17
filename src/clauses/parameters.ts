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
        .number({ error: `«\u00a0${spec.label}\u00a0» doit être un nombre.` })
        .min(spec.min, {
          error: `«\u00a0${spec.label}\u00a0» doit être au moins ${formatFrenchNumber(spec.min)}${unit}.`,
        })
        .max(spec.max, {
          error: `«\u00a0${spec.label}\u00a0» doit être au plus ${formatFrenchNumber(spec.max)}${unit}.`,
        });
      if (spec.integer)
        num = num.int({ error: `«\u00a0${spec.label}\u00a0» doit être un nombre entier.` });
      return z.preprocess((raw) => coerceNumber(raw, false), num);
    }
    case "percent":
      return z.preprocess(
        (raw) => coerceNumber(raw, true),
        z
          .number({
            error: `«\u00a0${spec.label}\u00a0» doit être un pourcentage (par exemple 5\u00a0% ou 0,05).`,
          })
          .min(spec.min, {
            error: `«\u00a0${spec.label}\u00a0» doit être au moins ${formatFrenchPercent(spec.min)}.`,
          })
          .max(spec.max, {
            error: `«\u00a0${spec.label}\u00a0» doit être au plus ${formatFrenchPercent(spec.max)}.`,
          }),
      );
    case "text":
      return (
        z
          .string({ error: `«\u00a0${spec.label}\u00a0» doit être un texte.` })
          .trim()
          .min(spec.minLength, {
            error: `«\u00a0${spec.label}\u00a0» doit compter au moins ${characters(spec.minLength)}.`,
          })
          .max(spec.maxLength, {
            error: `«\u00a0${spec.label}\u00a0» doit compter au plus ${characters(spec.maxLength)}.`,
          })
          // Control characters would corrupt the Word paragraph structure.
          .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
            error: `«\u00a0${spec.label}\u00a0» ne doit pas contenir de retour à la ligne ni de caractère de contrôle.`,
          })
      );
    case "choice":
      return z.string().refine((s) => spec.options.includes(s), {
        error: `«\u00a0${spec.label}\u00a0» doit valoir l’une des options\u00a0: ${spec.options.map((o) => `«\u00a0${o}\u00a0»`).join(", ")}.`,
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
            ? `Le paramètre «\u00a0${name}\u00a0» est inconnu\u00a0: ce modèle n’a pas de paramètre.`
            : `Le paramètre «\u00a0${name}\u00a0» est inconnu\u00a0; paramètres possibles\u00a0: ${known.join(", ")}.`,
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
        message: parsed.error.issues[0]?.message ?? `«\u00a0${spec.label}\u00a0» est invalide.`,
      });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** « 1 caractère », « 3 caractères » (French: 0 and 1 take the singular). */
export function characters(n: number): string {
  return `${n}\u00a0caractère${n > 1 ? "s" : ""}`;
}
