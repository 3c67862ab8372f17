import { compactLabel } from "./normalizeLabel";
import {
  DecpFormatError,
  type DecpReadContext,
  type DecpSourceRecord,
  type RawModification,
} from "./decpTypes";

/** A cell of a tabular export as read from CSV (text) or XLSX (typed). */
export type TabularCell = string | number | boolean | Date | null;

type TabularField =
  | "id"
  | "acheteurId"
  | "objet"
  | "procedure"
  | "codeCPV"
  | "montant"
  | "dateNotification"
  | "dureeMois"
  | "considerationsSociales"
  | "considerationsEnvironnementales"
  | "nature"
  | "modificationMontant"
  | "modificationDureeMois";

/**
 * Column names of the tabular exports (data.gouv.fr / data.economie.gouv.fr flatten nested
 * fields with `.` or `_`), plus the register's French labels so that a register exported as
 * CSV reads too. Compared compacted: `acheteur.id`, `acheteur_id`, `Acheteur ID` are one name.
 */
const TABULAR_HEADERS: Readonly<Record<TabularField, readonly string[]>> = {
  id: ["id", "Référence", "identifiant", "id marché", "numéro du marché"],
  acheteurId: ["acheteur.id", "acheteur", "id acheteur", "SIRET acheteur", "acheteur SIRET"],
  objet: ["objet", "objet du marché"],
  procedure: ["procedure", "procédure"],
  codeCPV: ["codeCPV", "CPV", "code CPV principal"],
  montant: ["montant", "Montant HT", "montant initial"],
  dateNotification: ["dateNotification", "Date de notification"],
  dureeMois: ["dureeMois", "Durée (mois)", "durée", "durée en mois"],
  considerationsSociales: [
    "considerationsSociales",
    "considérations sociales",
    "considération sociale",
  ],
  considerationsEnvironnementales: [
    "considerationsEnvironnementales",
    "considérations environnementales",
    "considération environnementale",
  ],
  nature: ["nature", "_type", "type"],
  modificationMontant: [
    "Montant actualisé",
    "modification.montant",
    "modifications.montant",
    "montant modification",
    "modification.modification.montant",
  ],
  modificationDureeMois: [
    "Durée actualisée",
    "modification.dureeMois",
    "modifications.dureeMois",
    "durée modification",
    "modification.modification.dureeMois",
  ],
};

type ColumnMap = Partial<Record<TabularField, number>>;

function mapColumns(header: readonly TabularCell[]): ColumnMap {
  const byName = new Map<string, TabularField>();
  for (const [field, names] of Object.entries(TABULAR_HEADERS) as [
    TabularField,
    readonly string[],
  ][]) {
    for (const n of names) byName.set(compactLabel(n), field);
  }
  const map: ColumnMap = {};
  header.forEach((cell, col) => {
    if (typeof cell !== "string") return;
    const field = byName.get(compactLabel(cell));
    if (field !== undefined && map[field] === undefined) map[field] = col;
  });
  return map;
}

/** `Clause sociale, Critère social` → two values; empty → absent. */
function splitList(cell: TabularCell | undefined): unknown[] | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell !== "string") return [cell];
  const parts = cell
    .split(/[,;|\r\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return parts.length > 0 ? parts : undefined;
}

function isBlankRow(row: readonly TabularCell[]): boolean {
  return row.every((c) => c === null || (typeof c === "string" && c.trim() === ""));
}

/**
 * Rows of a tabular export (header first) → records. One row per titulaire: the same
 * contract comes back on several rows, which the import merges.
 */
export async function* tabularRecords(
  rows: AsyncIterable<readonly TabularCell[]> | Iterable<readonly TabularCell[]>,
  context?: DecpReadContext,
): AsyncGenerator<DecpSourceRecord> {
  let columns: ColumnMap | undefined;
  let line = 0;
  for await (const row of rows) {
    line++;
    if (isBlankRow(row)) continue;
    if (!columns) {
      columns = mapColumns(row);
      if (columns.id === undefined) {
        throw new DecpFormatError(
          "Le fichier tabulaire n’a pas de colonne «\u00a0id\u00a0» en première ligne\u00a0: ce n’est pas un export DECP reconnu.",
        );
      }
      if (context) context.listFound = true;
      continue;
    }
    const at = (f: TabularField): TabularCell | undefined => {
      const col = columns![f];
      if (col === undefined) return undefined;
      const v = row[col];
      return typeof v === "string" && v.trim() === "" ? null : v;
    };
    const location = `ligne ${line}`;
    const nature = at("nature");
    if (typeof nature === "string" && compactLabel(nature).includes("concession")) {
      yield { kind: "concession", location };
      continue;
    }
    const modMontant = at("modificationMontant");
    const modDuree = at("modificationDureeMois");
    const modifications: RawModification[] =
      (modMontant ?? null) !== null || (modDuree ?? null) !== null
        ? [{ montant: modMontant ?? undefined, dureeMois: modDuree ?? undefined, date: undefined }]
        : [];
    yield {
      kind: "marche",
      marche: {
        location,
        id: at("id"),
        acheteurId: at("acheteurId"),
        objet: at("objet"),
        procedure: at("procedure"),
        codeCPV: at("codeCPV"),
        montant: at("montant"),
        dateNotification: at("dateNotification"),
        dureeMois: at("dureeMois"),
        considerationsSociales: splitList(at("considerationsSociales")),
        considerationsEnvironnementales: splitList(at("considerationsEnvironnementales")),
        modifications,
      },
    };
  }
  if (!columns) throw new DecpFormatError("Le fichier tabulaire est vide.");
}
