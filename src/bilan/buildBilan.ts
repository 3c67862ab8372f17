/**
 * The bilan annuel (PRODUCT §11) composed from refreshes run by the core: `Y-S2` (the year's
 * value and status), `Y-S1` (half-year values; `A1` indicators take value and status from it) and
 * `Y-1-S2` (the previous year), plus one refresh per semester of the workbook for the key-rate
 * trajectories. No rule is re-implemented here: figures are read from the refresh models and
 * the register flags the core computed. Pure: no I/O, no Office, no DOM, no Node.
 */
import type { ManualMapping } from "../core/api";
import { AXES, axisLabel, catalogueByCode, objectiveLabel } from "../core/catalogue";
import { cellText, readIndicatorCell } from "../core/cellReading";
import type { Grid } from "../core/grid";
import type { ReportIndicator } from "../core/report";
import type { RefreshModel } from "../core/refreshModel";
import { type RefreshModelOutcome, readPilotSheet, refreshWorkbookModel } from "../core/refresh";
import { Evaluator } from "../core/evaluate";
import { IssueList } from "../core/issues";
import type { PilotLayout, PilotRow } from "../core/pilotSheet";
import { type Semester, compareSemesters, parseSemesterId, semesterId } from "../core/semester";
import { STATUS_KEYS, type StatusKey } from "../core/status";
import { targetText } from "../core/targets";
import type { Unit } from "../core/catalogue";
import { methodParagraphs } from "./method";
import type { Bilan, BilanAxis, BilanMovement, BilanRow, BilanTrajectory } from "./model";
import { purchasesOfYear } from "./purchases";

export interface BilanOptions {
  readonly workbookName: string;
  /** The year `Y`; default: the latest year whose S2 column holds a usable entered value. */
  readonly year?: number;
  /** Date printed on the bilan (and given to the refreshes). */
  readonly date: Date;
  readonly mapping?: ManualMapping;
  readonly tolerance?: number;
}

export type BilanOutcome =
  | { readonly ok: true; readonly bilan: Bilan }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** Years a bilan can be asked for (a typo such as 206 gets a French sentence, not a refresh). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const MOVEMENTS_SHOWN = 3;

type Value = ReportIndicator["value"];

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function key(i: { code: string | null; label: string }): string {
  return i.code ?? `#${i.label}`;
}

/**
 * §11: the latest year whose S2 column holds a usable entered value, else the latest year with
 * any semester data (a usable entered value), else the latest semester column's year.
 */
export function defaultYear(model: RefreshModel): number | undefined {
  return defaultYearOf(
    model.layout,
    model.evaluated.map((e) => e.indicator),
  );
}

/** defaultYear from the indicator sheet's layout and rows, the register unread. */
function defaultYearOf(layout: PilotLayout, rows: readonly PilotRow[]): number | undefined {
  const columns = [...layout.semesters.values()].map((c) => c.semester);
  if (columns.length === 0) return undefined;
  const withData = columns.filter((s) =>
    rows.some((row) => {
      const cell = row.cells.get(semesterId(s));
      return cell !== undefined && readIndicatorCell(cell.raw, row.unit).kind === "value";
    }),
  );
  const latest = (list: readonly Semester[]) =>
    list.length === 0 ? undefined : Math.max(...list.map((s) => s.year));
  return latest(withData.filter((s) => s.half === 2)) ?? latest(withData) ?? latest(columns);
}

/** The years a bilan can be made for, newest first, and the default one; or why there are none. */
export type BilanYears =
  | { readonly years: number[]; readonly defaultYear: number | undefined }
  | { readonly error: string };

/**
 * Years a bilan can be made for (those of the semester columns) and the default one (§11). Read
 * from the indicator sheet alone: the register, up to 500 000 rows, is read by the bilan itself.
 */
export function bilanYears(grids: readonly Grid[], workbookName: string): BilanYears {
  const pilot = readPilotSheet(grids, { workbookName }, new IssueList());
  if (!pilot.ok) return { error: pilot.message };
  const years = [...new Set([...pilot.layout.semesters.values()].map((c) => c.semester.year))];
  return {
    years: years.sort((a, b) => b - a),
    defaultYear: defaultYearOf(pilot.layout, Evaluator.allRows(pilot.rows)),
  };
}

function commentOf(grids: readonly Grid[], model: RefreshModel, row: number): string | null {
  const col = model.layout.columns.commentaire;
  if (col === undefined || row < 0) return null;
  const grid = grids.find((g) => g.name === model.layout.sheet);
  const text = cellText(grid?.rows[row]?.[col] ?? null).trim();
  return text === "" ? null : text;
}

