/**
 * Writes a rendered clause into a content control through text APIs only (never HTML/OOXML
 * built from user input): the title as a heading paragraph, then one paragraph per body
 * paragraph. Queues commands; the caller syncs.
 */
import type { RenderedClause } from "../clauses/render";
import type { WordContentControl } from "./wordApi";

export function writeClause(
  control: WordContentControl,
  clause: RenderedClause,
  tag: string,
  builtInStyles: boolean,
): void {
  control.tag = tag;
  control.title = clause.title;
  control.appearance = "BoundingBox";
  // "Replace" empties the control (also on update) and leaves the title as its first paragraph.
  const heading = control.insertText(clause.title, "Replace");
  if (builtInStyles) heading.styleBuiltIn = "Heading3";
  for (const text of clause.paragraphs) {
    const paragraph = control.insertParagraph(text, "End");
    if (builtInStyles) paragraph.styleBuiltIn = "Normal";
  }
}
