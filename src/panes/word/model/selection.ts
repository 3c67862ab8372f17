/**
 * The « sélection » basket of browser mode: the clauses the user has chosen, each with its
 * validated parameters, in the order chosen. One entry per template (the .docx export keys
 * parameters by template id); adding a template again replaces its parameters.
 */
import { findTemplate } from "../../../clauses/registry";
import type { ClauseTemplate, ParameterValues } from "../../../clauses/types";

export interface SelectionEntry {
  readonly templateId: string;
  readonly values: ParameterValues;
}

export type Selection = readonly SelectionEntry[];

export function addToSelection(selection: Selection, entry: SelectionEntry): Selection {
  const at = selection.findIndex((e) => e.templateId === entry.templateId);
  if (at < 0) return [...selection, entry];
  return selection.map((e, i) => (i === at ? entry : e));
}

export function removeFromSelection(selection: Selection, templateId: string): Selection {
  return selection.filter((e) => e.templateId !== templateId);
}

export function inSelection(selection: Selection, templateId: string): boolean {
  return selection.some((e) => e.templateId === templateId);
}

/** The arguments of exportClausesDocx: templates in order and parameters by id. */
export function exportArguments(selection: Selection): {
  templates: ClauseTemplate[];
  params: Record<string, ParameterValues>;
} {
  const templates: ClauseTemplate[] = [];
  const params: Record<string, ParameterValues> = {};
  for (const entry of selection) {
    const template = findTemplate(entry.templateId);
    if (!template) continue;
    templates.push(template);
    params[template.id] = entry.values;
  }
  return { templates, params };
}

/** What the document check needs from the basket: ids and the library's current versions. */
export function selectionClauses(selection: Selection): { id: string; version: number }[] {
  return selection.flatMap((e) => {
    const template = findTemplate(e.templateId);
    return template ? [{ id: template.id, version: template.version }] : [];
  });
}
