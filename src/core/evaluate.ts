/**
 * Evaluating every listed indicator for a semester: value precedence (entered wins when usable,
 * else computed), previous-year value, baseline, completeness, status (PRODUCT §3–§4).
 */
import { CATALOGUE, type CatalogueIndicator, type Periodicity } from "./catalogue";
import { cellAddress } from "./grid";
import type { IssueList } from "./issues";
import type { PilotLayout, PilotRow } from "./pilotSheet";
import type { Register } from "./register";
import { type Computed, computeRule } from "./compute";
import { type ParsedCell, readIndicatorCell } from "./cellReading";
import {
  type Semester,
  compareSemesters,
  parseSemesterId,
  sameSemesterYearBefore,
  semesterId,
} from "./semester";
import { type EvaluatedValue, evaluateStatus } from "./statusRules";
import type { StatusKey } from "./status";
import { formatNumberFr } from "./targets";

export interface Evaluated {
  readonly indicator: PilotRow;
  readonly status: StatusKey;
  readonly value: number | boolean | string | null;
  readonly previous: number | boolean | string | null;
  readonly expected: number | null;
  readonly source: "saisie" | "calcul" | null;
  readonly remark: string;
  /** Counted in completeness (expected), and filled. */
  readonly expectedInCompleteness: boolean;
  readonly filled: boolean;
  /** Where the entered value is, when the row exists and has a column for the semester. */
  readonly cell: string | null;
}

export function isDue(p: Periodicity, s: Semester): boolean {
  return p === "S" || (p === "A" && s.half === 2) || (p === "A1" && s.half === 1);
}

/** A catalogue indicator absent from the workbook, as a row without cells. */
export function absentRow(ind: CatalogueIndicator): PilotRow {
  return {
    row: -1,
    catalogue: ind,
    code: ind.code,
    label: ind.label,
    axis: ind.axis,
    objective: ind.objective,
    unit: ind.unit,
    target: ind.target,
    deadline: ind.deadline,
    periodicity: ind.periodicity,
    owner: null,
    reference: null,
    cells: new Map(),
  };
}

interface Retained {
  readonly entered: ParsedCell;
  readonly computed: Computed | null;
  readonly value: EvaluatedValue;
  readonly source: "saisie" | "calcul" | null;
}

export interface EvaluationContext {
  readonly semester: Semester;
  readonly layout: PilotLayout;
  readonly register: Register | null;
  readonly issues: IssueList;
  readonly tolerance: number;
}

const MISSING: ParsedCell = { kind: "missing" };

export class Evaluator {
  private readonly computedCache = new Map<string, Computed>();
  private readonly notedOnce = new Set<string>();

  constructor(private readonly ctx: EvaluationContext) {}

  private noteOnce(message: string, code: string | null): void {
    if (this.notedOnce.has(message)) return;
    this.notedOnce.add(message);
    this.ctx.issues.add("info", message, { sheet: this.ctx.register?.layout.sheet ?? null, code });
  }

  computed(row: PilotRow, s: Semester): Computed | null {
    const rule = row.catalogue?.computed;
    if (!rule || rule.kind === "completeness") return null;
    if (!this.ctx.register) return null;
    const key = `${row.code}|${semesterId(s)}`;
    let c = this.computedCache.get(key);
    if (!c) {
      c = computeRule(rule, row.code ?? "", s, this.ctx.register, {
        info: (m, code) => this.noteOnce(m, code),
      });
      if (c.kind === "unavailable")
        this.noteOnce(
          `Indicateurs calculés : ${c.reason}, ${row.code} n’est pas calculé.`,
          row.code,
        );
      this.computedCache.set(key, c);
    }
    return c;
  }

  entered(row: PilotRow, s: Semester): ParsedCell {
    const cell = row.cells.get(semesterId(s));
    return cell ? readIndicatorCell(cell.raw, row.unit) : MISSING;
  }

