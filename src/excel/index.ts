/**
 * The Excel (Office.js) adapter: grids in, sheet plans out. What the Excel pane calls.
 */
export { readHeaders } from "./readHeaders";
export type {
  ExistingSheetInfo,
  HeaderSample,
  ReadOptions,
  UsedArea,
  WorkbookHeaders,
} from "./readHeaders";
export { readColumns, selectAllColumns } from "./readColumns";
export type { SheetSelection } from "./readColumns";
export { readWorkbookGrids } from "./readWorkbook";
export { refreshSelection } from "./refreshSelection";
export type { ReadGridsOptions, WorkbookRead } from "./readWorkbook";
export { writePlans, officeSupports } from "./writePlans";
export type { WriteOptions, WriteResult } from "./writePlans";
export { selectCell } from "./selectCell";
export { checkExcelSupport, MINIMUM_EXCEL_API } from "./excelSupport";
export type { ExcelSupport } from "./excelSupport";
export { CellNotFoundError, ExcelReadError, ExcelWriteError, ForeignSheetError } from "./errors";
export { planReadBatches, readSyncCount, refreshSyncCount } from "./readPlan";
export { syncCountLines } from "./syncBudget";
export type { XlContext } from "./officeSubset";
