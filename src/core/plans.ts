/**
 * The three output sheets as host-agnostic plans (PRODUCT §5). Writers translate them and decide
 * nothing, so a sheet looks the same whether it was written by ExcelJS or Office.js.
 */
import { AXES, OBJECTIVES, type Unit } from "./catalogue";
import type { CellStyle, PlanCell, PlanValue, SheetPlan } from "./sheetPlan";
import type { RefreshModel } from "./refreshModel";
import { STATUS_KEYS, SEVERITIES, type StatusKey } from "./status";
import {
  SEVERITY_PRESENTATION,
  STATUS_PRESENTATION,
  severityText,
  statusText,
} from "./statusPresentation";
import { semesterId, semesterLabel } from "./semester";
import { columnLetters } from "./grid";
import { deadlineText, targetText } from "./targets";

const BORDER = "BFBFBF";

const BASE_STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, size: 14, color: "1F3864" },
  subtitle: { italic: true, color: "404040" },
  section: { bold: true, size: 12, color: "1F4E79" },
  header: {
    bold: true,
    fill: "1F4E79",
    color: "FFFFFF",
    wrap: true,
    border: BORDER,
    align: "center",
  },
  label: { bold: true, border: BORDER },
  cell: { border: BORDER },
  wrap: { border: BORDER, wrap: true },
  number: { border: BORDER, align: "right" },
  link: { border: BORDER, color: "0563C1", underline: true },
};

function withStatusStyles(): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = { ...BASE_STYLES };
  for (const s of STATUS_KEYS) {
    const p = STATUS_PRESENTATION[s];
    styles[`status_${s}`] = { fill: p.fill, color: p.color, bold: true, border: BORDER };
  }
  for (const s of SEVERITIES) {
    const p = SEVERITY_PRESENTATION[s];
    styles[`severity_${s}`] = { fill: p.fill, color: p.color, bold: true, border: BORDER };
  }
  return styles;
}

const STYLES = withStatusStyles();

export const FORMAT_RATE = "0.0%";
export const FORMAT_COUNT = "#,##0";

/** Number format of a value of this unit. */
export function unitFormat(unit: Unit): string | undefined {
  switch (unit) {
    case "%":
    case "%±":
      return FORMAT_RATE;
    case "nombre":
      return "#,##0";
    case "€":
      return '#,##0 "€"';
    case "heures":
      return '#,##0 "h"';
    case "tonnes":
      return '#,##0.0 "t"';
    case "litres":
      return '#,##0 "l"';
    case "km":
      return '#,##0.0 "km"';
    case "années":
      return '0.0 "ans"';
    case "oui/non":
    case "texte":
      return undefined;
  }
}

/** Number format for one value: whole counts without decimals, fractional counts with them. */
function valueFormat(unit: Unit, value: number): string | undefined {
  if (unit === "nombre" && !Number.isInteger(value)) return "#,##0.0#";
  return unitFormat(unit);
}

function signedFormat(unit: Unit): string | undefined {
  const f = unitFormat(unit);
  return f ? `+${f};-${f};${f}` : undefined;
}

const c = (value: PlanValue, style?: string, numberFormat?: string): PlanCell => ({
  value,
  ...(style ? { style } : {}),
  ...(numberFormat ? { numberFormat } : {}),
});

function displayValue(v: number | boolean | string | null): PlanValue {
  if (typeof v === "boolean") return v ? "oui" : "non";
  return v;
}

const HOUR_MS = 3_600_000;

/** 00:00 UTC of the last Sunday of a month (`month0`: 0 = January). */
function lastSundayUtc(year: number, month0: number): number {
  const last = Date.UTC(year, month0 + 1, 0);
  return last - new Date(last).getUTCDay() * 24 * HOUR_MS;
}

/**
 * The offset of Paris time at instant `t`, in hours: UTC+2 from the last Sunday of March to the
 * last Sunday of October, both at 01:00 UTC (EU summer time, Directive 2000/84/EC), else UTC+1.
 * Written out rather than asked of Intl.DateTimeFormat, whose time-zone data take 15 to 30 ms to
 * load on a refresh's first date; the tests hold it to Intl's answer, hour by hour around every
 * change from 2020 to 2040, so that a change of the rule in Node's time-zone data shows.
 */
export function parisOffsetHours(t: number): number {
  const year = new Date(t).getUTCFullYear();
  const summer = lastSundayUtc(year, 2) + HOUR_MS;
  const winter = lastSundayUtc(year, 9) + HOUR_MS;
  return t >= summer && t < winter ? 2 : 1;
}

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * `Synthèse` date, Paris time (« 30/11/2026 à 12:08 »): the only cell that changes between two
 * refreshes of the same data.
 */
