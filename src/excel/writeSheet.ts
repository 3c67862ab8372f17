/**
 * Queues the operations that draw one SheetPlan on a fresh worksheet. Nothing here syncs except
 * through the WriteQueue's budget: values and number formats go as 2-D arrays (split in row
 * chunks only when a request would exceed the budget), formats once per style rectangle.
 */
import { OWNERSHIP_NAME } from "../core/api";
import { columnLetters, parseCellAddress } from "../core/grid";
import type { CellStyle, SheetPlan } from "../core/sheetPlan";
import { cellInput, columnWidthPoints, ownershipFormula, quoteSheetName } from "./cellInput";
import type { XlRange, XlWorksheet } from "./officeSubset";
import { jsonBytes, ROW_ARRAY_BYTES } from "./payloadBudget";
import { styleBlocks } from "./styleBlocks";
import type { WriteQueue } from "./writeQueue";

/** Estimated request bytes of one queued operation (an action of the batch, JSON). */
export const OPERATION_BYTES = 200;

/**
 * Name prefix of the charts this product draws ("SPASER 1", "SPASER 2"…): a rewrite deletes
 * those and leaves any chart the user added to the sheet.
 */
export const CHART_NAME_PREFIX = "SPASER ";

/**
 * Fit to one page wide, as many pages tall as needed: the same as the file writer's
 * fitToWidth="1" fitToHeight="0". Setting the width alone leaves the height at Excel's
 * default of 1 page, which shrinks a long sheet onto one page; and Excel may drop the width
 * while the Page Layout tab is not shown (office-js #1860), so both are always given.
 */
export const FIT_TO_WIDTH = { horizontalFitToPages: 1, verticalFitToPages: 0 } as const;

export interface SheetWriteOptions {
  /** Whether the host supports an API set, e.g. ("ExcelApi", "1.9"). */
  readonly supports: (set: string, version: string) => boolean;
}

export async function queueSheet(
  queue: WriteQueue,
  ws: XlWorksheet,
  plan: SheetPlan,
  options: SheetWriteOptions,
): Promise<void> {
  // Sheets handed over to the user (the blank template) carry no marker: they are theirs.
  if (plan.owned !== false) {
    await queue.reserve(OPERATION_BYTES);
    ws.names.add(OWNERSHIP_NAME, ownershipFormula(plan.kind, plan.semester));
  }
  await queueColumnWidths(queue, ws, plan.columnWidths);
  await queueRowHeights(queue, ws, plan.rowHeights ?? []);
  await queueCells(queue, ws, plan);
  await queueStyles(queue, ws, plan);
  for (const address of plan.merges ?? []) {
    await queue.reserve(OPERATION_BYTES);
    ws.getRange(address).merge(false);
  }
  await queueLinks(queue, ws, plan);
  await queueFreeze(queue, ws, plan);
  await queueCharts(queue, ws, plan);
  if (plan.autoFilter && options.supports("ExcelApi", "1.9")) {
    await queue.reserve(OPERATION_BYTES);
    ws.autoFilter.apply(plan.autoFilter);
  }
  if (plan.print && options.supports("ExcelApi", "1.9")) {
    await queue.reserve(2 * OPERATION_BYTES);
    ws.pageLayout.orientation = plan.print.landscape ? "Landscape" : "Portrait";
    if (plan.print.fitToWidth) ws.pageLayout.zoom = { ...FIT_TO_WIDTH };
  }
}

/** One operation per run of adjacent columns of the same width. */
/** Rows whose wrapped text needs several lines, grouped by runs of equal height. */
async function queueRowHeights(
  queue: WriteQueue,
  ws: XlWorksheet,
  heights: readonly (number | undefined)[],
): Promise<void> {
  let r = 0;
  while (r < heights.length) {
    const height = heights[r];
    let end = r;
    while (end + 1 < heights.length && heights[end + 1] === height) end++;
    if (height !== undefined) {
      await queue.reserve(OPERATION_BYTES);
      ws.getRange(`${r + 1}:${end + 1}`).format.rowHeight = height;
    }
    r = end + 1;
  }
}

async function queueColumnWidths(
  queue: WriteQueue,
  ws: XlWorksheet,
  widths: readonly number[],
): Promise<void> {
  let c = 0;
  while (c < widths.length) {
    const width = widths[c]!;
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === width) end++;
    await queue.reserve(OPERATION_BYTES);
    ws.getRange(`${columnLetters(c)}:${columnLetters(end)}`).format.columnWidth =
      columnWidthPoints(width);
    c = end + 1;
  }
}

