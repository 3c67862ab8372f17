/**
 * Edits cells of one existing worksheet in place, inside the user's own package. Only the
 * `<c>`/`<row>` elements patched, the `<dimension>` and (when a date or number format needs
 * a new style) styles.xml change; every other byte of the sheet — styles of other cells, data
 * validations, conditional formats, column widths — and every other part stay as they were.
 * Shared strings are left alone: a replaced text cell becomes an inline string, so the shared
 * string table needs no renumbering.
 */
import type { ZipPackage } from "./zipPackage";
import { cellAddress, parseCellAddress } from "../core/grid";
import type { SheetPlan } from "../core/sheetPlan";
import { CellPatchError } from "./cellPatchError";
import { flavourOf, inFlavour, type Flavour } from "./flavour";
import { CT_STYLES, REL_STYLES, findEntry, openPackage, resolveTarget } from "./packageLayout";
import { ContentTypesPart, RelationshipsPart } from "./packageParts";
import { sameSheetName } from "./sheetWriteError";
import { MINIMAL_STYLES_XML } from "./styleEntries";
import { StylesEditor } from "./stylesEditor";
import { extendTables } from "./tableExtend";
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import { readWorkbookModel } from "./workbookXml";
import { writePlans } from "./writePlans";
import { escapeExcelEscapes, escapeXmlText } from "./xmlEscape";
import {
  findSheetData,
  scanSheetData,
  type ScannedCell,
  type ScannedRow,
  type SheetDataSpan,
} from "./sheetDataScan";
import {
  applyEdits,
  attr,
  childrenNamed,
  firstChild,
  parseXmlTree,
  type TextEdit,
  type XmlElement,
} from "./xmlTree";
import { putPart, readOptionalText } from "./zipParts";

export { CellPatchError } from "./cellPatchError";

export type PatchValue = string | number | boolean | Date | null;

/** One cell to write; `row` and `col` are 0-based (A1 = 0, 0). */
export interface CellPatch {
  readonly row: number;
  readonly col: number;
  /** null clears the value and keeps the cell's style. */
  readonly value: PatchValue;
  /**
   * Number format for a number or a date, applied only when the cell shows numbers in the
   * General format (a format the user chose wins). Dates default to `dd/mm/yyyy`.
   */
  readonly numberFormat?: string;
  /** A cell (0-based) whose style a cell that does not exist yet takes, e.g. its neighbour. */
  readonly styleFrom?: { readonly row: number; readonly col: number };
}

export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";
const MAX_CELL_TEXT = 32_767;
const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 and 1904 date systems. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
const CONTENT_TYPES = "[Content_Types].xml";

/**
 * Writes `changes` into the worksheet `sheetName` of `original`. Throws CellPatchError when the
 * sheet is missing or a patched cell holds a formula (nothing is written then), and
 * UnreadableWorkbookError when the file is not a usable workbook.
 */