function movement(row: BilanRow, value: Value): BilanMovement | null {
  if (typeof value !== "number" || typeof row.previous !== "number") return null;
  if ((row.targetKind !== "min" && row.targetKind !== "max") || typeof row.target !== "number")
    return null;
  if (row.target === 0) return null;
  const sign = row.targetKind === "min" ? 1 : -1;
  return {
    code: row.code,
    label: row.label,
    unit: row.unit,
    previous: row.previous,
    value,
    target: row.target,
    targetKind: row.targetKind,
    score: (sign * (value - row.previous)) / Math.abs(row.target),
  };
}

function byCode(a: { code: string | null; label: string }, b: typeof a): number {
  return key(a).localeCompare(key(b), "fr");
}

/** Larger score first; scores within ε (1e-9, as every comparison of PRODUCT §4) tie, by code. */
function byScore(a: BilanMovement, b: BilanMovement, sign: 1 | -1): number {
  const d = sign * (b.score - a.score);
  return Math.abs(d) <= 1e-9 ? byCode(a, b) : d;
}

/** Builds the bilan at once (command line, tests). */
export function buildBilan(grids: readonly Grid[], options: BilanOptions): BilanOutcome {
  const steps = bilanSteps(grids, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The bilan, one refresh of the workbook at a time: the generator stops after each refresh (up to
 * a dozen per bilan, the first one reading the register), so that a pane can give the page a turn
 * between two; `buildBilan` runs it through at once. Stopping changes nothing in the result.
 */
export function* bilanSteps(
  grids: readonly Grid[],
  options: BilanOptions,
): Generator<void, BilanOutcome, void> {
  const cache = new Map<string, RefreshModelOutcome>();
  function* refresh(semester: string | undefined): Generator<void, RefreshModelOutcome, void> {
    const k = semester ?? "";
    let hit = cache.get(k);
    if (!hit) {
      hit = refreshWorkbookModel(grids, {
        workbookName: options.workbookName,
        refreshedAt: options.date,
        ...(semester ? { semester } : {}),
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
      });
      cache.set(k, hit);
      yield;
    }
    return hit;
  }

  let year = options.year;
  if (year === undefined) {
    const first = yield* refresh(undefined);
    if (!first.ok) return first;
    year = defaultYear(first.model);
    if (year === undefined)
      return {
        ok: false,
        code: "no-year",
        message:
          "Le classeur n’a aucune colonne de semestre : impossible de choisir l’année du bilan.",
      };
  }
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return {
      ok: false,
      code: "bad-year",
      message: `Année « ${year} » invalide : indiquez une année sur quatre chiffres, par exemple 2026.`,
    };

  const ids = { s2: `${year}-S2`, s1: `${year}-S1`, previous: `${year - 1}-S2` } as const;
  const s2 = yield* refresh(ids.s2);
  if (!s2.ok) return s2;
  const s1 = yield* refresh(ids.s1);
  if (!s1.ok) return s1;
  const prev = yield* refresh(ids.previous);
  if (!prev.ok) return prev;
  const m2 = s2.model;
  const m1 = s1.model;
  const mp = prev.model;

  const find = (report: { indicators: readonly ReportIndicator[] }, k: string) =>
    report.indicators.find((i) => key(i) === k);

  // Rows: every indicator listed at Y-S2, then those listed only at Y-S1 (A1 indicators).
  const listed: ReportIndicator[] = [...m2.report.indicators];
  for (const i of m1.report.indicators) if (!find(m2.report, key(i))) listed.push(i);
  const pilotRows = new Map<string, number>();
  for (const m of [m2, m1, mp])
    for (const e of m.evaluated) pilotRows.set(key(e.indicator), e.indicator.row);

  const rows: (BilanRow & { axis: string; objective: string; yearValue: Value })[] = listed.map(
    (ind) => {
      const k = key(ind);
      const in2 = find(m2.report, k);
      const in1 = find(m1.report, k);
      const inPrev = find(mp.report, k);
      const annualS1 = ind.code !== null && catalogueByCode(ind.code)?.periodicity === "A1";
      const statusFrom = annualS1 || !in2 ? in1! : in2;
      const unit = ind.unit as Unit;
      return {
        code: ind.code,
        label: ind.label,
        unit: ind.unit,
        previous: annualS1 ? (in1?.previous ?? null) : (inPrev?.value ?? in2?.previous ?? null),
        s1: in1?.value ?? null,
        s2: in2?.value ?? null,
        targetKind: statusFrom.targetKind,
        target: statusFrom.target,
        targetText: targetText(
          statusFrom.targetKind === "min" || statusFrom.targetKind === "max"
            ? { kind: statusFrom.targetKind, value: statusFrom.target as number }
            : { kind: statusFrom.targetKind },
          unit,
        ),
        deadline: statusFrom.deadline ?? null,
        status: statusFrom.status,
        statusSemester: statusFrom === in2 ? ids.s2 : ids.s1,
        comment: commentOf(grids, m2, pilotRows.get(k) ?? -1),
        axis: ind.axis ?? "",
        objective: ind.objective ?? "",
        yearValue: statusFrom.value,
      };
    },
  );

  // Axes in the catalogue's order, then any other axis in order of appearance.
  const axisOrder = [...AXES.map((a) => a.code)];
  for (const r of rows) if (!axisOrder.includes(r.axis)) axisOrder.push(r.axis);
  const axes: BilanAxis[] = [];
  for (const code of axisOrder) {
    const mine = rows.filter((r) => r.axis === code);
    if (mine.length === 0) continue;
    const objectives: string[] = [];
    for (const r of mine) if (!objectives.includes(r.objective)) objectives.push(r.objective);
    const counts = Object.fromEntries(STATUS_KEYS.map((s) => [s, 0])) as Record<StatusKey, number>;
    for (const r of mine) counts[r.status]++;
    axes.push({
      code,
      label: code === "" ? "Hors axe" : axisLabel(code),
      objectives: objectives.map((o) => ({
        code: o,
        label: o === "" ? "Hors objectif" : objectiveLabel(o),
        rows: mine
          .filter((r) => r.objective === o)
          .map(({ axis: _a, objective: _o, yearValue: _v, ...row }) => row),
      })),
      statusCounts: counts,
    });
  }

  const moves = rows
    .map((r) => movement(r, r.yearValue))
    .filter((m): m is BilanMovement => m !== null);
  const advances = moves
    .filter((m) => m.score > 1e-9)
    .sort((a, b) => byScore(a, b, 1))
    .slice(0, MOVEMENTS_SHOWN);
  const delays = moves
    .filter((m) => m.score < -1e-9)
    .sort((a, b) => byScore(a, b, -1))
    .slice(0, MOVEMENTS_SHOWN);

  const keyRates = m2.headline.map((h) => {
    const ind = find(m2.report, h.code);
    const before = mp.headline.find((x) => x.code === h.code);
    return {
      code: h.code,
      label: h.label,
      target: h.target,
      targetValue: typeof ind?.target === "number" ? ind.target : null,
      byCount: h.byCount,
      byAmount: h.byAmount,
      status: h.status,
      previousByCount: before?.byCount ?? null,
      previousByAmount: before?.byAmount ?? null,
    };
  });

  // Trajectories: every semester column of the workbook and the bilan's semesters.
  const semesters = new Map<string, Semester>();
  for (const c of m2.layout.semesters.values()) semesters.set(semesterId(c.semester), c.semester);
  for (const id of Object.values(ids)) semesters.set(id, parseSemesterId(id)!);
  const ordered = [...semesters.values()].sort(compareSemesters).map(semesterId);
  const perSemester = new Map<string, RefreshModel | null>();
  for (const id of ordered) {
    const r = yield* refresh(id);
    perSemester.set(id, r.ok ? r.model : null);
  }
  const trajectories: BilanTrajectory[] = keyRates.map((k) => ({
    code: k.code,
    label: k.label,
    targetValue: k.targetValue,
    points: ordered.map((id) => ({
      semester: id,
      value: perSemester.get(id)?.headline.find((h) => h.code === k.code)?.byCount ?? null,
    })),
  }));

  const realised = find(m2.report, "IMP3-I3");
  const issues = m2.report.issues;
  const bilan: Bilan = {
    schemaVersion: 1,
    workbook: options.workbookName,
    year,
    date: isoDate(options.date),
    semesters: ids,
    reports: { s2: m2.report, s1: m1.report, previous: mp.report },
    essentials: {
      keyRates,
      plannedHours: m2.plannedHours,
      realisedHours: realised?.value ?? null,
      advances,
      delays,
    },
    axes,
    purchases: purchasesOfYear(m2),
    quality: {
      counts: {
        erreur: issues.filter((i) => i.severity === "erreur").length,
        avertissement: issues.filter((i) => i.severity === "avertissement").length,
        info: issues.filter((i) => i.severity === "info").length,
      },
      errors: issues.filter((i) => i.severity === "erreur"),
    },
    trajectories,
    method: [],
  };
  return { ok: true, bilan: { ...bilan, method: methodParagraphs(bilan) } };
}
