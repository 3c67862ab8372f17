/**
 * Finding and reading the indicator sheet (PRODUCT §1): found by content, header row anywhere
 * in the first 20 rows, rows matched to the catalogue by code, then by label.
 */
import type { ManualMapping, PilotColumnKey } from "./api";
import {
  AXES,
  OBJECTIVES,
  type CatalogueIndicator,
  type Deadline,
  type Periodicity,
  type Target,
  type Unit,
  catalogueByCode,
} from "./catalogue";
import { type CellValue, type Grid, cellAddress } from "./grid";
import { assignColumns, matchPilotHeader } from "./headers";
import type { IssueList } from "./issues";
import { normalizeText } from "./normalize";
import { type Semester, parseSemesterHeader, parseSemesterId, semesterId } from "./semester";
import { cellText, isBlankCell, readIndicatorCell } from "./cellReading";
import { matchLabel } from "./labelMatching";
import {
  deadlineText,
  parseDeadlineCell,
  parseTargetCell,
  parseUnit,
  targetText,
  unitsAgree,
} from "./targets";

export const HEADER_SCAN_ROWS = 20;
const NAME_HINTS = [
  "indicateurs",
  "tableau de pilotage",
  "pilotage",
  "indicateur",
  "tableau de bord",
];

export interface SemesterColumn {
  readonly semester: Semester;
  readonly col: number;
  readonly annual: boolean;
}

export interface PilotLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<PilotColumnKey, number>>;
  /** One column per semester id (a semester column beats an annual one). */
  readonly semesters: ReadonlyMap<string, SemesterColumn>;
}

export interface PilotRow {
  readonly row: number;
  readonly catalogue: CatalogueIndicator | null;
  readonly code: string | null;
  readonly label: string;
  readonly axis: string;
  readonly objective: string;
  readonly unit: Unit;
  readonly target: Target;
  readonly deadline: Deadline;
  readonly periodicity: Periodicity;
  readonly owner: string | null;
  /** Baseline from `Référence` + `Période de référence`, when both are usable. */
  readonly reference: { readonly value: number; readonly semester: Semester } | null;
  readonly cells: ReadonlyMap<string, { readonly col: number; readonly raw: CellValue }>;
}

interface HeaderScan {
  readonly row: number;
  readonly columns: Partial<Record<PilotColumnKey, number>>;
  readonly semesterCount: number;
}

/** The first of the first 20 rows that holds an indicator-label column and a semester column. */
export function findPilotHeader(grid: Grid): HeaderScan | undefined {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    let semesterCount = 0;
    const matches = row.map((cell) => {
      if (parseSemesterHeader(cell)) {
        semesterCount++;
        return undefined;
      }
      return typeof cell === "string" ? matchPilotHeader(cell) : undefined;
    });
    const columns = assignColumns(matches);
    if (columns.indicateur !== undefined && semesterCount > 0)
      return { row: r, columns, semesterCount };
  }
  return undefined;
}

function hintRank(name: string): number {
  const n = normalizeText(name);
  const i = NAME_HINTS.findIndex((h) => n === h || n.includes(h));
  return i < 0 ? NAME_HINTS.length : i;
}

/** Our own output sheets are never inputs. */
export function isOutputSheetName(name: string): boolean {
  return /^(Synthèse|Statut|Contrôle) \d{4}-S[12]( \(\d+\))?$/.test(name);
}

/** Picks the indicator sheet: a name hint first, then the most rows, then sheet order. */
export function findPilotSheet(
  grids: readonly Grid[],
  skip: ReadonlySet<string>,
): { grid: Grid; scan: HeaderScan } | undefined {
  let best: { grid: Grid; scan: HeaderScan; rank: number; rows: number; order: number } | undefined;
  grids.forEach((grid, order) => {
    if (skip.has(grid.name) || isOutputSheetName(grid.name)) return;
    const scan = findPilotHeader(grid);
    if (!scan) return;
    const rank = hintRank(grid.name);
    const rows = grid.rows.length - scan.row;
    if (!best || rank < best.rank || (rank === best.rank && rows > best.rows))
      best = { grid, scan, rank, rows, order };
  });
  return best ? { grid: best.grid, scan: best.scan } : undefined;
}

function semesterColumns(
  grid: Grid,
  headerRow: number,
  sheet: string,
  issues: IssueList,
): Map<string, SemesterColumn> {
  const out = new Map<string, SemesterColumn>();
  const row = grid.rows[headerRow] ?? [];
  row.forEach((cell, col) => {
    const h = parseSemesterHeader(cell);
    if (!h) return;
    const id = semesterId(h.semester);
    const annual = h.kind === "year";
    const current = out.get(id);
    if (!current) {
      out.set(id, { semester: h.semester, col, annual });
      return;
    }
    if (current.annual && !annual) {
      out.set(id, { semester: h.semester, col, annual });
      issues.add(
        "info",
        `La colonne annuelle « ${cellText(row[current.col] ?? null)} » est ignorée : la colonne semestrielle « ${cellText(cell)} » prime pour ${id}.`,
        { sheet, cell: cellAddress(headerRow, current.col) },
      );
    } else {
      issues.add(
        "info",
        `La colonne « ${cellText(cell)} » est ignorée : ${id} a déjà une colonne.`,
        { sheet, cell: cellAddress(headerRow, col) },
      );
    }
  });
  return out;
}

