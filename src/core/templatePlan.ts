/**
 * The blank pilot workbook in the canonical layout (`spaser template`, « Créer un classeur de
 * pilotage vierge »): the whole catalogue, semester columns 2026-S1…2030-S2, an empty register.
 */
import { AXES, CATALOGUE, OBJECTIVES } from "./catalogue";
import type { CellStyle, PlanCell, SheetPlan } from "./sheetPlan";
import { deadlineText, targetText } from "./targets";
import { withRowHeights } from "./plans";

export const TEMPLATE_SEMESTERS: readonly string[] = Array.from(
  { length: 10 },
  (_, i) => `${2026 + Math.floor(i / 2)}-S${(i % 2) + 1}`,
);

export const PILOT_HEADERS = [
  "Code",
  "Axe",
  "Objectif",
  "Indicateur",
  "Unité",
  "Référence",
  "Période de référence",
  "Cible",
  "Échéance",
  "Responsable",
] as const;

/**
 * Canonical register columns (PRODUCT §1), in order: the DECP columns first, then the ones the
 * coordinator fills by hand, then `Code CPV` and `Source` (both filled by the DECP import). Every
 * column the core reads is here: `Consultation` and `Lot` give the whole need (thresholds apply to
 * all lots of a procedure), the social-services column its own EU threshold.
 */
export const REGISTER_HEADERS = [
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
  "Consultation",
  "Lot",
  "Services sociaux et autres services spécifiques",
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
] as const;

const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, size: 14, color: "1F3864" },
  header: {
    bold: true,
    fill: "1F4E79",
    color: "FFFFFF",
    wrap: true,
    border: "BFBFBF",
    align: "center",
  },
  code: { bold: true, border: "BFBFBF" },
  cell: { border: "BFBFBF", wrap: true },
};

const c = (value: string | null, style: string): PlanCell => ({ value, style });

export function buildTemplatePlans(): SheetPlan[] {
  const headers = [...PILOT_HEADERS, ...TEMPLATE_SEMESTERS, "Commentaire"];
  const pilotRows: PlanCell[][] = [
    [c("Tableau de pilotage SPASER 2026-2030 — Département du Nord", "title")],
    [],
    headers.map((h) => c(h, "header")),
    ...CATALOGUE.map((ind) => [
      c(ind.code, "code"),
      c(AXES.find((a) => a.code === ind.axis)?.label ?? ind.axis, "cell"),
      c(OBJECTIVES.find((o) => o.code === ind.objective)?.label ?? ind.objective, "cell"),
      c(ind.label, "cell"),
      c(ind.unit, "cell"),
      c(null, "cell"),
      c(null, "cell"),
      c(targetText(ind.target, ind.unit), "cell"),
      c(deadlineText(ind.deadline), "cell"),
      ...Array.from({ length: TEMPLATE_SEMESTERS.length + 2 }, () => c(null, "cell")),
    ]),
  ];
  const plans: SheetPlan[] = [
    {
      name: "Indicateurs",
      kind: "modele",
      semester: "",
      owned: false,
      columnWidths: [
        10,
        24,
        32,
        50,
        9,
        11,
        12,
        12,
        15,
        24,
        ...TEMPLATE_SEMESTERS.map(() => 11),
        40,
      ],
      rows: pilotRows,
      styles: STYLES,
      freeze: { rows: 3, columns: 1 },
      print: { landscape: true, fitToWidth: true },
    },
    {
      name: "Marchés",
      kind: "modele",
      semester: "",
      owned: false,
      columnWidths: REGISTER_HEADERS.map((h) => Math.max(12, Math.min(30, h.length + 4))),
      rows: [REGISTER_HEADERS.map((h) => c(h, "header"))],
      styles: STYLES,
      freeze: { rows: 1, columns: 1 },
    },
  ];
  return plans.map(withRowHeights);
}