/** Values (and number formats where the plan has any) as 2-D arrays, in budget-sized row chunks. */
async function queueCells(queue: WriteQueue, ws: XlWorksheet, plan: SheetPlan): Promise<void> {
  const width = plan.rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return;
  const hasFormats = plan.rows.some((row) => row.some((cell) => cell.numberFormat !== undefined));
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const rowBytes: number[] = [];
  for (const row of plan.rows) {
    const vRow: (string | number | boolean)[] = [];
    const fRow: string[] = [];
    let bytes = ROW_ARRAY_BYTES * (hasFormats ? 2 : 1);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const v = cell ? cellInput(cell.value) : "";
      vRow.push(v);
      bytes += jsonBytes(v) + 1;
      if (hasFormats) {
        const f = cell?.numberFormat ?? "General";
        fRow.push(f);
        bytes += jsonBytes(f) + 1;
      }
    }
    values.push(vRow);
    formats.push(fRow);
    rowBytes.push(bytes);
  }
  // Chunks of at most half the budget, so that a chunk always fits in a fresh batch.
  const chunkBudget = queue.budgetBytes / 2;
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = rowBytes[start]!;
    while (end + 1 < values.length && bytes + rowBytes[end + 1]! <= chunkBudget) {
      end++;
      bytes += rowBytes[end]!;
    }
    await queue.reserve(bytes + 2 * OPERATION_BYTES);
    const range = ws.getRangeByIndexes(start, 0, end - start + 1, width);
    // Formats first: a number written into a cell already formatted shows right at once.
    if (hasFormats) range.numberFormat = formats.slice(start, end + 1);
    range.values = values.slice(start, end + 1);
    start = end + 1;
  }
}

async function queueStyles(queue: WriteQueue, ws: XlWorksheet, plan: SheetPlan): Promise<void> {
  for (const block of styleBlocks(plan.rows)) {
    const style = plan.styles[block.style];
    if (!style) continue;
    await queue.reserve(
      styleOperationCount(style, block.rowCount, block.columnCount) * OPERATION_BYTES,
    );
    applyStyle(
      ws.getRangeByIndexes(block.row, block.column, block.rowCount, block.columnCount),
      style,
      block,
    );
  }
}

/** Number of property writes `applyStyle` queues for a block: what the tests count. */
export function styleOperationCount(
  style: CellStyle,
  rowCount: number,
  columnCount: number,
): number {
  let n = 0;
  if (style.fill) n++;
  if (style.color) n++;
  if (style.bold !== undefined) n++;
  if (style.italic !== undefined) n++;
  if (style.size !== undefined) n++;
  if (style.underline !== undefined) n++;
  if (style.wrap !== undefined) n++;
  if (style.align) n++;
  if (style.border) n += 3 * borderEdges(rowCount, columnCount).length;
  return n;
}

function borderEdges(rowCount: number, columnCount: number): string[] {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  // Inside edges draw the borders between the cells of the block: "all around each cell".
  if (rowCount > 1) edges.push("InsideHorizontal");
  if (columnCount > 1) edges.push("InsideVertical");
  return edges;
}

function applyStyle(
  range: XlRange,
  style: CellStyle,
  size: { rowCount: number; columnCount: number },
): void {
  const format = range.format;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = ALIGNMENTS[style.align];
  if (style.border) {
    for (const edge of borderEdges(size.rowCount, size.columnCount)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = `#${style.border}`;
    }
  }
}

const ALIGNMENTS: Record<NonNullable<CellStyle["align"]>, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

/** Internal links, one operation per linked cell (Office.js has no bulk hyperlink write). */
async function queueLinks(queue: WriteQueue, ws: XlWorksheet, plan: SheetPlan): Promise<void> {
  for (let r = 0; r < plan.rows.length; r++) {
    const row = plan.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (!cell.link) continue;
      const documentReference = `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
      const textToDisplay = cell.value === null ? cell.link.cell : String(cell.value);
      await queue.reserve(
        OPERATION_BYTES + jsonBytes(documentReference) + jsonBytes(textToDisplay),
      );
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = { documentReference, textToDisplay };
    }
  }
}

async function queueFreeze(queue: WriteQueue, ws: XlWorksheet, plan: SheetPlan): Promise<void> {
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return;
  await queue.reserve(OPERATION_BYTES);
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else ws.freezePanes.freezeColumns(columns);
}

/**
 * A real bar chart per ChartPlan. Data bars are the file writer's stand-in for a chart, so
 * they are written only when the plan has no chart (a chart and bars over the same numbers
 * would say the same thing twice).
 */
async function queueCharts(queue: WriteQueue, ws: XlWorksheet, plan: SheetPlan): Promise<void> {
  const charts = plan.charts ?? [];
  for (const [i, spec] of charts.entries()) {
    await queue.reserve(7 * OPERATION_BYTES);
    const chart = ws.charts.add("BarClustered", ws.getRange(spec.values), "Columns");
    chart.name = `${CHART_NAME_PREFIX}${i + 1}`;
    chart.title.text = spec.title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(spec.categories));
    chart.setPosition(spec.anchor, chartEnd(spec.anchor));
  }
  if (charts.length > 0) return;
  for (const bar of plan.dataBars ?? []) {
    await queue.reserve(4 * OPERATION_BYTES);
    const dataBar = ws.getRange(bar.range).conditionalFormats.add("DataBar").dataBar;
    dataBar.lowerBoundRule = { type: "Number", formula: String(bar.min) };
    dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
    dataBar.positiveFormat.fillColor = `#${bar.color}`;
    dataBar.positiveFormat.gradientFill = false;
  }
}

/** Bottom-right cell of a chart anchored at `anchor`: 8 columns × 16 rows, a readable size. */
function chartEnd(anchor: string): string | undefined {
  const cell = parseCellAddress(anchor);
  if (!cell) return undefined;
  return `${columnLetters(cell.col + 7)}${cell.row + 16}`;
}
