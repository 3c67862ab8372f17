/**
 * The part of the Office.js Excel object model this adapter uses.
 *
 * The adapter is written against these narrow interfaces instead of `Excel.RequestContext`
 * so that tests can drive it with a small typed fake that counts syncs and measures payloads.
 * The real `Excel.RequestContext` satisfies them: this is checked at compile time at the end
 * of this file, so a drift between the two breaks the type-check, not the add-in.
 *
 * Property types are kept as wide as the real ones (`string` where Office.js has an enum or a
 * literal union) because we only ever write literals Office.js documents.
 */

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
}

export interface XlWorksheetCollection {
  readonly items: readonly XlWorksheet[];
  load(propertyNames: string): unknown;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
  /** ExcelApi 1.5: the first sheet by tab position. */
  getFirst(visibleOnly?: boolean): XlWorksheet;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  name: string;
  position: number;
  readonly visibility: string;
  readonly names: XlNamedItemCollection;
  readonly freezePanes: XlFreezePanes;
  readonly charts: XlChartCollection;
  readonly autoFilter: XlAutoFilter;
  readonly pageLayout: XlPageLayout;
  load(propertyNames: string): unknown;
  getRange(address?: string): XlRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.5: the next sheet by tab position, a null object after the last one. */
  getNextOrNullObject(visibleOnly?: boolean): XlWorksheet;
  activate(): void;
  /** Excel refuses to delete the last visible sheet and a VeryHidden one. */
  delete(): void;
}

export interface XlNamedItem {
  readonly isNullObject: boolean;
  readonly name: string;
  load(propertyNames: string): unknown;
  delete(): void;
}

export interface XlNamedItemCollection {
  add(name: string, reference: string, comment?: string): unknown;
  getItem(name: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: XlRange | string): void;
  /** ExcelApi 1.7. */
  unfreeze(): void;
}

export interface XlAutoFilter {
  /** ExcelApi 1.9. */
  apply(range: XlRange | string): void;
}

export interface XlPageLayout {
  /** ExcelApi 1.9. */
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  load(propertyNames: string): unknown;
}

export interface XlHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface XlRange {
  readonly isNullObject: boolean;
  /** Read as `unknown`: what Office.js returns is only trusted after normalisation. */
  values: unknown[][];
  readonly valueTypes: string[][];
  numberFormat: unknown[][];
  readonly text: string[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  hyperlink: XlHyperlink;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames: string): unknown;
  getIntersectionOrNullObject(anotherRange: string): XlRange;
  merge(across?: boolean): void;
  /** ExcelApi 1.2. */
  unmerge(): void;
  /** "All" clears values, formats and hyperlinks; the cells (and references to them) stay. */
  clear(applyTo?: string): void;
  select(): void;
}

export interface XlRangeFormat {
  readonly fill: { color: string };
  readonly font: XlRangeFont;
  readonly borders: { getItem(index: string): XlRangeBorder };
  wrapText: boolean;
  horizontalAlignment: string;
  /** In points. */
  columnWidth: number;
  rowHeight: number;
}

export interface XlRangeFont {
  color: string;
  bold: boolean;
  italic: boolean;
  size: number;
  underline: string;
}

export interface XlRangeBorder {
  style: string;
  color: string;
  weight: string;
}

export interface XlConditionalFormatCollection {
  /** ExcelApi 1.6. */
  add(type: string): XlConditionalFormat;
  /** ExcelApi 1.6. */
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly dataBar: XlDataBarFormat;
}

export interface XlDataBarFormat {
  lowerBoundRule: { type: string; formula?: string };
  upperBoundRule: { type: string; formula?: string };
  readonly positiveFormat: { fillColor: string; gradientFill: boolean };
}

export interface XlChartCollection {
  readonly items: readonly XlChart[];
  load(propertyNames: string): unknown;
  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
  getItem(name: string): XlChart;
}

export interface XlChart {
  name: string;
  delete(): void;
  readonly title: { text: string; visible: boolean };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): XlChartSeries };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}

export interface XlChartSeries {
  name: string;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: XlRange): void;
}

/**
 * Compile-time proof that the real Office.js context satisfies the subset: if Office.js
 * types change incompatibly, this line stops compiling.
 */
export type RealContextSatisfiesSubset = Excel.RequestContext extends XlContext ? true : never;
const realContextSatisfiesSubset: RealContextSatisfiesSubset = true;
void realContextSatisfiesSubset;
