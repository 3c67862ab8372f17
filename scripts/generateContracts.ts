/**
 * Deterministic generator of a contracts register (rows in the order of REGISTER_HEADERS),
 * notified from 2024-07-01 to 2026-06-30, with the habits of a real register: a few rows
 * repeated once per titulaire, one row without a notification date, DECP consideration values
 * sometimes joined with ", ", « Sans objet » or empty cells for "none".
 *
 * Rates drift upwards year on year (label, sourcing, negotiation…) so that the ↗ indicators of
 * the sample improve; environmental considerations ≈ 70–80 % (the Voirie adds its own in 2026), social ≈ 27–28 %.
 */
import { euThreshold } from "../src/core/thresholds";
import { PROFILES, RESERVED_COMPANIES, type ContractProfile } from "./contractProfiles";
import { createPrng, type Prng } from "./prng";
import { SAMPLE_BUYER_SIRET, type RegisterRow } from "./registerColumns";

const FIRST_DAY = Date.UTC(2024, 6, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY_MS = 86_400_000;

const NO_PUBLICITY = "Marché passé sans publicité ni mise en concurrence préalable";

/** Per notification year: probability of each yes/no practice. */
const YEARLY: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  2024: {
    label: 0.12,
    sourcing: 0.25,
    nego: 0.3,
    progres: 0.05,
    acv: 0.02,
    env: 0.7,
    social: 0.27,
    analyse: 0.8,
  },
  2025: {
    label: 0.22,
    sourcing: 0.32,
    nego: 0.33,
    progres: 0.08,
    acv: 0.04,
    env: 0.74,
    social: 0.28,
    analyse: 0.86,
  },
  2026: {
    label: 0.36,
    sourcing: 0.45,
    nego: 0.38,
    progres: 0.14,
    acv: 0.08,
    env: 0.74,
    social: 0.27,
    analyse: 0.9,
  },
};

function probability(year: number, key: string): number {
  return YEARLY[year]?.[key] ?? 0;
}

function yesNo(value: boolean): string {
  return value ? "oui" : "non";
}

function notificationDay(prng: Prng): number {
  // Half uniform, half increasing density: recent semesters hold more contracts, as the
  // register fills up over the scheme's first years.
  const u = prng.chance(0.5) ? prng.next() : Math.sqrt(prng.next());
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS);
  return FIRST_DAY + Math.min(days, Math.floor(u * (days + 1))) * DAY_MS;
}