export async function patchSheetCells(
  original: Uint8Array,
  sheetName: string,
  changes: readonly CellPatch[],
  fileName = "classeur.xlsx",
): Promise<Uint8Array> {
  const pkg = await openPackage(original, fileName);
  const { zip, workbookPath, workbookRelsPath } = pkg;
  const model = readWorkbookModel(await zip.file(workbookPath)!.text(), fileName);
  const relsText = await readOptionalText(zip, workbookRelsPath);
  if (relsText === undefined) throw new UnreadableWorkbookError("damaged", fileName);
  const rels = new RelationshipsPart(relsText);
  const sheet = model.sheets.find((s) => sameSheetName(s.name, sheetName));
  if (!sheet) throw new CellPatchError("missing-sheet", sheetName);
  const rel = rels.byId(sheet.relId);
  const entry = rel ? findEntry(zip, resolveTarget(workbookPath, rel.target)) : null;
  if (!entry) throw new UnreadableWorkbookError("damaged", fileName);
  // Nothing to write: hand the input back untouched, so that a no-op run is byte-identical.
  if (changes.length === 0) return original;

  const text = await entry.text();
  const sheetData = findSheetData(text);
  const rows = sheetData && scanSheetData(text, sheetData);
  if (!sheetData || !rows) throw new CellPatchError("damaged-sheet", sheet.name);
  let root: XmlElement;
  try {
    // The elements needed besides the cells (dimension, sheetPr, cols) all come before
    // <sheetData>: parse the part without its cells, offsets before them stay valid.
    root = parseXmlTree(text.slice(0, sheetData.openEnd) + text.slice(sheetData.closeStart));
  } catch {
    throw new CellPatchError("damaged-sheet", sheet.name);
  }

  const styles = await openStylesLazily(
    zip,
    workbookPath,
    workbookRelsPath,
    rels,
    flavourOf(model.root.uri),
  );
  const patcher = new SheetPatcher(
    { text, root, sheetData, rows },
    sheet.name,
    styles.editor,
    model.date1904,
  );
  const newText = patcher.apply(changes);
  await putPart(zip, entry.name, newText);
  await extendTables(zip, entry.name, changes);
  await styles.save();
  return zip.bytes();
}

/**
 * Adds a sheet to the user's workbook through the lossless writer, without our ownership
 * marker: a sheet the user asked for (the register) is theirs from then on.
 */
export async function createSheet(
  original: Uint8Array,
  plan: SheetPlan,
  fileName = "classeur.xlsx",
): Promise<Uint8Array> {
  return writePlans(original, [{ ...plan, owned: false }], fileName);
}

/** The styles part, created (with its relationship and content type) only if a style is needed. */
async function openStylesLazily(
  zip: ZipPackage,
  workbookPath: string,
  workbookRelsPath: string,
  rels: RelationshipsPart,
  flavour: Flavour,
): Promise<{ editor: StylesEditor; save: () => Promise<void> }> {
  const minimal = inFlavour(MINIMAL_STYLES_XML, flavour);
  const rel = rels.byTypeSuffix("/styles");
  const entry = rel ? findEntry(zip, resolveTarget(workbookPath, rel.target)) : null;
  if (entry) {
    const editor = new StylesEditor(await entry.text());
    return { editor, save: () => putPart(zip, entry.name, editor.render()) };
  }
  const editor = new StylesEditor(minimal);
  const save = async (): Promise<void> => {
    const rendered = editor.render();
    if (rendered === minimal) return;
    const stylesPath = resolveTarget(workbookPath, rel?.target ?? "styles.xml");
    if (!rel) {
      rels.add(inFlavour(REL_STYLES, flavour), "styles.xml");
      await putPart(zip, workbookRelsPath, rels.render());
    }
    const typesText = await readOptionalText(zip, CONTENT_TYPES);
    if (typesText !== undefined) {
      const types = new ContentTypesPart(typesText);
      types.override(stylesPath, CT_STYLES);
      await putPart(zip, CONTENT_TYPES, types.render());
    }
    await putPart(zip, stylesPath, rendered);
  };
  return { editor, save };
}

/** Whether a number format shows a date (day, month or year tokens outside quoted text). */
function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined)
    return (
      (id >= 14 && id <= 22) ||
      (id >= 27 && id <= 36) ||
      (id >= 45 && id <= 47) ||
      (id >= 50 && id <= 58)
    );
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare);
}

/** The worksheet part as the patcher sees it. */
interface ScannedSheet {
  readonly text: string;
  /** Tree of the part without its cells. */
  readonly root: XmlElement;
  readonly sheetData: SheetDataSpan;
  readonly rows: readonly ScannedRow[];
}

class SheetPatcher {
  private readonly text: string;
  private readonly root: XmlElement;
  private readonly sheetData: SheetDataSpan;
  private readonly rows: readonly ScannedRow[];
  private readonly rowsByIndex: ReadonlyMap<number, ScannedRow>;
  private readonly p: string;
  private readonly arrayRanges: { r1: number; c1: number; r2: number; c2: number }[] = [];
  private readonly columnStyles: { min: number; max: number; style: number }[] = [];

