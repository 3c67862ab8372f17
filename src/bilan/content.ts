/**
 * The bilan's content as a host-neutral outline (headings, paragraphs, tables, charts), written
 * once and rendered twice: as a .docx (document.ts) and into Word at the cursor (src/word).
 * All French text and typography live here.
 */
import { STATUS_KEYS, SEVERITIES, type StatusKey } from "../core/status";
import { SEVERITY_PRESENTATION, STATUS_PRESENTATION } from "../core/statusPresentation";
import { bilanCharts, type Chart } from "./charts";
import {
  NBSP,
  formatValue,
  frenchTypography,
  frenchEuros,
  frenchNumber,
  frenchPercent,
  plural,
} from "./format";
import type { Bilan, PurchaseGroup } from "./model";

export const BILAN_TITLE = (year: number): string =>
  `Bilan annuel ${year} du SPASER 2026-2030 — Département du Nord`;

/** A table cell: text, optionally a status (shown by symbol + label + colour). */
export interface Cell {
  readonly text: string;
  readonly status?: StatusKey;
  readonly bold?: boolean;
  readonly align?: "left" | "right";
}

export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string; readonly note?: boolean }
  | { readonly kind: "bullet"; readonly text: string }
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      /** Relative column widths (sum ≈ 100). */
      readonly widths: readonly number[];
    }
  | { readonly kind: "chart"; readonly chart: Chart };

/** « ≥ 35 % » must not break after its sign. */
const tight = (s: string): string => s.replace(/^([≥≤↗↘]) /, `$1${NBSP}`);

const q = (s: string): string => `«${NBSP}${s}${NBSP}»`;

function frenchDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function rate(v: number | null): string {
  return v === null ? "—" : frenchPercent(v);
}

function completenessText(label: string, c: Bilan["reports"]["s2"]["completeness"]): string {
  return `${label}${NBSP}: ${c.filled}/${c.expected} indicateurs renseignés (${rate(c.rate)})`;
}

function statusCell(s: StatusKey): Cell {
  const p = STATUS_PRESENTATION[s];
  return { text: `${p.symbol} ${p.label}`, status: s };
}

function purchaseTable(g: PurchaseGroup, withAmounts: boolean): Block {
  return {
    kind: "table",
    header: withAmounts
      ? ["Marchés", "Nombre", "Part en nombre", "Montant HT", "Part en valeur"]
      : ["Marchés", "Nombre", "Part en nombre"],
    widths: withAmounts ? [36, 12, 16, 20, 16] : [60, 20, 20],
    rows: g.lines.map((l) => {
      const label = l.key === "tous" ? l.label : `… ${l.label}`;
      if (!l.available)
        return [
          { text: label },
          { text: "non disponible", align: "right" },
          { text: "—", align: "right" },
          ...(withAmounts
            ? [
                { text: "—", align: "right" as const },
                { text: "—", align: "right" as const },
              ]
            : []),
        ];
      return [
        { text: label, bold: l.key === "tous" },
        { text: frenchNumber(l.count), align: "right" },
        { text: rate(l.shareCount), align: "right" },
        ...(withAmounts
          ? [
              { text: frenchEuros(l.amount), align: "right" as const },
              { text: rate(l.shareAmount), align: "right" as const },
            ]
          : []),
      ];
    }),
  };
}

