/**
 * Sizing a clause d'insertion (domain-facts §5):
 *   heures = montant HT × part de main-d'œuvre × taux d'insertion ÷ coût horaire chargé.
 * Rounded to the nearest whole hour (half up): the clause states whole hours and the
 * facilitators report whole hours; 1 000 000 € × 50 % × 5 % ÷ 30 €/h = 833,33 → 833 h.
 */
import type { ParameterSpec } from "./types";

export interface InsertionHoursInput {
  /** Estimated amount of the contract (or lot), € HT. */
  readonly montant: number;
  /** Labour share of the amount, as a fraction (0.5 = 50 %). */
  readonly partMainOeuvre: number;
  /** Share of labour hours given to insertion, as a fraction (0.05 = 5 %). */
  readonly taux: number;
  /** Fully loaded hourly labour cost, €/h. */
  readonly coutHoraire: number;
}

/** The calculator's inputs, shared by the clause d'insertion template and `spaser clauses hours`. */
export const INSERTION_HOURS_PARAMETERS = {
  montant: {
    kind: "number",
    label: "Montant estimé du marché",
    unit: "€ HT",
    default: 1_000_000,
    min: 1,
    max: 10_000_000_000,
  },
  partMainOeuvre: {
    kind: "percent",
    label: "Part de main-d'œuvre",
    default: 0.5,
    min: 0.01,
    max: 1,
  },
  taux: { kind: "percent", label: "Taux d'insertion", default: 0.05, min: 0.01, max: 0.3 },
  coutHoraire: {
    kind: "number",
    label: "Coût horaire chargé",
    unit: "€/h",
    default: 30,
    min: 10,
    max: 200,
  },
} as const satisfies Record<keyof InsertionHoursInput, ParameterSpec>;

export function computeInsertionHours(input: InsertionHoursInput): number {
  const exact = (input.montant * input.partMainOeuvre * input.taux) / input.coutHoraire;
  // Guard against binary noise (e.g. 832.4999999) before rounding half up.
  return Math.round(Number(exact.toFixed(6)));
}
