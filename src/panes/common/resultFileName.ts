/**
 * Name of the refreshed workbook offered for download in browser mode:
 * `<name>-spaser-<semester>.xlsx`, where <name> is the opened file's name without its extension;
 * with several semesters refreshed into it, each is named, oldest first. A macro workbook keeps
 * `.xlsm` (Excel refuses a macro package named .xlsx).
 */
export function resultFileName(inputName: string, semester: string | readonly string[]): string {
  const base = inputName.replace(/\.(xlsx|xlsm|xls)$/i, "").trim() || "classeur";
  const semesters = typeof semester === "string" ? [semester] : semester;
  const ext = /\.xlsm$/i.test(inputName.trim()) ? "xlsm" : "xlsx";
  return `${base}-spaser-${semesters.join("-")}.${ext}`;
}

/** Name of the blank pilot workbook offered in browser mode. */
export const TEMPLATE_FILE_NAME = "pilotage-spaser-vierge.xlsx";
