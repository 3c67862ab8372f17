/**
 * Computed indicators over the contracts register (PRODUCT §3). Scope: year to date — contracts
 * notified from 1 January of the semester's year to its last day; IMP3-I4 looks at the whole
 * register (contracts running at semester end).
 */
import type { ComputedRule, ContractFlag } from "./catalogue";
import type { RegisterColumnKey } from "./headers";
import { type Contract, type Register, flagBit } from "./register";
import { type Semester, lastDay } from "./semester";
import { type Day, addMonths, dayFromParts, dayParts } from "./day";
import { CLIMAT_RESILIENCE_START, euThreshold } from "./thresholds";
import { normalizeText } from "./normalize";
import { dayIso, parseDayText } from "./day";

export type Computed =
  | {
      readonly kind: "value";
      readonly value: number;
      readonly numerator: number;
      readonly denominator: number | null;
    }
  /** No contract in the scope: no value (a rate is then `suivi`, not expected). */
  | { readonly kind: "empty-scope" }
  /** The register lacks what the rule needs. */
  | { readonly kind: "unavailable"; readonly reason: string };

/** Columns each flag needs; a flag is computable when ANY of its columns is present. */
const FLAG_COLUMNS: Readonly<Record<ContractFlag, readonly RegisterColumnKey[]>> = {
  labelSpaser: ["labelSpaser"],
  sourcing: ["sourcing"],
  negociation: ["negociation"],
  clauseProgres: ["clauseProgres"],
  acv: ["acv"],
  env: ["env"],
  social: ["social"],
  clauseInsertion: ["clauseInsertion", "heuresPrevues"],
  reserveOuInsertion: ["social", "marcheInsertion"],
  criteresNumeriqueResponsable: ["criteresNumeriqueResponsable"],
  critereEnvironnemental: ["env"],
  achatNumerique: ["achatNumerique"],
  sectionFonctionnement: ["section"],
  montantSup40000: ["montant"],
  directionVoirie: ["direction"],
  analyseClauseSociale: ["analyseClauseSociale"],
  clauseSocialeOuException: ["social", "exception"],
};

const COLUMN_LABELS: Readonly<Partial<Record<RegisterColumnKey, string>>> = {
  labelSpaser: "Label SPASER",
  sourcing: "Sourcing",
  negociation: "Négociation",
  clauseProgres: "Clause de progrès",
  acv: "ACV",
  env: "Considérations environnementales",
  social: "Considérations sociales",
  clauseInsertion: "Clause d’insertion",
  heuresPrevues: "Heures d’insertion prévues",
  marcheInsertion: "Marché d’insertion",
  criteresNumeriqueResponsable: "Critères Numérique responsable",
  achatNumerique: "Achat numérique",
  section: "Section",
  montant: "Montant HT",
  direction: "Direction",
  analyseClauseSociale: "Analyse clause sociale",
  exception: "Exception L2112-2-1",
  lot: "Lot",
  consultation: "Consultation",
  servicesSociaux: "Services sociaux et autres services spécifiques",
  dateLancement: "Date de lancement",
  dateNotification: "Date de notification",
};

export function missingColumnsFor(flag: ContractFlag, register: Register): string | undefined {
  const cols = FLAG_COLUMNS[flag];
  if (cols.some((c) => register.has(c))) return undefined;
  return cols.map((c) => `« ${COLUMN_LABELS[c] ?? c} »`).join(" ou ");
}

function yearStart(s: Semester): Day {
  return dayFromParts(s.year, 1, 1);
}

export function inYearToDate(c: Contract, s: Semester): boolean {
  return c.notified !== null && c.notified >= yearStart(s) && c.notified <= lastDay(s);
}

const ytdCache = new WeakMap<Register, Map<string, readonly Contract[]>>();