  constructor(
    sheet: ScannedSheet,
    private readonly sheetName: string,
    private readonly styles: StylesEditor,
    private readonly date1904: boolean,
  ) {
    ({ text: this.text, root: this.root, sheetData: this.sheetData, rows: this.rows } = sheet);
    this.p = this.root.prefix ? `${this.root.prefix}:` : "";
    this.rowsByIndex = new Map(this.rows.map((r) => [r.index, r]));
    for (const row of this.rows) {
      for (const cell of row.cells) {
        if (cell.arrayRef) this.addArrayRange(cell.arrayRef);
      }
    }
    for (const col of childrenNamed(firstChild(this.root, "cols") ?? this.root, "col")) {
      const style = Number(attr(col, "style"));
      if (Number.isInteger(style) && style > 0)
        this.columnStyles.push({
          min: Number(attr(col, "min")),
          max: Number(attr(col, "max")),
          style,
        });
    }
  }

  /** The existing cell at a position (cells of a row are in column order: binary search). */
  private cellAt(row: number, col: number): ScannedCell | undefined {
    const cells = this.rowsByIndex.get(row)?.cells ?? [];
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid]!;
      if (c.col === col) return c;
      if (c.col < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private addArrayRange(ref: string): void {
    const [a, b] = ref.split(":");
    const from = parseCellAddress(a ?? "");
    const to = parseCellAddress(b ?? a ?? "");
    if (from && to) this.arrayRanges.push({ r1: from.row, c1: from.col, r2: to.row, c2: to.col });
  }

  apply(changes: readonly CellPatch[]): string {
    // The last patch of a cell wins; rows and cells are then visited in sheet order.
    const byRow = new Map<number, Map<number, CellPatch>>();
    for (const c of changes) {
      if (!Number.isInteger(c.row) || !Number.isInteger(c.col) || c.row < 0 || c.col < 0)
        throw new RangeError(`Invalid cell position ${c.row},${c.col}`);
      let row = byRow.get(c.row);
      if (!row) byRow.set(c.row, (row = new Map()));
      row.set(c.col, c);
    }
    for (const [r, cols] of byRow) for (const col of cols.keys()) this.refuseFormula(r, col);

    const edits: TextEdit[] = [];
    const newRows: { index: number; xml: string }[] = [];
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      const patches = [...byRow.get(r)!.values()].sort((a, b) => a.col - b.col);
      const row = this.rowsByIndex.get(r);
      if (row) edits.push(...this.rowEdits(row, patches));
      else {
        const cells = patches.map((p) => this.cellXml(p, undefined)).join("");
        if (cells)
          newRows.push({ index: r, xml: `<${this.p}row r="${r + 1}">${cells}</${this.p}row>` });
      }
    }
    // A new row goes right before the start tag of the next row, which may itself be edited:
    // insertions first, so that equal offsets apply in that order.
    edits.unshift(...this.rowInsertions(newRows));
    const dimension = this.dimensionEdit(changes);
    if (dimension) edits.push(dimension);
    return applyEdits(this.text, edits);
  }

  private refuseFormula(row: number, col: number): void {
    const el = this.cellAt(row, col);
    const inArray = this.arrayRanges.some(
      (a) => row >= a.r1 && row <= a.r2 && col >= a.c1 && col <= a.c2,
    );
    if (el?.hasFormula || inArray)
      throw new CellPatchError("formula", this.sheetName, cellAddress(row, col));
  }

