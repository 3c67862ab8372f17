/**
 * Document check (PRODUCT §9), pure. Given the consultation's launch date, the estimated value of
 * the whole need (all lots and renewals, domain-facts §8), its nature, the document type and the
 * clauses present, it lists the legal and SPASER requirements met or missing, the DECP values the
 * document produces and whether it is ready for the SPASER internal label.
 *
 * Decisions (documented in the README of this folder):
 * - Execution conditions belong in the CCAP: a missing one there is `manquant` once the
 *   obligation applies; in a CCTP it is `a_verifier` (it may sit in the CCAP); not checked in an RC.
 * - Award criteria belong in the RC: L2152-7 is checked there only.
 * - Before CLIMAT_RESILIENCE_START, the Climat et Résilience obligations are not yet binding: an
 *   absence is `a_verifier` (SPASER targets 100 % of contracts with an environmental consideration).
 * - Label readiness = every finding is `ok`.
 */
import {
  CLIMAT_RESILIENCE_START,
  euThreshold,
  type NeedNature,
  SOCIAL_ANALYSIS_THRESHOLD,
} from "../core/thresholds";
import { formatFrenchNumber } from "./formatFrench";
import { findTemplate } from "./registry";
import {
  type ClauseTemplate,
  DECP_ENVIRONMENTAL,
  DECP_SOCIAL,
  type DecpEnvironmental,
  type DecpSocial,
  type DocumentType,
} from "./types";

export type FindingStatus = "ok" | "manquant" | "a_verifier";

export const FINDING_LABELS: Readonly<Record<FindingStatus, string>> = {
  ok: "ok",
  manquant: "manquant",
  a_verifier: "à vérifier",
};

export type RuleId =
  | "condition-environnementale"
  | "critere-environnemental"
  | "condition-sociale"
  | "analyse-clause-sociale"
  | "specifications-techniques"
  | "note-interne"
  | "version-clause";

export interface Finding {
  readonly rule: RuleId;
  readonly status: FindingStatus;
  readonly article: string;
  readonly message: string;
  /** For `version-clause`: the clause concerned. */
  readonly clauseId?: string;
}

export interface ClausePresent {
  readonly id: string;
  readonly version: number;
}

export interface DocumentCheckInput {
  /** Launch date of the consultation, "AAAA-MM-JJ". */
  readonly launchDate: string;
  /** Estimated value of the whole need, € HT. */
  readonly estimatedValue: number;
  /** « Services sociaux » = social and other specific services (EU threshold 750 000 € HT). */
  readonly nature: NeedNature;
  readonly documentType: DocumentType;
  readonly clauses: readonly ClausePresent[];
  /**
   * A note justifying the L2112-2-1 exception exists in the consultation file. The note is
   * internal and never published: a note found inside a tender document does not count (it gets
   * a `note-interne` finding asking to remove it).
   */
  readonly exceptionNoteOnFile?: boolean;
}

export interface DocumentCheckResult {
  readonly findings: readonly Finding[];
  readonly decp: {
    readonly considerationsSociales: readonly DecpSocial[];
    readonly considerationsEnvironnementales: readonly DecpEnvironmental[];
  };
  readonly label: { readonly ready: boolean; readonly reasons: readonly string[] };
}

export type DocumentCheckOutcome =
  | { readonly ok: true; readonly result: DocumentCheckResult }
  | { readonly ok: false; readonly errors: readonly string[] };

