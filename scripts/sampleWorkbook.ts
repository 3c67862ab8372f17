/**
 * Builds the pilot workbook of the canonical layout in memory (ExcelJS): the « Indicateurs »
 * sheet (whole catalogue, what the sample's coordinator typed) and the « Marchés » register.
 * The register size and the number of semester columns are parameters, so the benchmark can
 * build 5 000 … 500 000 contracts and 50 indicators × 10 semesters with the same code.
 */
import ExcelJS from "exceljs";
import {
  CATALOGUE,
  axisLabel,
  objectiveLabel,
  type CatalogueIndicator,
} from "../src/core/catalogue";
import { columnLetters } from "../src/core/grid";
import { generateContracts } from "./generateContracts";
import { createPrng, type Prng } from "./prng";
import { REGISTER_HEADERS, registerColumn, type RegisterRow } from "./registerColumns";
import { SAMPLE_ENTRIES, type EnteredValue } from "./sampleIndicators";
import { SAMPLE_SEMESTERS, semestersEndingAt, type SemesterId } from "./semesters";
import { deadlineCell, targetText } from "./targetWording";
import { PILOT_HEADERS } from "../src/core/templatePlan";

export const SAMPLE_SEED = 20_260_652;
export const SAMPLE_CONTRACTS = 300;
export const INDICATOR_SHEET = "Indicateurs";
export const REGISTER_SHEET = "Marchés";
export const TITLE = "Tableau de pilotage SPASER 2026-2030";
/** Fixed so that the workbook's properties do not change from run to run. */
const FIXED_DATE = new Date(Date.UTC(2026, 6, 1));

export interface PilotWorkbookOptions {
  /** Register rows. */
  readonly contracts: number;
  /** Semester columns ending at 2026-S1 (default 4: 2024-S2 … 2026-S1). */
  readonly semesters?: number;
  /** Indicator rows: the catalogue (47), plus local indicators beyond it. */
  readonly indicators?: number;
  readonly seed?: number;
}

const isRate = (unit: string): boolean => unit === "%" || unit === "%±";

/** A plausible value for a semester the sample's coordinator did not type (benchmark only). */
function generatedValue(prng: Prng, indicator: CatalogueIndicator): EnteredValue {
  if (indicator.computed) return null;
  if (prng.chance(0.1)) return null;
  switch (indicator.unit) {
    case "%":
      return Math.round(prng.next() * 100) / 100;
    case "%±":
      return Math.round((prng.next() * 0.6 - 0.1) * 100) / 100;
    case "oui/non":
      return prng.chance(0.6) ? "oui" : "non";
    case "texte":
      return "Bilan qualitatif transmis";
    default:
      return prng.int(1, 5_000);
  }
}

function writeEntered(cell: ExcelJS.Cell, value: EnteredValue, unit: string): void {
  if (value === null) return;
  if (typeof value === "object") {
    cell.value = { formula: value.formula, result: { error: value.formulaError } };
    return;
  }
  cell.value = value;
  // A % cell holds a fraction; a number typed above 1 in a % column is a cell left in the
  // General format (how « 26 » ends up meaning 26 %).
  if (typeof value === "number" && isRate(unit) && Math.abs(value) <= 1) cell.numFmt = "0%";
  else if (typeof value === "number" && value >= 1000) cell.numFmt = "# ##0";
}

export const INDICATOR_VIEW: Partial<ExcelJS.WorksheetView> = {
  state: "frozen",
  xSplit: 4,
  ySplit: 3,
};
export const REGISTER_VIEW: Partial<ExcelJS.WorksheetView> = { state: "frozen", ySplit: 1 };

