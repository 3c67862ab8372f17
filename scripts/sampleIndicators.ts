/**
 * What the coordinator typed in the sample's « Indicateurs » sheet: owner, baseline and the
 * values of the semesters 2024-S2 … 2026-S1, indicator by indicator.
 *
 * The 2026-S1 column is written so that a refresh of 2026-S1 shows every status. Applying
 * PRODUCT §3–§4 by hand (register scope for 2026-S1 = contracts notified 2026-01-01…06-30):
 *
 * - GOV1-I1   2 meetings, target ≥ 1 every semester ........................ atteint
 * - GOV2-I1   « oui » (A1, due in S1), target oui every year .................. atteint
 * - GOV2-I2   « oui » (2025-S2 was « non »), target oui by 2026 ............... atteint
 * - BES2-I5   26 typed in a % cell: percentage points → 0.26 (info issue). Baseline = Référence
 *             0.20 for 2025 (= 2025-S2); target 1 at 2030-S2, 10 semesters later; expected at
 *             2026-S1 = 0.20 + 0.80 × 1/10 = 0.28; 0.26 ≥ 0.28 × 0.9 = 0.252 ........ a_surveiller
 * - BES1-I6   0.82 typed (the register gives another rate: avertissement, > 0.5 point apart).
 *             Baseline = earliest entered column, 2024-S2 = 0.71; target 1 at 2027-S2, 6
 *             semesters later; expected = 0.71 + 0.29 × 3/6 = 0.855; 0.82 ≥ 0.7695 ... a_surveiller
 * - MOB1-I2   « 35 % » (text) → 0.35; ↗ against 2025-S1 = 0.31: better ........... en_bonne_voie
 * - IMP3-I3   « 12 234,5 » (French number text) → 12234.5; ↗ against 2025-S1 = 14 120:
 *             worse ............................................................... en_retard
 * - MOB2-I2   « NC » (A1, due in S1): nothing entered, nothing computed ....... non_renseigne
 * - MOB3-I1   « en cours » in a number cell, nothing computed ..................... invalide
 * - MOB1-I1   « Sans objet »: not applicable, not counted in completeness ............ suivi
 * - IMP3-I6   a formula giving #DIV/0!: missing + erreur issue; the register's rate is used.
 * - GOV2-I5   nothing typed: the register's label rate; baseline = Référence 0.25 for 2025;
 *             expected at 2026-S1 = 0.25 + 0.75 × 1/10 = 0.325.
 * - the counts with a ↗ target (GOV2-I3, BES1-I1…I4) compare the register's 2026-S1 count
 *   with its 2025-S1 count; counts and rates without a target are `suivi`.
 * - annual indicators (A) hold values in the S2 columns only: not due in 2026-S1, not listed.
 * The outcome of the register-computed indicators is listed in make-sample.ts (it depends on
 * the generated register, seed SAMPLE_SEED).
 *
 * Completeness 2026-S1: 28 indicators due (26 with periodicity S, 2 with A1) minus GOV2-I4,
 * CR-I1, CR-I2 = 25; minus MOB1-I1 (« Sans objet ») = 24 (every computed rate has a non-empty
 * scope in 2026-S1). Not filled: MOB3-I1 (invalide), MOB2-I2 (NC) → 22 / 24.
 */
import type { CellErrorValue } from "exceljs";
import type { SemesterId } from "./semesters";

/** A typed cell: number, text, or a formula whose cached result is an Excel error. */
export type EnteredValue =
  | number
  | string
  | { readonly formulaError: CellErrorValue["error"]; readonly formula: string }
  | null;

export interface SampleEntry {
  readonly owner: string;
  readonly reference?: number;
  readonly referencePeriod?: number;
  readonly values: Partial<Record<SemesterId, EnteredValue>>;
  readonly comment?: string;
  /** A note (comment bubble) on the 2026-S1 cell, to show the refresh keeps notes. */
  readonly note?: string;
}

const ACHAT = "DAJAP – Pôle Achat public";
const VOIRIE = "Direction de la Voirie";
const IMMO = "Direction de l'Immobilier";
const INSERTION = "Direction de l'Insertion";
const COLLEGES = "Direction des Collèges";
const DSIN = "DSIN";
const LOGISTIQUE = "Direction de la Logistique";
const RH = "Direction des Ressources humaines";

