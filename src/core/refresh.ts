/**
 * The refresh: grids in, report and sheet plans out (PRODUCT §1–§6). Pure and total: any grid
 * of any values gives a report or a typed failure with one French sentence, never an exception.
 */
import type { RefreshOptions, RefreshOutcome } from "./api";
import { catalogueByCode, type ContractFlag } from "./catalogue";
import type { Grid } from "./grid";
import { IssueList } from "./issues";
import {
  type PilotLayout,
  type PilotRow,
  findPilotSheet,
  layoutFromMapping,
  pilotLayout,
  readPilotRows,
} from "./pilotSheet";
import { type Register, findRegisterHeader, findRegisterSheet, readRegister } from "./register";
import { type Evaluated, Evaluator } from "./evaluate";
import { amountRate, plannedHours, yearToDate } from "./compute";
import { type Semester, compareSemesters, parseSemesterId, semesterId } from "./semester";
import { DEFAULT_TOLERANCE } from "./statusRules";
import { STATUS_KEYS, type StatusKey } from "./status";
import type { RefreshReport, ReportIssue } from "./report";
import type { HeadlineRate, OwnerCompleteness, RefreshModel } from "./refreshModel";
import { normalizeText } from "./normalize";
import { buildPlans } from "./plans";
import { resolveSheetName } from "./sheetNames";
import { readIndicatorCell } from "./cellReading";
import { targetText } from "./targets";

const HEADLINES: readonly { code: string; flag: ContractFlag }[] = [
  { code: "BES1-I6", flag: "env" },
  { code: "IMP3-I5", flag: "social" },
  { code: "GOV2-I5", flag: "labelSpaser" },
  { code: "IMP3-I1", flag: "clauseInsertion" },
];

export const NO_OWNER = "Responsable non précisé";

/**
 * Owners in alphabetical order, accents, case and punctuation set aside (then as written): the
 * order of a French reader, without the collation data of ICU, which take 12 ms to load on the
 * first comparison — more than the Synthèse they order.
 */
function byOwner(a: OwnerCompleteness, b: OwnerCompleteness): number {
  const ka = normalizeText(a.owner);
  const kb = normalizeText(b.owner);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0;
}

function noIndicatorSheet(name: string): Extract<RefreshOutcome, { ok: false }> {
  return {
    ok: false,
    code: "no-indicator-sheet",
    message: `Aucune feuille d’indicateurs n’a été trouvée dans « ${name} » : il faut, dans les 20 premières lignes d’une feuille, une ligne d’en-tête avec une colonne « Indicateur » (ou « Libellé ») et au moins une colonne de semestre (par exemple « 2026-S1 » ou « 1er semestre 2026 »).`,
  };
}

/**
 * The latest semester column holding a usable entered value; else the fallback (today's semester
 * in the pane), else the latest column.
 */
function defaultSemester(
  layout: PilotLayout,
  rows: readonly PilotRow[],
  fallback: Semester | undefined,
): Semester | undefined {
  const columns = [...layout.semesters.values()].sort((a, b) =>
    compareSemesters(b.semester, a.semester),
  );
  for (const col of columns)
    for (const row of rows) {
      const cell = row.cells.get(semesterId(col.semester));
      if (cell && readIndicatorCell(cell.raw, row.unit).kind === "value") return col.semester;
    }
  return fallback ?? columns[0]?.semester;
}

function resolveRegister(
  grids: readonly Grid[],
  options: RefreshOptions,
  skip: Set<string>,
  issues: IssueList,
): Register | null {
  const chosen = options.mapping?.registerSheet;
  if (chosen === null) return null;
  let layout;
  if (typeof chosen === "string") {
    const grid = grids.find((g) => g.name === chosen);
    const header = grid ? findRegisterHeader(grid) : undefined;
    if (!grid || !header) {
      issues.add(
        "avertissement",
        `La feuille « ${chosen} » ne ressemble pas à un registre des marchés (pas de colonne « Date de notification ») : les indicateurs calculés doivent être saisis.`,
        { sheet: chosen },
      );
      return null;
    }
    layout = { sheet: grid.name, headerRow: header.row, columns: header.columns };
  } else layout = findRegisterSheet(grids, skip);
  if (!layout) {
    issues.add(
      "info",
      "Aucun registre des marchés n’a été trouvé (feuille avec une colonne « Date de notification ») : les indicateurs calculés doivent être saisis.",
    );
    return null;
  }
  const grid = grids.find((g) => g.name === layout.sheet)!;
  // Several refreshes of the same grids (the bilan runs one per semester) read the register once;
  // its issues are replayed into each refresh's list.
  const key = JSON.stringify(layout);
  const hit = registerCache.get(grid);
  if (hit && hit.key === key) {
    for (const i of hit.issues) issues.add(i.severity, i.message, i);
    return hit.register;
  }
  const own = new IssueList();
  const register = readRegister(grid, layout, own);
  const recorded = own.sorted();
  registerCache.set(grid, { key, register, issues: recorded });
  for (const i of recorded) issues.add(i.severity, i.message, i);
  return register;
}