/** Fills the « Indicateurs » sheet, row after row (a streaming writer takes it as is). */
export function fillIndicatorSheet(
  ws: ExcelJS.Worksheet,
  semesters: readonly SemesterId[],
  extra: number,
  prng: Prng,
): void {
  // Widths first: a streaming writer emits the columns with the first row.
  const firstSemesterCol = PILOT_HEADERS.length + 1;
  const widths = [10, 24, 32, 60, 9, 11, 12, 14, 16, 28];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  semesters.forEach((_, i) => (ws.getColumn(firstSemesterCol + i).width = 12));
  ws.getColumn(firstSemesterCol + semesters.length).width = 48;

  ws.getCell("A1").value = TITLE;
  ws.getCell("A1").font = { bold: true, size: 14 };
  // Row 2 stays blank: the header is on row 3, as in the coordinator's workbook.
  const headerRow = ws.getRow(3);
  const headers = [...PILOT_HEADERS, ...semesters, "Commentaire"];
  headers.forEach((h, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });

  let rowNumber = 4;
  for (const indicator of CATALOGUE) {
    const entry = SAMPLE_ENTRIES[indicator.code];
    const row = ws.getRow(rowNumber++);
    row.getCell(1).value = indicator.code;
    row.getCell(2).value = axisLabel(indicator.axis);
    row.getCell(3).value = objectiveLabel(indicator.objective);
    row.getCell(4).value = indicator.label;
    row.getCell(5).value = indicator.unit;
    if (entry?.reference !== undefined) {
      row.getCell(6).value = entry.reference;
      if (isRate(indicator.unit)) row.getCell(6).numFmt = "0%";
    }
    if (entry?.referencePeriod !== undefined) row.getCell(7).value = entry.referencePeriod;
    row.getCell(8).value = targetText(indicator);
    row.getCell(9).value = deadlineCell(indicator);
    row.getCell(10).value = entry?.owner ?? "DAJAP – Pôle Achat public";
    semesters.forEach((semester, i) => {
      const cell = row.getCell(firstSemesterCol + i);
      const typed = SAMPLE_SEMESTERS.includes(semester)
        ? (entry?.values[semester] ?? null)
        : generatedValue(prng, indicator);
      writeEntered(cell, typed, indicator.unit);
      if (semester === "2026-S1" && entry?.note) cell.note = entry.note;
    });
    if (entry?.comment) row.getCell(firstSemesterCol + semesters.length).value = entry.comment;
  }

  // Local indicators beyond the catalogue (benchmark sizes only).
  for (let k = 1; k <= extra; k++) {
    const row = ws.getRow(rowNumber++);
    row.getCell(1).value = `LOC-${k}`;
    row.getCell(2).value = "Indicateurs locaux";
    row.getCell(4).value = `Indicateur local de suivi n° ${k}`;
    row.getCell(5).value = "nombre";
    row.getCell(8).value = "Augmenter";
    row.getCell(10).value = "DAJAP – Pôle Achat public";
    semesters.forEach((_, i) => (row.getCell(firstSemesterCol + i).value = prng.int(1, 500)));
  }
}

/** Fills the « Marchés » sheet; `commit` lets a streaming writer flush each row at once. */
export function fillRegisterSheet(
  ws: ExcelJS.Worksheet,
  rows: readonly RegisterRow[],
  commit = false,
): void {
  REGISTER_HEADERS.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width =
      h === "Objet"
        ? 60
        : h === "Titulaire" || h === "Direction"
          ? 30
          : Math.max(12, Math.min(22, h.length + 2));
  });
  ws.getColumn(registerColumn("Montant HT") + 1).numFmt = "# ##0 €";
  ws.getColumn(registerColumn("Date de notification") + 1).numFmt = "dd/mm/yyyy";
  ws.getColumn(registerColumn("Date de lancement") + 1).numFmt = "dd/mm/yyyy";
  const header = ws.addRow([...REGISTER_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  if (commit) header.commit();
  for (const row of rows) {
    const added = ws.addRow(row);
    if (commit) added.commit();
  }
  // A drop-down list on « Label SPASER », as the coordinator set it up: the refresh must keep it.
  const label = columnLetters(registerColumn("Label SPASER"));
  if (rows.length > 0) {
    // Worksheet.dataValidations exists at run time in both writers (ExcelJS 4.4 writes a range
    // key as one sqref) but is missing from its type declarations.
    const sheet = ws as unknown as {
      dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
    };
    sheet.dataValidations.add(`${label}2:${label}${rows.length + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: ['"oui,non"'],
      showErrorMessage: true,
      errorTitle: "Label SPASER",
      error: "Saisir oui ou non.",
    });
  }
}

/** Seed, semester columns and extra (non-catalogue) rows asked by the options. */
export function resolveLayout(options: PilotWorkbookOptions): {
  seed: number;
  semesters: SemesterId[];
  extra: number;
} {
  return {
    seed: options.seed ?? SAMPLE_SEED,
    semesters: semestersEndingAt(
      "2026-S1",
      Math.max(1, options.semesters ?? SAMPLE_SEMESTERS.length),
    ),
    extra: Math.max(0, (options.indicators ?? CATALOGUE.length) - CATALOGUE.length),
  };
}

/** Fixed author and dates, so that two runs write the same properties. */
export function stampProperties(wb: ExcelJS.Workbook): void {
  wb.creator = "DAJAP – Pôle Achat public";
  wb.lastModifiedBy = "DAJAP – Pôle Achat public";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
}

/** The pilot workbook of the canonical layout, in memory; same options, same content. */
export function buildPilotWorkbook(options: PilotWorkbookOptions): ExcelJS.Workbook {
  const { seed, semesters, extra } = resolveLayout(options);
  const wb = new ExcelJS.Workbook();
  stampProperties(wb);
  fillIndicatorSheet(
    wb.addWorksheet(INDICATOR_SHEET, { views: [INDICATOR_VIEW] }),
    semesters,
    extra,
    createPrng(seed + 1),
  );
  fillRegisterSheet(
    wb.addWorksheet(REGISTER_SHEET, { views: [REGISTER_VIEW] }),
    generateContracts(options.contracts, seed),
  );
  return wb;
}

/** The bundled sample: 300 contracts, semesters 2024-S2 … 2026-S1. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  return buildPilotWorkbook({
    contracts: SAMPLE_CONTRACTS,
    semesters: SAMPLE_SEMESTERS.length,
    seed: SAMPLE_SEED,
  });
}

export { generateContracts };
