/**
 * Renders a SheetPlan as a worksheet part. Elements follow CT_Worksheet's order, which Excel
 * enforces (it "repairs" a file whose elements are out of order).
 */
import { cellAddress } from "../core/grid";
import type { PlanCell, SheetPlan } from "../core/sheetPlan";
import { argb } from "./styleEntries";
import { escapeExcelEscapes, escapeXmlAttr, escapeXmlText } from "./xmlEscape";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_767;
/** A4, the paper French administrations print on. */
const PAPER_A4 = 9;

/** Style index of a plan cell in cellXfs, undefined for the workbook default. */
export type XfResolver = (cell: PlanCell) => number | undefined;

/** `'Sheet name'!B12`, quoting always (valid for every name) and doubling apostrophes. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function renderWorksheet(plan: SheetPlan, xfIndex: XfResolver): string {
  const sheetData: string[] = [];
  const hyperlinks: string[] = [];
  let lastRow = 0;
  let lastCol = 0;
  plan.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      const ref = cellAddress(r, c);
      const xml = cellXml(ref, cell, xfIndex(cell));
      if (xml) {
        cells.push(xml);
        lastCol = Math.max(lastCol, c + 1);
      }
      if (cell.link) {
        const display =
          cell.value === null ? "" : ` display="${escapeXmlAttr(String(cell.value))}"`;
        const location = escapeXmlAttr(sheetReference(cell.link.sheet, cell.link.cell));
        hyperlinks.push(`<hyperlink ref="${ref}" location="${location}"${display}/>`);
      }
    });
    const height = plan.rowHeights?.[r];
    const heightAttr = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    if (cells.length > 0 || heightAttr) {
      sheetData.push(`<row r="${r + 1}"${heightAttr}>${cells.join("")}</row>`);
      if (cells.length > 0) lastRow = r + 1;
    }
  });

  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
  ];
  if (plan.print?.fitToWidth) parts.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  const dimension = lastRow > 0 ? `A1:${cellAddress(lastRow - 1, lastCol - 1)}` : "A1";
  parts.push(`<dimension ref="${dimension}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(plan)}</sheetView></sheetViews>`);
  parts.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = plan.columnWidths
    .map((w, i) =>
      Number.isFinite(w) && w > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`
        : "",
    )
    .join("");
  if (cols) parts.push(`<cols>${cols}</cols>`);
  parts.push(
    sheetData.length > 0 ? `<sheetData>${sheetData.join("")}</sheetData>` : `<sheetData/>`,
  );
  if (plan.autoFilter) parts.push(`<autoFilter ref="${escapeXmlAttr(plan.autoFilter)}"/>`);
  const merges = plan.merges ?? [];
  if (merges.length > 0) {
    const list = merges.map((m) => `<mergeCell ref="${escapeXmlAttr(m)}"/>`).join("");
    parts.push(`<mergeCells count="${merges.length}">${list}</mergeCells>`);
  }
  (plan.dataBars ?? []).forEach((bar, i) => {
    parts.push(
      `<conditionalFormatting sqref="${escapeXmlAttr(bar.range)}">` +
        `<cfRule type="dataBar" priority="${i + 1}"><dataBar>` +
        `<cfvo type="num" val="${bar.min}"/><cfvo type="num" val="${bar.max}"/>` +
        `<color rgb="${argb(bar.color)}"/></dataBar></cfRule></conditionalFormatting>`,
    );
  });
  if (hyperlinks.length > 0) parts.push(`<hyperlinks>${hyperlinks.join("")}</hyperlinks>`);
  parts.push(
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  );
  if (plan.print) {
    const fit = plan.print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
    const orientation = plan.print.landscape ? "landscape" : "portrait";
    parts.push(`<pageSetup paperSize="${PAPER_A4}" orientation="${orientation}"${fit}/>`);
  }
  parts.push(`</worksheet>`);
  return parts.join("");
}

function paneXml(plan: SheetPlan): string {
  const rows = plan.freeze?.rows ?? 0;
  const cols = plan.freeze?.columns ?? 0;
  if (rows <= 0 && cols <= 0) return "";
  const topLeft = cellAddress(Math.max(rows, 0), Math.max(cols, 0));
  const active = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = (cols > 0 ? ` xSplit="${cols}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  return (
    `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function cellXml(ref: string, cell: PlanCell, xf: number | undefined): string {
  const s = xf === undefined ? "" : ` s="${xf}"`;
  const v = cell.value;
  if (v === null) return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "number") {
    // NaN and infinities have no cell representation; show the error Excel itself would.
    if (!Number.isFinite(v)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}><v>${Object.is(v, -0) ? 0 : v}</v></c>`;
  }
  const text = escapeXmlText(escapeExcelEscapes(v.slice(0, MAX_CELL_TEXT)));
  const space = /^\s|\s$|[\n\t]/.test(v) ? ` xml:space="preserve"` : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}
