/**
 * Removes a clause (control and text) and its settings entry: two `context.sync()`.
 *
 * With track changes on, Word keeps the control as a tracked deletion (office-js #1299, by
 * design): it still lists until the deletion is accepted, and a rejected deletion brings it
 * back. Its settings entry is then kept, marked removed, so that the list treats it as removed
 * while the deletion is pending and gets its parameters back if it is rejected
 * (listDocumentClauses.ts).
 */
import type { ClauseSettings } from "./clauseSettings";
import { findControl } from "./findControl";
import type { DocumentClause } from "./listDocumentClauses";
import { WORD_MESSAGES } from "./messages";
import type { ActionResult } from "./selectClause";
import type { WordContext } from "./wordApi";
import { officeWordFeatures, type WordFeatures } from "./wordFeatures";

export async function removeClause(
  context: WordContext,
  settings: ClauseSettings,
  clause: DocumentClause,
  features: WordFeatures = officeWordFeatures(),
): Promise<ActionResult> {
  if (features.trackingMode) context.document.load("changeTrackingMode");
  const control = await findControl(context, clause.tag);
  if (!control) return { ok: false, message: WORD_MESSAGES.notFound(clause.title) };
  const tracked = features.trackingMode && context.document.changeTrackingMode !== "Off";
  control.delete(false);
  await context.sync();
  if (!tracked) {
    await settings.commit(clause.instance, null);
    return { ok: true };
  }
  await settings.refresh();
  const stored = settings.get(clause.instance);
  await settings.commit(clause.instance, {
    id: stored?.id ?? clause.id,
    version: stored?.version ?? clause.version,
    values: stored?.values ?? clause.values ?? {},
    removed: true,
  });
  return { ok: true };
}
