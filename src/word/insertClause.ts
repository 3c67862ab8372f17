/**
 * Inserts a clause after the selection as a rich-text content control tagged
 * `spaser:<id>@<version>#<instance>`, and keeps its parameters in the document settings.
 * One `context.sync()` (PRODUCT §10: ≤ 2).
 */
import type { ParameterError } from "../clauses/parameters";
import { renderTemplate } from "../clauses/render";
import type { ClauseTemplate } from "../clauses/types";
import type { ClauseSettings } from "./clauseSettings";
import { formatClauseTag, newInstanceKey } from "./clauseTag";
import type { WordContext } from "./wordApi";
import { writeClause } from "./writeClause";

export interface WordClauseDeps {
  readonly settings: ClauseSettings;
  readonly builtInStyles: boolean;
  /** Injected by tests for stable tags. */
  readonly newInstance?: () => string;
}

export type InsertResult =
  | { readonly ok: true; readonly tag: string; readonly instance: string }
  | { readonly ok: false; readonly errors: readonly ParameterError[] };

export async function insertClause(
  context: WordContext,
  deps: WordClauseDeps,
  template: ClauseTemplate,
  input: Readonly<Record<string, unknown>> = {},
): Promise<InsertResult> {
  const rendered = renderTemplate(template, input);
  if (!rendered.ok) return rendered;
  const instance = (deps.newInstance ?? newInstanceKey)();
  const tag = formatClauseTag({ id: template.id, version: template.version, instance });
  // A new paragraph after the selection: the user's selected text is never replaced.
  const anchor = context.document.getSelection().insertParagraph("", "After");
  writeClause(anchor.insertContentControl(), rendered.clause, tag, deps.builtInStyles);
  await context.sync();
  deps.settings.put(instance, {
    id: template.id,
    version: template.version,
    values: rendered.clause.values,
  });
  await deps.settings.save();
  return { ok: true, tag, instance };
}