function amount(prng: Prng, profile: ContractProfile): number {
  const log =
    Math.log(profile.minAmount) +
    prng.next() * (Math.log(profile.maxAmount) - Math.log(profile.minAmount));
  return Math.round(Math.exp(log) / 100) * 100;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function procedure(prng: Prng, profile: ContractProfile, montant: number, day: string): string {
  if (montant >= euThreshold(profile.nature, day)) {
    return prng.weighted([
      ["Appel d'offres ouvert", 80],
      ["Appel d'offres restreint", 12],
      ["Dialogue compétitif", 3],
      ["Procédure avec négociation", 5],
    ]);
  }
  if (montant < 40_000 && prng.chance(0.6)) return NO_PUBLICITY;
  return prng.weighted([
    ["Procédure adaptée", 82],
    ["Procédure avec négociation", 18],
  ]);
}

function socialValue(prng: Prng, year: number): string | null {
  if (prng.chance(probability(year, "social"))) {
    return prng.weighted([
      ["Clause sociale", 50],
      ["Critère social", 12],
      ["Clause sociale, Critère social", 15],
      ["Marché réservé", 15],
      ["Clause sociale, Marché réservé", 8],
    ]);
  }
  return prng.weighted<string | null>([
    ["Pas de considération sociale", 80],
    ["Sans objet", 10],
    [null, 10],
  ]);
}

function envValue(prng: Prng, year: number, profile: ContractProfile): string {
  // From 2026 the Direction de la Voirie puts an environmental award criterion in every
  // consultation (its purchasing trajectory): MOB2-I3 reaches its target in the sample.
  const voirie = profile.direction.toLowerCase().includes("voirie");
  if (voirie && year >= 2026) {
    return prng.chance(0.5)
      ? "Critère environnemental"
      : "Clause environnementale, Critère environnemental";
  }
  const p = profile.digital ? 0.85 : probability(year, "env");
  if (prng.chance(p)) {
    return prng.weighted([
      ["Clause environnementale", 50],
      ["Critère environnemental", 20],
      ["Clause environnementale, Critère environnemental", 30],
    ]);
  }
  return prng.chance(0.85) ? "Pas de considération environnementale" : "Sans objet";
}

interface Draft {
  readonly time: number;
  readonly row: RegisterRow;
  /** Who may hold this contract: the profile's companies, or the reserved ones. */
  readonly holders: readonly string[];
}

const PROFILE_WEIGHTS = PROFILES.map((p) => [p, p.weight] as const);

function draftRow(prng: Prng): Draft {
  const profile = prng.weighted(PROFILE_WEIGHTS);
  const time = notificationDay(prng);
  const day = isoDay(time);
  const year = Number(day.slice(0, 4));
  const montant = amount(prng, profile);
  const proc = procedure(prng, profile, montant, day);
  const social = socialValue(prng, year);
  const env = envValue(prng, year, profile);
  const reserved = social !== null && social.includes("Marché réservé");
  const clauseSociale = social !== null && social.includes("Clause sociale");
  const insertionClause = clauseSociale && profile.nature !== "Fournitures" && prng.chance(0.75);
  const hours = insertionClause
    ? Math.max(35, Math.round((montant * profile.labourShare * 0.05) / 30))
    : null;
  const aboveEu = montant >= euThreshold(profile.nature, day);
  const exception =
    social === null || social.startsWith("Pas de") || social === "Sans objet"
      ? aboveEu && prng.chance(0.3)
      : false;
  const negotiated =
    proc === "Procédure avec négociation" ||
    (proc === "Procédure adaptée" && prng.chance(probability(year, "nego")));
  const analyse =
    montant > 40_000
      ? yesNo(prng.chance(probability(year, "analyse")))
      : prng.chance(0.3)
        ? "non"
        : null;
  const launch = time - prng.int(30, 150) * DAY_MS;
  const row: RegisterRow = [
    "", // Référence: numbered once the rows are in date order
    SAMPLE_BUYER_SIRET,
    prng.pick(profile.objects),
    reserved ? prng.pick(RESERVED_COMPANIES) : prng.pick(profile.companies),
    profile.direction,
    profile.nature,
    proc,
    profile.section,
    montant,
    new Date(time),
    prng.pick(profile.durations),
    new Date(launch),
    social,
    env,
    yesNo(insertionClause),
    hours,
    yesNo(profile.insertionObject === true),
    yesNo(exception),
    yesNo(prng.chance(probability(year, "label"))),
    yesNo(profile.digital === true),
    yesNo(profile.digital === true && prng.chance(0.6)),
    yesNo(prng.chance(probability(year, "sourcing"))),
    yesNo(negotiated),
    yesNo(prng.chance(probability(year, "progres"))),
    yesNo(prng.chance(probability(year, "acv"))),
    analyse,
    yesNo(prng.chance(0.05)),
  ];
  return { time, row, holders: reserved ? RESERVED_COMPANIES : profile.companies };
}

/**
 * `n` register rows (exactly), sorted by notification date. Same `seed`, same rows.
 * Références are `AAAA-NNNN` per notification year.
 */
export function generateContracts(n: number, seed: number): RegisterRow[] {
  const prng = createPrng(seed);
  const drafts: Draft[] = [];
  for (let i = 0; i < n; i++) drafts.push(draftRow(prng));
  drafts.sort((a, b) => a.time - b.time);

  const rows = drafts.map((d) => d.row);
  const perYear = new Map<number, number>();
  for (const [i, draft] of drafts.entries()) {
    const year = new Date(draft.time).getUTCFullYear();
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    rows[i]![0] = `${year}-${String(seq).padStart(4, "0")}`;
  }

  // About 1 % of contracts appear twice, once per titulaire (co-contractors), as tabular
  // DECP exports do: the copy replaces the next row so the count stays exactly n.
  for (let i = 0; i + 1 < rows.length; i++) {
    if (!prng.chance(0.01)) continue;
    const copy = [...rows[i]!];
    copy[3] = prng.pick(drafts[i]!.holders.filter((c) => c !== rows[i]![3]));
    rows[i + 1] = copy;
    i++;
  }

  // One row whose notification date was never entered: outside every scope (PRODUCT §3).
  if (n >= 10) {
    const undated = rows[Math.floor(n * 0.45)]!;
    undated[9] = null;
    undated[11] = null;
  }
  return rows;
}
