import { compactLabel } from "./normalizeLabel";

/** Enumerations of the DECP 2022 schema (domain-facts §4), spelled as the schema spells them. */
export const SOCIAL_CONSIDERATIONS = [
  "Clause sociale",
  "Critère social",
  "Marché réservé",
  "Pas de considération sociale",
] as const;

export const ENVIRONMENTAL_CONSIDERATIONS = [
  "Clause environnementale",
  "Critère environnemental",
  "Pas de considération environnementale",
] as const;

export const PROCEDURES = [
  "Procédure adaptée",
  "Appel d'offres ouvert",
  "Appel d'offres restreint",
  "Procédure avec négociation",
  "Marché passé sans publicité ni mise en concurrence préalable",
  "Dialogue compétitif",
] as const;

export const NO_SOCIAL = "Pas de considération sociale";
export const NO_ENVIRONMENTAL = "Pas de considération environnementale";

/** Tabular exports write this for "no consideration". */
export const TABULAR_NONE = "Sans objet";

/**
 * The canonical spelling of `value` in `allowed`, compared without case, accents or
 * punctuation (files write `Critere social`, `CLAUSE SOCIALE`…); undefined when outside.
 */
export function canonicalEnumValue(value: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(value)) return value;
  let byKey = compactedEnums.get(allowed);
  if (!byKey) {
    byKey = new Map(allowed.map((v) => [compactLabel(v), v]));
    compactedEnums.set(allowed, byKey);
  }
  return byKey.get(compactLabel(value));
}

const compactedEnums = new WeakMap<readonly string[], Map<string, string>>();
