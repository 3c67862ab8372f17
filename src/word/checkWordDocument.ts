/** Document check of the open Word document: one `context.sync()` plus the pure check. */
import {
  checkDocument,
  type DocumentCheckInput,
  type DocumentCheckOutcome,
} from "../clauses/documentCheck";
import type { ClauseSettings } from "./clauseSettings";
import { listDocumentClauses } from "./listDocumentClauses";
import type { WordContext } from "./wordApi";
import { officeWordFeatures, type WordFeatures } from "./wordFeatures";

export async function checkWordDocument(
  context: WordContext,
  settings: ClauseSettings,
  input: Omit<DocumentCheckInput, "clauses">,
  features: WordFeatures = officeWordFeatures(),
): Promise<DocumentCheckOutcome> {
  // Clauses deleted with track changes on do not count (listDocumentClauses.ts).
  const clauses = await listDocumentClauses(context, settings, features);
  return checkDocument({
    ...input,
    clauses: clauses.map((c) => ({ id: c.id, version: c.version })),
  });
}
