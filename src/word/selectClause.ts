/** Selects a clause in the document (scrolls to it): two `context.sync()`. */
import { findControl } from "./findControl";
import type { DocumentClause } from "./listDocumentClauses";
import { WORD_MESSAGES } from "./messages";
import type { WordContext } from "./wordApi";

export type ActionResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

export async function selectClause(
  context: WordContext,
  clause: DocumentClause,
): Promise<ActionResult> {
  const control = await findControl(context, clause.tag);
  if (!control) return { ok: false, message: WORD_MESSAGES.notFound(clause.title) };
  control.select();
  await context.sync();
  return { ok: true };
}
