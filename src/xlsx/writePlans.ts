/**
 * Writes our sheets into the user's own package. ExcelJS would drop what it does not model
 * (charts, pivot tables, macros, slicers…) if it rewrote the workbook, so we splice instead:
 * only workbook.xml, its relationships, [Content_Types].xml and styles.xml are edited (by
 * appending), our worksheet parts are added or replaced, and every other entry is untouched.
 */
import type { ZipPackage } from "./zipPackage";
import { OWNERSHIP_NAME } from "../core/api";
import type { SheetPlan } from "../core/sheetPlan";
import {
  CT_STYLES,
  CT_WORKSHEET,
  REL_STYLES,
  REL_WORKSHEET,
  findEntry,
  openPackage,
  relsPathOf,
  type OpenedPackage,
  resolveTarget,
} from "./packageLayout";
import { dropSheetsFromCalcChain } from "./calcChain";
import { flavourOf, inFlavour, type Flavour } from "./flavour";
import { emptyPackage } from "./emptyPackage";
import { ContentTypesPart, RelationshipsPart } from "./packageParts";
import { SheetWriteError, isValidSheetName, sameSheetName } from "./sheetWriteError";
import { MINIMAL_STYLES_XML } from "./styleEntries";
import { StylesEditor } from "./stylesEditor";
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import {
  markerFormula,
  ownedSheetPositions,
  readWorkbookModel,
  type WorkbookModel,
} from "./workbookXml";
import { renderWorksheet } from "./worksheetXml";
import { appendInside, applyEdits, qualified, type TextEdit } from "./xmlTree";
import { escapeXmlAttr, escapeXmlText } from "./xmlEscape";
import {
  freeName,
  putPart,
  readOptionalText,
  readText,
  relativeTo,
} from "./zipParts";

export { SheetWriteError } from "./sheetWriteError";
export { ZIP_ENTRY_DATE } from "./zipParts";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPES = "[Content_Types].xml";

export async function writePlans(
  original: Uint8Array,
  plans: readonly SheetPlan[],
  fileName = "classeur.xlsx",
): Promise<Uint8Array> {
  checkPlanNames(plans);
  const pkg = await openPackage(original, fileName);
  const { zip, workbookPath, workbookRelsPath } = pkg;
  const workbookText = await readText(zip, workbookPath);
  const relsText = await readOptionalText(zip, workbookRelsPath);
  const typesText = await readOptionalText(zip, CONTENT_TYPES);
  if (relsText === undefined || typesText === undefined) {
    throw new UnreadableWorkbookError("damaged", fileName);
  }
  const model = readWorkbookModel(workbookText, fileName);
  let rels: RelationshipsPart;
  let types: ContentTypesPart;
  try {
    rels = new RelationshipsPart(relsText);
    types = new ContentTypesPart(typesText);
  } catch {
    throw new UnreadableWorkbookError("damaged", fileName);
  }

  const flavour = flavourOf(model.root.uri);
  const { styles, stylesPath } = await openStyles(zip, workbookPath, rels, types, flavour);

  const owned = ownedSheetPositions(model);
  const workbookEdits: TextEdit[] = [];
  const newSheets: string[] = [];
  const newMarkers: string[] = [];
  let nextSheetId = Math.max(0, ...model.sheets.map((s) => s.sheetId)) + 1;
  const relPrefix = relationshipPrefix(model, flavour);
  const markerTag = qualified(model.sheetsElement, "definedName");
  const replacedSheetIds = new Set<number>();

  for (const plan of plans) {
    const sheetXml = inFlavour(
      renderWorksheet(plan, (cell) =>
        styles.xfIndex(
          cell.style === undefined ? undefined : plan.styles[cell.style],
          cell.numberFormat,
        ),
      ),
      flavour,
    );
    const marker = markerFormula(plan.kind, plan.semester);
    const position = model.sheets.findIndex((s) => sameSheetName(s.name, plan.name));
    if (position >= 0) {
      if (!owned.has(position)) throw new SheetWriteError("foreign-sheet", plan.name);
      const edit = await replaceOwnSheet(pkg, model, rels, position, sheetXml, marker, fileName);
      if (edit) workbookEdits.push(edit);
      replacedSheetIds.add(model.sheets[position]!.sheetId);
      continue;
    }
    const partPath = resolveTarget(
      workbookPath,
      freeName(zip, workbookPath, "worksheets/sheet", ".xml"),
    );
    await putPart(zip, partPath, sheetXml);
    const relId = rels.add(inFlavour(REL_WORKSHEET, flavour), relativeTo(workbookPath, partPath));
    types.override(partPath, CT_WORKSHEET);
    const localSheetId = model.sheets.length + newSheets.length;
    newSheets.push(
      `<${qualified(model.sheetsElement, "sheet")} name="${escapeXmlAttr(plan.name)}" ` +
        `sheetId="${nextSheetId++}" ${relPrefix.attr}="${relId}"${relPrefix.declaration}/>`,
    );
    // Sheets handed over to the user (the blank template) carry no marker: they are theirs.
    if (plan.owned !== false)
      newMarkers.push(
        `<${markerTag} name="${OWNERSHIP_NAME}" localSheetId="${localSheetId}">` +
          `${escapeXmlText(marker)}</${markerTag}>`,
      );
  }

  if (newSheets.length > 0)
    workbookEdits.push(appendInside(workbookText, model.sheetsElement, newSheets.join("")));
  if (newMarkers.length > 0)
    workbookEdits.push(definedNamesEdit(workbookText, model, newMarkers.join("")));

  if (replacedSheetIds.size > 0)
    await pruneCalcChain(zip, workbookPath, rels, types, replacedSheetIds);
  await putPart(zip, workbookPath, applyEdits(workbookText, workbookEdits));
  await putPart(zip, workbookRelsPath, rels.render());
  await putPart(zip, CONTENT_TYPES, types.render());
  await putPart(zip, stylesPath, styles.render());
  return zip.bytes();
}