/** Contracts of the year to date, computed once per register and semester. */
export function yearToDate(register: Register, s: Semester): readonly Contract[] {
  let bySemester = ytdCache.get(register);
  if (!bySemester) {
    bySemester = new Map();
    ytdCache.set(register, bySemester);
  }
  const key = `${s.year}-${s.half}`;
  let list = bySemester.get(key);
  if (!list) {
    const from = yearStart(s);
    const to = lastDay(s);
    list = register.contracts.filter(
      (c) => c.notified !== null && c.notified >= from && c.notified <= to,
    );
    bySemester.set(key, list);
  }
  return list;
}

/**
 * Running at the semester's last day: notified on or before it and, with a duration, ending
 * (notification + duration in calendar months) after it; without a duration, running until
 * the end of its notification year (inclusive).
 */
export function runningAt(
  c: Contract,
  day: Day,
  firstOfYear: Day = dayFromParts(dayParts(day).year, 1, 1),
): boolean {
  if (c.notified === null || c.notified > day) return false;
  if (c.durationMonths !== null) return addMonths(c.notified, c.durationMonths) > day;
  // Notified on or before `day`: in the same year means on or after its 1 January.
  return c.notified >= firstOfYear;
}

const NO_COMPETITION = normalizeText(
  "Marché passé sans publicité ni mise en concurrence préalable",
);
const CR_START = parseDayText(CLIMAT_RESILIENCE_START)!;

/** CR-* scope: year to date, launched from 21 Aug 2026, with competition, not defence. */
export function inClimatResilienceScope(c: Contract, s: Semester): boolean {
  return inYearToDate(c, s) && climatResilienceEligible(c, new Map());
}

/**
 * The CR-* scope but the year: launched from 21 Aug 2026, with competition, not defence. Each
 * distinct procedure text is normalized once (`competition`, per caller).
 */
function climatResilienceEligible(c: Contract, competition: Map<string, boolean>): boolean {
  if (c.launched === null || c.launched < CR_START || c.defence) return false;
  if (c.procedure === null) return true;
  let open = competition.get(c.procedure);
  if (open === undefined) {
    open = normalizeText(c.procedure) !== NO_COMPETITION;
    competition.set(c.procedure, open);
  }
  return open;
}

/*
 * The loops over the contracts are functions of their own: small and always given the same
 * objects, the engine optimizes them once; inside computeRule, which sees a rule of another
 * shape at each call, they were deoptimized and optimized again some twenty times a refresh.
 */

/** Contracts of `list` with the `among` bits (all of them: `among` 0), and of these with `flag`. */
function countFlags(
  list: readonly Contract[],
  among: number,
  flag: number,
): { inBase: number; count: number } {
  let inBase = 0;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const flags = list[i]!.flags;
    if ((flags & among) !== among) continue;
    inBase++;
    if ((flags & flag) !== 0) count++;
  }
  return { inBase, count };
}

/** Contracts notified by `end` (the scope), and those of them with `flag` running at `end`. */
function countRunning(
  contracts: readonly Contract[],
  end: Day,
  flag: number,
): { inScope: number; count: number } {
  const firstOfYear = dayFromParts(dayParts(end).year, 1, 1);
  let inScope = 0;
  let count = 0;
  for (let i = 0; i < contracts.length; i++) {
    const c = contracts[i]!;
    if (c.notified === null || c.notified > end) continue;
    inScope++;
    if ((c.flags & flag) !== 0 && runningAt(c, end, firstOfYear)) count++;
  }
  return { inScope, count };
}

function ratio(numerator: number, denominator: number): Computed {
  if (denominator === 0) return { kind: "empty-scope" };
  return { kind: "value", value: numerator / denominator, numerator, denominator };
}

export interface ComputeNotes {
  /** Called once per distinct message (the caller dedupes). */
  readonly info: (message: string, code: string) => void;
}