  retained(row: PilotRow, s: Semester): Retained {
    const entered = this.entered(row, s);
    const computed = this.computed(row, s);
    if (entered.kind === "value")
      return {
        entered,
        computed,
        value: { kind: "value", value: entered.value },
        source: "saisie",
      };
    if (entered.kind === "na")
      return { entered, computed, value: { kind: "na" }, source: "saisie" };
    if (computed?.kind === "value")
      return {
        entered,
        computed,
        value: { kind: "value", value: computed.value },
        source: "calcul",
      };
    const value: EvaluatedValue =
      entered.kind === "invalid"
        ? { kind: "invalid" }
        : entered.kind === "error"
          ? { kind: "error" }
          : { kind: "none" };
    return { entered, computed, value, source: entered.kind === "invalid" ? "saisie" : null };
  }

  usableValue(row: PilotRow, s: Semester): number | boolean | string | null {
    const r = this.retained(row, s);
    return r.value.kind === "value" ? r.value.value : null;
  }

  /** Earliest semester column before `s` holding a usable entered number. */
  private baseline(row: PilotRow, s: Semester): { value: number; semester: Semester } | null {
    if (row.reference) return row.reference;
    let best: { value: number; semester: Semester } | null = null;
    for (const id of row.cells.keys()) {
      const sem = parseSemesterId(id)!;
      if (compareSemesters(sem, s) >= 0) continue;
      const e = this.entered(row, sem);
      if (e.kind !== "value" || typeof e.value !== "number") continue;
      if (!best || compareSemesters(sem, best.semester) < 0)
        best = { value: e.value, semester: sem };
    }
    return best;
  }

  private earlierYes(row: PilotRow, s: Semester): Semester[] {
    const out: Semester[] = [];
    for (const id of row.cells.keys()) {
      const sem = parseSemesterId(id)!;
      if (compareSemesters(sem, s) < 0 && this.usableValue(row, sem) === true) out.push(sem);
    }
    return out.sort((a, b) => compareSemesters(b, a));
  }

