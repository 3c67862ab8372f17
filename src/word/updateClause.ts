/**
 * Re-renders a clause in place with the library's current version (an outdated clause) or with
 * new parameters (edited in the pane): two `context.sync()`, three where Word gives comments
 * (WordApi 1.4). Stored parameters that the new version no longer accepts fall back to their
 * defaults, and the result says which; parameters given explicitly must be valid.
 *
 * Review comments: `insertText(…, "Replace")` drops the comments anchored inside the control
 * (office-js #2574). A clause with comments is not updated at the first request: the result
 * says so (`commentsAtRisk`), and asking again for the same clause updates it.
 */
import type { ParameterError } from "../clauses/parameters";
import { findTemplate } from "../clauses/registry";
import { type RenderResult, renderTemplate } from "../clauses/render";
import type { ClauseTemplate } from "../clauses/types";
import { formatClauseTag } from "./clauseTag";
import { findControl } from "./findControl";
import type { WordClauseDeps } from "./insertClause";
import type { DocumentClause } from "./listDocumentClauses";
import { WORD_MESSAGES } from "./messages";
import type { ClauseSettings } from "./clauseSettings";
import type { WordContext } from "./wordApi";
import { officeWordFeatures } from "./wordFeatures";
import { writeClause } from "./writeClause";

/** Clauses whose comments the user was warned about, per pane session (its settings object). */
const warnedAboutComments = new WeakMap<ClauseSettings, Set<string>>();

export type UpdateResult =
  | {
      readonly ok: true;
      readonly tag: string;
      /** French notice when some stored parameters were reset to their defaults. */
      readonly notice: string | null;
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly errors?: readonly ParameterError[];
      /** Review comments that updating would delete; asking again updates anyway. */
      readonly commentsAtRisk?: number;
    };

function renderTolerant(
  template: ClauseTemplate,
  stored: Readonly<Record<string, unknown>>,
): { rendered: RenderResult; reset: string[] } {
  const first = renderTemplate(template, stored);
  if (first.ok) return { rendered: first, reset: [] };
  const bad = new Set(first.errors.map((e) => e.name));
  const kept = Object.fromEntries(Object.entries(stored).filter(([name]) => !bad.has(name)));
  const reset = [...bad].map((name) => template.parameters[name]?.label ?? name);
  return { rendered: renderTemplate(template, kept), reset };
}

export async function updateClause(
  context: WordContext,
  deps: WordClauseDeps,
  clause: DocumentClause,
  values?: Readonly<Record<string, unknown>>,
): Promise<UpdateResult> {
  const template = findTemplate(clause.id);
  if (!template) return { ok: false, message: WORD_MESSAGES.unknownTemplate(clause.id) };
  let rendered: RenderResult;
  let reset: string[] = [];
  if (values) {
    rendered = renderTemplate(template, values);
    if (!rendered.ok)
      return {
        ok: false,
        message: rendered.errors.map((e) => e.message).join(" "),
        errors: rendered.errors,
      };
  } else {
    const stored = deps.settings.get(clause.instance)?.values ?? {};
    ({ rendered, reset } = renderTolerant(template, stored));
    if (clause.values === null && Object.keys(template.parameters).length > 0)
      reset = Object.values(template.parameters).map((p) => p.label);
  }
  if (!rendered.ok) return { ok: false, message: rendered.errors.map((e) => e.message).join(" ") };
  const control = await findControl(context, clause.tag);
  if (!control) return { ok: false, message: WORD_MESSAGES.notFound(clause.title) };
  const features = deps.features ?? officeWordFeatures();
  let warned = warnedAboutComments.get(deps.settings);
  if (!warned) warnedAboutComments.set(deps.settings, (warned = new Set()));
  if (features.comments && !warned.has(clause.instance)) {
    const comments = control.getComments();
    comments.load("items/id");
    await context.sync();
    if (comments.items.length > 0) {
      warned.add(clause.instance);
      return {
        ok: false,
        message: WORD_MESSAGES.commentsWillBeLost(clause.title, comments.items.length),
        commentsAtRisk: comments.items.length,
      };
    }
  }
  const tag = formatClauseTag({
    id: template.id,
    version: template.version,
    instance: clause.instance,
  });
  writeClause(control, rendered.clause, tag, deps.builtInStyles);
  await context.sync();
  warned.delete(clause.instance);
  await deps.settings.commit(clause.instance, {
    id: template.id,
    version: template.version,
    values: rendered.clause.values,
  });
  return { ok: true, tag, notice: reset.length > 0 ? WORD_MESSAGES.parametersReset(reset) : null };
}