export function bilanBlocks(b: Bilan): Block[] {
  const { s1, s2, previous } = b.reports;
  const [statusChart, trajectoryChart] = bilanCharts(b);
  const out: Block[] = [];
  out.push({ kind: "title", text: BILAN_TITLE(b.year) });
  out.push({
    kind: "paragraph",
    text: `Classeur source${NBSP}: ${q(b.workbook)} — bilan établi le ${frenchDate(b.date)} à partir des semestres ${b.semesters.s2}, ${b.semesters.s1} et ${b.semesters.previous}.`,
  });

  // 2. L'essentiel
  out.push({ kind: "heading", level: 1, text: "L’essentiel" });
  out.push({
    kind: "bullet",
    text: completenessText(`Complétude ${b.semesters.s1}`, s1.completeness),
  });
  out.push({
    kind: "bullet",
    text: completenessText(`Complétude ${b.semesters.s2}`, s2.completeness),
  });
  out.push({
    kind: "bullet",
    text: completenessText(`Rappel ${b.semesters.previous}`, previous.completeness),
  });
  out.push({ kind: "heading", level: 2, text: `Statuts des indicateurs en ${b.semesters.s2}` });
  out.push({
    kind: "table",
    header: ["Statut", "Indicateurs"],
    widths: [60, 40],
    rows: STATUS_KEYS.map((s) => [
      statusCell(s),
      { text: frenchNumber(s2.statusCounts[s]), align: "right" },
    ]),
  });
  out.push({ kind: "chart", chart: statusChart! });
  out.push({ kind: "heading", level: 2, text: "Taux clés de l’année" });
  out.push({
    kind: "table",
    header: [
      "Taux",
      "Cible",
      `${b.year} en nombre`,
      `${b.year} en valeur`,
      `${b.year - 1} en nombre`,
      `${b.year - 1} en valeur`,
      "Statut",
    ],
    widths: [29, 10, 11, 11, 11, 11, 17],
    rows: b.essentials.keyRates.map((k) => [
      { text: `${k.code} — ${k.label}` },
      { text: tight(k.target) },
      { text: rate(k.byCount), align: "right" },
      { text: rate(k.byAmount), align: "right" },
      { text: rate(k.previousByCount), align: "right" },
      { text: rate(k.previousByAmount), align: "right" },
      k.status ? statusCell(k.status) : { text: "—" },
    ]),
  });
  out.push({ kind: "chart", chart: trajectoryChart! });
  const hours: string[] = [];
  if (b.essentials.plannedHours !== null)
    hours.push(
      `${frenchNumber(b.essentials.plannedHours, 2)}${NBSP}h prévues dans les marchés notifiés en ${b.year}`,
    );
  if (b.essentials.realisedHours !== null)
    hours.push(
      `${formatValue(b.essentials.realisedHours, "heures")} réalisées (IMP3-I3, ${b.semesters.s2})`,
    );
  out.push({
    kind: "paragraph",
    text: `Heures d’insertion${NBSP}: ${hours.length > 0 ? hours.join(" ; ").replace(/ ;/g, `${NBSP};`) : "non disponibles"}.`,
  });
  const movementBlocks = (title: string, list: Bilan["essentials"]["advances"]): void => {
    out.push({ kind: "heading", level: 2, text: title });
    if (list.length === 0) {
      out.push({
        kind: "paragraph",
        text: "Aucun indicateur chiffré avec une cible et une valeur l’année précédente ne s’inscrit ici.",
      });
      return;
    }
    for (const m of list)
      out.push({
        kind: "bullet",
        text: `${m.code ?? "Hors catalogue"} — ${m.label}${NBSP}: ${formatValue(m.previous, m.unit)} en ${b.year - 1}, ${formatValue(m.value, m.unit)} en ${b.year} (cible ${m.targetKind === "min" ? "≥" : "≤"} ${formatValue(m.target, m.unit)}${NBSP}; évolution rapportée à la cible${NBSP}: ${m.score > 0 ? "+" : ""}${frenchPercent(m.score)})`,
      });
  };
  movementBlocks("Principales avancées", b.essentials.advances);
  movementBlocks("Principaux retards", b.essentials.delays);

  // 3. One section per axis, one table per objective.
  for (const axis of b.axes) {
    out.push({ kind: "heading", level: 1, text: `Axe ${axis.code} — ${axis.label}` });
    for (const o of axis.objectives) {
      out.push({ kind: "heading", level: 2, text: `${o.code} — ${o.label}` });
      out.push({
        kind: "table",
        header: [
          "Code",
          "Indicateur",
          String(b.year - 1),
          b.semesters.s1,
          b.semesters.s2,
          "Cible",
          "Échéance",
          "Statut",
        ],
        widths: [11, 24, 9, 9, 9, 10, 13, 15],
        rows: o.rows.map((r) => [
          { text: r.code ?? "—" },
          { text: r.label },
          { text: formatValue(r.previous, r.unit), align: "right" },
          { text: formatValue(r.s1, r.unit), align: "right" },
          { text: formatValue(r.s2, r.unit), align: "right" },
          { text: tight(r.targetText) },
          { text: r.deadline ?? "—" },
          {
            ...statusCell(r.status),
            text: `${statusCell(r.status).text}${r.statusSemester === b.semesters.s1 ? ` (${r.statusSemester})` : ""}`,
          },
        ]),
      });
      for (const r of o.rows)
        if (r.comment)
          out.push({
            kind: "paragraph",
            note: true,
            text: `Commentaire ${r.code ?? r.label}${NBSP}: ${r.comment}`,
          });
    }
  }

  // 4. Achats responsables (L2111-3)
  out.push({ kind: "heading", level: 1, text: "Achats responsables de l’année" });
  const p = b.purchases;
  if (!p.available) {
    out.push({
      kind: "paragraph",
      text: "Le classeur n’a pas de registre des marchés exploitable (colonne «\u00a0Date de notification\u00a0»)\u00a0: ces chiffres ne peuvent pas être établis.",
    });
  } else {
    const total = p.total.lines[0]!;
    out.push({
      kind: "paragraph",
      text: `Marchés notifiés du 1er janvier au 31 décembre ${b.year}, en nombre et en valeur (article L2111-3 du code de la commande publique)${NBSP}: ${plural(total.count, "marché")} pour ${frenchEuros(total.amount)} HT.${p.withoutAmount > 0 ? ` ${plural(p.withoutAmount, "marché")} sans montant exploitable ${p.withoutAmount > 1 ? "sont comptés" : "est compté"} en nombre seulement.` : ""}`,
    });
    out.push(purchaseTable(p.total, true));
    if (p.byDirection.length > 0) {
      out.push({ kind: "heading", level: 2, text: "Par direction" });
      for (const g of p.byDirection) {
        out.push({ kind: "heading", level: 3, text: g.name });
        out.push(purchaseTable(g, true));
      }
    }
    out.push({ kind: "heading", level: 2, text: "Par nature" });
    for (const g of p.byNature) {
      out.push({ kind: "heading", level: 3, text: g.name });
      out.push(purchaseTable(g, true));
    }
  }

  // 5. Qualité des données
  out.push({ kind: "heading", level: 1, text: "Qualité des données" });
  out.push({
    kind: "paragraph",
    text: `Contrôle du classeur en ${b.semesters.s2}${NBSP}: ${SEVERITIES.map((s) => `${plural(b.quality.counts[s], SEVERITY_PRESENTATION[s].label.toLowerCase())}`).join(", ")}.`,
  });
  if (b.quality.errors.length > 0)
    out.push({
      kind: "table",
      header: ["Feuille", "Cellule", "Indicateur", "Erreur"],
      widths: [18, 10, 12, 60],
      rows: b.quality.errors.map((i) => [
        { text: i.sheet ?? "—" },
        { text: i.cell ?? "—" },
        { text: i.code ?? "—" },
        { text: i.message },
      ]),
    });
  else out.push({ kind: "paragraph", text: "Aucune erreur." });

  // 6. Méthode
  out.push({ kind: "heading", level: 1, text: "Méthode" });
  for (const m of b.method) out.push({ kind: "paragraph", text: m });
  return out.map(typeset);
}

function typeset(block: Block): Block {
  switch (block.kind) {
    case "chart":
      return block;
    case "table":
      return {
        ...block,
        header: block.header.map(frenchTypography),
        rows: block.rows.map((r) => r.map((c) => ({ ...c, text: frenchTypography(c.text) }))),
      };
    default:
      return { ...block, text: frenchTypography(block.text) };
  }
}
