/**
 * Reads an .xlsx/.xlsm file into the core's grids, in Node and in the browser (bytes in, no fs).
 *
 * The project's own reader: the zip directory is read from the bytes, and only the parts the
 * values need are inflated — root and workbook relationships, workbook.xml, styles.xml,
 * sharedStrings.xml and the worksheets — each streamed chunk by chunk through a tokenizer, so
 * that memory holds the grid of values and not the XML. Drawings, comments, charts, pivots,
 * custom XML… are never inflated, so they can be in any shape. Any namespace prefix, strict or
 * transitional namespaces, absolute or relative targets.
 */
import type { ExistingSheet } from "../core/api";
import type { CellValue, Grid } from "../core/grid";
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import { ownedSheetPositions, readWorkbookModel } from "./workbookXml";
import { attr, childrenNamed, parseXmlTree } from "./xmlTree";
import { MAX_CELLS, MAX_TREE_PART_BYTES } from "./reader/limits";
import { openZip, PartReader, type ReadProgressOptions } from "./reader/partReader";
import { relsPathOf, resolveTarget, targetSpellings } from "./reader/partNames";
import {
  SharedStringsHandler,
  SheetLimitError,
  StylesHandler,
  WorksheetHandler,
  type ReaderContext,
} from "./reader/sheetHandlers";
import { XmlStreamError } from "./reader/xmlStream";
import type { ZipEntry } from "./reader/zipDirectory";

export { UnreadableWorkbookError } from "./unreadableWorkbookError";

/** A formula cell the file holds no calculated value for (written by a program, never opened in Excel). */
export interface UncalculatedFormula {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

export interface ReadWorkbookResult {
  readonly grids: Grid[];
  readonly existingSheets: ExistingSheet[];
  readonly date1904: boolean;
  /** Formula cells read as empty because the file has no value for them. */
  readonly uncalculatedFormulas: readonly UncalculatedFormula[];
}

export interface ReadWorkbookOptions extends ReadProgressOptions {
  /** Lower limits than the documented ones (src/xlsx/reader/limits.ts), for tests. */
  readonly limits?: { readonly maxInflatedBytes?: number; readonly maxCells?: number };
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

export async function readWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const pr = new PartReader(
    data,
    openZip(data, fileName),
    fileName,
    options,
    options.limits?.maxInflatedBytes,
  );
  const rootRels = pr.entry("_rels/.rels");
  pr.plan([rootRels]);
  const workbookPath = await locateWorkbook(pr, rootRels);
  const workbookEntry = workbookPath === undefined ? undefined : findPart(pr, workbookPath);
  if (!workbookEntry) throw new UnreadableWorkbookError("not-workbook", fileName);
  if (workbookEntry.name.toLowerCase().endsWith(".bin")) {
    throw new UnreadableWorkbookError("binary-xlsb", fileName);
  }
  const relsEntry = pr.entry(relsPathOf(workbookEntry.name));
  pr.plan([relsEntry]);
  const rels = relsEntry ? await relationships(pr, relsEntry) : new Map<string, Relationship>();
  const target = (r: Relationship): ZipEntry | undefined =>
    findPart(pr, resolveTarget(workbookEntry.name, r.target));
  const ofType = (suffix: string): ZipEntry | undefined => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(suffix));
    return rel ? target(rel) : undefined;
  };
  const stylesEntry = ofType("/styles");
  const stringsEntry = ofType("/sharedStrings");
  const sheetEntries = [...rels.values()].filter((r) => r.type.endsWith("/worksheet")).map(target);
  pr.plan([workbookEntry, stylesEntry, stringsEntry, ...sheetEntries]);

  const model = readWorkbookModel(
    await pr.text(workbookEntry, MAX_TREE_PART_BYTES),
    fileName,
    workbookEntry.name,
  );
  const styles = new StylesHandler();
  if (stylesEntry) await pr.xml(stylesEntry, styles);
  const strings = new SharedStringsHandler();
  if (stringsEntry) await pr.xml(stringsEntry, strings);
  const ctx: ReaderContext = {
    sharedStrings: strings.strings,
    dateStyles: styles.dateStyles(),
    date1904: model.date1904,
    cells: 0,
    maxCells: options.limits?.maxCells ?? MAX_CELLS,
  };

  const grids: Grid[] = [];
  const uncalculatedFormulas: UncalculatedFormula[] = [];
  for (const sheet of model.sheets) {
    const rel = rels.get(sheet.relId);
    if (!rel) throw new UnreadableWorkbookError("damaged", fileName, workbookEntry.name);
    // Chartsheets, dialog and macro sheets hold no cell values.
    if (!rel.type.endsWith("/worksheet")) continue;
    const entry = target(rel);
    if (!entry) throw new UnreadableWorkbookError("damaged", fileName, rel.target);
    const handler = new WorksheetHandler(ctx);
    try {
      await pr.xml(entry, handler);
    } catch (e) {
      throw limitError(e, fileName, sheet.name, ctx.maxCells ?? MAX_CELLS);
    }
    grids.push({ name: sheet.name, rows: handler.rows as CellValue[][] });
    for (const cell of handler.uncalculated) uncalculatedFormulas.push({ sheet: sheet.name, cell });
  }
  pr.finish();
  const owned = ownedSheetPositions(model);
  return {
    grids,
    existingSheets: model.sheets.map((s, i) => ({ name: s.name, ours: owned.has(i) })),
    date1904: model.date1904,
    uncalculatedFormulas: uncalculatedFormulas.filter(
      (f) => !owned.has(model.sheets.findIndex((s) => s.name === f.sheet)),
    ),
  };
}

