/**
 * Dated configuration of legal thresholds and dates (domain-facts §2–§3). Thresholds change
 * every two years: add a row, never edit a past one. Amounts in € HT.
 */

export type Nature = "Travaux" | "Fournitures" | "Services";

interface Dated<T> {
  /** First day the value applies, "AAAA-MM-JJ". */
  readonly from: string;
  readonly value: T;
}

/** EU procedure thresholds for sub-central authorities (Départements). */
export const EU_THRESHOLDS: readonly Dated<Readonly<Record<Nature, number>>>[] = [
  { from: "2024-01-01", value: { Travaux: 5_538_000, Fournitures: 221_000, Services: 221_000 } },
  { from: "2026-01-01", value: { Travaux: 5_404_000, Fournitures: 216_000, Services: 216_000 } },
];

/** Below these, a contract may be passed without publicity or competition (R2122-8). */
export const NO_PUBLICITY_THRESHOLDS: readonly Dated<Readonly<Record<Nature, number>>>[] = [
  { from: "2020-01-01", value: { Travaux: 100_000, Fournitures: 40_000, Services: 40_000 } },
  { from: "2026-04-01", value: { Travaux: 100_000, Fournitures: 60_000, Services: 60_000 } },
];

/** DECP publication threshold, and the Département's social-clause analysis threshold. */
export const DECP_THRESHOLD = 40_000;
export const SOCIAL_ANALYSIS_THRESHOLD = 40_000;

/** Loi Climat et Résilience art. 35: consultations launched from this day (décret 2022-767). */
export const CLIMAT_RESILIENCE_START = "2026-08-21";

/** The value in force on a day ("AAAA-MM-JJ"); the earliest entry before any of them. */
export function inForce<T>(table: readonly Dated<T>[], day: string): T {
  let current = table[0]!;
  for (const row of table) if (row.from <= day) current = row;
  return current.value;
}

export function euThreshold(nature: Nature, day: string): number {
  return inForce(EU_THRESHOLDS, day)[nature];
}
