import type { CellValue } from "../core/grid";
import { assignColumns, matchRegisterHeader, type RegisterColumnKey } from "../core/headers";
import type { DecpColumnKey } from "./decpTypes";
import { REGISTER_HEADERS } from "../core/templatePlan";

/** The register sheet's name in the canonical layout. */
export const REGISTER_SHEET = "Marchés";

/** Canonical register layout (PRODUCT §1): the blank template's, so that both agree. */
export const CANONICAL_REGISTER_HEADERS: readonly string[] = REGISTER_HEADERS;

/**
 * The register column (core key, see REGISTER_SYNONYMS in src/core/headers.ts) each DECP
 * column fills: header recognition uses the core's one synonym table, so that the import and
 * the refresh always see the same columns.
 */
export const DECP_TO_REGISTER_KEY: Readonly<Record<DecpColumnKey, RegisterColumnKey>> = {
  reference: "reference",
  acheteur: "acheteur",
  objet: "objet",
  nature: "nature",
  procedure: "procedure",
  montant: "montant",
  montantActualise: "montantActualise",
  dateNotification: "dateNotification",
  dureeMois: "dureeMois",
  considerationsSociales: "social",
  considerationsEnvironnementales: "env",
  codeCPV: "codeCPV",
  source: "source",
};

/** Label written when a DECP column is appended to a register that lacks it. */
export const DECP_COLUMN_LABELS: Readonly<Record<DecpColumnKey, string>> = {
  reference: "Référence",
  acheteur: "Acheteur",
  objet: "Objet",
  nature: "Nature",
  procedure: "Procédure",
  montant: "Montant HT",
  montantActualise: "Montant actualisé",
  dateNotification: "Date de notification",
  dureeMois: "Durée (mois)",
  considerationsSociales: "Considérations sociales",
  considerationsEnvironnementales: "Considérations environnementales",
  codeCPV: "Code CPV",
  source: "Source",
};

export const DECP_COLUMN_KEYS = Object.keys(DECP_COLUMN_LABELS) as DecpColumnKey[];

/** Excel number formats for the typed DECP columns (writers apply them to the cells they write). */
export const DECP_COLUMN_FORMATS: Partial<Record<DecpColumnKey, string>> = {
  montant: "#,##0.00 [$€-40C]",
  montantActualise: "#,##0.00 [$€-40C]",
  dateNotification: "dd/mm/yyyy",
  dureeMois: "0",
};

export type ColumnMap = Partial<Record<DecpColumnKey, number>>;

/** DECP columns found in a header row, by the core's header matching (PRODUCT §1). */
export function mapRegisterHeader(row: readonly CellValue[]): ColumnMap {
  const found = assignColumns(
    row.map((cell) => (typeof cell === "string" ? matchRegisterHeader(cell) : undefined)),
  );
  const map: ColumnMap = {};
  for (const key of DECP_COLUMN_KEYS) {
    const col = found[DECP_TO_REGISTER_KEY[key]];
    if (col !== undefined) map[key] = col;
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
