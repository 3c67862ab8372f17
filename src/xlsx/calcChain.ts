/**
 * Excel's calculation chain lists the formula cells of every sheet. When we replace a sheet
 * of ours in which the user had typed formulas, entries pointing at cells that no longer hold
 * one make Excel "repair" the file: drop exactly those entries.
 */
import { applyEdits, attr, childrenNamed, parseXmlTree, type TextEdit } from "./xmlTree";

export type CalcChainUpdate =
  | { readonly kind: "unchanged" }
  | { readonly kind: "rewrite"; readonly text: string }
  /** No entry left: the part must go (an empty <calcChain> is invalid). */
  | { readonly kind: "delete" };

export function dropSheetsFromCalcChain(
  text: string,
  sheetIds: ReadonlySet<number>,
): CalcChainUpdate {
  const root = parseXmlTree(text);
  const entries = childrenNamed(root, "c");
  const edits: TextEdit[] = [];
  // `i` (sheet id) is inherited from the previous entry when absent; an entry without it
  // belongs to its predecessor's sheet, so removing whole sheets keeps inheritance right.
  let sheet = Number.NaN;
  for (const c of entries) {
    const i = attr(c, "i");
    if (i !== undefined) sheet = Number(i);
    if (sheetIds.has(sheet)) edits.push({ start: c.openStart, end: c.closeEnd, text: "" });
  }
  if (edits.length === 0) return { kind: "unchanged" };
  if (edits.length === entries.length) return { kind: "delete" };
  return { kind: "rewrite", text: applyEdits(text, edits) };
}
