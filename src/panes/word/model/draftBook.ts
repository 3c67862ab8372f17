/**
 * The forms the user has filled, one per clause, kept while the pane is open: going back to the
 * list and reopening a clause finds it as it was left. « Revenir aux valeurs par défaut » keeps
 * the replaced form so that it can be undone.
 */
import type { ClauseTemplate, ParameterValues } from "../../../clauses/types";
import { initialDraft, type ParameterDraft } from "./parameterDraft";

export type DraftBook = Readonly<Record<string, ParameterDraft>>;

/** What a reset replaced, to undo it. */
export interface ResetUndo {
  readonly templateId: string;
  readonly draft: ParameterDraft;
}

/** The clause's form as last left, or its defaults on a first opening. */
export function draftFor(book: DraftBook, template: ClauseTemplate): ParameterDraft {
  return book[template.id] ?? initialDraft(template);
}

export function withField(
  book: DraftBook,
  template: ClauseTemplate,
  name: string,
  text: string,
): DraftBook {
  return { ...book, [template.id]: { ...draftFor(book, template), [name]: text } };
}

/** The clause's form filled from stored values (a clause of the selection being edited). */
export function withValues(
  book: DraftBook,
  template: ClauseTemplate,
  values: ParameterValues,
): DraftBook {
  return { ...book, [template.id]: initialDraft(template, values) };
}

function sameDraft(a: ParameterDraft, b: ParameterDraft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** The defaults back; `undo` is null when the form already held them (nothing to undo). */
export function resetDraft(
  book: DraftBook,
  template: ClauseTemplate,
): { readonly book: DraftBook; readonly undo: ResetUndo | null } {
  const previous = draftFor(book, template);
  const defaults = initialDraft(template);
  return {
    book: { ...book, [template.id]: defaults },
    undo: sameDraft(previous, defaults) ? null : { templateId: template.id, draft: previous },
  };
}

export function undoReset(book: DraftBook, undo: ResetUndo): DraftBook {
  return { ...book, [undo.templateId]: undo.draft };
}