function limitError(e: unknown, fileName: string, sheet: string, maxCells: number): unknown {
  if (!(e instanceof SheetLimitError)) return e;
  return new UnreadableWorkbookError(
    "too-large",
    fileName,
    e.kind === "cells"
      ? `il compte plus de ${maxCells.toLocaleString("fr-FR")}\u00a0cellules remplies, la limite de l’outil`
      : `la feuille «\u00a0${sheet}\u00a0» dépasse la taille d’une feuille Excel (1\u00a0048\u00a0576 lignes sur 16\u00a0384 colonnes)`,
  );
}

function findPart(pr: PartReader, path: string): ZipEntry | undefined {
  for (const p of targetSpellings(path)) {
    const e = pr.entry(p);
    if (e) return e;
  }
  return undefined;
}

async function parseTree(
  pr: PartReader,
  entry: ZipEntry,
): Promise<ReturnType<typeof parseXmlTree>> {
  const text = await pr.text(entry, MAX_TREE_PART_BYTES);
  try {
    return parseXmlTree(text);
  } catch (e) {
    throw pr.xmlError(e, entry) === e
      ? new UnreadableWorkbookError("damaged", pr.fileName, entry.name)
      : pr.xmlError(e, entry);
  }
}

/** The main part named by the package's root relationships (xl/workbook.xml without them). */
async function locateWorkbook(
  pr: PartReader,
  rootRels: ZipEntry | undefined,
): Promise<string | undefined> {
  if (!rootRels) return "xl/workbook.xml";
  let tree;
  try {
    tree = await parseTree(pr, rootRels);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError && e.reason === "damaged") return undefined;
    throw e;
  }
  const rel = childrenNamed(tree, "Relationship").find((r) =>
    // Strict OOXML uses a purl.oclc.org type URI ending the same way.
    (attr(r, "Type") ?? "").endsWith("/officeDocument"),
  );
  const target = rel ? attr(rel, "Target") : undefined;
  return target === undefined ? undefined : resolveTarget("", target);
}

async function relationships(pr: PartReader, entry: ZipEntry): Promise<Map<string, Relationship>> {
  const tree = await parseTree(pr, entry);
  const rels = new Map<string, Relationship>();
  for (const r of childrenNamed(tree, "Relationship")) {
    if (attr(r, "TargetMode") === "External") continue;
    rels.set(attr(r, "Id") ?? "", { type: attr(r, "Type") ?? "", target: attr(r, "Target") ?? "" });
  }
  return rels;
}

/** More formula cells than this on one sheet are summed up in one line. */
const UNCALCULATED_LISTED = 20;

export const UNCALCULATED_MESSAGE =
  "Formule sans valeur calculée\u00a0: ouvrez et enregistrez le classeur dans Excel.";

/** The reader's findings as refresh issues: one `avertissement` per uncalculated formula. */
export function readIssues(result: Pick<ReadWorkbookResult, "uncalculatedFormulas">): {
  severity: "avertissement";
  message: string;
  sheet: string;
  cell: string | null;
}[] {
  const bySheet = new Map<string, string[]>();
  for (const f of result.uncalculatedFormulas) {
    const cells = bySheet.get(f.sheet) ?? [];
    cells.push(f.cell);
    bySheet.set(f.sheet, cells);
  }
  const issues: ReturnType<typeof readIssues> = [];
  for (const [sheet, cells] of bySheet) {
    for (const cell of cells.slice(0, UNCALCULATED_LISTED))
      issues.push({ severity: "avertissement", message: UNCALCULATED_MESSAGE, sheet, cell });
    const rest = cells.length - UNCALCULATED_LISTED;
    if (rest > 0)
      issues.push({
        severity: "avertissement",
        message: `${rest.toLocaleString("fr-FR")}\u00a0autre${rest > 1 ? "s" : ""} formule${rest > 1 ? "s" : ""} de la feuille sans valeur calculée\u00a0: ouvrez et enregistrez le classeur dans Excel.`,
        sheet,
        cell: null,
      });
  }
  return issues;
}

/** For tests and callers that need to tell a tokenizer error from others. */
export { XmlStreamError };
