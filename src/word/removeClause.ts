/** Removes a clause (control and text) and its settings entry: two `context.sync()`. */
import type { ClauseSettings } from "./clauseSettings";
import { findControl } from "./findControl";
import type { DocumentClause } from "./listDocumentClauses";
import { WORD_MESSAGES } from "./messages";
import type { ActionResult } from "./selectClause";
import type { WordContext } from "./wordApi";

export async function removeClause(
  context: WordContext,
  settings: ClauseSettings,
  clause: DocumentClause,
): Promise<ActionResult> {
  const control = await findControl(context, clause.tag);
  if (!control) return { ok: false, message: WORD_MESSAGES.notFound(clause.title) };
  control.delete(false);
  await context.sync();
  settings.delete(clause.instance);
  await settings.save();
  return { ok: true };
}
