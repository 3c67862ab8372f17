/**
 * Transitional or strict: the two namespace sets of SpreadsheetML packages. We write our parts
 * in the flavour of the package we write into, so that a strict workbook stays strict
 * throughout (Excel refuses a package that mixes them).
 */
export const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export type Flavour = "transitional" | "strict";

/** The flavour of a package by the namespace of its workbook element. */
export function flavourOf(workbookUri: string): Flavour {
  return workbookUri === STRICT_MAIN ? "strict" : "transitional";
}

/** Our transitional XML or relationship type, in the package's flavour. */
export function inFlavour(text: string, flavour: Flavour): string {
  if (flavour === "transitional") return text;
  return text.replaceAll(TRANSITIONAL_MAIN, STRICT_MAIN).replaceAll(TRANSITIONAL_REL, STRICT_REL);
}
