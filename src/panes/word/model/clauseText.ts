/** A rendered clause as plain text for the clipboard: the title, then one paragraph per block. */
import type { RenderedClause } from "../../../clauses/render";

export function clauseText(clause: Pick<RenderedClause, "title" | "paragraphs">): string {
  return [clause.title, ...clause.paragraphs].join("\n\n");
}