  /** Replacements and insertions of cells inside an existing row, plus its `spans` hint. */
  private rowEdits(row: ScannedRow, patches: readonly CellPatch[]): TextEdit[] {
    const edits: TextEdit[] = [];
    const byCol = new Map(row.cells.map((c) => [c.col, c]));
    const inserted: { before: ScannedCell | undefined; xml: string }[] = [];
    for (const patch of patches) {
      const cell = byCol.get(patch.col);
      if (cell) {
        edits.push({
          start: cell.openStart,
          end: cell.closeEnd,
          text: this.cellXml(patch, cell),
        });
        continue;
      }
      const xml = this.cellXml(patch, undefined);
      if (xml) inserted.push({ before: row.cells.find((c) => c.col > patch.col), xml });
    }
    if (inserted.length === 0) return edits;
    const maxCol = Math.max(...patches.map((p) => p.col + 1));
    const minCol = Math.min(...patches.map((p) => p.col + 1));
    const openTag = this.widenSpans(this.text.slice(row.openStart, row.openEnd), minCol, maxCol);
    if (row.selfClosing) {
      // A row with no cells: rewrite the element whole (only insertions are possible).
      const tag = openTag.replace(/\s*\/>$/, ">");
      edits.push({
        start: row.openStart,
        end: row.closeEnd,
        text: `${tag}${inserted.map((i) => i.xml).join("")}</${row.prefix}row>`,
      });
      return edits;
    }
    edits.push({ start: row.openStart, end: row.openEnd, text: openTag });
    for (const i of inserted) {
      const at = i.before ? i.before.openStart : row.closeStart;
      edits.push({ start: at, end: at, text: i.xml });
    }
    return edits;
  }

