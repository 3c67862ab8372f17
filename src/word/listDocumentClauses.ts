/**
 * The clauses present in the document, read in one `context.sync()` whatever their number (one
 * load of the content controls' id, tag and title), two when deletions are pending in the
 * document's tracked changes.
 *
 * Track changes: a clause deleted while changes are tracked stays in the document as a tracked
 * deletion until someone accepts it (office-js #1299). Such a clause is treated as removed: it
 * is not listed and does not count in the document check. Where Word gives tracked changes
 * (WordApi 1.6), a clause whose whole text is a pending deletion is removed, whoever deleted it;
 * elsewhere, a clause the pane removed with tracking on is (its settings entry says so).
 */
import { findTemplate } from "../clauses/registry";
import type { ClauseTemplate, ParameterValues } from "../clauses/types";
import type { ClauseSettings } from "./clauseSettings";
import { parseClauseTag } from "./clauseTag";
import type { WordContentControl, WordContext, WordTrackedChange } from "./wordApi";
import { officeWordFeatures, type WordFeatures } from "./wordFeatures";

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
  features: WordFeatures = officeWordFeatures(),
): Promise<DocumentClause[]> {
  // A co-author may have inserted or removed clauses since this pane loaded the settings.
  await settings.refresh();
  const controls = context.document.contentControls;
  controls.load(
    features.trackedChanges
      ? "items/id,items/tag,items/title,items/text"
      : "items/id,items/tag,items/title",
  );
  const bodyChanges = features.trackedChanges
    ? context.document.body.getTrackedChanges()
    : undefined;
  bodyChanges?.load("items/type");
  await context.sync();
  const entries = settings.entries();
  const ours = controls.items.filter((control) => parseClauseTag(control.tag) !== null);
  const removed = await removedControls(context, ours, bodyChanges?.items, (control) =>
    Boolean(entries.get(parseClauseTag(control.tag)!.instance)?.removed),
  );
  const clauses: DocumentClause[] = [];
  for (const control of ours) {
    if (removed.has(control)) continue;
    const tag = parseClauseTag(control.tag)!;
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
      values: entries.get(tag.instance)?.values ?? null,
    });
  }
  return clauses;
}

/**
 * Our controls that are deleted with track changes. With the body's tracked changes known: none
 * unless a deletion is pending, else each control's own changes are read (one sync) and a control
 * whose text is all deleted is removed. Without them: the controls the pane removed itself.
 */
async function removedControls(
  context: WordContext,
  ours: readonly WordContentControl[],
  bodyChanges: readonly WordTrackedChange[] | undefined,
  removedByPane: (control: WordContentControl) => boolean,
): Promise<Set<WordContentControl>> {
  if (!bodyChanges) return new Set(ours.filter(removedByPane));
  if (!bodyChanges.some((change) => change.type === "Deleted")) return new Set();
  const changes = ours.map((control) => {
    const own = control.getTrackedChanges();
    own.load("items/type,items/text");
    return own;
  });
  await context.sync();
  return new Set(ours.filter((control, i) => whollyDeletedText(control.text, changes[i]!.items)));
}

const letters = (text: string): number => text.replace(/\s+/g, "").length;

/** Whether the deletions among `changes` cover all of `text` (whitespace aside). */
export function whollyDeletedText(text: string, changes: readonly WordTrackedChange[]): boolean {
  const deleted = changes
    .filter((change) => change.type === "Deleted")
    .reduce((sum, change) => sum + letters(change.text), 0);
  return deleted > 0 && deleted >= letters(text);
}
