/**
 * Hand-built plans shaped like the three status sheets, for the writer tests (the core's
 * real plans are not needed to test the writer, and would hide what is being asserted).
 */
import type { CellStyle, PlanCell, SheetPlan } from "../../src/core/sheetPlan";

export const STATUSES = [
  "atteint",
  "en_bonne_voie",
  "a_surveiller",
  "en_retard",
  "non_renseigne",
] as const;

export const STYLES: Readonly<Record<string, CellStyle>> = {
  titre: { bold: true, size: 14, color: "1F3864" },
  entete: { fill: "1F3864", color: "FFFFFF", bold: true, wrap: true, border: "808080" },
  corps: { border: "BFBFBF" },
  atteint: { fill: "C6EFCE", color: "006100", bold: true, align: "center", border: "BFBFBF" },
  en_bonne_voie: { fill: "DDEBF7", color: "1F4E78", align: "center", border: "BFBFBF" },
  a_surveiller: { fill: "FFEB9C", color: "7F6000", align: "center", border: "BFBFBF" },
  en_retard: { fill: "FFC7CE", color: "9C0006", bold: true, align: "center", border: "BFBFBF" },
  non_renseigne: {
    fill: "EDEDED",
    color: "3A3A3A",
    italic: true,
    align: "center",
    border: "BFBFBF",
  },
  lien: { color: "0563C1", underline: true },
};

const STATUT_HEADERS = [
  "Code",
  "Axe",
  "Objectif",
  "Indicateur",
  "Responsable",
  "Valeur",
  "Valeur N-1",
  "Évolution",
  "Cible",
  "Échéance",
  "Attendu",
  "Part de la cible",
  "Source",
  "Statut",
  "Remarque",
];

/** `Statut` — 1 header row + `rows` indicators × 15 columns; the status column cycles. */
export function statutPlan(rows = 50, name = "Statut 2026-S1"): SheetPlan {
  const body: PlanCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const status = STATUSES[i % STATUSES.length]!;
    body.push([
      { value: `IND-${i + 1}`, style: "corps" },
      { value: `Axe ${1 + (i % 4)}`, style: "corps" },
      { value: "Objectif", style: "corps" },
      // A label that looks like a formula must stay text.
      { value: i === 0 ? "=SOMME(A1:A9)" : `Indicateur ${i + 1}`, style: "corps" },
      { value: "Pôle Achat public", style: "corps" },
      { value: 0.2 + i / 1000, style: "corps", numberFormat: "0.0 %" },
      { value: i % 3 === 0 ? null : 0.18, style: "corps", numberFormat: "0.0 %" },
      { value: 0.02, style: "corps", numberFormat: "0.0 %" },
      { value: 0.35, style: "corps", numberFormat: "0.0 %" },
      { value: 2030, style: "corps" },
      { value: 0.25, style: "corps", numberFormat: "0.0 %" },
      { value: 0.6, style: "corps", numberFormat: "0 %" },
      { value: i % 2 === 0 ? "saisie" : "calcul", style: "corps" },
      { value: `● ${status}`, style: status },
      { value: i === 1 ? "+ 3 points" : "", style: "corps" },
    ]);
  }
  return {
    name,
    kind: "statut",
    semester: "2026-S1",
    columnWidths: [10, 8, 30, 50, 24, 10, 10, 10, 10, 10, 10, 10, 10, 16, 40],
    rows: [STATUT_HEADERS.map((h) => ({ value: h, style: "entete" })), ...body],
    styles: STYLES,
    freeze: { rows: 1, columns: 1 },
    autoFilter: `A1:O${rows + 1}`,
    print: { landscape: true, fitToWidth: true },
  };
}

/** `Contrôle` — one row per issue, with a link to the offending cell. */
export function controlePlan(rows = 50, name = "Contrôle 2026-S1"): SheetPlan {
  const body: PlanCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const cell = `H${4 + (i % 45)}`;
    body.push([
      { value: i < 5 ? "erreur" : "avertissement", style: "corps" },
      { value: "Indicateurs", style: "corps" },
      { value: cell, style: "lien", link: { sheet: "Indicateurs", cell } },
      { value: `IND-${1 + (i % 45)}`, style: "corps" },
      { value: `Valeur manquante pour le semestre 2026-S1 (ligne ${i + 1}).`, style: "corps" },
    ]);
  }
  return {
    name,
    kind: "controle",
    semester: "2026-S1",
    columnWidths: [14, 16, 10, 10, 80],
    rows: [
      ["Gravité", "Feuille", "Cellule", "Indicateur", "Message"].map((h) => ({
        value: h,
        style: "entete",
      })),
      ...body,
    ],
    styles: STYLES,
    freeze: { rows: 1, columns: 0 },
  };
}

/** `Synthèse` — title, counts per status, a chart over them (and data bars for file mode). */
export function synthesePlan(name = "Synthèse 2026-S1"): SheetPlan {
  const rows: PlanCell[][] = [
    [{ value: "Synthèse du SPASER — 2026-S1", style: "titre" }],
    [{ value: "Actualisé le 26/11/2026 à partir de pilotage.xlsx" }],
    [],
    [
      { value: "Statut", style: "entete" },
      { value: "Nombre", style: "entete" },
    ],
    ...STATUSES.map((s, i): PlanCell[] => [
      { value: s, style: s },
      { value: 3 + i, style: "corps", numberFormat: "0" },
    ]),
    [],
    [
      { value: "Complétude", style: "corps" },
      { value: 0.913, style: "corps", numberFormat: "0.0 %" },
    ],
  ];
  return {
    name,
    kind: "synthese",
    semester: "2026-S1",
    columnWidths: [30, 12],
    rows,
    styles: STYLES,
    merges: ["A1:F1"],
    dataBars: [{ range: "B5:B9", color: "5B9BD5", min: 0, max: 10 }],
    charts: [
      { title: "Indicateurs par statut", categories: "A5:A9", values: "B5:B9", anchor: "D4" },
    ],
  };
}
