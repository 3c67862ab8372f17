/**
 * What we need from xl/workbook.xml: the sheets in tab order, the defined names (our ownership
 * marker lives there) and the date system, with the offsets needed to splice new entries in.
 */
import { OWNERSHIP_NAME } from "../core/api";
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import { XmlStreamError } from "./reader/xmlStream";
import { attr, childrenNamed, firstChild, parseXmlTree, type XmlElement } from "./xmlTree";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  /** Relationship id (r:id) pointing at the worksheet part. */
  readonly relId: string;
  readonly element: XmlElement;
}

export interface WorkbookDefinedName {
  readonly name: string;
  /** Sheet position in `<sheets>` for a sheet-scoped name. */
  readonly localSheetId: number | undefined;
  readonly formula: string;
  readonly element: XmlElement;
}

export interface WorkbookModel {
  /** The part's text, which every offset below indexes. */
  readonly text: string;
  readonly root: XmlElement;
  readonly sheetsElement: XmlElement;
  readonly sheets: readonly WorkbookSheet[];
  readonly definedNamesElement: XmlElement | undefined;
  readonly definedNames: readonly WorkbookDefinedName[];
  readonly date1904: boolean;
}

/** xsd:boolean accepts "1" and "true"; some writers use the latter. */
function xsdTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/**
 * Parses the workbook part, turning failures into the user's sentence: a main part that is
 * not a workbook (a .docx renamed .xlsx) or one that does not parse (a damaged file).
 */
export function readWorkbookModel(
  text: string,
  fileName: string,
  partName = "xl/workbook.xml",
): WorkbookModel {
  let root: XmlElement;
  try {
    root = parseXmlTree(text);
  } catch (e) {
    if (e instanceof XmlStreamError && e.kind === "too-deep") {
      throw new UnreadableWorkbookError("too-deep", fileName, partName);
    }
    throw new UnreadableWorkbookError("damaged", fileName);
  }
  if (root.local !== "workbook") throw new UnreadableWorkbookError("not-workbook", fileName);
  try {
    return parseWorkbookXml(text, root);
  } catch {
    throw new UnreadableWorkbookError("damaged", fileName);
  }
}

export function parseWorkbookXml(text: string, root = parseXmlTree(text)): WorkbookModel {
  const sheetsElement = firstChild(root, "sheets");
  if (!sheetsElement) throw new Error("workbook.xml has no <sheets>");
  const sheets = childrenNamed(sheetsElement, "sheet").map((el) => {
    const rel = [...el.attrs.values()].find((a) => a.local === "id" && a.prefix !== "");
    return {
      name: attr(el, "name") ?? "",
      sheetId: Number(attr(el, "sheetId") ?? "0"),
      relId: rel?.value ?? "",
      element: el,
    };
  });
  const definedNamesElement = firstChild(root, "definedNames");
  const definedNames = definedNamesElement
    ? childrenNamed(definedNamesElement, "definedName").map((el) => {
        const local = attr(el, "localSheetId");
        return {
          name: attr(el, "name") ?? "",
          localSheetId: local === undefined ? undefined : Number(local),
          formula: el.text,
          element: el,
        };
      })
    : [];
  const workbookPr = firstChild(root, "workbookPr");
  const date1904 = workbookPr ? xsdTrue(attr(workbookPr, "date1904")) : false;
  return { text, root, sheetsElement, sheets, definedNamesElement, definedNames, date1904 };
}

/** Positions (in `<sheets>`) of the sheets carrying our ownership marker. */
export function ownedSheetPositions(model: WorkbookModel): Set<number> {
  const owned = new Set<number>();
  for (const dn of model.definedNames) {
    if (dn.name === OWNERSHIP_NAME && dn.localSheetId !== undefined) owned.add(dn.localSheetId);
  }
  return owned;
}

/** The marker's value, a formula holding a string constant: "statut:2026-S1". */
export function markerFormula(kind: string, semester: string): string {
  return `"${`${kind}:${semester}`.replace(/"/g, '""')}"`;
}