  private widenSpans(openTag: string, minCol: number, maxCol: number): string {
    const m = /\sspans=(["'])(\d+):(\d+)\1/.exec(openTag);
    if (!m) return openTag;
    const lo = Math.min(Number(m[2]), minCol);
    const hi = Math.max(Number(m[3]), maxCol);
    return openTag.replace(m[0], ` spans="${lo}:${hi}"`);
  }

  /** New `<row>` elements, each before the first existing row below it. */
  private rowInsertions(newRows: readonly { index: number; xml: string }[]): TextEdit[] {
    if (newRows.length === 0) return [];
    if (this.sheetData.selfClosing) {
      const tag = `${this.sheetData.prefix}sheetData`;
      return [
        {
          start: this.sheetData.openStart,
          end: this.sheetData.closeEnd,
          text: `<${tag}>${newRows.map((r) => r.xml).join("")}</${tag}>`,
        },
      ];
    }
    // Both lists are in row order: one walk places every new row (registers run to 100 000 rows).
    let next = 0;
    return newRows.map((n) => {
      while (next < this.rows.length && this.rows[next]!.index < n.index) next++;
      const before = this.rows[next];
      const at = before ? before.openStart : this.sheetData.closeStart;
      return { start: at, end: at, text: n.xml };
    });
  }

  private dimensionEdit(changes: readonly CellPatch[]): TextEdit | undefined {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    // A loop, not Math.min(...): spreading 100 000 patches would overflow the call stack.
    for (const c of changes) {
      if (c.value === null) continue;
      r1 = Math.min(r1, c.row);
      c1 = Math.min(c1, c.col);
      r2 = Math.max(r2, c.row);
      c2 = Math.max(c2, c.col);
    }
    if (r2 < 0) return undefined;
    const el = firstChild(this.root, "dimension");
    const ref = el ? attr(el, "ref") : undefined;
    const [a, b] = (ref ?? "").split(":");
    const from = parseCellAddress(a ?? "");
    const to = parseCellAddress(b ?? a ?? "");
    // The cells already there count too (a sheet may have no <dimension> at all)…
    for (const row of this.rows) {
      const first = row.cells[0];
      const last = row.cells[row.cells.length - 1];
      if (!first || !last) continue;
      r1 = Math.min(r1, row.index);
      r2 = Math.max(r2, row.index);
      c1 = Math.min(c1, first.col);
      c2 = Math.max(c2, last.col);
    }
    // …and so does the stated range, except the "A1" an empty sheet states.
    const sheetHasCells = this.rows.some((r) => r.cells.length > 0);
    if (from && to && sheetHasCells) {
      r1 = Math.min(r1, from.row);
      c1 = Math.min(c1, from.col);
      r2 = Math.max(r2, to.row);
      c2 = Math.max(c2, to.col);
    }
    const start = cellAddress(r1, c1);
    const end = cellAddress(r2, c2);
    const newRef = start === end ? start : `${start}:${end}`;
    if (el) {
      if (ref === newRef) return undefined;
      const tag = this.text.slice(el.openStart, el.openEnd);
      const replaced = /\sref=(["'])[^"']*\1/.test(tag)
        ? tag.replace(/\sref=(["'])[^"']*\1/, ` ref="${newRef}"`)
        : tag.replace(/\s*(\/?)>$/, ` ref="${newRef}"$1>`);
      return { start: el.openStart, end: el.openEnd, text: replaced };
    }
    // CT_Worksheet: <dimension> comes right after <sheetPr>.
    const sheetPr = firstChild(this.root, "sheetPr");
    const at = sheetPr ? sheetPr.closeEnd : this.root.openEnd;
    return { start: at, end: at, text: `<${this.p}dimension ref="${newRef}"/>` };
  }

  /** The style a new cell gets: the one asked for, else its row's, else its column's. */
  private inheritedStyle(patch: CellPatch): number | undefined {
    if (patch.styleFrom) {
      const from = this.cellAt(patch.styleFrom.row, patch.styleFrom.col);
      if (from?.style !== undefined) return from.style;
    }
    const row = this.rowsByIndex.get(patch.row);
    if (row?.customFormat && row.style !== undefined) return row.style;
    return this.columnStyles.find((c) => patch.col + 1 >= c.min && patch.col + 1 <= c.max)?.style;
  }

  private styleFor(patch: CellPatch, base: number | undefined): number | undefined {
    const v = patch.value;
    const wantsFormat =
      v instanceof Date || (typeof v === "number" && patch.numberFormat !== undefined);
    if (!wantsFormat) return base;
    const id = this.styles.numberFormatIdOf(base);
    const code = this.styles.numberFormatCode(id);
    if (v instanceof Date) {
      if (isDateFormat(id, code)) return base;
      return this.styles.xfWithNumberFormat(base, patch.numberFormat ?? DEFAULT_DATE_FORMAT);
    }
    return id === 0 ? this.styles.xfWithNumberFormat(base, patch.numberFormat!) : base;
  }

  /** The new `<c>` element ("" when a new cell would hold nothing). */
  private cellXml(patch: CellPatch, existing: ScannedCell | undefined): string {
    const ref = cellAddress(patch.row, patch.col);
    const base = existing ? existing.style : this.inheritedStyle(patch);
    const v = patch.value;
    const p = existing ? existing.prefix : this.p;
    const name = `${p}c`;
    if (v === null) {
      if (base === undefined) return "";
      return `<${name} r="${ref}" s="${base}"/>`;
    }
    const xf = this.styleFor(patch, base);
    const s = xf === undefined ? "" : ` s="${xf}"`;
    if (typeof v === "boolean")
      return `<${name} r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${name}>`;
    if (typeof v === "number" || v instanceof Date) {
      const n =
        v instanceof Date ? v.getTime() / DAY_MS + (this.date1904 ? EPOCH_1904 : EPOCH_1900) : v;
      // NaN and infinities have no cell representation; show the error Excel itself would.
      if (!Number.isFinite(n))
        return `<${name} r="${ref}"${s} t="e"><${p}v>#NUM!</${p}v></${name}>`;
      return `<${name} r="${ref}"${s}><${p}v>${Object.is(n, -0) ? 0 : n}</${p}v></${name}>`;
    }
    const text = escapeXmlText(escapeExcelEscapes(v.slice(0, MAX_CELL_TEXT)));
    const space = /^\s|\s$|[\n\t]/.test(v) ? ` xml:space="preserve"` : "";
    return `<${name} r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${text}</${p}t></${p}is></${name}>`;
  }
}
