/**
 * Self-test of the Excel adapter in the workbook open in Excel (« À propos › Diagnostic »): the
 * adapter's own operations on a scratch sheet — read the workbook, write a small status sheet
 * (values, number formats, styles, a link, frozen panes, a chart, a data bar, page layout),
 * read it back, rewrite it in place, delete it — each step reported ok or failed with Excel's
 * error code. The scratch sheet is deleted whatever happens: the workbook is left as it was.
 */
import { diagnosticRun, type DiagnosticStep } from "../core/diagnosticSteps";
import type { SheetPlan } from "../core/sheetPlan";
import { officeErrorCode } from "./errors";
import type { XlContext } from "./officeSubset";
import { readHeaders } from "./readHeaders";
import { readColumns } from "./readColumns";
import { FIT_TO_WIDTH } from "./writeSheet";
import { writePlans } from "./writePlans";

export type { DiagnosticStep } from "../core/diagnosticSteps";

/** The scratch sheet's name: unlikely to exist, ≤ 31 characters, no forbidden character. */
export function scratchSheetName(random: () => number = Math.random): string {
  return `SPASER diagnostic ${Math.floor(random() * 1e6)
    .toString()
    .padStart(6, "0")}`;
}

/** A small status sheet using every kind of write the refresh uses. */
export function scratchPlan(name: string): SheetPlan {
  return {
    name,
    kind: "diagnostic",
    semester: "test",
    columnWidths: [24, 12],
    styles: { head: { bold: true, fill: "DDEBF7", border: "9BC2E6" }, link: { underline: true } },
    rows: [
      [
        { value: "Indicateur", style: "head" },
        { value: "Valeur", style: "head" },
      ],
      [{ value: "Taux d’essai" }, { value: 0.35, numberFormat: "0.0%" }],
      [{ value: "=Texte, pas une formule" }, { value: 1234, numberFormat: "#,##0" }],
      [{ value: "Lien", style: "link", link: { sheet: name, cell: "A1" } }, { value: 2 }],
    ],
    freeze: { rows: 1, columns: 0 },
    charts: [{ title: "Essai", categories: "A2:A4", values: "B2:B4", anchor: "D2" }],
    autoFilter: "A1:B4",
    print: { landscape: true, fitToWidth: true },
  };
}

export interface ExcelDiagnosticOptions {
  readonly supports: (set: string, version: string) => boolean;
  readonly sheetName?: string;
}

/** Runs the steps in order; a step whose prerequisite failed is skipped. Never throws. */
export async function runExcelDiagnostic(
  context: XlContext,
  options: ExcelDiagnosticOptions,
): Promise<DiagnosticStep[]> {
  const name = options.sheetName ?? scratchSheetName();
  const plan = scratchPlan(name);
  const { steps, step: run } = diagnosticRun(describe);

  let existing: Awaited<ReturnType<typeof readHeaders>>["existingSheets"] = [];
  const read = await run("Lecture du classeur (feuilles et en-têtes)", true, async () => {
    existing = (await readHeaders(context)).existingSheets;
    if (existing.some((s) => s.name.toUpperCase() === name.toUpperCase()))
      return `la feuille « ${name} » existe déjà`;
  });
  const written = await run(
    "Écriture d’une feuille d’essai (valeurs, formats, lien, volets figés, graphique, mise en page)",
    read,
    async () => {
      await writePlans(context, [plan], existing, { supports: options.supports });
    },
  );
  await run("Relecture de la feuille d’essai", written, async () => {
    const headers = await readHeaders(context);
    const sample = headers.samples.find((s) => s.sheet === name);
    if (!sample) return "feuille d’essai introuvable";
    const [grid] = await readColumns(context, headers, [{ sheet: name, columns: [0, 1] }]);
    const rows = grid?.rows ?? [];
    if (rows[1]?.[1] !== 0.35 || rows[2]?.[0] !== "=Texte, pas une formule")
      return `valeurs relues inattendues : ${JSON.stringify(rows.slice(1, 3))}`;
  });
  await run("Mise en page : une page en largeur (office-js #1860)", written, async () => {
    if (!options.supports("ExcelApi", "1.9")) return "ExcelApi 1.9 absente";
    const layout = context.workbook.worksheets.getItem(name).pageLayout;
    layout.load("zoom");
    await context.sync();
    const zoom = layout.zoom;
    if (zoom.horizontalFitToPages !== FIT_TO_WIDTH.horizontalFitToPages)
      return `ajustement non appliqué par Excel : ${JSON.stringify(zoom)}`;
  });
  await run("Réécriture sur place (la feuille est conservée)", written, async () => {
    const again = await readHeaders(context);
    const mine = again.existingSheets.find((s) => s.name === name);
    if (!mine?.ours) return "marque de propriété absente";
    await writePlans(context, [plan], again.existingSheets, { supports: options.supports });
  });
  // Always: a failed write may have left part of the sheet behind.
  await run("Suppression de la feuille d’essai", read, async () => {
    const scratch = context.workbook.worksheets.getItemOrNullObject(name);
    scratch.load("name");
    await context.sync();
    if (scratch.isNullObject) return written ? "feuille d’essai introuvable" : undefined;
    scratch.delete();
    await context.sync();
  });
  return steps;
}

function describe(error: unknown): string {
  const code = officeErrorCode(error);
  const cause = error instanceof Error ? officeErrorCode(error.cause) : undefined;
  return cause ?? code ?? (error instanceof Error ? error.message : String(error));
}
