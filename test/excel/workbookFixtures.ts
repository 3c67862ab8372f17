/**
 * Workbooks for the reader tests, built in the fake: a pilot sheet, a contracts register of
 * any size, and a status sheet written by a previous run.
 */
import { OWNERSHIP_NAME } from "../../src/core/api";
import { FakeExcel, type FakeCellInput, type SheetModel } from "./fakeExcel";

export const DATE_FORMAT = "dd/mm/yyyy";
/** 2026-01-02 in the 1900 system. */
export const FIRST_NOTIFICATION_SERIAL = 46024;

const REGISTER_HEADERS = [
  "Référence",
  "Objet",
  "Direction",
  "Nature",
  "Procédure",
  "Montant HT",
  "Date de notification",
  "Durée (mois)",
  "Considérations sociales",
  "Considérations environnementales",
  "Clause d'insertion",
  "Heures d'insertion prévues",
  "Heures d'insertion réalisées",
  "Label SPASER",
  "Achat numérique",
  "Centrale d'achat",
  "Sourcing",
  "Négociation",
  "Clause de progrès",
  "ACV",
  "Section",
  "codeCPV",
  "Acheteur",
  "Source",
  "Date de lancement",
  "Marché d'insertion",
  "Exception L2112-2-1",
  "Critères Numérique responsable",
  "Analyse clause sociale",
  "Commentaire",
];

const NATURES = ["Travaux", "Fournitures", "Services"];
const DIRECTIONS = [
  "Direction de la Voirie",
  "Direction des Collèges",
  "Direction du Numérique",
  "Voirie",
];
const SOCIAL = [
  "Clause sociale",
  "Pas de considération sociale",
  "Marché réservé, Clause sociale",
  "Sans objet",
];

/** The value of register cell (row ≥ 1, column) — deterministic, so tests can recompute it. */
export function registerCell(row: number, column: number): FakeCellInput {
  const i = row - 1;
  switch (REGISTER_HEADERS[column]) {
    case "Référence":
      return `M2026-${String(row).padStart(6, "0")}`;
    case "Objet":
      return `Marché n° ${row} : ${"entretien des espaces verts ".repeat(1 + (i % 3))}`.trim();
    case "Direction":
      return DIRECTIONS[i % DIRECTIONS.length]!;
    case "Nature":
      return NATURES[i % 3]!;
    case "Montant HT":
      return 10_000 + ((i * 7919) % 900_000) + 0.5;
    case "Date de notification":
      return FIRST_NOTIFICATION_SERIAL + (i % 360);
    case "Date de lancement":
      return FIRST_NOTIFICATION_SERIAL - 60 + (i % 300);
    case "Durée (mois)":
      return 12 + (i % 36);
    case "Considérations sociales":
      return SOCIAL[i % SOCIAL.length]!;
    case "Heures d'insertion prévues":
      return i % 5 === 0 ? 350 : null;
    case "Clause d'insertion":
      return i % 5 === 0 ? "oui" : "non";
    case "Label SPASER":
      return i % 7 === 0;
    case "Commentaire":
      // Every 997th row carries an Excel error, as formulas do.
      return i % 997 === 0 ? { error: "#N/A" } : null;
    default:
      return i % 4 === 0 ? "oui" : "non";
  }
}

export function registerHeaders(columns: number): string[] {
  return REGISTER_HEADERS.slice(0, columns);
}

/** Adds a register of `rows` data rows (plus the header row) and `columns` columns (≤ 30). */
export function addRegister(
  excel: FakeExcel,
  rows: number,
  columns: number,
  name = "Registre",
): SheetModel {
  const headers = registerHeaders(columns);
  const sheet = excel.addSheet(name, [headers]);
  for (let r = 1; r <= rows; r++) {
    for (let c = 0; c < columns; c++) {
      const v = registerCell(r, c);
      if (v === null) continue;
      sheet.setCell(
        r,
        c,
        typeof v === "object" && v !== null && "error" in v
          ? { error: v.error }
          : (v as string | number | boolean),
      );
    }
  }
  headers.forEach((h, c) => {
    if (h.startsWith("Date")) sheet.columnFormats.set(c, DATE_FORMAT);
  });
  return sheet;
}

/** A pilot sheet: two title rows, the header row (row 3), 45 indicators. */
export function addPilotSheet(excel: FakeExcel, date1904 = false): SheetModel {
  const header = [
    "Code",
    "Axe",
    "Indicateur",
    "Unité",
    "Cible",
    "Échéance",
    "Responsable",
    "S1 2026",
    "S2 2026",
    "Mis à jour le",
  ];
  const rows: FakeCellInput[][] = [["Tableau de pilotage du SPASER 2026-2030"], [], header];
  const offset = date1904 ? 1462 : 0;
  for (let i = 1; i <= 45; i++) {
    rows.push([
      `IND-${i}`,
      `Axe ${1 + (i % 4)}`,
      `Indicateur numéro ${i}`,
      "%",
      0.35,
      2030,
      "Pôle Achat public",
      i === 3 ? { error: "#DIV/0!" } : i % 9 === 0 ? "NC" : 0.2 + i / 100,
      null,
      // A date on every row: most of them below row 20, outside the sample.
      { value: 46150 - offset, format: DATE_FORMAT, text: date1904 ? "08/05/2026" : "08/05/2026" },
    ]);
  }
  return excel.addSheet("Indicateurs", rows);
}

/** A status sheet a previous refresh wrote (it carries the ownership marker). */
export function addOwnSheet(excel: FakeExcel, name = "Statut 2025-S2"): SheetModel {
  const sheet = excel.addSheet(name, [
    ["Code", "Statut"],
    ["IND-1", "atteint"],
  ]);
  sheet.names.set(OWNERSHIP_NAME, '="statut:2025-S2"');
  return sheet;
}
