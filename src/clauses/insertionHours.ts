/**
 * Sizing a clause d'insertion (domain-facts §5):
 *   heures = montant HT × part de main-d'œuvre × taux d'insertion ÷ coût horaire chargé.
 * Rounded to the nearest whole hour (half up): the clause states whole hours and the
 * facilitators report whole hours; 1 000 000 € × 50 % × 5 % ÷ 30 €/h = 833,33 → 833 h.
 */
import { formatFrenchNumber } from "./formatFrench";
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

/**
 * Lower bound of the loaded hourly cost: an hour of work costs the employer at least the gross
 * minimum wage plus the employer contributions left after the general reduction. SMIC 2026:
 * 12,02 € gross per hour (décret of December 2025, in force 1 January 2026); residual employer
 * contributions at the SMIC: about 4,4 % (URSSAF figure for 2025 — the 2026 rate could not be
 * checked here). 12,02 × 1,044 = 12,55 €/h. A lower cost would inflate the hours. See README.
 */
export const SMIC_HOURLY_GROSS = { year: 2026, value: 12.02 } as const;
export const EMPLOYER_RATE_AT_SMIC = 0.044;
export const MIN_LOADED_HOURLY_COST =
  Math.ceil(SMIC_HOURLY_GROSS.value * (1 + EMPLOYER_RATE_AT_SMIC) * 100) / 100;

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
    label: "Part de main-d’œuvre",
    default: 0.5,
    min: 0.01,
    max: 1,
  },
  taux: { kind: "percent", label: "Taux d’insertion", default: 0.05, min: 0.01, max: 0.3 },
  coutHoraire: {
    kind: "number",
    label: "Coût horaire chargé",
    unit: "€/h",
    default: 30,
    min: MIN_LOADED_HOURLY_COST,
    max: 200,
    help: `Au moins ${formatFrenchNumber(MIN_LOADED_HOURLY_COST)} €/h\u00a0: le SMIC ${SMIC_HOURLY_GROSS.year} (${formatFrenchNumber(SMIC_HOURLY_GROSS.value)} € brut de l’heure) majoré des cotisations patronales restant dues au niveau du SMIC (environ ${formatFrenchNumber(EMPLOYER_RATE_AT_SMIC * 100)}\u00a0%). Un coût plus bas gonflerait le nombre d’heures.`,
  },
} as const satisfies Record<keyof InsertionHoursInput, ParameterSpec>;

export function computeInsertionHours(input: InsertionHoursInput): number {
  const exact = (input.montant * input.partMainOeuvre * input.taux) / input.coutHoraire;
  // Guard against binary noise (e.g. 832.4999999) before rounding half up.
  return Math.round(Number(exact.toFixed(6)));
}