function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function frenchDate(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

function euros(value: number): string {
  return `${formatFrenchNumber(value)}\u00a0€\u00a0HT`;
}

export function validateCheckInput(input: DocumentCheckInput): string[] {
  const errors: string[] = [];
  if (!isCalendarDay(input.launchDate))
    errors.push(
      `La date de lancement «\u00a0${input.launchDate}\u00a0» n’est pas une date valide (AAAA-MM-JJ).`,
    );
  if (!Number.isFinite(input.estimatedValue) || input.estimatedValue < 0)
    errors.push("La valeur estimée du besoin doit être un montant positif en euros HT.");
  return errors;
}

interface Present {
  readonly templates: readonly ClauseTemplate[];
}

const clausesOnly = (p: Present): ClauseTemplate[] =>
  p.templates.filter((t) => t.kind === "clause");

function has(p: Present, test: (t: ClauseTemplate) => boolean): boolean {
  return clausesOnly(p).some(test);
}

function checkEnvironmentalCondition(
  input: DocumentCheckInput,
  p: Present,
  binding: boolean,
): Finding | null {
  if (input.documentType === "RC") return null;
  const article = "CCP, art. L2112-2";
  const rule = "condition-environnementale";
  if (has(p, (t) => t.category === "environnementale" && t.lever === "condition d'exécution"))
    return {
      rule,
      status: "ok",
      article,
      message: "Une condition d’exécution environnementale est présente.",
    };
  if (input.documentType === "CCTP")
    return {
      rule,
      status: "a_verifier",
      article,
      message:
        "Aucune condition d’exécution environnementale dans ce CCTP\u00a0: vérifiez que le CCAP en comporte une.",
    };
  return binding
    ? {
        rule,
        status: "manquant",
        article,
        message: `Consultation lancée à compter du ${frenchDate(CLIMAT_RESILIENCE_START)}\u00a0: les conditions d’exécution doivent prendre en compte des considérations environnementales. Ajoutez une condition d’exécution environnementale.`,
      }
    : {
        rule,
        status: "a_verifier",
        article,
        message: `Aucune condition d’exécution environnementale\u00a0: elle n’est obligatoire que pour les consultations lancées à compter du ${frenchDate(CLIMAT_RESILIENCE_START)}, mais le SPASER vise 100\u00a0% de marchés comportant une considération environnementale.`,
      };
}

function checkEnvironmentalCriterion(
  input: DocumentCheckInput,
  p: Present,
  binding: boolean,
): Finding | null {
  if (input.documentType !== "RC") return null;
  const article = "CCP, art. L2152-7";
  const rule = "critere-environnemental";
  const criteria = clausesOnly(p).filter(
    (t) => t.category === "environnementale" && t.lever === "critère d'attribution",
  );
  if (criteria.some((t) => !(t.notAlone ?? []).includes("L2152-7")))
    return {
      rule,
      status: "ok",
      article,
      message: "Un critère d’attribution environnemental est présent.",
    };
  if (criteria.length > 0)
    return {
      rule,
      status: binding ? "manquant" : "a_verifier",
      article,
      message: `Le critère «\u00a0${criteria[0]!.title}\u00a0» ne suffit pas à lui seul\u00a0: l’article R2152-7 distingue les approvisionnements directs de produits de l’agriculture des performances en matière de protection de l’environnement. Ajoutez un critère portant sur les caractéristiques environnementales des offres (ou le coût du cycle de vie).`,
    };
  return binding
    ? {
        rule,
        status: "manquant",
        article,
        message: `Consultation lancée à compter du ${frenchDate(CLIMAT_RESILIENCE_START)}\u00a0: au moins un critère d’attribution doit prendre en compte les caractéristiques environnementales des offres (hors marchés passés sans publicité ni mise en concurrence).`,
      }
    : {
        rule,
        status: "a_verifier",
        article,
        message: `Aucun critère d’attribution environnemental\u00a0: il n’est obligatoire que pour les consultations lancées à compter du ${frenchDate(CLIMAT_RESILIENCE_START)}, mais il est recommandé.`,
      };
}

function checkSocialCondition(
  input: DocumentCheckInput,
  p: Present,
  binding: boolean,
): Finding | null {
  if (input.documentType === "RC") return null;
  const article = "CCP, art. L2112-2-1";
  const rule = "condition-sociale";
  const threshold = euThreshold(input.nature, input.launchDate);
  if (input.estimatedValue < threshold)
    return {
      rule,
      status: "ok",
      article,
      message: `Non exigée\u00a0: la valeur estimée du besoin (${euros(input.estimatedValue)}) est inférieure au seuil européen applicable${input.nature === "Services sociaux" ? " aux services sociaux et autres services spécifiques" : ""} (${euros(threshold)}).`,
    };
  const conditions = clausesOnly(p).filter(
    (t) => t.category === "sociale" && t.lever === "condition d'exécution",
  );
  if (conditions.some((t) => !(t.notAlone ?? []).includes("L2112-2-1")))
    return {
      rule,
      status: "ok",
      article,
      message: "Une condition d’exécution sociale est présente.",
    };
  if (input.exceptionNoteOnFile === true)
    return {
      rule,
      status: "ok",
      article,
      message:
        "Pas de condition d’exécution sociale\u00a0: l’exception est justifiée par une note.",
    };
  if (!binding)
    return {
      rule,
      status: "a_verifier",
      article,
      message: `Valeur estimée égale ou supérieure au seuil européen (${euros(threshold)})\u00a0: la condition d’exécution sociale sera obligatoire pour les consultations lancées à compter du ${frenchDate(CLIMAT_RESILIENCE_START)}\u00a0; envisagez-la dès maintenant.`,
    };
  if (input.documentType === "CCTP")
    return {
      rule,
      status: "a_verifier",
      article,
      message:
        "Aucune condition d’exécution sociale dans ce CCTP\u00a0: vérifiez que le CCAP en comporte une, ou qu’une note justifie l’exception.",
    };
  if (conditions.length > 0)
    return {
      rule,
      status: "manquant",
      article,
      message: `La condition «\u00a0${conditions[0]!.title}\u00a0» relève de la lutte contre les discriminations, que l’article L2112-2 distingue du domaine social et de l’emploi\u00a0: elle ne suffit pas à elle seule. Ajoutez une considération relative à l’emploi ou à l’insertion (clause d’insertion, découverte des métiers…), ou justifiez l’exception par une note versée au dossier.`,
    };
  const reserved = has(p, (t) => t.lever === "réservation");
  return {
    rule,
    status: reserved ? "a_verifier" : "manquant",
    article,
    message: reserved
      ? "Le marché est réservé, mais ses conditions d’exécution ne comportent pas de considération sociale\u00a0: ajoutez-en une ou justifiez l’exception par une note."
      : `Valeur estimée égale ou supérieure au seuil européen (${euros(threshold)})\u00a0: les conditions d’exécution doivent comporter une considération sociale ou relative à l’emploi, sauf exception justifiée par une note.`,
  };
}

function checkSocialAnalysis(input: DocumentCheckInput, p: Present): Finding {
  const article = "SPASER du Nord, Rééquilibrer, objectif 3";
  const rule = "analyse-clause-sociale";
  if (input.estimatedValue <= SOCIAL_ANALYSIS_THRESHOLD)
    return {
      rule,
      status: "ok",
      article,
      message: `Analyse d’opportunité de la clause sociale non requise\u00a0: besoin estimé à ${euros(input.estimatedValue)}, au plus ${euros(SOCIAL_ANALYSIS_THRESHOLD)}.`,
    };
  if (input.exceptionNoteOnFile === true || clausesOnly(p).some((t) => t.category === "sociale"))
    return {
      rule,
      status: "ok",
      article,
      message:
        input.exceptionNoteOnFile === true
          ? "La note justifiant l’exception est versée au dossier\u00a0: l’analyse d’opportunité de la clause sociale a abouti."
          : "Une considération sociale est présente\u00a0: l’analyse d’opportunité de la clause sociale a abouti.",
    };
  return {
    rule,
    status: "a_verifier",
    article,
    message: `Besoin estimé au-delà de ${euros(SOCIAL_ANALYSIS_THRESHOLD)}\u00a0: le SPASER impose une analyse d’opportunité de la clause sociale. Vérifiez qu’elle est consignée au dossier, ou ajoutez une considération sociale.`,
  };
}

function checkSpecifications(input: DocumentCheckInput, p: Present): Finding | null {
  if (input.documentType !== "CCTP") return null;
  const article = "CCP, art. L2111-2";
  const rule = "specifications-techniques";
  if (has(p, (t) => t.lever === "spécification technique"))
    return {
      rule,
      status: "ok",
      article,
      message:
        "Les spécifications techniques comportent au moins une exigence de développement durable.",
    };
  return {
    rule,
    status: "a_verifier",
    article,
    message:
      "Aucune spécification technique sociale ou environnementale issue de la bibliothèque\u00a0: vérifiez que les spécifications prennent en compte les objectifs de développement durable.",
  };
}

function checkInternalNote(p: Present): Finding | null {
  const note = p.templates.find((t) => t.kind === "note");
  if (!note) return null;
  return {
    rule: "note-interne",
    status: "a_verifier",
    article: note.legalBasis[0] ?? "—",
    clauseId: note.id,
    message: `La «\u00a0${note.title}\u00a0» est un document interne, à conserver au dossier de la consultation et à ne jamais publier\u00a0: retirez-la de ce document. Elle n’est prise en compte que si vous indiquez qu’elle est versée au dossier.`,
  };
}

function checkVersions(clauses: readonly ClausePresent[]): Finding[] {
  const findings: Finding[] = [];
  for (const c of clauses) {
    const t = findTemplate(c.id);
    const rule = "version-clause";
    if (!t)
      findings.push({
        rule,
        status: "a_verifier",
        article: "—",
        clauseId: c.id,
        message: `La clause «\u00a0${c.id}\u00a0» est inconnue de la bibliothèque\u00a0: elle n’est pas prise en compte dans le contrôle.`,
      });
    else if (c.version !== t.version)
      findings.push({
        rule,
        status: "a_verifier",
        article: t.legalBasis[0] ?? "—",
        clauseId: c.id,
        message:
          c.version < t.version
            ? `La clause «\u00a0${t.title}\u00a0» est en version ${c.version}\u00a0; la version ${t.version} est disponible\u00a0: mettez-la à jour.`
            : `La clause «\u00a0${t.title}\u00a0» est en version ${c.version}, plus récente que la bibliothèque (version ${t.version})\u00a0: mettez à jour le complément.`,
      });
  }
  return findings;
}

function decpValues(p: Present): DocumentCheckResult["decp"] {
  const clauses = clausesOnly(p);
  const produced = new Set(clauses.map((t) => t.decp));
  const sociales = DECP_SOCIAL.filter(
    (v) => v !== "Pas de considération sociale" && produced.has(v),
  );
  const env = DECP_ENVIRONMENTAL.filter(
    (v) => v !== "Pas de considération environnementale" && produced.has(v),
  );
  return {
    considerationsSociales: sociales.length > 0 ? sociales : ["Pas de considération sociale"],
    considerationsEnvironnementales:
      env.length > 0 ? env : ["Pas de considération environnementale"],
  };
}

export function checkDocument(input: DocumentCheckInput): DocumentCheckOutcome {
  const errors = validateCheckInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const p: Present = {
    templates: input.clauses.flatMap((c) => {
      const t = findTemplate(c.id);
      return t ? [t] : [];
    }),
  };
  const binding = input.launchDate >= CLIMAT_RESILIENCE_START;
  const findings = [
    checkEnvironmentalCondition(input, p, binding),
    checkEnvironmentalCriterion(input, p, binding),
    checkSocialCondition(input, p, binding),
    checkSocialAnalysis(input, p),
    checkSpecifications(input, p),
    checkInternalNote(p),
    ...checkVersions(input.clauses),
  ].filter((f): f is Finding => f !== null);
  const reasons = findings.filter((f) => f.status !== "ok").map((f) => f.message);
  return {
    ok: true,
    result: { findings, decp: decpValues(p), label: { ready: reasons.length === 0, reasons } },
  };
}