const registerCache = new WeakMap<
  Grid,
  { readonly key: string; readonly register: Register; readonly issues: readonly ReportIssue[] }
>();

/** The refresh without the sheet plans: the model every output (sheets, bilan) is built from. */
export type RefreshModelOutcome =
  { readonly ok: true; readonly model: RefreshModel } | Extract<RefreshOutcome, { ok: false }>;

export function refreshWorkbook(grids: readonly Grid[], options: RefreshOptions): RefreshOutcome {
  const outcome = refreshWorkbookModel(grids, options);
  if (!outcome.ok) return outcome;
  return { ok: true, report: outcome.model.report, plans: buildPlans(outcome.model) };
}

/**
 * The indicator sheet of a refresh: found by content or given by the mapping, its layout and
 * rows; or the failure that ends the refresh. The register is not read.
 */
export function readPilotSheet(
  grids: readonly Grid[],
  options: Pick<RefreshOptions, "workbookName" | "existingSheets" | "mapping">,
  issues: IssueList,
):
  | { readonly ok: true; readonly layout: PilotLayout; readonly rows: readonly PilotRow[] }
  | Extract<RefreshOutcome, { ok: false }> {
  const skip = ownSheets(options);
  let layout: PilotLayout | undefined;
  let grid: Grid | undefined;
  if (options.mapping) {
    layout = layoutFromMapping(grids, options.mapping, issues);
    if (!layout)
      return {
        ok: false,
        code: "bad-mapping",
        message: `La correspondance choisie ne convient pas : la feuille « ${options.mapping.sheet} » doit exister et une colonne « Indicateur » doit être désignée.`,
      };
    grid = grids.find((g) => g.name === layout!.sheet);
  } else {
    const found = findPilotSheet(grids, skip);
    if (!found) return noIndicatorSheet(options.workbookName);
    grid = found.grid;
    layout = pilotLayout(found.grid, found.scan.row, found.scan.columns, issues);
  }
  if (!grid) return noIndicatorSheet(options.workbookName);
  return { ok: true, layout, rows: readPilotRows(grid, layout, issues) };
}

/** Sheets written by an earlier refresh: outputs, never read as sources. */
function ownSheets(options: Pick<RefreshOptions, "existingSheets">): Set<string> {
  return new Set((options.existingSheets ?? []).filter((s) => s.ours).map((s) => s.name));
}

