/** Small hand-made values shared by the pane tests. */
import type { RefreshReport } from "../../src/core/report";
import { refreshReportSchema } from "../../src/core/report";
import type { WorkbookInspection } from "../../src/panes/excel/host/workbookHost";

export function sampleReport(): RefreshReport {
  // Parsed with the contract's schema so that the fixture cannot drift from the real report shape.
  return refreshReportSchema.parse({
    schemaVersion: 1,
    workbook: "pilotage.xlsx",
    semester: "2026-S1",
    completeness: { expected: 4, filled: 3, rate: 0.75 },
    statusCounts: {
      atteint: 1,
      en_bonne_voie: 1,
      a_surveiller: 0,
      en_retard: 1,
      non_renseigne: 1,
      invalide: 0,
      suivi: 2,
    },
    indicators: [],
    issues: [
      {
        severity: "erreur",
        sheet: "Indicateurs",
        cell: "K12",
        code: "BES1-I2",
        message: "Valeur invalide.",
      },
      {
        severity: "avertissement",
        sheet: "Indicateurs",
        cell: "K14",
        code: "IMP1-I1",
        message: "Non renseigné.",
      },
      { severity: "info", sheet: null, cell: null, code: null, message: "Pas de colonne Section." },
    ],
    sheetsWritten: ["Synthèse 2026-S1", "Statut 2026-S1", "Contrôle 2026-S1"],
  });
}

export function sampleInspection(pilotSheet: string | null = "Indicateurs"): WorkbookInspection {
  return {
    workbookName: "pilotage.xlsx",
    pilotSheet,
    registerSheet: "Marchés",
    sheets: [
      {
        name: "Notes",
        headerRow: null,
        suggested: {},
        semesters: [],
        rows: [
          ["Notes de la coordinatrice", ""],
          ["", ""],
        ],
      },
      {
        name: "Indicateurs",
        headerRow: 1,
        suggested: { code: 0, indicateur: 1, cible: 2 },
        semesters: ["2025-S2", "2026-S1"],
        rows: [
          ["Tableau de pilotage", "", "", "", ""],
          ["Code", "Indicateur", "Cible", "S2 2025", "S1 2026"],
          ["GOV1-I1", "Taux de …", "100 %", "", "0,5"],
        ],
      },
      {
        name: "Marchés",
        headerRow: 0,
        suggested: {},
        semesters: [],
        rows: [["Référence", "Objet"]],
      },
    ],
  };
}
