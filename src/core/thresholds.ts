/**
 * Dated configuration of legal thresholds and dates (domain-facts §2–§3). Thresholds change
 * every two years: add a row, never edit a past one. Amounts in € HT. A row applies to the
 * consultations launched from its `from` day (the threshold in force on the launch date, applied
 * to the estimated value of the whole need — domain-facts §8). Sources: src/clauses/README.md.
 */

/** Nature of a contract as the register and the clause library know it. */
export type Nature = "Travaux" | "Fournitures" | "Services";

/**
 * Nature of the need for thresholds: the three natures, plus the social and other specific
 * services of R2123-1 3° (CCP annexe 2 and the avis listing them), whose EU threshold is
 * 750 000 € HT. Those services are services: everything that depends on the nature alone
 * (templates meant for services) treats them as `Services`.
 */
export type NeedNature = Nature | "Services sociaux";

export const NEED_NATURES: readonly NeedNature[] = [
  "Travaux",
  "Fournitures",
  "Services",
  "Services sociaux",
];

/** The contract nature of a need nature (social and specific services are services). */
export function contractNature(nature: NeedNature): Nature {
  return nature === "Services sociaux" ? "Services" : nature;
}

interface Dated<T> {
  /** First day the value applies, "AAAA-MM-JJ". */
  readonly from: string;
  readonly value: T;
  /** The text that sets the value. */
  readonly source: string;
}

/**
 * EU procedure thresholds for sub-central authorities (Départements). The social and specific
 * services threshold (750 000 €) is set by directive 2014/24/UE art. 4 d) and is not revised
 * every two years.
 */
export const EU_THRESHOLDS: readonly Dated<Readonly<Record<NeedNature, number>>>[] = [
  {
    from: "2022-01-01",
    value: {
      Travaux: 5_382_000,
      Fournitures: 215_000,
      Services: 215_000,
      "Services sociaux": 750_000,
    },
    source: "Avis relatif aux seuils de procédure (JORF 9 décembre 2021), CCP annexe 2",
  },
  {
    from: "2024-01-01",
    value: {
      Travaux: 5_538_000,
      Fournitures: 221_000,
      Services: 221_000,
      "Services sociaux": 750_000,
    },
    source: "Avis relatif aux seuils de procédure (JORF 10 décembre 2023), CCP annexe 2",
  },
  {
    from: "2026-01-01",
    value: {
      Travaux: 5_404_000,
      Fournitures: 216_000,
      Services: 216_000,
      "Services sociaux": 750_000,
    },
    source: "Avis relatif aux seuils de procédure (JORF 26 décembre 2025), CCP annexe 2",
  },
];

/**
 * Below these, a contract may be passed without publicity or competition (R2122-8). Works:
 * 40 000 € (décret 2019-1344), raised temporarily to 70 000 € (décret 2020-893), then to
 * 100 000 € (loi ASAP n° 2020-1525 art. 142, until 31 Dec 2022; prorogued by décret 2022-1683
 * until 31 Dec 2024 and décret 2024-1217 until 31 Dec 2025), made permanent from 1 Jan 2026 by
 * décret 2025-1386. Supplies and services: 40 000 €, 60 000 € from 1 Apr 2026 (décret 2025-1386).
 */
export const NO_PUBLICITY_THRESHOLDS: readonly Dated<Readonly<Record<Nature, number>>>[] = [
  {
    from: "2020-01-01",
    value: { Travaux: 40_000, Fournitures: 40_000, Services: 40_000 },
    source: "Décret n° 2019-1344 du 12 décembre 2019",
  },
  {
    from: "2020-07-24",
    value: { Travaux: 70_000, Fournitures: 40_000, Services: 40_000 },
    source: "Décret n° 2020-893 du 22 juillet 2020 (relèvement temporaire, travaux)",
  },
  {
    from: "2020-12-09",
    value: { Travaux: 100_000, Fournitures: 40_000, Services: 40_000 },
    source:
      "Loi n° 2020-1525 du 7 décembre 2020, art. 142 ; prorogé par les décrets n° 2022-1683 et n° 2024-1217",
  },
  {
    from: "2026-01-01",
    value: { Travaux: 100_000, Fournitures: 40_000, Services: 40_000 },
    source: "Décret n° 2025-1386 (seuil de 100 000 € pérennisé pour les travaux)",
  },
  {
    from: "2026-04-01",
    value: { Travaux: 100_000, Fournitures: 60_000, Services: 60_000 },
    source: "Décret n° 2025-1386 (60 000 € pour les fournitures et services)",
  },
];

/** DECP publication threshold, and the Département's social-clause analysis threshold. */
export const DECP_THRESHOLD = 40_000;
export const SOCIAL_ANALYSIS_THRESHOLD = 40_000;

/** Loi Climat et Résilience art. 35: consultations launched from this day (décret 2022-767). */
export const CLIMAT_RESILIENCE_START = "2026-08-21";

/** The value in force on a day ("AAAA-MM-JJ"); the earliest entry before any of them. */
export function inForce<T>(
  table: readonly { readonly from: string; readonly value: T }[],
  day: string,
): T {
  let current = table[0]!;
  for (const row of table) if (row.from <= day) current = row;
  return current.value;
}

export function euThreshold(nature: NeedNature, day: string): number {
  return inForce(EU_THRESHOLDS, day)[nature];
}

export function noPublicityThreshold(nature: NeedNature, day: string): number {
  return inForce(NO_PUBLICITY_THRESHOLDS, day)[contractNature(nature)];
}