export function refreshDateText(d: Date): string {
  const t = d.getTime();
  if (!Number.isFinite(t)) throw new RangeError("Date d’actualisation invalide");
  const paris = new Date(t + parisOffsetHours(t) * HOUR_MS);
  return `${two(paris.getUTCDate())}/${two(paris.getUTCMonth() + 1)}/${paris.getUTCFullYear()} à ${two(paris.getUTCHours())}:${two(paris.getUTCMinutes())}`;
}

export function buildStatutPlan(m: RefreshModel): SheetPlan {
  const header = [
    "Code",
    "Axe",
    "Objectif",
    "Indicateur",
    "Responsable",
    "Valeur",
    "Valeur un an plus tôt",
    "Évolution",
    "Cible",
    "Échéance",
    "Attendu (trajectoire)",
    "Part de la cible",
    "Statut",
    "Source",
    "Remarque",
  ];
  const rows: PlanCell[][] = [
    [
      c(
        `Statut des indicateurs SPASER — ${semesterLabel(m.semester)} (${semesterId(m.semester)})`,
        "title",
      ),
    ],
    header.map((h) => c(h, "header")),
  ];
  for (const e of m.evaluated) {
    const ind = e.indicator;
    const change =
      typeof e.value === "number" && typeof e.previous === "number" ? e.value - e.previous : null;
    const share =
      ind.target.kind === "min" && typeof e.value === "number" && ind.target.value > 0
        ? e.value / ind.target.value
        : null;
    rows.push([
      c(ind.code ?? "", "label"),
      c(AXES.find((a) => a.code === ind.axis)?.label ?? ind.axis, "wrap"),
      c(OBJECTIVES.find((o) => o.code === ind.objective)?.label ?? ind.objective, "wrap"),
      c(ind.label, "wrap"),
      c(ind.owner ?? "", "wrap"),
      c(
        displayValue(e.value),
        typeof e.value === "number" ? "number" : "cell",
        typeof e.value === "number" ? valueFormat(ind.unit, e.value) : undefined,
      ),
      c(
        displayValue(e.previous),
        typeof e.previous === "number" ? "number" : "cell",
        typeof e.previous === "number" ? valueFormat(ind.unit, e.previous) : undefined,
      ),
      c(change, "number", change === null ? undefined : signedFormat(ind.unit)),
      c(targetText(ind.target, ind.unit), "cell"),
      c(deadlineText(ind.deadline), "cell"),
      c(e.expected, "number", e.expected === null ? undefined : valueFormat(ind.unit, e.expected)),
      c(share, "number", share === null ? undefined : "0%"),
      c(statusText(e.status), `status_${e.status}`),
      c(e.source ?? "", "cell"),
      c(e.remark, "wrap"),
    ]);
  }
  const last = rows.length;
  return {
    name: m.names.statut,
    kind: "statut",
    semester: semesterId(m.semester),
    columnWidths: [10, 22, 30, 48, 24, 13, 13, 12, 14, 15, 13, 10, 17, 9, 40],
    rows,
    styles: STYLES,
    freeze: { rows: 2, columns: 1 },
    autoFilter: `A2:${columnLetters(header.length - 1)}${last}`,
    print: { landscape: true, fitToWidth: true },
  };
}

export function buildControlePlan(m: RefreshModel): SheetPlan {
  const counts = { erreur: 0, avertissement: 0, info: 0 };
  for (const i of m.issues) counts[i.severity]++;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
  const rows: PlanCell[][] = [
    [c(`Contrôle des données — ${semesterLabel(m.semester)} (${semesterId(m.semester)})`, "title")],
    [
      c(
        `${plural(counts.erreur, "erreur")}, ${plural(counts.avertissement, "avertissement")}, ${plural(counts.info, "information")}. Cliquez sur une cellule pour aller à la donnée en cause.`,
        "subtitle",
      ),
    ],
    ["Gravité", "Feuille", "Cellule", "Indicateur", "Message"].map((h) => c(h, "header")),
  ];
  for (const i of m.issues) {
    const cellRef: PlanCell =
      i.sheet && i.cell
        ? { value: i.cell, style: "link", link: { sheet: i.sheet, cell: i.cell } }
        : c(i.cell ?? "", "cell");
    rows.push([
      c(severityText(i.severity), `severity_${i.severity}`),
      c(i.sheet ?? "", "cell"),
      cellRef,
      c(i.code ?? "", "cell"),
      c(i.message, "wrap"),
    ]);
  }
  if (m.issues.length === 0)
    rows.push([
      c("—", "cell"),
      c("", "cell"),
      c("", "cell"),
      c("", "cell"),
      c("Aucune anomalie détectée.", "wrap"),
    ]);
  return {
    name: m.names.controle,
    kind: "controle",
    semester: semesterId(m.semester),
    columnWidths: [18, 18, 10, 11, 100],
    rows,
    styles: STYLES,
    freeze: { rows: 3, columns: 0 },
    autoFilter: `A3:E${rows.length}`,
    print: { landscape: true, fitToWidth: true },
  };
}

