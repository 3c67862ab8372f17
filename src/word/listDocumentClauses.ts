/**
 * The clauses present in the document, read in one `context.sync()` whatever their number:
 * one load of the content controls' id, tag and title.
 */
import { findTemplate } from "../clauses/registry";
import type { ClauseTemplate, ParameterValues } from "../clauses/types";
import type { ClauseSettings } from "./clauseSettings";
import { parseClauseTag } from "./clauseTag";
import type { WordContext } from "./wordApi";

export type ClauseState = "a_jour" | "obsolete" | "inconnue";

export const CLAUSE_STATE_LABELS: Readonly<Record<ClauseState, string>> = {
  a_jour: "à jour",
  obsolete: "version obsolète",
  inconnue: "hors bibliothèque",
};

export interface DocumentClause {
  /** Word's content-control id (for display; actions use the tag). */
  readonly controlId: number;
  readonly tag: string;
  readonly instance: string;
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly template: ClauseTemplate | undefined;
  readonly state: ClauseState;
  /** Parameters kept in the settings; null when they were lost (defaults will be used). */
  readonly values: ParameterValues | null;
}

export async function listDocumentClauses(
  context: WordContext,
  settings: ClauseSettings,
): Promise<DocumentClause[]> {
  const controls = context.document.contentControls;
  controls.load("items/id,items/tag,items/title");
  await context.sync();
  const stored = settings.all();
  const clauses: DocumentClause[] = [];
  for (const control of controls.items) {
    const tag = parseClauseTag(control.tag);
    if (!tag) continue; // not ours
    const template = findTemplate(tag.id);
    clauses.push({
      controlId: control.id,
      tag: control.tag,
      instance: tag.instance,
      id: tag.id,
      version: tag.version,
      title: template?.title ?? control.title,
      template,
      state: !template ? "inconnue" : template.version === tag.version ? "a_jour" : "obsolete",
      values: stored.get(tag.instance)?.values ?? null,
    });
  }
  return clauses;
}