  evaluate(row: PilotRow, completenessRate: number | null): Evaluated | undefined {
    const s = this.ctx.semester;
    const sheet = this.ctx.layout.sheet;
    const issues = this.ctx.issues;
    const code = row.code;
    const due = row.catalogue ? isDue(row.periodicity, s) : true;
    const semCell = row.cells.get(semesterId(s));
    const cell = semCell && row.row >= 0 ? cellAddress(row.row, semCell.col) : null;
    const where = { sheet: cell ? sheet : null, cell, code };
    const isCompleteness = row.catalogue?.computed?.kind === "completeness";
    const complementary = row.catalogue?.complementary === true;

    let r: Retained;
    if (isCompleteness) {
      const entered = this.entered(row, s);
      if (entered.kind !== "missing")
        issues.add(
          "info",
          "GOV2-I4 est toujours calculé (complétude du semestre) : la valeur saisie est ignorée.",
          where,
        );
      r = {
        entered,
        computed: null,
        value:
          completenessRate === null ? { kind: "none" } : { kind: "value", value: completenessRate },
        source: completenessRate === null ? null : "calcul",
      };
    } else r = this.retained(row, s);

    const ruleKind = row.catalogue?.computed?.kind;
    const isRate =
      ruleKind === "rate" || ruleKind === "cr-social" || ruleKind === "cr-env-criterion";
    const emptyScope =
      isRate &&
      r.computed?.kind === "empty-scope" &&
      (r.entered.kind === "missing" || r.entered.kind === "error");
    const previousSem = sameSemesterYearBefore(s);
    const previous = this.usableValue(row, previousSem);
    const baseline = this.baseline(row, s);
    const earlierYes = row.target.kind === "oui" ? this.earlierYes(row, s) : [];
    const result = emptyScope
      ? { status: "suivi" as const, expected: null }
      : evaluateStatus({
          due,
          current: r.value,
          target: row.target,
          deadline: row.deadline,
          semester: s,
          previous,
          baseline,
          earlierYes,
          tolerance: this.ctx.tolerance,
        });
    if (result.status === undefined) return undefined;

    // Issues: one per cell.
    if (!isCompleteness) {
      const replaced =
        r.computed?.kind === "value"
          ? " ; la valeur calculée à partir du registre est retenue"
          : "";
      if (r.entered.kind === "error")
        issues.add(
          "erreur",
          `Valeur d’erreur Excel ${r.entered.error} : indicateur non renseigné${replaced}.`,
          where,
        );
      else if (r.entered.kind === "invalid")
        issues.add(
          "erreur",
          `Valeur invalide : ${r.entered.reason.replace(/\.$/, "")}${replaced}.`,
          where,
        );
      else if (r.entered.kind === "value" && r.entered.note)
        issues.add("info", r.entered.note, where);
      else if (result.status === "non_renseigne" && !complementary)
        issues.add(
          "avertissement",
          row.row < 0
            ? `${row.code} (${row.label}) est absent du classeur et ne peut pas être calculé : non renseigné pour ${semesterId(s)}.`
            : `Indicateur non renseigné pour ${semesterId(s)}.`,
          where,
        );
      if (
        r.entered.kind === "value" &&
        r.computed?.kind === "value" &&
        typeof r.entered.value === "number"
      ) {
        const diff = Math.abs(r.entered.value - r.computed.value);
        const isRate = row.unit === "%" || row.unit === "%±";
        if (isRate ? diff > 0.005 + 1e-9 : diff > 1e-9)
          issues.add(
            "avertissement",
            `La valeur saisie (${formatNumberFr(r.entered.value, row.unit)}) diffère de la valeur calculée à partir du registre (${formatNumberFr(r.computed.value, row.unit)}) : la valeur saisie est retenue.`,
            where,
          );
      }
    }
    if (row.row < 0 && result.status !== "non_renseigne" && r.source === "calcul")
      issues.add(
        "info",
        `${row.code} (${row.label}) est absent du classeur : sa valeur est calculée à partir du registre.`,
        { code },
      );

    const remark = remarkFor(r, result.remarkYes, emptyScope, row);
    const expectedInCompleteness =
      row.catalogue !== null &&
      !isCompleteness &&
      !complementary &&
      due &&
      r.value.kind !== "na" &&
      !emptyScope;
    const filled = expectedInCompleteness && r.value.kind === "value";
    return {
      indicator: row,
      status: result.status,
      value: r.value.kind === "value" ? r.value.value : null,
      previous,
      expected: result.expected,
      source:
        r.value.kind === "value" || r.value.kind === "na" || r.value.kind === "invalid"
          ? r.source
          : null,
      remark,
      expectedInCompleteness,
      filled,
      cell,
    };
  }

  /** Rows for every catalogue indicator (present or absent) then the rows outside the catalogue. */
  static allRows(rows: readonly PilotRow[]): PilotRow[] {
    const byCode = new Map(rows.filter((r) => r.code).map((r) => [r.code!, r]));
    return [
      ...CATALOGUE.map((ind) => byCode.get(ind.code) ?? absentRow(ind)),
      ...rows.filter((r) => !r.code),
    ];
  }
}

function remarkFor(
  r: Retained,
  yes: Semester | undefined,
  emptyScope: boolean,
  row: PilotRow,
): string {
  if (emptyScope) return "aucun marché dans le périmètre";
  if (yes) return `réalisé en ${semesterId(yes)}`;
  if (r.value.kind === "na") return "sans objet ce semestre";
  const c = r.computed;
  if (r.source === "calcul" && c?.kind === "value")
    return c.denominator === null
      ? `calculé à partir du registre (${c.numerator} marché${c.numerator > 1 ? "s" : ""})`
      : `calculé à partir du registre : ${c.numerator} marché${c.numerator > 1 ? "s" : ""} sur ${c.denominator}`;
  if (r.source === "saisie" && c?.kind === "value")
    return `valeur saisie ; calcul du registre : ${formatNumberFr(c.value, row.unit)}`;
  return "";
}
