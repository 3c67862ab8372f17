/**
 * What Office mode needs (the Office.js adapter and the core), in one lazily loaded chunk so that
 * the pane's first render does not wait for it.
 */
export {
  checkExcelSupport,
  readHeaders,
  readWorkbookGrids,
  refreshSelection,
  selectCell,
  writePlans,
} from "../../../excel";
export { refreshWorkbook } from "../../../core/refresh";
export { inspectWorkbook } from "../../../core/inspect";
export { buildTemplatePlans } from "../../../core/templatePlan";
export { runDecpImport } from "./decpImportRun";
export { decpIntoExcel } from "./decpIntoExcel";