/**
 * A new workbook holding only these sheets (the blank template, or the separate workbook
 * written when the user's own cannot be written into).
 */
export async function createWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  if (plans.length === 0) throw new SheetWriteError("no-sheet", "");
  return writePlans(await emptyPackage(), plans, "nouveau classeur.xlsx");
}

/**
 * Replaces the worksheet part of a sheet we wrote before (same part name, rId and sheetId);
 * returns the workbook.xml edit updating its marker when the plan's kind or semester changed.
 */
async function replaceOwnSheet(
  pkg: OpenedPackage,
  model: WorkbookModel,
  rels: RelationshipsPart,
  position: number,
  sheetXml: string,
  marker: string,
  fileName: string,
): Promise<TextEdit | undefined> {
  const { zip, workbookPath } = pkg;
  const rel = rels.byId(model.sheets[position]!.relId);
  const partPath = rel ? findEntry(zip, resolveTarget(workbookPath, rel.target))?.name : undefined;
  if (!partPath) throw new UnreadableWorkbookError("damaged", fileName);
  await putPart(zip, partPath, sheetXml);
  // What the user hung on our sheet (comments, tables, drawings) was linked from its rels
  // part; the new XML references none of it, so drop the links rather than leave dangling ones.
  const sheetRels = findEntry(zip, relsPathOf(partPath));
  if (sheetRels) zip.remove(sheetRels.name);
  const dn = model.definedNames.find(
    (d) => d.name === OWNERSHIP_NAME && d.localSheetId === position,
  );
  if (!dn || dn.formula === marker) return undefined;
  const text = escapeXmlText(marker);
  return dn.element.selfClosing
    ? appendInside(model.text, dn.element, text)
    : { start: dn.element.openEnd, end: dn.element.closeStart, text };
}

/** The workbook's styles part to append to, or a new minimal one when the package has none. */
async function openStyles(
  zip: ZipPackage,
  workbookPath: string,
  rels: RelationshipsPart,
  types: ContentTypesPart,
  flavour: Flavour,
): Promise<{ styles: StylesEditor; stylesPath: string }> {
  const minimal = inFlavour(MINIMAL_STYLES_XML, flavour);
  const rel = rels.byTypeSuffix("/styles");
  if (rel) {
    const stylesPath = resolveTarget(workbookPath, rel.target);
    const entry = findEntry(zip, stylesPath);
    const text = entry ? await entry.text() : minimal;
    if (!entry) types.override(stylesPath, CT_STYLES);
    return { styles: new StylesEditor(text), stylesPath: entry?.name ?? stylesPath };
  }
  const name = findEntry(zip, resolveTarget(workbookPath, "styles.xml"))
    ? freeName(zip, workbookPath, "styles", ".xml")
    : "styles.xml";
  const stylesPath = resolveTarget(workbookPath, name);
  rels.add(inFlavour(REL_STYLES, flavour), name);
  types.override(stylesPath, CT_STYLES);
  return { styles: new StylesEditor(minimal), stylesPath };
}

async function pruneCalcChain(
  zip: ZipPackage,
  workbookPath: string,
  rels: RelationshipsPart,
  types: ContentTypesPart,
  sheetIds: ReadonlySet<number>,
): Promise<void> {
  const rel = rels.byTypeSuffix("/calcChain");
  const entry = rel ? findEntry(zip, resolveTarget(workbookPath, rel.target)) : null;
  if (!rel || !entry) return;
  const update = dropSheetsFromCalcChain(await entry.text(), sheetIds);
  if (update.kind === "rewrite") await putPart(zip, entry.name, update.text);
  if (update.kind === "delete") {
    zip.remove(entry.name);
    rels.remove(rel.id);
    types.removeOverride(entry.name);
  }
}

function checkPlanNames(plans: readonly SheetPlan[]): void {
  plans.forEach((plan, i) => {
    if (!isValidSheetName(plan.name)) throw new SheetWriteError("invalid-name", plan.name);
    if (plans.slice(0, i).some((p) => sameSheetName(p.name, plan.name))) {
      throw new SheetWriteError("duplicate-name", plan.name);
    }
  });
}

/** How to write r:id on a new <sheet>: reuse the prefix in scope, or declare one. */
function relationshipPrefix(
  model: WorkbookModel,
  flavour: Flavour,
): { attr: string; declaration: string } {
  const ns = inFlavour(NS_REL, flavour);
  const bound = Object.entries(model.sheetsElement.nsInScope).find(
    ([p, uri]) => p !== "" && uri === ns,
  );
  return bound
    ? { attr: `${bound[0]}:id`, declaration: "" }
    : { attr: "r:id", declaration: ` xmlns:r="${ns}"` };
}

/**
 * Markers go into <definedNames>, created when absent right after the elements CT_Workbook
 * places before it (sheets, functionGroups, externalReferences).
 */
function definedNamesEdit(text: string, model: WorkbookModel, entries: string): TextEdit {
  if (model.definedNamesElement) return appendInside(text, model.definedNamesElement, entries);
  let point = model.sheetsElement.closeEnd;
  for (const el of model.root.children) {
    if (el.local === "functionGroups" || el.local === "externalReferences")
      point = Math.max(point, el.closeEnd);
  }
  const tag = qualified(model.sheetsElement, "definedNames");
  return { start: point, end: point, text: `<${tag}>${entries}</${tag}>` };
}