export function computeRule(
  rule: ComputedRule,
  code: string,
  s: Semester,
  register: Register,
  notes: ComputeNotes,
): Computed {
  if (!register.has("dateNotification"))
    return {
      kind: "unavailable",
      reason: "le registre n’a pas de colonne « Date de notification »",
    };
  const needs = (flag: ContractFlag): string | undefined => missingColumnsFor(flag, register);
  const ytd = yearToDate(register, s);
  switch (rule.kind) {
    case "count":
    case "rate": {
      const missing =
        needs(rule.flag) ??
        (rule.among && rule.among !== "sectionFonctionnement" ? needs(rule.among) : undefined);
      if (missing)
        return { kind: "unavailable", reason: `le registre n’a pas de colonne ${missing}` };
      let among = rule.among;
      if (among === "sectionFonctionnement" && !register.has("section")) {
        notes.info(
          `Le registre n’a pas de colonne « Section » : ${code} compte tous les sourcings.`,
          code,
        );
        among = undefined;
      }
      const { inBase, count } = countFlags(ytd, among ? flagBit(among) : 0, flagBit(rule.flag));
      if (rule.kind === "count")
        return ytd.length === 0
          ? { kind: "empty-scope" }
          : { kind: "value", value: count, numerator: count, denominator: null };
      return ratio(count, inBase);
    }
    case "running": {
      const missing = needs(rule.flag);
      if (missing)
        return { kind: "unavailable", reason: `le registre n’a pas de colonne ${missing}` };
      const { inScope, count } = countRunning(register.contracts, lastDay(s), flagBit(rule.flag));
      if (inScope === 0) return { kind: "empty-scope" };
      return { kind: "value", value: count, numerator: count, denominator: null };
    }
    case "cr-social":
    case "cr-env-criterion": {
      if (!register.has("dateLancement"))
        return {
          kind: "unavailable",
          reason: "le registre n’a pas de colonne « Date de lancement »",
        };
      const flag: ContractFlag =
        rule.kind === "cr-social" ? "clauseSocialeOuException" : "critereEnvironnemental";
      const missing = needs(flag);
      if (missing)
        return { kind: "unavailable", reason: `le registre n’a pas de colonne ${missing}` };
      // The year to date is inClimatResilienceScope's first condition.
      const competition = new Map<string, boolean>();
      let scope = ytd.filter((c) => climatResilienceEligible(c, competition));
      if (rule.kind === "cr-social") {
        const unknownNature = scope.filter((c) => c.nature === null).length;
        if (unknownNature > 0)
          notes.info(
            `${unknownNature} marché(s) du périmètre Climat et Résilience sans nature connue : exclus du calcul de ${code}.`,
            code,
          );
        // The whole need (all lots) against the threshold in force at launch; social and other
        // specific services have their own threshold (750 000 € HT).
        scope = scope.filter(
          (c) =>
            c.nature !== null &&
            c.needAmount !== null &&
            c.needAmount >=
              euThreshold(c.socialServices ? "Services sociaux" : c.nature, dayIso(c.launched!)) -
                1e-9,
        );
      }
      const bit = flagBit(flag);
      return ratio(scope.filter((c) => (c.flags & bit) !== 0).length, scope.length);
    }
    case "completeness":
      return { kind: "unavailable", reason: "calculé à part" };
  }
}

/** A headline rate weighted by amount: Σ amount(flag) / Σ amount(scope), over the year to date. */
export function amountRate(flag: ContractFlag, s: Semester, register: Register): number | null {
  if (!register.has("montant") || missingColumnsFor(flag, register)) return null;
  let total = 0;
  let flagged = 0;
  const bit = flagBit(flag);
  for (const c of yearToDate(register, s)) {
    if (c.amount === null) continue;
    total += c.amount;
    if ((c.flags & bit) !== 0) flagged += c.amount;
  }
  return total > 0 ? flagged / total : null;
}

/** Planned insertion hours of the year to date (shown in the Synthèse). */
export function plannedHours(s: Semester, register: Register): number | null {
  if (!register.has("heuresPrevues")) return null;
  let sum = 0;
  for (const c of yearToDate(register, s)) sum += c.plannedHours;
  return sum;
}
