/**
 * Everything browser mode needs to read, refresh and write a file, in ONE lazily loaded chunk:
 * ExcelJS is heavy and must stay out of the pane's initial JavaScript (PRODUCT §10).
 */
export { readWorkbook } from "../../../xlsx/readWorkbook";
export { refreshXlsx } from "../../../xlsx/refreshXlsx";
export { createWorkbook } from "../../../xlsx/writePlans";
export { inspectWorkbook } from "../../../core/inspect";
export { buildTemplatePlans } from "../../../core/templatePlan";
export { runDecpImport } from "./decpImportRun";
export { decpIntoFile } from "./decpIntoFile";