export function pilotLayout(
  grid: Grid,
  headerRow: number,
  columns: Partial<Record<PilotColumnKey, number>>,
  issues: IssueList,
): PilotLayout {
  return {
    sheet: grid.name,
    headerRow,
    columns,
    semesters: semesterColumns(grid, headerRow, grid.name, issues),
  };
}

/** Applies a user's mapping; undefined when it does not fit the workbook. */
export function layoutFromMapping(
  grids: readonly Grid[],
  mapping: ManualMapping,
  issues: IssueList,
): PilotLayout | undefined {
  const grid = grids.find((g) => g.name === mapping.sheet);
  if (
    !grid ||
    mapping.columns.indicateur === undefined ||
    mapping.headerRow < 0 ||
    mapping.headerRow >= grid.rows.length
  )
    return undefined;
  const layout = pilotLayout(grid, mapping.headerRow, mapping.columns, issues);
  const picked = Object.entries(mapping.semesterColumns ?? {});
  if (picked.length === 0) return layout;
  const semesters = new Map(layout.semesters);
  for (const [id, col] of picked) {
    const semester = parseSemesterId(id);
    if (!semester || !Number.isInteger(col) || col < 0) return undefined;
    // A column picked by hand stands for that semester only, wherever detection had put it.
    for (const [other, sc] of semesters) if (sc.col === col) semesters.delete(other);
    semesters.set(semesterId(semester), { semester, col, annual: false });
  }
  return { ...layout, semesters };
}

const SECTION_LABELS = new Set([
  ...AXES.map((a) => normalizeText(a.label)),
  ...OBJECTIVES.map((o) => normalizeText(o.label)),
]);

function isSectionHeading(label: string): boolean {
  const n = normalizeText(label).replace(/^(axe|objectif) \d+ /, "");
  return SECTION_LABELS.has(n) || /^(axe|objectif)( \d+)?$/.test(n);
}

function at(grid: Grid, row: number, col: number | undefined): CellValue {
  if (col === undefined) return null;
  return grid.rows[row]?.[col] ?? null;
}

/** Reads the indicator rows, matching each to the catalogue. */
export function readPilotRows(grid: Grid, layout: PilotLayout, issues: IssueList): PilotRow[] {
  const sheet = layout.sheet;
  const c = layout.columns;
  const out: PilotRow[] = [];
  const matched = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    const label = cellText(at(grid, r, c.indicateur));
    const codeText = cellText(at(grid, r, c.code));
    const cells = new Map<string, { col: number; raw: CellValue }>();
    let anyValue = false;
    for (const [id, sc] of layout.semesters) {
      const raw = at(grid, r, sc.col);
      cells.set(id, { col: sc.col, raw });
      if (!isBlankCell(raw)) anyValue = true;
    }
    if (label === "" && codeText === "") continue;
    if (!anyValue && codeText === "" && isSectionHeading(label)) continue;

    const unitCell = at(grid, r, c.unite);
    const rowUnit = parseUnit(unitCell);
    let indicator: CatalogueIndicator | undefined = codeText
      ? catalogueByCode(codeText)
      : undefined;
    if (!indicator && label) {
      const m = matchLabel(label);
      if (m && (c.unite === undefined || rowUnit === undefined || unitsAgree(rowUnit, m.unit)))
        indicator = m;
      else if (m && rowUnit !== undefined)
        issues.add(
          "info",
          `La ligne « ${label} » ressemble à ${m.code}, mais son unité (${rowUnit}) ne correspond pas : elle est traitée hors catalogue.`,
          { sheet, cell: cellAddress(r, c.indicateur!) },
        );
    }
    const labelCell = cellAddress(r, c.indicateur ?? c.code ?? 0);
    if (indicator) {
      const first = matched.get(indicator.code);
      if (first !== undefined) {
        issues.add(
          "erreur",
          `L’indicateur ${indicator.code} figure déjà ligne ${first + 1} : cette ligne est ignorée.`,
          { sheet, cell: labelCell, code: indicator.code },
        );
        continue;
      }
      matched.set(indicator.code, r);
    } else if (codeText && !label) {
      issues.add(
        "info",
        `Le code « ${codeText} » n’est pas au catalogue et la ligne n’a pas de libellé : elle est ignorée.`,
        { sheet, cell: cellAddress(r, c.code!) },
      );
      continue;
    }

    const unit: Unit = indicator?.unit ?? rowUnit ?? guessUnit(at(grid, r, c.cible));
    const target = resolveTarget(grid, r, c.cible, unit, indicator, sheet, issues);
    const deadline = resolveDeadline(grid, r, c.echeance, indicator, sheet, issues);
    if (!indicator)
      issues.add(
        "info",
        `« ${label || codeText} » ne correspond à aucun indicateur du catalogue : suivi hors catalogue, attendu chaque semestre.`,
        { sheet, cell: labelCell },
      );
    const ownerText = cellText(at(grid, r, c.responsable));
    out.push({
      row: r,
      catalogue: indicator ?? null,
      code: indicator?.code ?? null,
      label: indicator?.label ?? label,
      axis: indicator?.axis ?? (cellText(at(grid, r, c.axe)) || "Hors catalogue"),
      objective: indicator?.objective ?? cellText(at(grid, r, c.objectif)),
      unit,
      target,
      deadline,
      periodicity: indicator?.periodicity ?? "S",
      owner: ownerText || null,
      reference: readReference(grid, r, c, unit, sheet, indicator?.code ?? null, issues),
      cells,
    });
  }
  return out;
}

