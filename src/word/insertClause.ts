/**
 * Inserts a clause after the selection as a rich-text content control tagged
 * `spaser:<id>@<version>#<instance>`, and keeps its parameters in the document settings.
 * One `context.sync()`; two when Word can tell whether the cursor is inside a clause (WordApi
 * 1.3), which PRODUCT §10 allows (≤ 2).
 *
 * Cursor inside a SPASER clause: inserting there would nest the new control in it, and the next
 * update of the outer clause (insertText "Replace") would wipe the inner one. The new clause goes
 * after the enclosing clause instead.
 */
import type { ParameterError } from "../clauses/parameters";
import { renderTemplate } from "../clauses/render";
import type { ClauseTemplate } from "../clauses/types";
import type { ClauseSettings } from "./clauseSettings";
import { formatClauseTag, newInstanceKey, parseClauseTag } from "./clauseTag";
import type { WordContentControl, WordContext, WordParagraph, WordRange } from "./wordApi";
import { officeWordFeatures, type WordFeatures } from "./wordFeatures";
import { writeClause } from "./writeClause";

export interface WordClauseDeps {
  readonly settings: ClauseSettings;
  readonly builtInStyles: boolean;
  /** Injected by tests for stable tags. */
  readonly newInstance?: () => string;
  /** What the host offers beyond WordApi 1.1; default: the running Word's requirement sets. */
  readonly features?: WordFeatures;
}

export type InsertResult =
  | {
      readonly ok: true;
      readonly tag: string;
      readonly instance: string;
      /** Set when the cursor was inside a clause: the new one went after it. */
      readonly movedAfter?: string;
    }
  | { readonly ok: false; readonly errors: readonly ParameterError[] };

/** Foreign controls (not ours) climbed through looking for an enclosing clause. */
const MAX_FOREIGN_LEVELS = 3;

export async function insertClause(
  context: WordContext,
  deps: WordClauseDeps,
  template: ClauseTemplate,
  input: Readonly<Record<string, unknown>> = {},
): Promise<InsertResult> {
  const rendered = renderTemplate(template, input);
  if (!rendered.ok) return rendered;
  const features = deps.features ?? officeWordFeatures();
  const instance = (deps.newInstance ?? newInstanceKey)();
  const tag = formatClauseTag({ id: template.id, version: template.version, instance });
  const selection = context.document.getSelection();
  const enclosing = features.parentControls ? await enclosingClause(context, selection) : null;
  // A new paragraph after the selection (the user's selected text is never replaced), or after
  // the clause the cursor is in.
  const anchor: WordParagraph = enclosing
    ? enclosing.control.insertParagraph("", "After")
    : selection.insertParagraph("", "After");
  writeClause(anchor.insertContentControl(), rendered.clause, tag, deps.builtInStyles);
  await context.sync();
  await deps.settings.commit(instance, {
    id: template.id,
    version: template.version,
    values: rendered.clause.values,
  });
  return enclosing
    ? { ok: true, tag, instance, movedAfter: enclosing.title }
    : { ok: true, tag, instance };
}

/**
 * The SPASER clause around the selection, or null: one sync for the innermost control, one more
 * per foreign control (not ours) it sits in, up to MAX_FOREIGN_LEVELS.
 */
async function enclosingClause(
  context: WordContext,
  selection: WordRange,
): Promise<{ control: WordContentControl; title: string } | null> {
  let current = selection.parentContentControlOrNullObject;
  for (let level = 0; level <= MAX_FOREIGN_LEVELS; level++) {
    current.load("tag,title");
    await context.sync();
    if (current.isNullObject) return null;
    if (parseClauseTag(current.tag)) return { control: current, title: current.title };
    current = current.parentContentControlOrNullObject;
  }
  return null;
}
