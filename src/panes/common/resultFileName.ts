/**
 * Name of the refreshed workbook offered for download in browser mode:
 * `<name>-spaser-<semester>.xlsx`, where <name> is the opened file's name without its extension.
 */
export function resultFileName(inputName: string, semester: string): string {
  const base = inputName.replace(/\.(xlsx|xlsm|xls)$/i, "").trim() || "classeur";
  return `${base}-spaser-${semester}.xlsx`;
}

/** Name of the blank pilot workbook offered in browser mode. */
export const TEMPLATE_FILE_NAME = "pilotage-spaser-vierge.xlsx";