function guessUnit(targetCell: CellValue): Unit {
  if (typeof targetCell === "string") {
    if (targetCell.includes("%")) return "%";
    if (normalizeText(targetCell) === "oui") return "oui/non";
  }
  return "nombre";
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind !== b.kind) return false;
  if ((a.kind === "min" || a.kind === "max") && (b.kind === "min" || b.kind === "max"))
    return Math.abs(a.value - b.value) <= 1e-9;
  return true;
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.kind === b.kind && (a.kind !== "year" || (b.kind === "year" && a.year === b.year));
}

function resolveTarget(
  grid: Grid,
  r: number,
  col: number | undefined,
  unit: Unit,
  indicator: CatalogueIndicator | undefined,
  sheet: string,
  issues: IssueList,
): Target {
  const fallback: Target = indicator?.target ?? { kind: "aucune" };
  if (col === undefined) return fallback;
  const raw = at(grid, r, col);
  const parsed = parseTargetCell(raw, unit);
  const cell = cellAddress(r, col);
  const code = indicator?.code ?? null;
  if (parsed.kind === "empty") return fallback;
  if (parsed.kind === "unreadable") {
    issues.add(
      "info",
      `Cible « ${cellText(raw)} » illisible : la cible du catalogue (${targetText(fallback, unit)}) est retenue.`,
      { sheet, cell, code },
    );
    return fallback;
  }
  if (indicator && !sameTarget(parsed.target, indicator.target))
    issues.add(
      "info",
      `La cible du classeur (${targetText(parsed.target, unit)}) remplace celle du catalogue (${targetText(indicator.target, unit)}).`,
      { sheet, cell, code },
    );
  return parsed.target;
}

function resolveDeadline(
  grid: Grid,
  r: number,
  col: number | undefined,
  indicator: CatalogueIndicator | undefined,
  sheet: string,
  issues: IssueList,
): Deadline {
  const fallback: Deadline = indicator?.deadline ?? { kind: "none" };
  if (col === undefined) return fallback;
  const raw = at(grid, r, col);
  const parsed = parseDeadlineCell(raw);
  const cell = cellAddress(r, col);
  const code = indicator?.code ?? null;
  if (parsed.kind === "empty") return fallback;
  if (parsed.kind === "unreadable") {
    issues.add(
      "info",
      `Échéance « ${cellText(raw)} » illisible : celle du catalogue (${deadlineText(fallback) || "aucune"}) est retenue.`,
      { sheet, cell, code },
    );
    return fallback;
  }
  if (indicator && !sameDeadline(parsed.deadline, indicator.deadline))
    issues.add(
      "info",
      `L’échéance du classeur (${deadlineText(parsed.deadline)}) remplace celle du catalogue (${deadlineText(indicator.deadline) || "aucune"}).`,
      { sheet, cell, code },
    );
  return parsed.deadline;
}

function readReference(
  grid: Grid,
  r: number,
  c: Partial<Record<PilotColumnKey, number>>,
  unit: Unit,
  sheet: string,
  code: string | null,
  issues: IssueList,
): PilotRow["reference"] {
  if (c.reference === undefined) return null;
  const raw = at(grid, r, c.reference);
  const value = readIndicatorCell(raw, unit);
  if (value.kind !== "value" || typeof value.value !== "number") return null;
  const periodRaw = at(grid, r, c.periodeReference);
  const header = parseSemesterHeader(periodRaw);
  if (!header) {
    issues.add(
      "info",
      periodRaw === null || cellText(periodRaw) === ""
        ? "Valeur de référence sans période de référence : elle est ignorée."
        : `Période de référence « ${cellText(periodRaw)} » illisible : la valeur de référence est ignorée.`,
      { sheet, cell: cellAddress(r, c.reference), code },
    );
    return null;
  }
  return { value: value.value, semester: header.semester };
}