function countBy<K extends string>(
  items: readonly { status: StatusKey }[],
  key: (i: number) => K | undefined,
): Map<K, Record<StatusKey, number>> {
  const out = new Map<K, Record<StatusKey, number>>();
  items.forEach((item, i) => {
    const k = key(i);
    if (k === undefined) return;
    let row = out.get(k);
    if (!row) {
      row = Object.fromEntries(STATUS_KEYS.map((s) => [s, 0])) as Record<StatusKey, number>;
      out.set(k, row);
    }
    row[item.status]++;
  });
  return out;
}

export function buildSynthesePlan(m: RefreshModel): SheetPlan {
  const r = m.report;
  const rows: PlanCell[][] = [];
  const merges: string[] = [];
  const dataBars: NonNullable<SheetPlan["dataBars"]>[number][] = [];
  const push = (row: PlanCell[]) => rows.push(row);
  const rowNo = () => rows.length; // 0-based index of the next row
  push([
    c(
      `Synthèse SPASER 2026-2030 — ${semesterLabel(m.semester)} (${semesterId(m.semester)})`,
      "title",
    ),
  ]);
  merges.push("A1:I1");
  push([c("Classeur", "label"), c(r.workbook, "cell")]);
  push([c("Actualisé le", "label"), c(refreshDateText(m.refreshedAt), "cell")]);
  const registerText = m.registerSheet
    ? `registre « ${m.registerSheet} »${m.contractsInScope !== null ? ` (${m.contractsInScope} marché${m.contractsInScope > 1 ? "s" : ""} notifié${m.contractsInScope > 1 ? "s" : ""} depuis le 1er janvier)` : ""}`
    : "aucun registre des marchés";
  push([c("Sources", "label"), c(`feuille « ${m.pilotSheet} » ; ${registerText}`, "cell")]);
  merges.push("B2:I2", "B3:I3", "B4:I4");
  push([]);

  push([c("Complétude des indicateurs (GOV2-I4)", "section")]);
  push([c("Indicateurs attendus", "label"), c(r.completeness.expected, "number", FORMAT_COUNT)]);
  push([c("Indicateurs renseignés", "label"), c(r.completeness.filled, "number", FORMAT_COUNT)]);
  const gov = m.evaluated.find((e) => e.indicator.code === "GOV2-I4");
  push([
    c("Taux de complétude", "label"),
    c(r.completeness.rate, "number", FORMAT_RATE),
    ...(gov ? [c(statusText(gov.status), `status_${gov.status}`)] : []),
  ]);
  push([]);

  push([c("Statuts des indicateurs", "section")]);
  push([c("Statut", "header"), c("Nombre", "header"), c("Part", "header")]);
  const statusFirst = rowNo();
  const listed = m.evaluated.length;
  for (const s of STATUS_KEYS) {
    const n = r.statusCounts[s];
    push([
      c(statusText(s), `status_${s}`),
      c(n, "number", FORMAT_COUNT),
      c(listed > 0 ? n / listed : null, "number", FORMAT_RATE),
    ]);
  }
  const statusRange = {
    categories: `A${statusFirst + 1}:A${rowNo()}`,
    values: `B${statusFirst + 1}:B${rowNo()}`,
  };
  dataBars.push({ range: `C${statusFirst + 1}:C${rowNo()}`, color: "5B9BD5", min: 0, max: 1 });
  push([]);

  push([c("Taux phares (année en cours, L2111-3 : en nombre et en montant)", "section")]);
  push(
    ["Indicateur", "Code", "Cible", "En nombre de marchés", "En montant", "Statut"].map((h) =>
      c(h, "header"),
    ),
  );
  const headFirst = rowNo();
  for (const h of m.headline)
    push([
      c(h.label, "wrap"),
      c(h.code, "cell"),
      c(h.target, "cell"),
      c(h.byCount, "number", FORMAT_RATE),
      c(h.byAmount, "number", FORMAT_RATE),
      h.status ? c(statusText(h.status), `status_${h.status}`) : c("", "cell"),
    ]);
  if (m.headline.length > 0) {
    dataBars.push({ range: `D${headFirst + 1}:D${rowNo()}`, color: "70AD47", min: 0, max: 1 });
    dataBars.push({ range: `E${headFirst + 1}:E${rowNo()}`, color: "70AD47", min: 0, max: 1 });
  }
  if (m.plannedHours !== null)
    push([
      c("Heures d’insertion prévues dans les marchés notifiés depuis le 1er janvier", "wrap"),
      c("", "cell"),
      c("", "cell"),
      c(m.plannedHours, "number", '#,##0 "h"'),
    ]);
  push([]);

  const groupHeader = (first: string) =>
    [
      first,
      "Indicateurs",
      ...STATUS_KEYS.map((s) => `${STATUS_PRESENTATION[s].symbol} ${STATUS_PRESENTATION[s].label}`),
    ].map((h) => c(h, "header"));
  push([c("Par axe", "section")]);
  push(groupHeader("Axe"));
  const byAxis = countBy(m.evaluated, (i) => m.evaluated[i]!.indicator.axis);
  const axisOrder = [
    ...AXES.map((a) => a.code),
    ...[...byAxis.keys()].filter((k) => !AXES.some((a) => a.code === k)),
  ];
  for (const axis of axisOrder) {
    const counts = byAxis.get(axis);
    if (!counts) continue;
    const total = STATUS_KEYS.reduce((n, s) => n + counts[s], 0);
    push([
      c(AXES.find((a) => a.code === axis)?.label ?? axis, "label"),
      c(total, "number"),
      ...STATUS_KEYS.map((s) => c(counts[s], counts[s] > 0 ? `status_${s}` : "number")),
    ]);
  }
  push([]);
  push([c("Par objectif", "section")]);
  push(groupHeader("Objectif"));
  const byObjective = countBy(m.evaluated, (i) => m.evaluated[i]!.indicator.catalogue?.objective);
  for (const o of OBJECTIVES) {
    const counts = byObjective.get(o.code);
    if (!counts) continue;
    const total = STATUS_KEYS.reduce((n, s) => n + counts[s], 0);
    push([
      c(`${o.code} — ${o.label}`, "wrap"),
      c(total, "number"),
      ...STATUS_KEYS.map((s) => c(counts[s], counts[s] > 0 ? `status_${s}` : "number")),
    ]);
  }
  push([]);
  push([c("Complétude par responsable", "section")]);
  push(["Responsable", "Attendus", "Renseignés", "Taux"].map((h) => c(h, "header")));
  const ownerFirst = rowNo();
  for (const o of m.owners)
    push([
      c(o.owner, "wrap"),
      c(o.expected, "number"),
      c(o.filled, "number"),
      c(o.expected > 0 ? o.filled / o.expected : null, "number", FORMAT_RATE),
    ]);
  if (m.owners.length > 0)
    dataBars.push({ range: `D${ownerFirst + 1}:D${rowNo()}`, color: "5B9BD5", min: 0, max: 1 });

  return {
    name: m.names.synthese,
    kind: "synthese",
    semester: semesterId(m.semester),
    columnWidths: [46, 14, 16, 16, 14, 17, 16, 15, 15],
    rows,
    styles: STYLES,
    merges,
    dataBars,
    charts: [
      {
        title: "Statuts des indicateurs",
        categories: statusRange.categories,
        values: statusRange.values,
        anchor: "K6",
      },
    ],
    print: { landscape: true, fitToWidth: true },
  };
}

const LINE_HEIGHT = 15;

/**
 * Heights for rows whose wrapped text needs several lines: hosts do not all fit rows to wrapped
 * text when a file is opened, so the plan says how tall each row is (about 1.2 characters of
 * body text per unit of column width).
 */
export function withRowHeights(plan: SheetPlan): SheetPlan {
  const heights = plan.rows.map((row) => {
    let lines = 1;
    row.forEach((cell, col) => {
      if (!cell.style || !plan.styles[cell.style]?.wrap || typeof cell.value !== "string") return;
      const perLine = Math.max(1, Math.floor((plan.columnWidths[col] ?? 10) * 1.2));
      const needed = cell.value
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    return lines > 1 ? lines * LINE_HEIGHT : undefined;
  });
  return heights.some((h) => h !== undefined) ? { ...plan, rowHeights: heights } : plan;
}

export function buildPlans(m: RefreshModel): SheetPlan[] {
  return [buildSynthesePlan(m), buildStatutPlan(m), buildControlePlan(m)].map(withRowHeights);
}