export function refreshWorkbookModel(
  grids: readonly Grid[],
  options: RefreshOptions,
): RefreshModelOutcome {
  const issues = new IssueList();
  for (const r of options.readIssues ?? []) issues.add(r.severity, r.message, r);
  const pilot = readPilotSheet(grids, options, issues);
  if (!pilot.ok) return pilot;
  const { layout, rows } = pilot;
  const existing = options.existingSheets ?? [];
  const skip = ownSheets(options);
  const register = resolveRegister(grids, options, new Set([...skip, layout.sheet]), issues);

  let semester: Semester | undefined;
  if (options.semester !== undefined) {
    semester = parseSemesterId(options.semester);
    if (!semester)
      return {
        ok: false,
        code: "bad-semester",
        message: `Semestre « ${options.semester} » invalide : écrivez-le sous la forme 2026-S1 ou 2026-S2.`,
      };
  } else {
    const fallback =
      options.fallbackSemester === undefined
        ? undefined
        : parseSemesterId(options.fallbackSemester);
    semester = defaultSemester(layout, rows, fallback);
  }
  if (!semester) return noIndicatorSheet(options.workbookName);
  if (!layout.semesters.has(semesterId(semester)))
    issues.add(
      "info",
      `Le classeur n’a pas de colonne pour ${semesterId(semester)} : seules les valeurs calculées à partir du registre sont disponibles.`,
      { sheet: layout.sheet },
    );

  const evaluator = new Evaluator({
    semester,
    layout,
    register,
    issues,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
  });
  const all = Evaluator.allRows(rows);
  const firstPass = new Map<PilotRow, Evaluated | undefined>();
  for (const row of all)
    if (row.catalogue?.computed?.kind !== "completeness")
      firstPass.set(row, evaluator.evaluate(row, null));
  const counted = [...firstPass.values()].filter(
    (e): e is Evaluated => e !== undefined && e.expectedInCompleteness,
  );
  const expected = counted.length;
  const filled = counted.filter((e) => e.filled).length;
  const rate = expected > 0 ? filled / expected : null;
  const evaluated: Evaluated[] = [];
  for (const row of all) {
    const e = firstPass.has(row) ? firstPass.get(row) : evaluator.evaluate(row, rate);
    if (e) evaluated.push(e);
  }

  const statusCounts = Object.fromEntries(STATUS_KEYS.map((s) => [s, 0])) as Record<
    StatusKey,
    number
  >;
  for (const e of evaluated) statusCounts[e.status]++;

  const owners = new Map<string, OwnerCompleteness>();
  for (const e of counted) {
    const owner = e.indicator.owner ?? NO_OWNER;
    const o = owners.get(owner) ?? { owner, expected: 0, filled: 0 };
    owners.set(owner, { owner, expected: o.expected + 1, filled: o.filled + (e.filled ? 1 : 0) });
  }

  const names = { synthese: "", statut: "", controle: "" };
  const taken = new Set<string>();
  for (const [key, base] of [
    ["synthese", "Synthèse"],
    ["statut", "Statut"],
    ["controle", "Contrôle"],
  ] as const) {
    const wanted = `${base} ${semesterId(semester)}`;
    const name = resolveSheetName(wanted, existing, taken);
    taken.add(name.toLowerCase());
    names[key] = name;
    if (name !== wanted)
      issues.add(
        "avertissement",
        `La feuille « ${wanted} » existe déjà et n’a pas été écrite par le complément : elle est conservée telle quelle et les résultats sont écrits dans « ${name} ».`,
        { sheet: wanted },
      );
  }

  const sortedIssues = issues.sorted();
  const report: RefreshReport = {
    schemaVersion: 1,
    workbook: options.workbookName,
    semester: semesterId(semester),
    completeness: { expected, filled, rate },
    statusCounts,
    indicators: evaluated.map((e) => {
      const ind = e.indicator;
      const t = ind.target;
      return {
        code: ind.code,
        label: ind.label,
        unit: ind.unit,
        value: e.value,
        previous: e.previous,
        targetKind: t.kind,
        target: t.kind === "min" || t.kind === "max" ? t.value : t.kind === "oui" ? true : null,
        expected: e.expected,
        status: e.status,
        source: e.source,
        axis: ind.axis,
        objective: ind.objective,
        owner: ind.owner,
        deadline:
          ind.deadline.kind === "year"
            ? String(ind.deadline.year)
            : ind.deadline.kind === "none"
              ? null
              : ind.deadline.kind === "every-semester"
                ? "chaque semestre"
                : "chaque année",
        ...(e.remark ? { remark: e.remark } : {}),
        ...(e.cell ? { sheet: layout!.sheet, cell: e.cell } : {}),
      };
    }),
    issues: sortedIssues,
    sheetsWritten: [names.synthese, names.statut, names.controle],
  };

  const headline: HeadlineRate[] = HEADLINES.map(({ code, flag }) => {
    const e = evaluated.find((x) => x.indicator.code === code);
    const ind = e?.indicator ?? null;
    const cat = catalogueByCode(code)!;
    return {
      code,
      label: cat.label,
      target: targetText(ind?.target ?? cat.target, cat.unit),
      byCount: typeof e?.value === "number" ? e.value : null,
      byAmount: register ? amountRate(flag, semester!, register) : null,
      status: e?.status ?? null,
    };
  });

  const model: RefreshModel = {
    report,
    semester,
    refreshedAt: options.refreshedAt,
    evaluated,
    issues: sortedIssues,
    headline,
    plannedHours: register ? plannedHours(semester, register) : null,
    owners: [...owners.values()].sort(byOwner),
    names,
    pilotSheet: layout.sheet,
    registerSheet: register?.layout.sheet ?? null,
    contractsInScope: register ? yearToDate(register, semester).length : null,
    layout,
    register,
  };
  return { ok: true, model };
}