// One entry per line: these are tables.
// prettier-ignore
export const SAMPLE_ENTRIES: Readonly<Record<string, SampleEntry>> = {
  "GOV1-I1": { owner: ACHAT, values: { "2024-S2": 1, "2025-S1": 2, "2025-S2": 1, "2026-S1": 2 } },
  "GOV1-I2": { owner: ACHAT, values: { "2024-S2": 2, "2025-S2": 2 } },
  "GOV2-I1": { owner: ACHAT, values: { "2025-S1": "oui", "2026-S1": "oui" }, comment: "Bilan 2025 présenté au COPIL du 12 mars 2026" },
  "GOV2-I2": { owner: ACHAT, values: { "2025-S2": "non", "2026-S1": "oui" } },
  "GOV2-I3": { owner: ACHAT, values: {} },
  "GOV2-I4": { owner: ACHAT, values: {}, comment: "Calculé lors de l'actualisation" },
  "GOV2-I5": { owner: ACHAT, reference: 0.25, referencePeriod: 2025, values: {} },
  "BES1-I1": { owner: ACHAT, values: {} },
  "BES1-I2": { owner: ACHAT, values: {} },
  "BES1-I3": { owner: ACHAT, values: {} },
  "BES1-I4": { owner: ACHAT, values: {} },
  "BES1-I5": { owner: ACHAT, values: {} },
  "BES1-I6": { owner: ACHAT, values: { "2024-S2": 0.71, "2026-S1": 0.82 }, comment: "Taux repris du rapport annuel, à rapprocher du registre" },
  "BES1-I7": { owner: COLLEGES, values: { "2024-S2": "non", "2025-S2": "non" } },
  "BES2-I1": { owner: LOGISTIQUE, values: { "2024-S2": 512, "2025-S2": 486 } },
  "BES2-I2": { owner: LOGISTIQUE, values: { "2024-S2": 38_400, "2025-S2": 45_250 } },
  "BES2-I3": { owner: INSERTION, values: { "2024-S2": 0.42, "2025-S2": 0.45 } },
  "BES2-I4": { owner: LOGISTIQUE, values: { "2024-S2": "non", "2025-S2": "non" } },
  "BES2-I5": { owner: ACHAT, reference: 0.2, referencePeriod: 2025, values: { "2025-S1": 0.12, "2025-S2": 0.2, "2026-S1": 26 } },
  "IMP1-I1": { owner: IMMO, values: { "2024-S2": 14, "2025-S2": 17 } },
  "IMP1-I2": { owner: IMMO, values: { "2024-S2": 2, "2025-S2": 3 } },
  "IMP1-I3": { owner: IMMO, values: { "2024-S2": 0.18, "2025-S2": 0.21 } },
  "IMP1-I4": { owner: VOIRIE, values: { "2024-S2": 12_500, "2025-S2": 14_800 } },
  "IMP1-I5": { owner: IMMO, values: { "2024-S2": 1_150_000, "2025-S2": 1_320_000 } },
  "IMP1-I6": { owner: IMMO, values: { "2024-S2": 0.19, "2025-S2": 0.23 } },
  "IMP2-I1": { owner: VOIRIE, values: { "2024-S2": 587, "2025-S2": 604 } },
  "IMP2-I2": { owner: DSIN, values: { "2024-S2": 5.5, "2025-S2": 6 } },
  "IMP2-I3": { owner: "Direction de l'Autonomie", values: { "2024-S2": 21, "2025-S2": 26 } },
  "IMP2-I4": { owner: COLLEGES, values: { "2024-S2": 0.38, "2025-S2": 0.46 } },
  "IMP2-I5": { owner: DSIN, values: {} },
  "IMP3-I1": { owner: INSERTION, values: {} },
  "IMP3-I2": { owner: ACHAT, values: {} },
  "IMP3-I3": { owner: INSERTION, values: { "2024-S2": 27_940, "2025-S1": 14_120, "2025-S2": 29_560, "2026-S1": "12 234,5" }, comment: "Bilan provisoire des facilitateurs" },
  "IMP3-I4": { owner: INSERTION, values: {} },
  "IMP3-I5": { owner: ACHAT, values: {} },
  "IMP3-I6": { owner: ACHAT, values: { "2026-S1": { formula: "N70/N71", formulaError: "#DIV/0!" } }, comment: "Formule à corriger" },
  "IMP3-I7": { owner: DSIN, values: { "2024-S2": "Schéma pluriannuel d'accessibilité numérique adopté", "2025-S2": "Audit RGAA de 12 démarches en ligne ; plan d'action publié", } },
  "IMP4-I1": { owner: "Direction de l'Aménagement du territoire", values: { "2024-S2": 34 } },
  "MOB1-I1": { owner: INSERTION, values: { "2024-S2": 2_310, "2025-S1": 980, "2025-S2": 2_450, "2026-S1": "Sans objet" }, comment: "Aucun marché avec clause d'insertion passé en centrale ce semestre" },
  "MOB1-I2": { owner: ACHAT, values: { "2024-S2": 0.27, "2025-S1": 0.31, "2025-S2": 0.33, "2026-S1": "35 %" } },
  "MOB2-I1": { owner: DSIN, values: {} },
  "MOB2-I2": { owner: VOIRIE, values: { "2025-S1": "oui", "2026-S1": "NC" } },
  "MOB2-I3": { owner: VOIRIE, values: {} },
  "MOB3-I1": { owner: RH, values: { "2024-S2": 31, "2025-S1": 46, "2025-S2": 58, "2026-S1": "en cours" }, note: "Chiffre attendu de la Direction des Ressources humaines (relance du 2 juillet 2026)." },
  "MOB3-I2": { owner: RH, values: { "2024-S2": 0.41, "2025-S2": 0.55 } },
  "CR-I1": { owner: ACHAT, values: {}, comment: "Consultations lancées à compter du 21 août 2026" },
  "CR-I2": { owner: ACHAT, values: {}, comment: "Consultations lancées à compter du 21 août 2026" },
};
