/**
 * The Word document open in Office, through the adapter of src/word/ (loaded lazily). Each call is
 * one `Word.run` batch; the adapter keeps within the round-trip budget (PRODUCT §10).
 */
import type { DocumentCheckInput, DocumentCheckOutcome } from "../../../clauses/documentCheck";
import type { ClauseTemplate } from "../../../clauses/types";
import type { InsertResult } from "../../../word/insertClause";
import type { DocumentClause } from "../../../word/listDocumentClauses";
import type { ActionResult } from "../../../word/selectClause";
import type { UpdateResult } from "../../../word/updateClause";

type Engine = typeof import("./wordEngine");

export interface WordHost {
  insert(template: ClauseTemplate, input: Readonly<Record<string, unknown>>): Promise<InsertResult>;
  list(): Promise<DocumentClause[]>;
  select(clause: DocumentClause): Promise<ActionResult>;
  update(clause: DocumentClause): Promise<UpdateResult>;
  remove(clause: DocumentClause): Promise<ActionResult>;
  check(input: Omit<DocumentCheckInput, "clauses">): Promise<DocumentCheckOutcome>;
}

export type WordHostStart =
  { readonly ok: true; readonly host: WordHost } | { readonly ok: false; readonly message: string };

export async function startWordHost(): Promise<WordHostStart> {
  const e: Engine = await import(/* webpackChunkName: "moteur-word" */ "./wordEngine");
  const support = e.checkWordSupport(Office.context.requirements);
  if (!support.ok) return { ok: false, message: support.message };
  const settings = new e.ClauseSettings(Office.context.document.settings);
  const deps = { settings, builtInStyles: support.builtInStyles };
  const host: WordHost = {
    insert: (template, input) =>
      Word.run((context) => e.insertClause(context, deps, template, input)),
    list: () => Word.run((context) => e.listDocumentClauses(context, settings)),
    select: (clause) => Word.run((context) => e.selectClause(context, clause)),
    update: (clause) => Word.run((context) => e.updateClause(context, deps, clause)),
    remove: (clause) => Word.run((context) => e.removeClause(context, settings, clause)),
    check: (input) => Word.run((context) => e.checkWordDocument(context, settings, input)),
  };
  return { ok: true, host };
}
