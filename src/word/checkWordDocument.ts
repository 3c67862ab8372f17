/** Document check of the open Word document: one `context.sync()` plus the pure check. */
import {
  checkDocument,
  type DocumentCheckInput,
  type DocumentCheckOutcome,
} from "../clauses/documentCheck";
import type { ClauseSettings } from "./clauseSettings";
import { listDocumentClauses } from "./listDocumentClauses";
import type { WordContext } from "./wordApi";

export async function checkWordDocument(
  context: WordContext,
  settings: ClauseSettings,
  input: Omit<DocumentCheckInput, "clauses">,
): Promise<DocumentCheckOutcome> {
  const clauses = await listDocumentClauses(context, settings);
  return checkDocument({
    ...input,
    clauses: clauses.map((c) => ({ id: c.id, version: c.version })),
  });
}
