/** Fallback name when Excel does not tell the document's URL (a new, unsaved workbook). */
export const UNSAVED_WORKBOOK_NAME = "Classeur Excel";

/** The file name at the end of a document URL or path (« …/Pilotage%202026.xlsx » → « Pilotage 2026.xlsx »). */
export function workbookNameFromUrl(url: string | null | undefined): string {
  if (!url) return UNSAVED_WORKBOOK_NAME;
  const last = url
    .split(/[?#]/)[0]!
    .split(/[\\/]/)
    .filter((p) => p !== "")
    .pop();
  if (!last) return UNSAVED_WORKBOOK_NAME;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
