import type { CellValue } from "../core/grid";
import type { DecpColumnKey } from "./decpTypes";
import { normalizeLabel } from "./normalizeLabel";

/** The register sheet's name in the canonical layout. */
export const REGISTER_SHEET = "Marchés";

/**
 * Canonical register layout (PRODUCT §1), in order: the DECP columns first, then the ones the
 * coordinator fills by hand, then `Code CPV` and `Source`.
 */
export const CANONICAL_REGISTER_HEADERS: readonly string[] = [
  "Référence",
  "Acheteur",
  "Objet",
  "Direction",
  "Nature",
  "Procédure",
  "Section",
  "Montant HT",
  "Montant actualisé",
  "Date de notification",
  "Durée (mois)",
  "Date de lancement",
  "Considérations sociales",
  "Considérations environnementales",
  "Clause d'insertion",
  "Heures d'insertion prévues",
  "Heures d'insertion réalisées",
  "Marché d'insertion",
  "Exception L2112-2-1",
  "Label SPASER",
  "Achat numérique",
  "Critères Numérique responsable",
  "Centrale d'achat",
  "Sourcing",
  "Négociation",
  "Clause de progrès",
  "ACV",
  "Analyse clause sociale",
  "Code CPV",
  "Source",
];

/**
 * Header synonyms of the columns the DECP fills: French labels and DECP field names. The one
 * place where this module recognises register headers; a superset of the core's
 * REGISTER_SYNONYMS for these keys (same key names, except `social`/`env` there), so that a
 * column the core reads is never appended twice. The lead will unify the two tables. A bare
 * « SIRET » is left out: « SIRET titulaire » would then receive the buyer's SIRET. The first synonym is the label written when a column is appended.
 */
export const DECP_COLUMN_SYNONYMS: Readonly<Record<DecpColumnKey, readonly string[]>> = {
  reference: [
    "Référence",
    "id",
    "Réf",
    "Référence du marché",
    "Numéro du marché",
    "N° de marché",
    "N° marché",
    "Identifiant",
  ],
  acheteur: ["Acheteur", "acheteur.id", "Acheteur id", "SIRET acheteur", "SIRET de l'acheteur"],
  objet: ["Objet", "Objet du marché", "Intitulé du marché"],
  nature: ["Nature", "Nature du marché", "Type de marché"],
  procedure: ["Procédure", "Type de procédure"],
  montant: [
    "Montant HT",
    "montant",
    "Montant initial",
    "Montant initial HT",
    "Montant estimé",
    "Valeur estimée",
  ],
  montantActualise: ["Montant actualisé", "Montant actualisé HT", "Montant après modification"],
  dateNotification: [
    "Date de notification",
    "dateNotification",
    "Notification",
    "Date notification",
    "Notifié le",
  ],
  dureeMois: ["Durée (mois)", "dureeMois", "Durée", "Durée en mois"],
  considerationsSociales: [
    "Considérations sociales",
    "considerationsSociales",
    "Considération sociale",
    "considerationsSociales.considerationSociale",
  ],
  considerationsEnvironnementales: [
    "Considérations environnementales",
    "considerationsEnvironnementales",
    "Considération environnementale",
    "considerationsEnvironnementales.considerationEnvironnementale",
  ],
  codeCPV: ["Code CPV", "codeCPV", "CPV"],
  source: ["Source", "Origine"],
};

export const DECP_COLUMN_KEYS = Object.keys(DECP_COLUMN_SYNONYMS) as DecpColumnKey[];

/** Excel number formats for the typed DECP columns (writers apply them to the cells they write). */
export const DECP_COLUMN_FORMATS: Partial<Record<DecpColumnKey, string>> = {
  montant: "#,##0.00 [$€-40C]",
  montantActualise: "#,##0.00 [$€-40C]",
  dateNotification: "dd/mm/yyyy",
  dureeMois: "0",
};

const NORMALISED_SYNONYMS: readonly { key: DecpColumnKey; synonym: string }[] =
  DECP_COLUMN_KEYS.flatMap((key) =>
    DECP_COLUMN_SYNONYMS[key].map((s) => ({ key, synonym: normalizeLabel(s) })),
  );

/**
 * Score of a header for each DECP column: an equal normalised header beats any containment;
 * otherwise a header containing a synonym as whole words matches, longest synonym first.
 */
function headerMatch(header: string): { key: DecpColumnKey; score: number } | undefined {
  const h = normalizeLabel(header);
  if (h === "") return undefined;
  let best: { key: DecpColumnKey; score: number } | undefined;
  for (const { key, synonym } of NORMALISED_SYNONYMS) {
    let score = 0;
    if (h === synonym) score = 1000 + synonym.length;
    else if (` ${h} `.includes(` ${synonym} `)) score = synonym.length;
    if (score > 0 && (!best || score > best.score)) best = { key, score };
  }
  return best;
}

export type ColumnMap = Partial<Record<DecpColumnKey, number>>;

/** DECP columns found in a header row: each column key goes to its best-scoring header. */
export function mapRegisterHeader(row: readonly CellValue[]): ColumnMap {
  const candidates: { key: DecpColumnKey; score: number; col: number }[] = [];
  row.forEach((cell, col) => {
    if (typeof cell !== "string") return;
    const m = headerMatch(cell);
    if (m) candidates.push({ ...m, col });
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const map: ColumnMap = {};
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (map[c.key] !== undefined || usedCols.has(c.col)) continue;
    map[c.key] = c.col;
    usedCols.add(c.col);
  }
  return map;
}

/** How many rows from the top may hold the register's header (same bound as the pilot sheet). */
const HEADER_SEARCH_ROWS = 20;

/** The header row of a register: among the first rows, the one with a reference column and the most DECP columns. */
export function findRegisterHeader(
  rows: readonly (readonly CellValue[])[],
): { row: number; columns: ColumnMap } | undefined {
  let best: { row: number; columns: ColumnMap; size: number } | undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const columns = mapRegisterHeader(rows[r] ?? []);
    if (columns.reference === undefined) continue;
    const size = Object.keys(columns).length;
    if (size >= 2 && (!best || size > best.size)) best = { row: r, columns, size };
  }
  return best && { row: best.row, columns: best.columns };
}
